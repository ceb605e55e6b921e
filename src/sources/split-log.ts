import { availableParallelism } from 'node:os';
import { gitText, streamGit } from './git.js';

/**
 * Below this many commits one `git log` is cheap enough that a `rev-list` and a second process cost more
 * than they save.
 */
const MIN_COMMITS_TO_SPLIT = 512;
/** How much of the second half's patch text may wait in memory; past it that git process blocks on its pipe. */
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

export interface SplitLogOptions {
  root: string;
  /** `git log -p …` arguments without revisions. */
  logArgs: readonly string[];
  /** Revision arguments selecting the commits (`--all`, `base..head`), ending with `--`. */
  revisionArgs: readonly string[];
  what: string;
  /** Tuning, for tests: fewest commits worth splitting, and the read-ahead limit in bytes. */
  minCommits?: number;
  readAheadBytes?: number;
}

/**
 * The output of `git log <logArgs> <revisionArgs>`, byte for byte, produced by two git processes at once.
 *
 * Generating patches is git's single-threaded work and the floor of a history scan; on two or more cores
 * the commit list (in `git log`'s own order) is cut in two and each half is given to its own
 * `git log --no-walk=unsorted --stdin`. A commit's patch depends only on the commit, so the first half's
 * output followed by the second's equals the single call's. The first half streams straight through; the
 * second is read ahead into a bounded buffer, so memory stays bounded whatever the history size.
 */
export async function* splitLogChunks(options: SplitLogOptions): AsyncGenerator<Buffer> {
  const single = (): AsyncGenerator<Buffer> => streamGit(options.root, [...options.logArgs, ...options.revisionArgs], options.what);
  if (availableParallelism() < 2) return yield* single();
  const commits = (await gitText(options.root, ['rev-list', ...options.revisionArgs], options.what)).split('\n').filter(Boolean);
  if (commits.length < (options.minCommits ?? MIN_COMMITS_TO_SPLIT)) return yield* single();
  const half = Math.ceil(commits.length / 2);
  const part = (ids: string[]): AsyncGenerator<Buffer> =>
    streamGit(options.root, [...options.logArgs, '--no-walk=unsorted', '--stdin'], options.what, `${ids.join('\n')}\n`);
  const second = new ReadAhead(part(commits.slice(half)), options.readAheadBytes ?? READ_AHEAD_BYTES);
  try {
    yield* part(commits.slice(0, half));
    yield* second.drain();
  } finally {
    second.abort();
  }
}

/** Reads a stream ahead of its consumer into a buffer of at most `limit` bytes (one chunk more at worst). */
class ReadAhead {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;
  private done = false;
  private failure: { error: unknown } | undefined;
  private aborted = false;
  private wakeConsumer: (() => void) | undefined;
  private wakeReader: (() => void) | undefined;

  constructor(source: AsyncGenerator<Buffer>, limit: number) {
    void this.read(source, limit);
  }

  private async read(source: AsyncGenerator<Buffer>, limit: number): Promise<void> {
    try {
      for await (const chunk of source) {
        if (this.aborted) break;
        this.chunks.push(chunk);
        this.bytes += chunk.length;
        this.wake();
        while (this.bytes > limit && !this.aborted) await new Promise<void>((resolve) => (this.wakeReader = resolve));
        if (this.aborted) break;
      }
    } catch (error) {
      this.failure = { error };
    } finally {
      this.done = true;
      this.wake();
    }
  }

  private wake(): void {
    const wake = this.wakeConsumer;
    this.wakeConsumer = undefined;
    wake?.();
  }

  async *drain(): AsyncGenerator<Buffer> {
    for (;;) {
      const chunk = this.chunks.shift();
      if (chunk) {
        this.bytes -= chunk.length;
        const wakeReader = this.wakeReader;
        this.wakeReader = undefined;
        wakeReader?.();
        yield chunk;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.done) return;
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
    }
  }

  /** Stops reading; breaking out of the source's loop kills its git process. */
  abort(): void {
    this.aborted = true;
    const wakeReader = this.wakeReader;
    this.wakeReader = undefined;
    wakeReader?.();
  }
}
