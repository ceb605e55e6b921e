import { availableParallelism } from 'node:os';
import type { CommitInfo, Fragment, Skipped } from './fragment.js';
import { streamGit } from './git.js';
import { COMMIT_HEADER_FORMAT } from './parse-patch.js';
import { PATCH_FLAGS, patchFragments } from './patch-stream.js';
import { ReadAhead } from './read-ahead.js';
import type { ScanStats } from './scan-stats.js';

/**
 * `git log -p` arguments for scanning commits. Non-merge commits are scanned as their diff against their
 * parent. Merge commits are scanned with `--cc`: only lines that differ from *every* parent (conflict
 * resolutions, "evil merge" edits) count as added, since everything else was already scanned in the commit
 * that brought it in.
 */
export function logPatchArgs(revisionArgs: readonly string[]): string[] {
  return ['log', '-p', '--cc', COMMIT_HEADER_FORMAT, ...PATCH_FLAGS, ...revisionArgs];
}

export const COMMITS_UNREADABLE = 'cannot read the commits';

/** How many git processes make patches, and how many commits each is given. */
export interface PatchProcesses {
  /** Processes at once: one per core by default. 1: the one `git log`. */
  jobs: number;
  /** Commits per `git log --stdin`: few enough to spread the work, enough that starts are rare. */
  commitsPerProcess: number;
}

export const DEFAULT_PATCH_PROCESSES: PatchProcesses = { jobs: availableParallelism(), commitsPerProcess: 512 };
/** Patch text each process runs ahead of the reader by, at most; past it that git waits on its pipe. */
const AHEAD_BYTES = 32 * 1024 * 1024;

/**
 * The output of `git logPatchArgs(revisionArgs)`, byte for byte, from `jobs` git processes at once: one git
 * makes patches on one core, so a history scan would wait on it however fast the scan is. `git rev-list`
 * lists the commits (in `git log`'s own order), each run of `commitsPerProcess` of them goes to a
 * `git log --no-walk=unsorted --stdin` (same flags, each commit against its parents as before), and the runs'
 * outputs are passed on in list order while up to `jobs - 1` later runs work ahead, each buffered up to
 * AHEAD_BYTES. Only full commit ids pass through stdin.
 */
export async function* commitPatches(
  root: string,
  revisionArgs: readonly string[],
  { jobs, commitsPerProcess }: PatchProcesses = DEFAULT_PATCH_PROCESSES,
): AsyncGenerator<Buffer> {
  if (jobs <= 1) {
    yield* streamGit(root, logPatchArgs(revisionArgs), COMMITS_UNREADABLE);
    return;
  }
  const listed = commitIds(streamGit(root, ['rev-list', ...revisionArgs], COMMITS_UNREADABLE));
  const logArgs = logPatchArgs(['--no-walk=unsorted', '--stdin']);
  const running: ReadAhead[] = [];
  const startNext = async (): Promise<boolean> => {
    const ids: string[] = [];
    while (ids.length < commitsPerProcess) {
      const next = await listed.next();
      if (next.done) break;
      ids.push(next.value);
    }
    if (ids.length === 0) return false;
    running.push(new ReadAhead(streamGit(root, logArgs, COMMITS_UNREADABLE, `${ids.join('\n')}\n`), AHEAD_BYTES));
    return true;
  };
  let current: ReadAhead | undefined;
  try {
    for (;;) {
      while (running.length < jobs && (await startNext()));
      current = running.shift();
      if (!current) return;
      yield* current.drain();
    }
  } finally {
    for (const ahead of [current, ...running]) ahead?.abort();
    await listed.return(undefined);
  }
}

/** The commit ids of `git rev-list` output, one per line. */
async function* commitIds(chunks: AsyncGenerator<Buffer>): AsyncGenerator<string> {
  let partial = '';
  for await (const chunk of chunks) {
    const lines = (partial + chunk.toString('latin1')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (COMMIT_ID.test(line)) yield line;
  }
  if (COMMIT_ID.test(partial)) yield partial;
}

const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export interface CommitPatchOptions {
  root: string;
  /** Revision arguments after `git log -p`, e.g. `['base..head']`, `['--all']`; ends with `--`. */
  revisionArgs: readonly string[];
  stats: ScanStats;
  onCommit?: ((commit: CommitInfo) => void) | undefined;
  onBytes?: ((bytes: number) => void) | undefined;
  skipPath?: ((path: string) => Skipped['reason'] | undefined) | undefined;
  /** The output of `git logPatchArgs(revisionArgs)`, when the caller started that git call early. */
  chunks?: AsyncIterable<Buffer> | undefined;
}

/** Added lines of every commit the revision arguments select, each fragment attributed to its commit. */
export function commitFragments(options: CommitPatchOptions): AsyncGenerator<Fragment> {
  return patchFragments({
    root: options.root,
    gitArgs: logPatchArgs(options.revisionArgs),
    chunks: options.chunks,
    kind: 'commit',
    what: COMMITS_UNREADABLE,
    stats: options.stats,
    onCommit: options.onCommit,
    onBytes: options.onBytes,
    skipPath: options.skipPath,
  });
}
