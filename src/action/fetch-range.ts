import { SourceError } from '../errors.js';
import { checkRevision, commitExists, countCommits, resolveCommit, runGit, shortSha as short } from '../sources/git.js';
import { boundariesIn, fetchUntil as fetchShallow, isShallow } from '../sources/shallow.js';
import type { ScanPlan } from './scan-plan.js';

/** What to scan, once the commits are present: `git rev-list` arguments and the tip for `presentAtHead`. */
export interface CommitSelection {
  revisions: string[];
  head: string | undefined;
  /** Human notes for the report and the log (what was fetched, what fell back). */
  notes: string[];
}

export const FETCH_FIX =
  'use actions/checkout with fetch-depth: 0 (the full history), or make the remote "origin" fetchable from the job';

const REMOTE = 'origin';

type Log = (message: string) => void;

/**
 * Makes every commit a plan needs present in the checkout, fetching from `origin` with git itself when the
 * clone is shallow (actions/checkout's default fetch-depth: 1), and returns the revisions to scan. The range is
 * complete when its ends exist and no shallow boundary lies inside it: only then is `base..head` exactly the
 * commits the event introduced, no more (commits git cannot see are shared) and no fewer.
 */
export async function selectCommits(root: string, plan: ScanPlan, log: Log): Promise<CommitSelection> {
  // The base and head inputs, the event's SHAs and the default branch name reach git fetch: none may be an option.
  for (const revision of plan.kind === 'range' ? [plan.base, plan.head] : plan.kind === 'new-branch' ? [plan.head] : [])
    checkRevision(revision);
  if (plan.kind === 'new-branch' && plan.defaultBranch !== undefined) checkRevision(plan.defaultBranch);
  switch (plan.kind) {
    case 'range':
      return selectRange(root, plan, log);
    case 'new-branch':
      return selectNewBranch(root, plan.head, plan.defaultBranch, log);
    case 'history':
      return selectHistory(root, log);
    default:
      throw new Error(`selectCommits: ${plan.kind} plans have no commits`);
  }
}

async function selectRange(
  root: string,
  plan: Extract<ScanPlan, { kind: 'range' }>,
  log: Log,
): Promise<CommitSelection> {
  const notes: string[] = [];
  const wants = [plan.base, plan.head];
  const firstDepth = plan.expectedCommits !== undefined ? Math.max(plan.expectedCommits + 1, 2) : undefined;
  const complete = async (): Promise<boolean> =>
    (await commitExists(root, plan.base)) &&
    (await commitExists(root, plan.head)) &&
    (await boundariesIn(root, [`${plan.base}..${plan.head}`])).length === 0;
  try {
    await fetchUntil(root, wants, complete, firstDepth, notes, log);
  } catch (error) {
    // A force push's replaced tip can be gone from the remote; the new tip's own commits are still knowable.
    if (!plan.ifBaseGone || (await commitExists(root, plan.base))) throw error;
    log(
      `the replaced tip ${short(plan.base)} cannot be fetched: scanning the commits not on the default branch instead`,
    );
    const selection = await selectNewBranch(root, plan.head, plan.ifBaseGone.defaultBranch, log);
    return {
      ...selection,
      notes: [
        `force push: the replaced tip ${short(plan.base)} is gone from ${REMOTE}, so the commits of ${short(plan.head)} not on the default branch were scanned`,
        ...selection.notes,
      ],
    };
  }
  const base = await resolveCommit(root, plan.base);
  const head = await resolveCommit(root, plan.head);
  const mergeBase = await runGit(root, ['merge-base', base, head]);
  const count = await countCommits(root, [`${base}..${head}`]);
  log(
    `${mergeBase.code === 0 ? `merge base ${short(mergeBase.stdout.toString('utf8').trim())}; ` : ''}scanning ${short(base)}..${short(head)}: ${count} commit(s)`,
  );
  if (plan.expectedCommits !== undefined && plan.expectedCommits !== count) {
    notes.push(
      `the pull request event lists ${plan.expectedCommits} commit(s), git finds ${count} in ${short(base)}..${short(head)}: the scan covers git's ${count}`,
    );
  }
  return { revisions: [`${base}..${head}`], head, notes };
}

async function selectNewBranch(
  root: string,
  after: string,
  defaultBranch: string | undefined,
  log: Log,
): Promise<CommitSelection> {
  const notes: string[] = [];
  if (!defaultBranch) {
    notes.push(
      'the event names no default branch (repository.default_branch): scanned the whole history of the pushed branch',
    );
    return selectAll(root, after, notes, log);
  }
  const tracking = `refs/remotes/${REMOTE}/${defaultBranch}`;
  const wants = [after, `+refs/heads/${defaultBranch}:${tracking}`];
  const complete = async (): Promise<boolean> =>
    (await commitExists(root, after)) &&
    (await commitExists(root, tracking)) &&
    (await boundariesIn(root, [after, '--not', tracking])).length === 0;
  if (!(await complete())) await fetchUntil(root, wants, complete, undefined, notes, log);
  const head = await resolveCommit(root, after);
  const exclude = await resolveCommit(root, tracking);
  if (exclude === head) {
    notes.push(`${short(head)} is the tip of the default branch ${defaultBranch}: scanned its whole history`);
    return selectAll(root, head, notes, log);
  }
  return { revisions: [head, '--not', exclude], head, notes };
}

/** All commits reachable from one tip. */
async function selectAll(root: string, tip: string, notes: string[], log: Log): Promise<CommitSelection> {
  const complete = async (): Promise<boolean> =>
    (await commitExists(root, tip)) && (await boundariesIn(root, [tip])).length === 0;
  if (!(await complete())) await fetchUntil(root, [tip], complete, undefined, notes, log, true);
  const head = await resolveCommit(root, tip);
  return { revisions: [head], head, notes };
}

async function selectHistory(root: string, log: Log): Promise<CommitSelection> {
  const notes: string[] = [];
  if (await isShallow(root)) {
    const fetched = await fetchShallow({
      root,
      remote: REMOTE,
      complete: async () => !(await isShallow(root)),
      depthOption: '--depth',
      unshallowFirst: true,
      what: 'the full history',
      fix: FETCH_FIX,
      log,
    });
    if (fetched.note) notes.push(fetched.note);
  }
  const head = (await commitExists(root, 'HEAD')) ? await resolveCommit(root, 'HEAD') : undefined;
  return { revisions: ['--all'], head, notes };
}

/** Fetches `wants` from origin (the shared deepen loop) until `complete()`; still incomplete is an error naming the fix. */
async function fetchUntil(
  root: string,
  wants: string[],
  complete: () => Promise<boolean>,
  firstDepth: number | undefined,
  notes: string[],
  log: Log,
  unshallowFirst = false,
): Promise<void> {
  const what = `the commits of ${wants.map((w) => (/^[0-9a-f]{40}$/.test(w) ? short(w) : w)).join(' and ')}`;
  const fetched = await fetchShallow({
    root,
    remote: REMOTE,
    wants,
    complete,
    depthOption: '--depth',
    firstDepth,
    unshallowFirst,
    what,
    fix: FETCH_FIX,
    log,
  });
  if (fetched.note) notes.push(fetched.note);
  if (!fetched.complete)
    throw new SourceError(
      `the commits to scan are still not all in the checkout after fetching the full history from ${REMOTE} (${what}); Fix: ${FETCH_FIX}`,
    );
}
