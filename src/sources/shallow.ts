import { SourceError } from '../errors.js';
import { fetchGit, firstLines, gitText, shallowBoundaries, shortSha } from './git.js';

/** Deepening steps before unshallowing: most ranges are short, so most runs fetch little. */
const DEPTH_STEPS = [50, 200, 1000];

export interface FetchUntil {
  root: string;
  /** The remote to fetch from; none: git's default for the current branch (the CLI's `--deepen`). */
  remote?: string;
  /** Commits or refspecs to fetch (the Action names the ends of its range); none: the remote's refspecs. */
  wants?: readonly string[];
  /** Whether every commit the scan needs is present now. */
  complete: () => Promise<boolean>;
  /** `--depth` (from the wanted tips; the Action) or `--deepen` (from the current boundary; the CLI). */
  depthOption: '--depth' | '--deepen';
  /** A first depth that usually reaches the range in one go (a pull request's commit count). */
  firstDepth?: number | undefined;
  /** Skip the growing depths: the whole history is needed anyway. */
  unshallowFirst?: boolean;
  /** What is being fetched, for notes and errors. */
  what: string;
  /** The fix an error names. */
  fix: string;
  log?: (message: string) => void;
}

/**
 * The one deepen-then-unshallow loop (`--deepen` in the CLI, a shallow checkout in the Action): fetches with
 * growing depth, then unshallows, until `complete()`. Returns a note saying what was fetched (undefined when
 * nothing had to be), and whether the scan's commits are all present now. A failing fetch is a `SourceError`
 * naming the command, git's message and the fix. Every fetch goes through `fetchGit` (hardened).
 */
export async function fetchUntil(request: FetchUntil): Promise<{ note: string | undefined; complete: boolean }> {
  if (await request.complete()) return { note: undefined, complete: true };
  const { firstDepth } = request;
  const depths = request.unshallowFirst
    ? []
    : [
        ...new Set([
          ...(firstDepth !== undefined ? [firstDepth] : []),
          ...DEPTH_STEPS.filter((d) => firstDepth === undefined || d > firstDepth),
        ]),
      ];
  const remoteText = request.remote ? ` ${request.remote}` : '';
  for (const depth of depths) {
    if (!(await isShallow(request.root))) break;
    await fetchOrFail(request, [`${request.depthOption}=${depth}`]);
    if (await request.complete())
      return {
        note: `shallow checkout: fetched ${request.what} (git fetch ${request.depthOption}=${depth}${remoteText})`,
        complete: true,
      };
  }
  const unshallow = await isShallow(request.root);
  await fetchOrFail(request, unshallow ? ['--unshallow'] : []);
  const note = `${unshallow ? 'shallow checkout: ' : ''}fetched ${request.what} (git fetch${unshallow ? ' --unshallow' : ''}${remoteText})`;
  return { note, complete: await request.complete() };
}

async function fetchOrFail(request: FetchUntil, options: string[]): Promise<void> {
  const wants = request.wants ?? [];
  const command = [
    'git fetch --no-tags',
    ...options,
    ...(request.remote ? [request.remote] : []),
    ...wants.map((w) => (/^[0-9a-f]{40}$/.test(w) ? shortSha(w) : w)),
  ].join(' ');
  request.log?.(`fetching ${request.what}: ${command}`);
  const result = await fetchGit(request.root, options, request.remote, wants);
  if (result.code !== 0)
    throw new SourceError(
      `cannot fetch ${request.what} (${command}): ${firstLines(result.stderr, 3) || `git exited with ${result.code}`}. Fix: ${request.fix}`,
    );
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
  const list =
    boundaries.slice(0, 5).map(shortSha).join(', ') +
    (boundaries.length > 5 ? `, … (${boundaries.length} in all)` : '');
  return (
    `shallow clone: the history before ${list} is not in this clone and was NOT scanned; ` +
    `${boundaries.length === 1 ? 'that commit has' : 'those commits have'} no parent here, so ${boundaries.length === 1 ? 'its' : 'their'} whole tree was scanned as if added there ` +
    `(a finding attributed to a boundary commit may be older). Fix: ${fix}`
  );
}

export const DEEPEN_FIX =
  "rerun with --deepen (fetches the missing history from the remote), or run 'git fetch --unshallow' (in GitHub Actions: actions/checkout with fetch-depth: 0)";
