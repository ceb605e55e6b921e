import type { Fragment, Skipped } from './fragment.js';
import { PATCH_FLAGS, patchFragments } from './patch-stream.js';
import type { ScanStats } from './scan-stats.js';

/**
 * What is about to be committed: the index against HEAD (against the empty tree before the first commit),
 * added lines only, numbered as in the staged file. The working tree is never read, so a key staged and then
 * deleted from the working copy is still caught, and an unstaged key is not reported.
 */
export function stagedFragments(
  root: string,
  stats: ScanStats,
  skipPath?: (path: string) => Skipped['reason'] | undefined,
): AsyncGenerator<Fragment> {
  return patchFragments({
    root,
    gitArgs: ['diff', '--cached', ...PATCH_FLAGS],
    kind: 'staged',
    what: 'cannot read the staged changes',
    stats,
    skipPath,
  });
}
