import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { LeakscanError } from '../errors.js';

/** Where the outbox journal is and how a notice in it is keyed: one entry per (target, idempotency key). */
export interface NoticeId {
  target: string;
  key: string;
}

export type JournalEvent =
  | (NoticeId & {
      type: 'enqueued';
      at: string;
      eventId: string;
      ruleId: string;
      file: string;
      line: number;
      /** Exactly what will be sent (the JSON body, or the token for the GitHub target), so a flush resends the same bytes. */
      body: string;
    })
  | (NoticeId & { type: 'attempted'; at: string; outcome: string })
  | (NoticeId & { type: 'delivered'; at: string; status: number })
  | (NoticeId & { type: 'failed'; at: string; reason: string })
  | (NoticeId & { type: 'requeued'; at: string });

export type EnqueuedEvent = Extract<JournalEvent, { type: 'enqueued' }>;

export type NoticeState = 'pending' | 'delivered' | 'failed';

export interface OutboxEntry extends NoticeId {
  eventId: string;
  ruleId: string;
  file: string;
  line: number;
  body: string;
  enqueuedAt: string;
  state: NoticeState;
  attempts: number;
  lastError?: string;
  settledAt?: string;
}

export class OutboxError extends LeakscanError {}

/** Another live process holds the outbox lock. */
export class OutboxBusyError extends OutboxError {}

export const entryId = (id: NoticeId): string => `${id.target}\u0000${id.key}`;

/**
 * The state is a fold over the journal: later events win, events for unknown notices are ignored, and so is a
 * line that does not parse (a write cut short by a crash), which is counted so `rotate status` can say so.
 */
export function foldJournal(lines: Iterable<string>): { entries: Map<string, OutboxEntry>; unreadable: number } {
  const entries = new Map<string, OutboxEntry>();
  let unreadable = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    let event: JournalEvent;
    try {
      event = JSON.parse(line) as JournalEvent;
      if (typeof event !== 'object' || event === null || typeof event.target !== 'string' || typeof event.key !== 'string') throw new Error('not an event');
    } catch {
      unreadable++;
      continue;
    }
    const id = entryId(event);
    const entry = entries.get(id);
    if (event.type === 'enqueued') {
      // A second `enqueued` for a known notice changes nothing: enqueueing is idempotent.
      if (!entry) {
        const { type: _type, at, ...rest } = event;
        entries.set(id, { ...rest, enqueuedAt: at, state: 'pending', attempts: 0 });
      }
      continue;
    }
    if (!entry) continue;
    if (event.type === 'attempted') {
      entry.attempts++;
      entry.lastError = event.outcome;
    } else if (event.type === 'delivered') {
      entry.attempts++;
      entry.state = 'delivered';
      entry.settledAt = event.at;
      delete entry.lastError;
    } else if (event.type === 'failed') {
      entry.attempts++;
      entry.state = 'failed';
      entry.lastError = event.reason;
      entry.settledAt = event.at;
    } else if (event.type === 'requeued' && entry.state === 'failed') {
      entry.state = 'pending';
      delete entry.settledAt;
    }
  }
  return { entries, unreadable };
}

/** An append-only JSONL journal, fsync'd after every append, guarded by a lock file against concurrent runs. */
export class Outbox {
  readonly path: string;
  private readonly lockPath: string;
  private locked = false;

  constructor(path: string) {
    this.path = path;
    this.lockPath = `${path}.lock`;
  }

  read(): { entries: Map<string, OutboxEntry>; unreadable: number } {
    if (!existsSync(this.path)) return { entries: new Map(), unreadable: 0 };
    return foldJournal(readFileSync(this.path, 'utf8').split('\n'));
  }

  /** Appends and fsyncs before returning: once this returns, the events survive a crash or a power cut. */
  append(events: JournalEvent[]): void {
    if (events.length === 0) return;
    const created = !existsSync(this.path);
    if (created) mkdirSync(dirname(this.path), { recursive: true });
    let text = `${events.map((event) => JSON.stringify(event)).join('\n')}\n`;
    // A crash mid-write can leave a line without its newline; start on a fresh line so only that line is lost.
    if (!created && !endsWithNewline(this.path)) text = `\n${text}`;
    // 0600: a target with includeSecret, or the GitHub revocation target, keeps raw secrets here until delivered.
    const fd = openSync(this.path, 'a', 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (created) syncDirectory(dirname(this.path));
  }

  /**
   * Rewrites the journal as one `enqueued` line plus one state line per notice, emptying the body of every
   * delivered notice: a raw secret queued for an `includeSecret` or GitHub target leaves the disk once it is
   * delivered, while the key stays so the leak is still never sent twice. Written to a temporary file, fsync'd,
   * then renamed over the journal, so a crash leaves either the old journal or the new one. Call under the lock.
   */
  compact(): void {
    const { entries } = this.read();
    const lines: string[] = [];
    for (const entry of entries.values()) {
      const id = { target: entry.target, key: entry.key };
      const body = entry.state === 'delivered' ? '' : entry.body;
      lines.push(JSON.stringify({ type: 'enqueued', at: entry.enqueuedAt, ...id, eventId: entry.eventId, ruleId: entry.ruleId, file: entry.file, line: entry.line, body } satisfies JournalEvent));
      const at = entry.settledAt ?? entry.enqueuedAt;
      if (entry.state === 'delivered') lines.push(JSON.stringify({ type: 'delivered', at, ...id, status: 0 } satisfies JournalEvent));
      else if (entry.state === 'failed') lines.push(JSON.stringify({ type: 'failed', at, ...id, reason: entry.lastError ?? 'failed' } satisfies JournalEvent));
      else if (entry.attempts > 0) lines.push(JSON.stringify({ type: 'attempted', at, ...id, outcome: entry.lastError ?? 'unknown' } satisfies JournalEvent));
    }
    const temporary = `${this.path}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, lines.length > 0 ? `${lines.join('\n')}\n` : '');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
    syncDirectory(dirname(this.path));
  }

  /** Whether a delivered notice still has its body on disk (what `compact` removes). */
  holdsDeliveredBodies(): boolean {
    return [...this.read().entries.values()].some((entry) => entry.state === 'delivered' && entry.body !== '');
  }

  /**
   * Runs `work` holding the outbox lock, so two runs never deliver the same notice at once. A lock left by a
   * process that no longer exists (killed mid-delivery) is taken over.
   */
  async withLock<T>(work: () => Promise<T>, waitMs = 10_000): Promise<T> {
    if (this.locked) return work();
    try {
      mkdirSync(dirname(this.path), { recursive: true });
    } catch (error) {
      throw new OutboxError(`cannot create the outbox directory: ${(error as Error).message}`, { file: this.path });
    }
    const deadline = Date.now() + waitMs;
    for (;;) {
      try {
        const fd = openSync(this.lockPath, 'wx', 0o600);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutboxError(`cannot lock the outbox: ${(error as Error).message}`, { file: this.path });
        const holder = Number(safeRead(this.lockPath));
        if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
          safeUnlink(this.lockPath);
          continue;
        }
        if (Date.now() > deadline) throw new OutboxBusyError(`the outbox is in use by process ${holder}; try again when it is done`, { file: this.lockPath });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    this.locked = true;
    try {
      return await work();
    } finally {
      this.locked = false;
      safeUnlink(this.lockPath);
    }
  }
}

function endsWithNewline(path: string): boolean {
  const size = statSync(path).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, last, 0, 1, size - 1);
  } finally {
    closeSync(fd);
  }
  return last[0] === 0x0a;
}

function syncDirectory(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the file itself is already synced.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: another run cleaned it up.
  }
}
