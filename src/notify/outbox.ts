import { closeSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { LeakscanError } from '../errors.js';
import {
  appendStateFile,
  checkAppendable,
  readStateFile,
  replaceStateFile,
  stateFileEnding,
  syncDirectory,
} from '../state/state-file.js';

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

const isText = (value: unknown): value is string => typeof value === 'string';

/** The event a journal line holds, or undefined when it is not one (garbage, a cut-short write, a field missing). */
export function parseJournalLine(line: string): JournalEvent | undefined {
  let event: Record<string, unknown>;
  try {
    event = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof event !== 'object' || event === null || !isText(event.target) || !isText(event.key) || !isText(event.at))
    return undefined;
  const valid =
    event.type === 'enqueued'
      ? isText(event.eventId) &&
        isText(event.ruleId) &&
        isText(event.file) &&
        Number.isInteger(event.line) &&
        isText(event.body)
      : event.type === 'attempted'
        ? isText(event.outcome)
        : event.type === 'delivered'
          ? typeof event.status === 'number'
          : event.type === 'failed'
            ? isText(event.reason)
            : event.type === 'requeued';
  return valid ? (event as unknown as JournalEvent) : undefined;
}

/**
 * The state is a fold over the journal: later events win, events for unknown notices are ignored, and a line
 * that is not a valid event (garbage, a write cut short by a crash, an entry without its body) is skipped and
 * counted, so `rotate status` can say so and the next delivery run moves it to the quarantine file.
 */
export function foldJournal(lines: Iterable<string>): { entries: Map<string, OutboxEntry>; unreadable: number } {
  const entries = new Map<string, OutboxEntry>();
  let unreadable = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const event = parseJournalLine(line);
    if (!event) {
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

const WHAT = 'the rotation outbox';

/**
 * An append-only JSONL journal, fsync'd after every append, guarded by a lock file against concurrent runs.
 * Every access refuses a link or a non-file at its path (see state-file.ts).
 */
export class Outbox {
  readonly path: string;
  readonly quarantinePath: string;
  private readonly lockPath: string;
  private locked = false;

  constructor(path: string) {
    this.path = path;
    this.lockPath = `${path}.lock`;
    this.quarantinePath = `${path}.quarantine`;
  }

  read(): { entries: Map<string, OutboxEntry>; unreadable: number } {
    const text = readStateFile(this.path, WHAT);
    if (text === undefined) return { entries: new Map(), unreadable: 0 };
    return foldJournal(text.split('\n'));
  }

  /** Appends and fsyncs before returning: once this returns, the events survive a crash or a power cut. */
  append(events: JournalEvent[]): void {
    if (events.length === 0) return;
    mkdirSync(dirname(this.path), { recursive: true });
    const ending = stateFileEnding(this.path, WHAT);
    let text = `${events.map((event) => JSON.stringify(event)).join('\n')}\n`;
    // A crash mid-write can leave a line without its newline; start on a fresh line so only that line is lost.
    if (ending === 'unterminated') text = `\n${text}`;
    // 0600: a target with includeSecret, or the GitHub revocation target, keeps raw secrets here until delivered.
    appendStateFile(this.path, text, WHAT);
    if (ending === 'missing') syncDirectory(dirname(this.path));
  }

  /**
   * Moves every line that is not a valid event to `<outbox>.quarantine` (appended, for a person to look at)
   * and rewrites the journal without them. Returns how many moved. Call under the lock.
   */
  quarantineMalformed(): number {
    const text = readStateFile(this.path, WHAT);
    if (text === undefined) return 0;
    const good: string[] = [];
    const bad: string[] = [];
    for (const line of text.split('\n')) if (line.trim() !== '') (parseJournalLine(line) ? good : bad).push(line);
    if (bad.length === 0) return 0;
    appendStateFile(this.quarantinePath, `${bad.join('\n')}\n`, 'the outbox quarantine');
    replaceStateFile(this.path, good.length > 0 ? `${good.join('\n')}\n` : '', WHAT);
    return bad.length;
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
      lines.push(
        JSON.stringify({
          type: 'enqueued',
          at: entry.enqueuedAt,
          ...id,
          eventId: entry.eventId,
          ruleId: entry.ruleId,
          file: entry.file,
          line: entry.line,
          body,
        } satisfies JournalEvent),
      );
      const at = entry.settledAt ?? entry.enqueuedAt;
      if (entry.state === 'delivered')
        lines.push(JSON.stringify({ type: 'delivered', at, ...id, status: 0 } satisfies JournalEvent));
      else if (entry.state === 'failed')
        lines.push(
          JSON.stringify({ type: 'failed', at, ...id, reason: entry.lastError ?? 'failed' } satisfies JournalEvent),
        );
      else if (entry.attempts > 0)
        lines.push(
          JSON.stringify({
            type: 'attempted',
            at,
            ...id,
            outcome: entry.lastError ?? 'unknown',
          } satisfies JournalEvent),
        );
    }
    replaceStateFile(this.path, lines.length > 0 ? `${lines.join('\n')}\n` : '', WHAT);
  }

  /** Whether a delivered notice still has its body on disk (what `compact` removes). */
  holdsDeliveredBodies(): boolean {
    return [...this.read().entries.values()].some((entry) => entry.state === 'delivered' && entry.body !== '');
  }

  /**
   * Runs `work` holding the outbox lock, so two runs never deliver the same notice at once. A lock left by a
   * process that no longer exists (killed mid-delivery) is taken over. An outbox that cannot be written is an
   * error here, before any delivery: a notice sent but not journalled as delivered would be sent again by
   * every later run.
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
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
          throw new OutboxError(`cannot lock the outbox: ${(error as Error).message}`, { file: this.path });
        const holder = Number(safeRead(this.lockPath));
        if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
          safeUnlink(this.lockPath);
          continue;
        }
        if (Date.now() > deadline)
          throw new OutboxBusyError(`the outbox is in use by process ${holder}; try again when it is done`, {
            file: this.lockPath,
          });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    this.locked = true;
    try {
      checkAppendable(this.path, WHAT);
      return await work();
    } finally {
      this.locked = false;
      safeUnlink(this.lockPath);
    }
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
    return (readStateFile(path, 'the outbox lock') ?? '').trim();
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
