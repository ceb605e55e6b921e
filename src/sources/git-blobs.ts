import { SourceError } from '../errors.js';
import { runGit, spawnGit, type GitProcess } from './git.js';

export interface Blob {
  size: number;
  /** The contents; undefined when `size` is over the caller's limit (the bytes were read and dropped). */
  bytes: Buffer | undefined;
}

interface Pending {
  name: string;
  limit: number;
  resolve: (blob: Blob | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Object contents through one long-lived `git cat-file --batch` (one spawn per object costs ~10-80 ms).
 * Requests are answered in order; a blob over the caller's limit is drained from the pipe, never held.
 */
export class BlobReader {
  private child: GitProcess | undefined;
  private readonly queue: Pending[] = [];
  private chunks: Buffer[] = [];
  /** The blob being received: its declared size, what is kept, what is left to drain. */
  private body: { blob: boolean; size: number; keep: Buffer[] | undefined; left: number } | undefined;

  constructor(private readonly root: string) {}

  /** The object `name` names (a SHA, or `rev:path`), or undefined when missing or not a blob. */
  read(name: string, limit = Number.POSITIVE_INFINITY): Promise<Blob | undefined> {
    // The batch protocol reads one name per line: a name with a line break takes its own process.
    if (/[\r\n]/.test(name)) return readAlone(this.root, name, limit);
    return new Promise((resolve, reject) => {
      this.queue.push({ name, limit, resolve, reject });
      this.start().stdin.write(`${name}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }

  private start(): GitProcess {
    this.child ??= startCatFile(this.root, '--batch', this.queue, (chunk) => this.receive(chunk));
    return this.child;
  }

  private receive(chunk: Buffer): void {
    let data = chunk;
    while (data.length > 0) {
      if (this.body) {
        const take = Math.min(this.body.left, data.length);
        this.body.keep?.push(data.subarray(0, take));
        this.body.left -= take;
        data = data.subarray(take);
        if (this.body.left > 0) return;
        const { blob, size, keep } = this.body;
        this.body = undefined;
        this.queue
          .shift()
          ?.resolve(blob ? { size, bytes: keep ? Buffer.concat(keep).subarray(0, size) : undefined } : undefined);
        continue;
      }
      const newline = data.indexOf(10);
      if (newline === -1) {
        this.chunks.push(data);
        return;
      }
      const header = Buffer.concat([...this.chunks, data.subarray(0, newline)]).toString('utf8');
      this.chunks = [];
      data = data.subarray(newline + 1);
      const [, type, sizeText] = header.split(' ');
      const size = Number(sizeText);
      if (header.endsWith(' missing') || header.endsWith(' ambiguous') || !Number.isFinite(size)) {
        this.queue.shift()?.resolve(undefined);
        continue;
      }
      const blob = type === 'blob';
      // The contents, then one LF. A non-blob answer (a tree, a commit) is drained and reported as missing.
      this.body = { blob, size, keep: blob && size <= (this.queue[0]?.limit ?? 0) ? [] : undefined, left: size + 1 };
    }
  }
}

async function readAlone(root: string, name: string, limit: number): Promise<Blob | undefined> {
  const result = await runGit(root, ['cat-file', 'blob', name]);
  if (result.code !== 0) return undefined;
  return { size: result.stdout.length, bytes: result.stdout.length <= limit ? result.stdout : undefined };
}

/** What `git cat-file --batch-check` says of an object: its id and type, without its contents. */
export interface ObjectInfo {
  id: string;
  type: string;
  size: number;
}

interface PendingInfo {
  name: string;
  resolve: (info: ObjectInfo | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Object ids and types through one long-lived `git cat-file --batch-check`: `rev:path` resolved to the blob
 * it names without reading the blob, so a caller can do its work once per blob, however many commits and
 * refs hold the same one. Requests are answered in order.
 */
export class ObjectInfoReader {
  private child: GitProcess | undefined;
  private readonly queue: PendingInfo[] = [];
  private partial = '';

  constructor(private readonly root: string) {}

  /** The object `name` names, or undefined when it is missing. */
  info(name: string): Promise<ObjectInfo | undefined> {
    if (/[\r\n]/.test(name)) return infoAlone(this.root, name);
    return new Promise((resolve, reject) => {
      this.queue.push({ name, resolve, reject });
      this.start().stdin.write(`${name}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }

  private start(): GitProcess {
    this.child ??= startCatFile(this.root, '--batch-check', this.queue, (chunk) =>
      this.receive(chunk.toString('utf8')),
    );
    return this.child;
  }

  private receive(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.queue.shift()?.resolve(parseInfo(line));
  }
}

/** `<id> <type> <size>`; anything else (`<name> missing`, `ambiguous`) is no object. */
function parseInfo(line: string): ObjectInfo | undefined {
  const [id, type, sizeText, ...rest] = line.split(' ');
  const size = Number(sizeText);
  if (!id || !/^[0-9a-f]{40,64}$/.test(id) || !type || rest.length > 0 || !Number.isFinite(size)) return undefined;
  return { id, type, size };
}

/** A name the batch protocol cannot carry (a line break in a path): its id, then its type, one process each. */
async function infoAlone(root: string, name: string): Promise<ObjectInfo | undefined> {
  const id = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', name]);
  if (id.code !== 0) return undefined;
  const check = await runGit(root, ['cat-file', '--batch-check'], { input: id.stdout.toString('utf8') });
  return parseInfo(check.stdout.toString('utf8').trim());
}

/**
 * One long-lived `git cat-file --batch[-check]`: its answers go to `receive`; if it fails or exits, every
 * request still waiting is rejected with git's stderr. The caller drops the process (next request starts anew).
 */
function startCatFile(
  root: string,
  mode: '--batch' | '--batch-check',
  queue: { name: string; reject: (error: unknown) => void }[],
  receive: (chunk: Buffer) => void,
): GitProcess {
  const child = spawnGit(root, ['cat-file', mode]);
  let stderr = '';
  child.stdin.on('error', () => undefined);
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString('utf8');
  });
  child.stdout.on('data', receive);
  const fail = (why: string): void => {
    for (const pending of queue.splice(0))
      pending.reject(
        new SourceError(`git cat-file ${mode} stopped (${why}) before answering ${pending.name}: ${stderr.trim()}`),
      );
  };
  child.on('error', (error) => fail(error.message));
  child.on('close', (code) => fail(`exit ${code}`));
  return child;
}
