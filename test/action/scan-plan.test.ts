import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { untrustedConfigReason } from '../../src/action/config-trust.js';
import { planScan, PlanError, type EventPayload } from '../../src/action/scan-plan.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);
const plan = (
  eventName: string,
  payload: EventPayload,
  extra: Partial<{ mode: string; base: string; head: string; sha: string }> = {},
) => planScan({ mode: 'auto', base: '', head: '', sha: B, eventName, payload, ...extra });
const repository = { default_branch: 'trunk', full_name: 'o/r' };

describe('planScan (event → what to scan)', () => {
  it('pull_request and pull_request_target: base.sha..head.sha with the commit count as a fetch hint', () => {
    for (const event of ['pull_request', 'pull_request_target']) {
      const result = plan(event, {
        pull_request: { number: 3, commits: 300, base: { sha: A, ref: 'main' }, head: { sha: B } },
        repository,
      });
      assert.deepEqual(
        { ...result, why: undefined },
        { kind: 'range', base: A, head: B, expectedCommits: 300, why: undefined },
      );
    }
  });

  it('push: before..after; a new branch excludes the default branch; a deleted branch scans nothing', () => {
    assert.equal(plan('push', { before: A, after: B, repository }).kind, 'range');
    const created = plan('push', { ref: 'refs/heads/topic', before: ZERO, after: B, repository });
    assert.deepEqual(
      {
        kind: created.kind,
        head: (created as { head: string }).head,
        defaultBranch: (created as { defaultBranch: string }).defaultBranch,
      },
      { kind: 'new-branch', head: B, defaultBranch: 'trunk' },
    );
    assert.equal(plan('push', { ref: 'refs/heads/topic', before: A, after: ZERO, deleted: true }).kind, 'nothing');
  });

  it('force push: a range that can fall back to the default branch when the old tip is gone', () => {
    const result = plan('push', { before: A, after: B, forced: true, repository });
    assert.equal(result.kind, 'range');
    assert.deepEqual((result as { ifBaseGone?: unknown }).ifBaseGone, { defaultBranch: 'trunk' });
    assert.match(result.why, /force push/);
  });

  it('merge_group: base_sha..head_sha; schedule, workflow_dispatch and other events: full history', () => {
    assert.deepEqual(plan('merge_group', { merge_group: { base_sha: A, head_sha: B } }).kind, 'range');
    for (const event of ['schedule', 'workflow_dispatch', 'release']) assert.equal(plan(event, {}).kind, 'history');
  });

  it('modes: history and scan ignore the event; base/head inputs override it; staged and unknown modes are refused', () => {
    assert.equal(plan('pull_request', {}, { mode: 'history' }).kind, 'history');
    assert.equal(plan('push', {}, { mode: 'scan' }).kind, 'directory');
    assert.deepEqual(
      { ...plan('schedule', {}, { mode: 'diff', base: 'v1.0' }), why: '' },
      { kind: 'range', base: 'v1.0', head: B, why: '' },
    );
    assert.throws(() => plan('schedule', {}, { mode: 'diff' }), PlanError);
    assert.throws(() => plan('push', {}, { mode: 'staged' }), /pre-commit hooks/);
    assert.throws(() => plan('push', {}, { mode: 'everything' }), /expected one of/);
    assert.throws(() => plan('pull_request', { pull_request: {} }), /GITHUB_EVENT_PATH/);
  });
});

describe('untrustedConfigReason', () => {
  it('pull_request_target and fork PRs (including a deleted fork) read config from the base; same-repo PRs and pushes do not', () => {
    const pr = (head: { full_name: string } | null) => ({
      pull_request: { base: { repo: { full_name: 'o/r' } }, head: { repo: head } },
    });
    assert.match(untrustedConfigReason('pull_request_target', pr({ full_name: 'o/r' })) ?? '', /pull_request_target/);
    assert.match(untrustedConfigReason('pull_request', pr({ full_name: 'x/r' })) ?? '', /fork x\/r/);
    assert.match(untrustedConfigReason('pull_request', pr(null)) ?? '', /fork \(deleted\)/);
    assert.equal(untrustedConfigReason('pull_request', pr({ full_name: 'o/r' })), undefined);
    assert.equal(untrustedConfigReason('push', {}), undefined);
  });
});
