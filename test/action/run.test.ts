import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { startReceiver } from '../helpers/receiver.js';
import { githubToken } from '../helpers/tokens.js';
import { assertValidSarif } from '../helpers/sarif.js';
import { checkout, runAction, ZERO_SHA, type ActionRun } from '../helpers/action-harness.js';

const REPO = {
  id: 1296269,
  name: 'app',
  full_name: 'octo/app',
  private: false,
  fork: false,
  default_branch: 'main',
  owner: { login: 'octo' },
};
const leakAnnotations = (run: ActionRun) => run.errors.filter((e) => e.properties.file !== undefined);

function prPayload(base: string, head: string, commits: number, headRepo = 'octo/app') {
  const owner = headRepo.split('/')[0];
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      url: 'https://api.github.com/repos/octo/app/pulls/7',
      number: 7,
      state: 'open',
      draft: false,
      merged: false,
      title: 'Add the feature',
      user: { login: owner },
      commits,
      additions: 120,
      deletions: 3,
      changed_files: 4,
      base: {
        label: 'octo:main',
        ref: 'main',
        sha: base,
        user: { login: 'octo' },
        repo: { full_name: 'octo/app', fork: false, default_branch: 'main' },
      },
      head: {
        label: `${owner}:feature`,
        ref: 'feature',
        sha: head,
        user: { login: owner },
        repo: { full_name: headRepo, fork: headRepo !== 'octo/app', default_branch: 'main' },
      },
    },
    repository: REPO,
    sender: { login: owner, type: 'User' },
  };
}

/** main with an old key, a 300-commit feature branch with a key in commit #3, then main moves on with another key. */
function manyCommitPullRequest() {
  const upstream = GitRepo.init();
  const oldMainKey = githubToken();
  const laterMainKey = githubToken();
  const prKey = githubToken();
  upstream.commit('base', { 'README.md': 'app\n' });
  upstream.commit('legacy settings', { 'legacy.js': `const token = "${oldMainKey}";\n` });
  upstream.git('branch', 'feature');
  upstream.git('checkout', '-q', 'feature');
  upstream.fastImport(
    300,
    (i): Record<string, string> =>
      i === 2 ? { 'src/config.js': `export const token = "${prKey}";\n` } : { 'notes.txt': `note ${i}\n` },
    'feature',
  );
  const head = upstream.git('rev-parse', 'feature');
  upstream.git('checkout', '-q', 'main');
  upstream.commit('later on main', { 'later.js': `const token = "${laterMainKey}";\n` });
  const base = upstream.git('rev-parse', 'main');
  return {
    upstream,
    base,
    head,
    prKey,
    oldMainKey,
    laterMainKey,
    thirdCommit: upstream.git('rev-parse', 'feature~297'),
  };
}

describe('GitHub Action', () => {
  it('pull_request with 300 commits in a depth-1 checkout: fetches the range, reports exactly the PR key, annotates, masks, summarises, fails', async () => {
    const pr = manyCommitPullRequest();
    const { workspace } = checkout(pr.upstream, pr.head);
    assert.equal(workspace.git('rev-parse', '--is-shallow-repository'), 'true');
    const run = await runAction({
      workspace: workspace.dir,
      event: 'pull_request',
      payload: prPayload(pr.base, pr.head, 300),
      env: { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'octo/app' },
    });

    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /fetching the commits of .*git fetch --no-tags --depth=301 origin/);
    for (const group of ['fetch the commits to scan', 'scan', 'report \\(1 leak\\)'])
      assert.match(run.stdout, new RegExp(`^::group::leakscan: ${group}$`, 'm'));
    assert.equal(run.stdout.match(/^::endgroup::$/gm)?.length, 3);
    assert.match(run.stdout, /scanning [0-9a-f]{12}\.\.[0-9a-f]{12}: 300 commit\(s\)/);
    assert.match(run.stdout, /scanned 300 commits/);
    assert.doesNotMatch(run.stdout, /event lists/);
    const annotations = leakAnnotations(run);
    assert.equal(annotations.length, 1, run.stdout);
    assert.equal(annotations[0]?.properties.file, 'src/config.js');
    assert.equal(annotations[0]?.properties.line, '1');
    assert.match(annotations[0]?.properties.title ?? '', /^leakscan: .*\(github-[a-z-]+\)$/);
    assert.match(annotations[0]?.message ?? '', new RegExp(`commit ${pr.thirdCommit.slice(0, 12)}`));
    assert.ok(
      run.errors.some((e) => /leakscan found 1 leak/.test(e.message)),
      'setFailed message',
    );

    // Masked before anything else mentions it; never printed except in the add-mask command itself.
    assert.ok(run.masks.includes(pr.prKey));
    const maskAt = run.stdout.indexOf(`::add-mask::${pr.prKey}`);
    assert.ok(maskAt < run.stdout.indexOf('::error'));
    assert.equal(run.stdout.split(pr.prKey).length, 2, 'the raw key appears once: in ::add-mask::');
    for (const key of [pr.oldMainKey, pr.laterMainKey])
      assert.ok(!run.stdout.includes(key) && !run.summary.includes(key));

    assert.equal(run.outputs['leak-count'], '1');
    assert.ok(existsSync(run.outputs['sarif-file'] ?? ''), 'sarif file written');
    const sarifText = readFileSync(run.outputs['sarif-file']!, 'utf8');
    await assertValidSarif(sarifText, 'the Action’s sarif-file');
    const sarif = JSON.parse(sarifText);
    assert.equal(sarif.runs[0].results.length, 1);
    assert.match(
      sarif.runs[0].results[0].partialFingerprints['leakscanFingerprint/v1'],
      /:src\/config\.js:[0-9a-f]{16}$/,
    );

    assert.match(run.summary, /leakscan: 1 leak found/);
    assert.match(run.summary, /\| Rule \| Location \| Commit \| Author \| Secret \| To accept it \|/);
    assert.match(run.summary, /`src\/config\.js:1`/);
    assert.ok(run.summary.includes(pr.thirdCommit.slice(0, 12)));
    assert.match(run.summary, /Test Author/);
    assert.match(run.summary, /add `github-[a-z-]+:src\/config\.js:[0-9a-f]{16}` to `\.leakscanignore`/);
    assert.ok(!run.summary.includes(pr.prKey));
    // The file and the commit on the repository's server; the fingerprint once.
    assert.ok(run.summary.includes(`(https://github.example/octo/app/blob/${pr.thirdCommit}/src/config.js#L1)`));
    assert.ok(run.summary.includes(`(https://github.example/octo/app/commit/${pr.thirdCommit})`));
    const fingerprint = /github-[a-z-]+:src\/config\.js:[0-9a-f]{16}/.exec(run.summary)?.[0] ?? '';
    assert.equal(run.summary.split(fingerprint).length, 2, run.summary);
  });

  it('a clean pull request passes with leak-count 0', async () => {
    const upstream = GitRepo.init();
    const base = upstream.commit('base', { 'README.md': 'app\n' });
    upstream.git('checkout', '-q', '-b', 'feature');
    const head = upstream.commit('docs', { 'README.md': 'app, documented\n' });
    const { workspace } = checkout(upstream, head);
    const run = await runAction({ workspace: workspace.dir, event: 'pull_request', payload: prPayload(base, head, 1) });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['leak-count'], '0');
    assert.match(run.summary, /no leaks found/);
    assert.equal(run.errors.length, 0);
  });

  it('push: scans before..after only', async () => {
    const upstream = GitRepo.init();
    const oldKey = githubToken();
    const newKey = githubToken();
    upstream.commit('base', { 'old.js': `const token = "${oldKey}";\n` });
    const before = upstream.commit('more', { 'README.md': 'hi\n' });
    upstream.commit('add key', { 'app.js': `const token = "${newKey}";\n` });
    const after = upstream.commit('docs', { 'README.md': 'hello\n' });
    const { workspace } = checkout(upstream, after);
    const run = await runAction({
      workspace: workspace.dir,
      event: 'push',
      payload: { ref: 'refs/heads/main', before, after, forced: false, repository: REPO },
    });
    assert.equal(run.code, 1, run.stdout);
    assert.deepEqual(
      leakAnnotations(run).map((a) => a.properties.file),
      ['app.js'],
    );
    assert.match(run.stdout, /scanned 2 commits/);
  });

  it('push of a new branch (before is all zeros): scans the commits not on the default branch', async () => {
    const upstream = GitRepo.init();
    const mainKey = githubToken();
    const branchKey = githubToken();
    upstream.commit('base', { 'old.js': `const token = "${mainKey}";\n` });
    upstream.fastImport(60, (i) => ({ 'log.txt': `entry ${i}\n` }));
    upstream.git('checkout', '-q', '-b', 'topic');
    upstream.commit('topic work', { 'topic.js': `const token = "${branchKey}";\n` });
    const after = upstream.commit('topic docs', { 'TOPIC.md': 'topic\n' });
    const { workspace } = checkout(upstream, after);
    const run = await runAction({
      workspace: workspace.dir,
      event: 'push',
      payload: { ref: 'refs/heads/topic', before: ZERO_SHA, after, created: true, forced: false, repository: REPO },
    });
    assert.equal(run.code, 1, run.stdout);
    assert.deepEqual(
      leakAnnotations(run).map((a) => a.properties.file),
      ['topic.js'],
    );
    assert.match(run.stdout, /new branch topic pushed/);
    assert.match(run.stdout, /refs\/heads\/main:refs\/remotes\/origin\/main/);
    assert.match(run.stdout, /scanned 2 commits/);
  });

  it('force push: scans the rewritten commits, not the replaced ones; falls back to the default branch when the old tip is gone', async () => {
    const upstream = GitRepo.init();
    const replacedKey = githubToken();
    const rewrittenKey = githubToken();
    upstream.commit('base', { 'README.md': 'app\n' });
    upstream.git('checkout', '-q', '-b', 'feature');
    upstream.commit('first try', { 'app.js': `const token = "${replacedKey}";\n` });
    const before = upstream.commit('first try, more', { 'README.md': 'app!\n' });
    upstream.git('update-ref', 'refs/keep/replaced', before); // the remote still has the replaced tip, as GitHub does
    upstream.git('reset', '-q', '--hard', 'main');
    upstream.commit('second try', { 'app.js': `const token = "${rewrittenKey}";\n` });
    const after = upstream.commit('second try, docs', { 'README.md': 'app?\n' });
    assert.notEqual(upstream.gitRaw(['merge-base', '--is-ancestor', before, after]).status, 0);
    const { workspace } = checkout(upstream, after);

    const run = await runAction({
      workspace: workspace.dir,
      event: 'push',
      payload: { ref: 'refs/heads/feature', before, after, forced: true, repository: REPO },
    });
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /force push/);
    assert.equal(run.stdout.split(rewrittenKey).length, 2);
    assert.ok(!run.stdout.includes(replacedKey));
    assert.match(run.stdout, /scanned 2 commits/);

    const gone = 'f'.repeat(40);
    const fallback = await runAction({
      workspace: checkout(upstream, after).workspace.dir,
      event: 'push',
      payload: { ref: 'refs/heads/feature', before: gone, after, forced: true, repository: REPO },
    });
    assert.equal(fallback.code, 1, fallback.stdout);
    assert.match(fallback.stdout, /replaced tip ffffffffffff is gone from origin/);
    assert.deepEqual(
      leakAnnotations(fallback).map((a) => a.properties.file),
      ['app.js'],
    );
  });

  it('schedule: unshallows and scans the full history of every branch', async () => {
    const upstream = GitRepo.init();
    const removedKey = githubToken();
    const sideKey = githubToken();
    upstream.commit('add key', { 'old.js': `const token = "${removedKey}";\n` });
    upstream.commit('remove key', { 'old.js': null });
    upstream.git('checkout', '-q', '-b', 'side');
    upstream.commit('side key', { 'side.js': `const token = "${sideKey}";\n` });
    upstream.git('checkout', '-q', 'main');
    const head = upstream.commit('docs', { 'README.md': 'hi\n' });
    const { workspace } = checkout(upstream, head);
    const run = await runAction({
      workspace: workspace.dir,
      event: 'schedule',
      payload: { schedule: '0 3 * * 1', repository: REPO },
    });
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /git fetch --no-tags --unshallow origin/);
    assert.deepEqual(
      leakAnnotations(run)
        .map((a) => a.properties.file)
        .sort(),
      ['old.js', 'side.js'],
    );
    assert.equal(workspace.git('rev-parse', '--is-shallow-repository'), 'false');
  });

  it('fork pull request: its own .leakscan.yaml allowlist and .leakscanignore do not silence its leak; a same-repo PR may', async () => {
    const upstream = GitRepo.init();
    const key = githubToken();
    const base = upstream.commit('base', {
      'README.md': 'app\n',
      '.leakscan.yaml': 'allowlist:\n  paths: ["docs/**"]\n',
    });
    upstream.git('checkout', '-q', '-b', 'feature');
    upstream.commit('add key', { 'src/app.js': `const token = "${key}";\n` });
    const head = upstream.commit('silence it', { '.leakscan.yaml': 'allowlist:\n  paths: ["docs/**", "src/**"]\n' });

    const fork = await runAction({
      workspace: checkout(upstream, head).workspace.dir,
      event: 'pull_request',
      payload: prPayload(base, head, 2, 'forker/app'),
    });
    assert.equal(fork.code, 1, fork.stdout);
    assert.deepEqual(
      leakAnnotations(fork).map((a) => a.properties.file),
      ['src/app.js'],
    );
    assert.match(
      fork.stdout,
      /pull request from the fork forker\/app: \.leakscan\.yaml, the baseline and \.leakscanignore were read from the base commit/,
    );

    const target = await runAction({
      workspace: checkout(upstream, head).workspace.dir,
      event: 'pull_request_target',
      payload: prPayload(base, head, 2),
    });
    assert.equal(target.code, 1, target.stdout);

    const sameRepo = await runAction({
      workspace: checkout(upstream, head).workspace.dir,
      event: 'pull_request',
      payload: prPayload(base, head, 2),
    });
    assert.equal(sameRepo.code, 0, sameRepo.stdout);

    const trusted = await runAction({
      workspace: checkout(upstream, head).workspace.dir,
      event: 'pull_request',
      payload: prPayload(base, head, 2, 'forker/app'),
      inputs: { 'trust-pr-config': 'true' },
    });
    assert.equal(trusted.code, 0, trusted.stdout);
    assert.match(trusted.stdout, /trust-pr-config is true/);
  });

  it('fork pull request: a fingerprint the PR adds to .leakscanignore is not honoured', async () => {
    const upstream = GitRepo.init();
    const key = githubToken();
    const base = upstream.commit('base', { 'README.md': 'app\n' });
    upstream.git('checkout', '-q', '-b', 'feature');
    upstream.commit('add key', { 'src/app.js': `const token = "${key}";\n` });
    const first = await runAction({
      workspace: checkout(upstream, upstream.git('rev-parse', 'HEAD')).workspace.dir,
      event: 'pull_request',
      payload: prPayload(base, upstream.git('rev-parse', 'HEAD'), 1, 'forker/app'),
    });
    const fingerprint = /Fingerprint: (\S+) /.exec(leakAnnotations(first)[0]?.message ?? '')?.[1];
    assert.ok(fingerprint, first.stdout);
    const head = upstream.commit('ignore it', { '.leakscanignore': `${fingerprint}\n` });
    const fork = await runAction({
      workspace: checkout(upstream, head).workspace.dir,
      event: 'pull_request',
      payload: prPayload(base, head, 2, 'forker/app'),
    });
    assert.equal(fork.code, 1, fork.stdout);
    const sameRepo = await runAction({
      workspace: checkout(upstream, head).workspace.dir,
      event: 'pull_request',
      payload: prPayload(base, head, 2),
    });
    assert.equal(sameRepo.code, 0, sameRepo.stdout);
  });

  it('fail-on-leak: false passes the job with a warning; format csv writes report-file', async () => {
    const upstream = GitRepo.init();
    const before = upstream.commit('base', { 'README.md': 'app\n' });
    const after = upstream.commit('key', { 'app.js': `const token = "${githubToken()}";\n` });
    const { workspace } = checkout(upstream, after, 'full');
    const run = await runAction({
      workspace: workspace.dir,
      event: 'push',
      payload: { ref: 'refs/heads/main', before, after, repository: REPO },
      inputs: { 'fail-on-leak': 'false', format: 'csv' },
    });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['leak-count'], '1');
    assert.match(run.stdout, /::warning::leakscan found 1 leak .*fail-on-leak is false/);
    assert.match(run.outputs['report-file'] ?? '', /\.csv$/);
    assert.match(readFileSync(run.outputs['report-file']!, 'utf8'), /app\.js/);
    assert.doesNotMatch(run.stdout, /fetching/, 'a full checkout needs no fetch');
  });

  it('a shallow checkout whose remote cannot be fetched fails with a message naming fetch-depth: 0', async () => {
    const pr = manyCommitPullRequest();
    const { workspace } = checkout(pr.upstream, pr.head);
    workspace.git('remote', 'set-url', 'origin', `file://${workspace.dir}/no-such-remote.git`);
    const run = await runAction({
      workspace: workspace.dir,
      event: 'pull_request',
      payload: prPayload(pr.base, pr.head, 300),
    });
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      /::error::leakscan: cannot fetch the commits of .*Fix: use actions\/checkout with fetch-depth: 0/,
    );
    assert.equal(run.outputs['leak-count'], undefined);
    // The job summary says the scan failed and why, instead of staying empty.
    assert.match(run.summary, /^## leakscan: the scan failed/);
    assert.match(run.summary, /not a pass/);
    assert.match(run.summary, /cannot fetch the commits of .*fetch-depth: 0/);
    assert.match(run.stdout, /^::group::leakscan: fetch the commits to scan$/m);
    assert.match(run.stdout, /^::endgroup::$/m, 'the group is closed when the fetch fails');
  });

  it('mode: staged is refused; mode: scan scans the checked-out files', async () => {
    const upstream = GitRepo.init();
    const head = upstream.commit('key', { 'app.js': `const token = "${githubToken()}";\n` });
    const { workspace } = checkout(upstream, head);
    const staged = await runAction({
      workspace: workspace.dir,
      event: 'push',
      payload: {},
      inputs: { mode: 'staged' },
    });
    assert.equal(staged.code, 1);
    assert.match(staged.stdout, /::error::leakscan: mode 'staged' is for pre-commit hooks/);
    const files = await runAction({
      workspace: workspace.dir,
      event: 'workflow_dispatch',
      payload: { repository: REPO },
      inputs: { mode: 'scan' },
    });
    assert.equal(files.code, 1, files.stdout);
    assert.deepEqual(
      leakAnnotations(files).map((a) => a.properties.file),
      ['app.js'],
    );
  });

  it('rotate: sends each leak to rotate-url, signed with LEAKSCAN_WEBHOOK_SECRET, without the raw key', async () => {
    const receiver = await startReceiver();
    try {
      const upstream = GitRepo.init();
      const key = githubToken();
      const before = upstream.commit('base', { 'README.md': 'app\n' });
      const after = upstream.commit('key', { 'app.js': `const token = "${key}";\n` });
      const { workspace } = checkout(upstream, after);
      const run = await runAction({
        workspace: workspace.dir,
        event: 'push',
        payload: { ref: 'refs/heads/main', before, after, repository: REPO },
        inputs: { rotate: 'true', 'rotate-url': receiver.url },
        env: { LEAKSCAN_WEBHOOK_SECRET: 'test-signing-key-not-a-secret' },
      });
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.equal(receiver.requests.length, 1, run.stderr);
      const request = receiver.requests[0]!;
      assert.match(String(request.headers['x-leakscan-signature']), /^sha256=|^t=/);
      assert.match(request.body, /app\.js/);
      assert.ok(!request.body.includes(key), 'the raw key is not sent');
    } finally {
      await receiver.close();
    }
  });

  it('verify: each key is checked with its vendor, the summary shows the state, and rotate sends only the live key', async () => {
    const live = githubToken();
    const revoked = githubToken();
    const vendor = createServer((request, response) => {
      const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
      response.writeHead(token === live ? 200 : 401, { 'content-type': 'application/json' });
      response.end(JSON.stringify(token === live ? { resources: {} } : { message: 'Bad credentials' }));
    });
    await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve));
    const receiver = await startReceiver();
    try {
      const upstream = GitRepo.init();
      const before = upstream.commit('base', { 'README.md': 'app\n' });
      const after = upstream.commit('keys', {
        'live.js': `const token = "${live}";\n`,
        'revoked.js': `const token = "${revoked}";\n`,
      });
      const { workspace } = checkout(upstream, after);
      const run = await runAction({
        workspace: workspace.dir,
        event: 'push',
        payload: { ref: 'refs/heads/main', before, after, repository: REPO },
        inputs: { verify: 'true', rotate: 'true', 'rotate-url': receiver.url },
        env: {
          LEAKSCAN_WEBHOOK_SECRET: 'test-signing-key-not-a-secret',
          LEAKSCAN_VERIFY_TEST_ORIGIN: `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`,
        },
      });
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(run.summary, /\blive\b/);
      assert.match(run.summary, /\binvalid\b/);
      assert.equal(receiver.requests.length, 1, run.stdout);
      assert.match(receiver.requests[0]!.body, /live\.js/);
      // Only the runner's ::add-mask:: command may carry it (that is how the runner learns to mask it).
      const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
      assert.ok(!shown.some((line) => line.includes(live)) && !run.summary.includes(live), 'never the full key');
    } finally {
      vendor.close();
      await receiver.close();
    }
  });

  it('working-directory: a checkout in a subdirectory is scanned, annotations keep workspace-relative paths', async () => {
    const upstream = GitRepo.init();
    const before = upstream.commit('base', { 'README.md': 'app\n' });
    const after = upstream.commit('key', { 'src/app.js': `const token = "${githubToken()}";\n` });
    const { workspace } = checkout(upstream, after);
    const run = await runAction({
      workspace: dirname(workspace.dir),
      event: 'push',
      payload: { ref: 'refs/heads/main', before, after, repository: REPO },
      inputs: { 'working-directory': basename(workspace.dir) },
    });
    assert.equal(run.code, 1, run.stdout);
    assert.deepEqual(
      leakAnnotations(run).map((a) => a.properties.file),
      [`${basename(workspace.dir)}/src/app.js`],
    );
  });

  it("pull_request that merged main midway: commits brought in from main are not the PR's; merge_group scans its range", async () => {
    const upstream = GitRepo.init();
    const mainKey = githubToken();
    const prKey = githubToken();
    upstream.commit('base', { 'README.md': 'app\n' });
    upstream.git('checkout', '-q', '-b', 'feature');
    upstream.commit('feature start', { 'feature.md': 'wip\n' });
    upstream.git('checkout', '-q', 'main');
    upstream.commit('main key', { 'main.js': `const token = "${mainKey}";\n` });
    upstream.git('checkout', '-q', 'feature');
    upstream.git(
      '-c',
      'user.name=Test Author',
      '-c',
      'user.email=author@example.test',
      'merge',
      '-q',
      '--no-edit',
      'main',
    );
    const head = upstream.commit('feature key', { 'feature.js': `const token = "${prKey}";\n` });
    upstream.git('checkout', '-q', 'main');
    const base = upstream.commit('main moves on', { 'CHANGES.md': 'more\n' });

    const run = await runAction({
      workspace: checkout(upstream, head).workspace.dir,
      event: 'pull_request',
      payload: prPayload(base, head, 3),
    });
    assert.equal(run.code, 1, run.stdout);
    assert.deepEqual(
      leakAnnotations(run).map((a) => a.properties.file),
      ['feature.js'],
    );
    assert.match(run.stdout, /: 3 commit\(s\)/);

    const group = await runAction({
      workspace: checkout(upstream, head).workspace.dir,
      event: 'merge_group',
      payload: {
        merge_group: { base_sha: base, head_sha: head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' },
        repository: REPO,
      },
    });
    assert.equal(group.code, 1, group.stdout);
    assert.deepEqual(
      leakAnnotations(group).map((a) => a.properties.file),
      ['feature.js'],
    );
  });

  it('a multi-line secret (a PEM private key) is masked whole and line by line', async () => {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const upstream = GitRepo.init();
    const before = upstream.commit('base', { 'README.md': 'app\n' });
    const after = upstream.commit('key', { 'deploy/key.pem': privateKey });
    const run = await runAction({
      workspace: checkout(upstream, after).workspace.dir,
      event: 'push',
      payload: { ref: 'refs/heads/main', before, after, repository: REPO },
    });
    assert.equal(run.code, 1, run.stdout);
    const bodyLines = privateKey.split('\n').filter((line) => line.length >= 8 && !line.startsWith('-----'));
    assert.ok(bodyLines.length > 5);
    for (const line of bodyLines) assert.ok(run.masks.includes(line), `line masked: ${line.slice(0, 8)}…`);
    const logWithoutMasks = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const line of bodyLines) assert.ok(!logWithoutMasks.includes(line));
  });
});
