import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { RedisServer, redisSkip } from '../helpers/redis.js';
import { CLI, makeTempDir, runCli, TEST_STATE_HOME } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

const skip = redisSkip();
if (skip) process.stderr.write(`${skip}\n`);

/** Repositories with one planted key each and some history, so a job takes long enough to be killed in. */
function makeRepos(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const repo = GitRepo.init();
    repo.fastImport(40, (n) => ({ [`src/file${n % 7}.txt`]: `line ${n} of repo ${i}\n`.repeat(200) }));
    repo.commit('leak', { 'secrets.env': `TOKEN=${githubToken()}\n` });
    return `file://${repo.dir}`;
  });
}

const fingerprints = (stdout: string): string[] =>
  (JSON.parse(stdout).findings as { repository: string; fingerprint: string }[])
    .map((finding) => `${finding.repository} ${finding.fingerprint}`)
    .sort();

// A hang (a worker that never exits) fails the test instead of holding CI until its time limit.
describe('fleet on BullMQ with a real redis-server', { skip, timeout: 240_000 }, () => {
  let redis: RedisServer;
  before(async () => {
    redis = await RedisServer.start();
  });
  after(async () => {
    await redis?.stop();
  });

  it('a worker killed mid-run loses and doubles nothing: the report equals the embedded run’s', async () => {
    const work = makeTempDir();
    const repos = makeRepos(12);
    writeFileSync(join(work, 'repos.txt'), `${repos.join('\n')}\n`);
    const env = { REDIS_URL: redis.url };

    const embedded = await runCli(
      ['fleet', 'scan', '--repos', 'repos.txt', '--state-dir', 'embedded', '--format', 'json', '-q'],
      { cwd: work, env: { REDIS_URL: '' } },
    );
    assert.equal(embedded.code, 1, embedded.stderr);
    const expected = fingerprints(embedded.stdout);
    assert.equal(new Set(expected.map((line) => line.split(' ')[0])).size, 12);

    const enqueued = await runCli(['fleet', 'enqueue', '--repos', 'repos.txt'], { cwd: work, env });
    assert.equal(enqueued.code, 0, enqueued.stderr);
    assert.match(enqueued.stderr, /queued 12 repositories/);

    // Worker 1 is killed (SIGKILL) once it has finished one repository, holding others mid-scan; worker 2 starts
    // after, and takes the killed worker's jobs once their locks expire (BullMQ's stalled-job check).
    const workerArgs = (cache: string) => [
      CLI,
      'fleet',
      'worker',
      '--concurrency',
      '3',
      '--exit-when-done',
      '--lock-duration',
      '2000',
      '--cache-dir',
      join(work, cache),
    ];
    const childEnv = { ...process.env, NO_COLOR: '1', XDG_STATE_HOME: TEST_STATE_HOME, ...env };
    const victim = spawn(process.execPath, workerArgs('cache1'), { cwd: work, env: childEnv });
    let victimLog = '';
    await new Promise<void>((resolve) => {
      victim.stderr.on('data', (chunk: Buffer) => {
        victimLog += chunk.toString('utf8');
        if (/: \d+ commits/.test(victimLog)) resolve();
      });
      victim.once('exit', () => resolve());
    });
    victim.kill('SIGKILL');
    await new Promise((resolve) => (victim.exitCode !== null ? resolve(null) : victim.once('exit', resolve)));

    const survivor = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, workerArgs('cache2'), { cwd: work, env: childEnv });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.once('exit', (code) => resolve({ code, stderr }));
    });
    assert.equal(survivor.code, 0, survivor.stderr);

    const status = await runCli(['fleet', 'status', '--format', 'json'], { cwd: work, env });
    const counts = JSON.parse(status.stdout);
    assert.equal(counts.done, 12, status.stdout);
    assert.equal(counts.failed, 0);
    assert.equal(counts.queued + counts.active, 0);

    const report = await runCli(['fleet', 'report', '--format', 'json'], { cwd: work, env });
    assert.equal(report.code, 1, report.stderr);
    assert.deepEqual(fingerprints(report.stdout), expected);

    // Again, nothing changed: every repository reads 0 commits.
    await runCli(['fleet', 'enqueue', '--repos', 'repos.txt'], { cwd: work, env });
    const again = await runCli(['fleet', 'worker', '--exit-when-done', '--cache-dir', join(work, 'cache2')], {
      cwd: work,
      env,
    });
    assert.equal(again.code, 0, again.stderr);
    const lines = again.stderr.match(/: \d+ commits/g) ?? [];
    assert.equal(lines.length, 12, again.stderr);
    assert.ok(
      lines.every((line) => line === ': 0 commits'),
      again.stderr,
    );
  });

  it('Redis restarted mid-run (AOF on): the worker reconnects and finishes, no job lost or doubled', async () => {
    const work = makeTempDir();
    const repos = makeRepos(10);
    writeFileSync(join(work, 'repos.txt'), `${repos.join('\n')}\n`);
    const embedded = await runCli(
      ['fleet', 'scan', '--repos', 'repos.txt', '--state-dir', 'embedded', '--format', 'json', '-q'],
      { cwd: work, env: { REDIS_URL: '' } },
    );
    assert.equal(embedded.code, 1, embedded.stderr);
    const expected = fingerprints(embedded.stdout);
    assert.equal(new Set(expected.map((line) => line.split(' ')[0])).size, 10);

    let server = await RedisServer.start({ dir: makeTempDir() });
    try {
      const env = { REDIS_URL: server.url };
      const enqueued = await runCli(['fleet', 'enqueue', '--repos', 'repos.txt'], { cwd: work, env });
      assert.equal(enqueued.code, 0, enqueued.stderr);

      const childEnv = { ...process.env, NO_COLOR: '1', XDG_STATE_HOME: TEST_STATE_HOME, ...env };
      const worker = spawn(
        process.execPath,
        [CLI, 'fleet', 'worker', '--concurrency', '2', '--exit-when-done', '--cache-dir', join(work, 'cache')],
        { cwd: work, env: childEnv },
      );
      // A worker that never comes back fails the test (and is killed) instead of holding CI.
      const deadline = setTimeout(() => worker.kill('SIGKILL'), 120_000);
      let log = '';
      const exited = new Promise<number | null>((resolve) => worker.once('exit', (code) => resolve(code)));
      const firstDone = new Promise<void>((resolve) => {
        worker.stderr.on('data', (chunk: Buffer) => {
          log += chunk.toString('utf8');
          if (/: \d+ commits/.test(log)) resolve();
        });
        void exited.then(() => resolve());
      });
      await firstDone;
      const doneBefore = (log.match(/: \d+ commits/g) ?? []).length;
      assert.ok(doneBefore < 10, `the worker finished before Redis could be restarted:\n${log}`);
      server = await server.restart(1500);
      const code = await exited;
      clearTimeout(deadline);
      assert.equal(code, 0, log);
      assert.match(log, /ECONNREFUSED/, 'Redis was down while the worker ran');
      assert.doesNotMatch(log, /^\s+at /m, `an error was printed raw, with its stack:\n${log}`);

      const status = await runCli(['fleet', 'status', '--format', 'json'], { cwd: work, env });
      const counts = JSON.parse(status.stdout);
      assert.equal(counts.done, 10, status.stdout);
      assert.equal(counts.failed, 0, status.stdout);
      assert.equal(counts.queued + counts.active, 0, status.stdout);

      const report = await runCli(['fleet', 'report', '--format', 'json'], { cwd: work, env });
      assert.equal(report.code, 1, report.stderr);
      assert.deepEqual(fingerprints(report.stdout), expected);
    } finally {
      await server.stop();
    }
  });

  it('says clearly when Redis cannot be reached', async () => {
    const work = makeTempDir();
    writeFileSync(join(work, 'repos.txt'), '/tmp/x\n');
    const result = await runCli(['fleet', 'enqueue', '--repos', 'repos.txt'], {
      cwd: work,
      env: { REDIS_URL: 'redis://:pw@127.0.0.1:1' },
    });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot reach Redis at redis:\/\/\*\*\*@127\.0\.0\.1:1/);
    assert.ok(!result.stderr.includes(':pw@'));
  });
});
