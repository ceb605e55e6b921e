import { SourceError } from '../errors.js';
import { gitText, runGit, shallowBoundaries } from './git.js';

const short = (sha: string): string => sha.slice(0, 12);

/**
 * Fetches more history into a shallow clone until `satisfied()` holds: deepens by growing steps, then
 * unshallows. Needs a reachable remote; a fetch failure is a `SourceError` carrying git's message.
 */
export async function deepenUntil(root: string, satisfied: () => Promise<boolean>): Promise<string> {
  for (const depth of [50, 200, 1000]) {
    if (await satisfied()) return `fetched more history (git fetch --deepen=${depth})`;
    await fetch(root, [`--deepen=${depth}`]);
    if (!(await isShallow(root))) break;
  }
  if (await isShallow(root)) {
    if (await satisfied()) return 'fetched more history (git fetch --deepen)';
    await fetch(root, ['--unshallow']);
  }
  return 'fetched the full history (git fetch --unshallow)';
}

/** Fetches everything a shallow clone is missing. */
export async function fetchFullHistory(root: string): Promise<string> {
  await fetch(root, ['--unshallow']);
  return 'fetched the full history (git fetch --unshallow)';
}

async function fetch(root: string, args: string[]): Promise<void> {
  const result = await runGit(root, ['fetch', '--quiet', '--no-tags', ...args]);
  if (result.code !== 0) {
    throw new SourceError(`--deepen: cannot fetch more history (git fetch ${args.join(' ')}): ${result.stderr.trim().split('\n').slice(0, 3).join('; ')}`);
  }
}

/** Whether the repository is a shallow clone right now (a fetch may have just changed it). */
export async function isShallow(root: string): Promise<boolean> {
  return (await gitText(root, ['rev-parse', '--is-shallow-repository'], 'cannot inspect the repository')) === 'true';
}

/** Boundary commits (parents missing) reachable from the given revision arguments. */
export async function boundariesIn(root: string, revListArgs: readonly string[]): Promise<string[]> {
  const boundaries = await shallowBoundaries(root);
  if (boundaries.size === 0) return [];
  const listed = await gitText(root, ['rev-list', ...revListArgs], 'cannot list commits');
  return listed.split('\n').filter((sha) => boundaries.has(sha));
}

/** The human note for boundary commits found in a scanned range. */
export function boundaryNote(boundaries: readonly string[], fix: string): string {
  const list = boundaries.slice(0, 5).map(short).join(', ') + (boundaries.length > 5 ? `, … (${boundaries.length} in all)` : '');
  return (
    `shallow clone: the history before ${list} is not in this clone and was NOT scanned; ` +
    `${boundaries.length === 1 ? 'that commit has' : 'those commits have'} no parent here, so ${boundaries.length === 1 ? 'its' : 'their'} whole tree was scanned as if added there ` +
    `(a finding attributed to a boundary commit may be older). Fix: ${fix}`
  );
}

export const DEEPEN_FIX = "rerun with --deepen (fetches the missing history from the remote), or run 'git fetch --unshallow' (in GitHub Actions: actions/checkout with fetch-depth: 0)";
