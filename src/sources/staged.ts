import type { Fragment, Skipped } from './fragment.js';
import { streamGit } from './git.js';
import { PATCH_FLAGS, patchFragments } from './patch-stream.js';
import { ReadAhead } from './read-ahead.js';
import type { ScanStats } from './scan-stats.js';

const STAGED_DIFF = ['diff', '--cached', ...PATCH_FLAGS];
const WHAT = 'cannot read the staged changes';
/** How much of the staged patch is read ahead while config and rules load; past it git waits (bounded memory). */
const EARLY_PATCH_BYTES = 16 * 1024 * 1024;

/**
 * The staged patch, started now: the pre-commit hook's git processes run side by side (this one and
 * `openRepository`'s rev-parse) instead of one after the other. `cwd` may be any directory of the work tree:
 * the patch's paths are relative to the top level wherever git runs (`diff.relative=false`).
 */
export function startStagedDiff(cwd: string): ReadAhead {
  return new ReadAhead(streamGit(cwd, STAGED_DIFF, WHAT), EARLY_PATCH_BYTES);
}

/**
 * What is about to be committed: the index against HEAD (against the empty tree before the first commit),
 * added lines only, numbered as in the staged file. The working tree is never read, so a key staged and then
 * deleted from the working copy is still caught, and an unstaged key is not reported. `started`: the patch
 * when `startStagedDiff` already runs it.
 */
export function stagedFragments(
  root: string,
  stats: ScanStats,
  skipPath?: (path: string) => Skipped['reason'] | undefined,
  started?: ReadAhead,
): AsyncGenerator<Fragment> {
  return patchFragments({
    root,
    gitArgs: STAGED_DIFF,
    chunks: started?.drain(),
    kind: 'staged',
    what: WHAT,
    stats,
    skipPath,
  });
}
