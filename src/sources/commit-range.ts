import type { CommitInfo, Fragment, Skipped } from './fragment.js';
import { COMMIT_HEADER_FORMAT } from './parse-patch.js';
import { PATCH_FLAGS, patchFragments } from './patch-stream.js';
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
