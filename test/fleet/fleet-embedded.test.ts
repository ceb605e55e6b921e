import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

interface JsonFinding {
  repository: string;
  fingerprint: string;
  commit: string;
  secretId: string;
  reusedIn: number;
  secret: string;
}

/** The per-repository progress lines of a worker: `<name>: N commits, M new findings`. */
function commitsByRepo(stderr: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of stderr.matchAll(/^(.*): (\d+) commits, \d+ new findings$/gm))
    counts.set(match[1] as string, Number(match[2]));
  return counts;
}

async function fleetScan(work: string, repoList: string[], extra: string[] = []) {
  writeFileSync(join(work, 'repos.txt'), `${repoList.join('\n')}\n`);
  const result = await runCli(
    ['fleet', 'scan', '--repos', 'repos.txt', '--state-dir', 'state', '--format', 'json', ...extra],
    { cwd: work, env: { REDIS_URL: '' } },
  );
  const findings = result.stdout ? (JSON.parse(result.stdout).findings as JsonFinding[]) : [];
  return { ...result, findings, commits: commitsByRepo(result.stderr) };
}

describe('fleet scan, embedded (no REDIS_URL)', () => {
  it('scans every repository, merges one key found in two repositories, and re-runs incrementally', async () => {
    const work = makeTempDir();
    const shared = githubToken();
    const a = GitRepo.init();
    a.commit('add config', { 'config.env': `GITHUB_TOKEN=${shared}\n` });
    const b = GitRepo.init();
    b.commit('first', { 'README.md': 'hello\n' });
    b.commit('leak', { 'deploy/token.txt': `token: ${shared}\n` });
    const repos = [`file://${a.dir}`, b.dir];

    const first = await fleetScan(work, repos);
    assert.equal(first.code, 1, first.stderr);
    assert.equal(first.commits.get(`file://${a.dir}`), 1);
    assert.equal(first.commits.get(b.dir), 2);
    const github = first.findings.filter((finding) => finding.secretId.startsWith('github'));
    assert.equal(github.length, 2);
    assert.deepEqual(new Set(github.map((finding) => finding.repository)), new Set([`file://${a.dir}`, b.dir]));
    assert.equal(new Set(github.map((finding) => finding.secretId)).size, 1, 'one secret, two locations');
    assert.ok(github.every((finding) => finding.reusedIn === 2));
    assert.ok(github.every((finding) => /^[0-9a-f]{40}$/.test(finding.commit)));
    assert.ok(!first.stdout.includes(shared) && !first.stderr.includes(shared), 'never the full key');

    // Nothing changed: 0 commits read, the same findings reported.
    const second = await fleetScan(work, repos);
    assert.equal(second.commits.get(`file://${a.dir}`), 0);
    assert.equal(second.commits.get(b.dir), 0);
    assert.deepEqual(
      second.findings.map((finding) => finding.fingerprint).sort(),
      first.findings.map((finding) => finding.fingerprint).sort(),
    );

    // Three new commits on one repository: exactly those are read.
    const late = githubToken();
    b.commit('one', { 'one.txt': '1\n' });
    b.commit('two', { 'two.txt': `key ${late}\n` });
    b.commit('three', { 'three.txt': '3\n' });
    const third = await fleetScan(work, repos);
    assert.equal(third.commits.get(b.dir), 3);
    assert.equal(third.commits.get(`file://${a.dir}`), 0);
    assert.ok(
      third.findings.some((finding) => finding.repository === b.dir && finding.fingerprint.includes('two.txt')),
    );
  });

  it('handles a force-push, a deleted branch and a new branch: only new commits are read', async () => {
    const work = makeTempDir();
    const repo = GitRepo.init();
    repo.commit('base', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('feature 1', { 'f.txt': '1\n' });
    repo.commit('feature 2', { 'f.txt': '2\n' });
    repo.git('checkout', '-q', 'main');
    const name = repo.dir;
    assert.equal((await fleetScan(work, [name])).commits.get(name), 3);

    // Force-push: feature rewritten to one new commit on top of base.
    repo.git('checkout', '-q', 'feature');
    repo.git('reset', '-q', '--hard', 'main');
    const rewritten = githubToken();
    repo.commit('rewritten', { 'f.txt': `${rewritten}\n` });
    repo.git('checkout', '-q', 'main');
    const forced = await fleetScan(work, [name]);
    assert.equal(forced.commits.get(name), 1);
    assert.ok(forced.findings.some((finding) => finding.fingerprint.includes(':f.txt:')));

    // Deleted branch: nothing to read.
    repo.git('branch', '-q', '-D', 'feature');
    assert.equal((await fleetScan(work, [name])).commits.get(name), 0);

    // New branch from main with two commits: those two only.
    repo.git('checkout', '-q', '-b', 'new');
    repo.commit('n1', { 'n.txt': '1\n' });
    repo.commit('n2', { 'n.txt': '2\n' });
    assert.equal((await fleetScan(work, [name])).commits.get(name), 2);
  });

  it('marks a repository that cannot be cloned failed with git’s reason while the others are scanned', async () => {
    const work = makeTempDir();
    const good = GitRepo.init();
    good.commit('leak', { 'k.txt': `${githubToken()}\n` });
    const missing = join(work, 'no-such-repo');
    const result = await fleetScan(work, [missing, good.dir]);
    assert.equal(result.code, 1);
    assert.equal(result.commits.get(good.dir), 1);
    assert.match(result.stderr, /no-such-repo: failed after 3 attempts: cannot fetch .*no-such-repo/);
    const status = await runCli(['fleet', 'status', '--state-dir', 'state'], { cwd: work, env: { REDIS_URL: '' } });
    assert.match(status.stdout, /done 1, failed 1/);
    assert.match(status.stdout, /failed: .*no-such-repo: cannot fetch/);
  });

  it('refuses hostile repository addresses and never shows credentials', async () => {
    const work = makeTempDir();
    for (const bad of [
      '--upload-pack=touch /tmp/pwned',
      'ext::sh -c touch% /tmp/pwned',
      'fd::17',
      'a\u0007b',
      // scp-like addresses whose host would reach ssh as an option, or is no host name at all
      'git@-oProxyCommand=touch%20/tmp/pwned:org/repo',
      'git@.hidden:org/repo',
    ]) {
      writeFileSync(join(work, 'repos.txt'), `${bad}\n`);
      const result = await runCli(['fleet', 'scan', '--repos', 'repos.txt', '--state-dir', 'state'], {
        cwd: work,
        env: { REDIS_URL: '' },
      });
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, /repos\.txt:1: not a repository address/);
      assert.ok(!result.stderr.includes('\u0007'));
    }
    const result = await fleetScan(work, ['https://user:hunter2secret@127.0.0.1:1/org/repo.git']);
    assert.ok(!result.stderr.includes('hunter2secret'), result.stderr);
    assert.match(result.stderr, /https:\/\/127\.0\.0\.1:1\/org\/repo\.git: failed/);
  });

  it('plan --shards, scan --plan --shard per shard, merge: the same findings as one scan of all', async () => {
    const work = makeTempDir();
    const shared = githubToken();
    const repos = Array.from({ length: 5 }, (_, i) => {
      const repo = GitRepo.init();
      repo.commit('leak', { [`k${i}.txt`]: `${i % 2 === 0 ? shared : githubToken()}\n` });
      return repo.dir;
    });
    const whole = await fleetScan(work, repos);
    const plan = await runCli(['fleet', 'plan', '--repos', 'repos.txt', '--shards', '2', '-o', 'plan.json'], {
      cwd: work,
    });
    assert.equal(plan.code, 0, plan.stderr);
    const shards = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8')).shards as { name: string }[][];
    assert.equal(shards.length, 2);
    assert.deepEqual(
      shards
        .flat()
        .map((repo) => repo.name)
        .sort(),
      [...repos].sort(),
    );
    for (const index of [0, 1]) {
      const shard = await runCli(
        ['fleet', 'scan', '--plan', 'plan.json', '--shard', String(index), '--state-dir', `shard${index}`, '-q'],
        { cwd: work, env: { REDIS_URL: '' } },
      );
      assert.ok(shard.code === 0 || shard.code === 1, shard.stderr);
    }
    const merged = await runCli(['fleet', 'merge', 'shard0', 'shard1', '--format', 'json'], { cwd: work });
    assert.equal(merged.code, 1, merged.stderr);
    const findings = JSON.parse(merged.stdout).findings as JsonFinding[];
    const key = (list: JsonFinding[]) =>
      list.map((finding) => `${finding.repository} ${finding.fingerprint} ${finding.reusedIn}`).sort();
    assert.deepEqual(key(findings), key(whole.findings));
    assert.ok(
      findings.some((finding) => finding.reusedIn === 3),
      'the shared key is one secret across shards',
    );
    const badShard = await runCli(['fleet', 'scan', '--plan', 'plan.json', '--shard', '7', '--state-dir', 's'], {
      cwd: work,
      env: { REDIS_URL: '' },
    });
    assert.equal(badShard.code, 2);
    assert.match(badShard.stderr, /--shard: expected 0 to 1/);
  });

  it('--verify checks new findings only, records their state, and the re-run sends nothing', async () => {
    // A local server answering as api.github.com documents: one token live, any other revoked.
    const live = githubToken();
    const revoked = githubToken();
    const requests: string[] = [];
    const vendor = createServer((request, response) => {
      const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
      requests.push(token);
      response.writeHead(token === live ? 200 : 401, { 'content-type': 'application/json' });
      response.end(JSON.stringify(token === live ? { resources: {} } : { message: 'Bad credentials' }));
    });
    await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`;
      const work = makeTempDir();
      const repo = GitRepo.init();
      repo.commit('keys', { 'a.env': `GITHUB_TOKEN=${live}\n`, 'b.env': `OTHER_TOKEN=${revoked}\n` });
      writeFileSync(join(work, 'repos.txt'), `${repo.dir}\n`);
      const run = () =>
        runCli(['fleet', 'scan', '--repos', 'repos.txt', '--state-dir', 'state', '--format', 'json', '--verify'], {
          cwd: work,
          env: { REDIS_URL: '', LEAKSCAN_VERIFY_TEST_ORIGIN: origin },
        });
      const first = await run();
      assert.equal(first.code, 1, first.stderr);
      const states = (JSON.parse(first.stdout).findings as (JsonFinding & { verification?: { state: string } })[])
        .map((finding) => `${finding.fingerprint.split(':')[1]} ${finding.verification?.state}`)
        .sort();
      assert.deepEqual(states, ['a.env live', 'b.env invalid']);
      assert.deepEqual(requests.sort(), [live, revoked].sort(), 'one request per distinct key');
      assert.ok(!first.stdout.includes(live) && !first.stderr.includes(live), 'never the full key');

      const second = await run();
      assert.equal(second.code, 1, second.stderr);
      assert.equal(requests.length, 2, 'nothing new, nothing sent');
      assert.match(second.stdout, /"state":\s*"live"/, 'the recorded state is reported again');
    } finally {
      vendor.close();
    }
  });

  it('keeps BullMQ and ioredis out of the CLI bundle (loaded only by fleet with REDIS_URL)', () => {
    const cli = readFileSync(new URL('../../dist/cli.js', import.meta.url), 'utf8');
    assert.doesNotMatch(cli, /from ["'](bullmq|ioredis)["']/);
  });
});
