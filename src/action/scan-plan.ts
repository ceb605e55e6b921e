/**
 * What the Action scans for a given workflow event: pure, so every event shape is unit-testable without git.
 * The commit sets are git revision ranges, computed by git later (never a paginated API list).
 */

import { shortSha as short } from '../sources/git.js';

export type ScanPlan =
  /** `base..head`: the commits reachable from head and not from base (for a PR: merge base..head). */
  | {
      kind: 'range';
      base: string;
      head: string;
      why: string;
      /** pull_request.commits: a first fetch depth that usually reaches the merge base in one go. */
      expectedCommits?: number | undefined;
      /** Force pushes: when the replaced tip cannot be fetched, scan what is not on the default branch. */
      ifBaseGone?: { defaultBranch: string | undefined } | undefined;
    }
  /** A new branch: the commits of head not on the default branch (all of head if it is the default branch). */
  | { kind: 'new-branch'; head: string; defaultBranch: string | undefined; why: string }
  | { kind: 'history'; why: string }
  | { kind: 'directory'; why: string }
  | { kind: 'nothing'; why: string };

export const MODES = ['auto', 'diff', 'history', 'scan'] as const;
export type Mode = (typeof MODES)[number];

export interface PlanInput {
  mode: string;
  eventName: string;
  payload: EventPayload;
  /** Inputs `base` and `head` (empty when not given). */
  base: string;
  head: string;
  /** GITHUB_SHA: the commit the workflow runs on. */
  sha: string;
}

/** The parts of GitHub's webhook payloads the plan reads; everything optional, payloads vary by event. */
export interface EventPayload {
  before?: string;
  after?: string;
  ref?: string;
  forced?: boolean;
  deleted?: boolean;
  created?: boolean;
  pull_request?: {
    number?: number;
    commits?: number;
    base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
    head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  };
  merge_group?: { base_sha?: string; head_sha?: string; head_ref?: string };
  repository?: { default_branch?: string; full_name?: string };
}

export class PlanError extends Error {}

const NULL_SHA = /^0{40}$|^0{64}$/;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const HISTORY_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export function planScan(input: PlanInput): ScanPlan {
  const mode = input.mode.trim() || 'auto';
  if (mode === 'staged')
    throw new PlanError("mode 'staged' is for pre-commit hooks, not CI: use auto (default), diff, history or scan");
  if (!(MODES as readonly string[]).includes(mode))
    throw new PlanError(`mode: expected one of ${MODES.join(', ')}, got '${mode}'`);
  if (mode === 'history') return { kind: 'history', why: 'mode: history' };
  if (mode === 'scan') return { kind: 'directory', why: 'mode: scan (the checked-out files)' };
  if (input.base !== '') {
    const head = input.head || input.sha || 'HEAD';
    return { kind: 'range', base: input.base, head, why: `inputs base..head: ${input.base}..${head}` };
  }
  const fromEvent = eventPlan(input);
  if (mode === 'diff' && (fromEvent.kind === 'history' || fromEvent.kind === 'directory')) {
    throw new PlanError(
      `mode: diff needs a range, and a ${input.eventName} event has none: set the base input (and head), or use mode: history`,
    );
  }
  return fromEvent;
}

function eventPlan({ eventName, payload, sha, head: headInput }: PlanInput): ScanPlan {
  const defaultBranch = payload.repository?.default_branch;
  if (PR_EVENTS.has(eventName)) {
    const pr = payload.pull_request;
    const base = pr?.base?.sha;
    const head = headInput || pr?.head?.sha;
    if (!base || !head)
      throw new PlanError(
        `${eventName} event without pull_request.base.sha and head.sha: is GITHUB_EVENT_PATH the event payload?`,
      );
    return {
      kind: 'range',
      base,
      head,
      why: `pull request${pr?.number !== undefined ? ` #${pr.number}` : ''}: the commits between the merge base with ${pr?.base?.ref ?? short(base)} and ${short(head)}`,
      expectedCommits: typeof pr?.commits === 'number' ? pr.commits : undefined,
    };
  }
  if (eventName === 'push') {
    if (payload.deleted) return { kind: 'nothing', why: `push deleted ${payload.ref ?? 'a ref'}: no commits to scan` };
    const after = headInput || payload.after || sha;
    if (!after || NULL_SHA.test(after)) throw new PlanError('push event without an after commit');
    const before = payload.before;
    if (!before || NULL_SHA.test(before)) {
      const branch = payload.ref?.replace(/^refs\/heads\//, '');
      return {
        kind: 'new-branch',
        head: after,
        defaultBranch,
        why: `new branch ${branch ?? ''} pushed: the commits of ${short(after)} not on the default branch${defaultBranch ? ` (${defaultBranch})` : ''}`.replace(
          '  ',
          ' ',
        ),
      };
    }
    return {
      kind: 'range',
      base: before,
      head: after,
      ifBaseGone: payload.forced ? { defaultBranch } : undefined,
      why: payload.forced
        ? `force push: the commits of ${short(after)} not reachable from the replaced tip ${short(before)}`
        : `push: ${short(before)}..${short(after)}`,
    };
  }
  if (eventName === 'merge_group') {
    const group = payload.merge_group;
    if (!group?.base_sha || !group.head_sha)
      throw new PlanError('merge_group event without merge_group.base_sha and head_sha');
    return {
      kind: 'range',
      base: group.base_sha,
      head: headInput || group.head_sha,
      why: `merge queue: ${short(group.base_sha)}..${short(group.head_sha)}`,
    };
  }
  if (HISTORY_EVENTS.has(eventName)) return { kind: 'history', why: `${eventName}: the full history` };
  return { kind: 'history', why: `${eventName || 'unknown'} event has no commit range: the full history` };
}
