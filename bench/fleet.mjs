#!/usr/bin/env node
// Fleet benchmark (issue 13): N generated repositories (file:// URLs, one planted key each, history sizes
// varied), scanned in embedded mode and by 1, 2 and 4 worker processes on a throw-away redis-server; then the
// incremental re-run. Prints repositories/hour, MB/s, peak RSS per worker, and checks that every mode reports
// the same findings and that the re-run reads 0 commits. Times are wall-clock on whatever machine runs it.
//   npm run build && node bench/fleet.mjs [--repos=200]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const COUNT = Number(args.repos ?? 200);
const KILL_AFTER_S = Number(args['kill-after'] ?? 10);
const CLI = join(ROOT, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'leakscan-fleet-bench-'));
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const token = (i) => `sk_live_${Array.from({ length: 24 }, (_, k) => BASE62[(i * 7919 + k * 104729) % 62]).join('')}`;

function makeRepo(i) {
  const dir = join(work, 'repos', `r${i}`);
  mkdirSync(dir, { recursive: true });
  const git = (argv, input) => {
    const r = spawnSync('git', argv, { cwd: dir, input, maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`git ${argv[0]}: ${r.stderr}`);
  };
  git(['-c', 'init.defaultBranch=main', 'init', '-q']);
  const commits = 5 + ((i * 37) % 120); // 5..124 commits
  const lines = [];
  let clock = 1_700_000_000;
  for (let n = 0; n < commits; n++) {
    clock += 60;
    const msg = `commit ${n}`;
    lines.push('commit refs/heads/main', `committer B <b@example.test> ${clock} +0000`, `data ${msg.length}`, msg);
    const body =
      n === Math.floor(commits / 2) ? `STRIPE_KEY=${token(i)}\n` : `value ${n} ${'x'.repeat(60)}\n`.repeat(40);
    const path = n === Math.floor(commits / 2) ? 'config/secrets.env' : `src/f${n % 9}.txt`;
    lines.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(body)}`, body, '');
  }
  git(['fast-import', '--quiet'], `${lines.join('\n')}\n`);
  return `file://${dir}`;
}

const run = (argv, env, onSpawn) =>
  new Promise((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', 'RSS_KB=%M', process.execPath, CLI, ...argv], {
      cwd: work,
      env: { ...process.env, NO_COLOR: '1', XDG_STATE_HOME: join(work, 'xdg'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    onSpawn?.(child);
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, rssKb: Number(/RSS_KB=(\d+)/.exec(stderr)?.[1] ?? 0) }),
    );
  });

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const redis = spawn(
  'redis-server',
  ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
  {
    stdio: 'ignore',
  },
);
const REDIS_URL = `redis://127.0.0.1:${port}`;
await new Promise((r) => setTimeout(r, 500));

const started = performance.now();
const repos = Array.from({ length: COUNT }, (_, i) => makeRepo(i));
writeFileSync(join(work, 'repos.txt'), `${repos.join('\n')}\n`);
console.log(`generated ${COUNT} repositories in ${((performance.now() - started) / 1000).toFixed(1)} s (${work})`);

const fingerprints = (stdout) =>
  JSON.parse(stdout)
    .findings.map((f) => `${f.repository} ${f.fingerprint}`)
    .sort()
    .join('\n');
const sumCommits = (stderr) => [...stderr.matchAll(/: (\d+) commits/g)].reduce((s, m) => s + Number(m[1]), 0);
const rows = [];
let bytes = 0;

// Embedded: one process, concurrency 2 (the machine's cores).
let t = performance.now();
const embedded = await run(
  ['fleet', 'scan', '--repos', 'repos.txt', '--state-dir', 'emb', '--concurrency', '2', '-f', 'json'],
  {
    REDIS_URL: '',
  },
);
let seconds = (performance.now() - t) / 1000;
const expected = fingerprints(embedded.stdout);
bytes = JSON.parse(
  (await run(['fleet', 'status', '--state-dir', 'emb', '--format', 'json'], { REDIS_URL: '' })).stdout,
).bytesScanned;
rows.push({
  mode: 'embedded (1 process, concurrency 2)',
  seconds,
  rss: embedded.rssKb,
  same: true,
  commits: sumCommits(embedded.stderr),
});

for (const workers of [1, 2, 4]) {
  spawnSync('redis-cli', ['-p', String(port), 'FLUSHALL']);
  const env = { REDIS_URL };
  await run(['fleet', 'enqueue', '--repos', 'repos.txt'], env);
  t = performance.now();
  const results = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      run(['fleet', 'worker', '--exit-when-done', '--concurrency', '1', '--cache-dir', `cache-${workers}-${w}`], env),
    ),
  );
  seconds = (performance.now() - t) / 1000;
  const report = await run(['fleet', 'report', '-f', 'json'], env);
  rows.push({
    mode: `Redis, ${workers} worker process${workers > 1 ? 'es' : ''}`,
    seconds,
    rss: Math.max(...results.map((r) => r.rssKb)),
    same: fingerprints(report.stdout) === expected,
    commits: results.reduce((s, r) => s + sumCommits(r.stderr), 0),
  });
}

// Fault: 3 worker processes, one SIGKILLed midway (its job stays locked until --lock-duration passes, then
// another worker takes it); the merged report must still equal the embedded run's.
{
  spawnSync('redis-cli', ['-p', String(port), 'FLUSHALL']);
  const env = { REDIS_URL };
  await run(['fleet', 'enqueue', '--repos', 'repos.txt'], env);
  t = performance.now();
  let killed = false;
  const worker = (w) =>
    run(
      [
        'fleet',
        'worker',
        '--exit-when-done',
        '--concurrency',
        '1',
        '--lock-duration',
        '5000',
        '--cache-dir',
        `cache-k-${w}`,
      ],
      env,
      (child) => {
        if (w !== 0) return;
        // /usr/bin/time's child is the worker (node): SIGKILL it, as an OOM killer or a lost machine would.
        setTimeout(() => {
          killed = spawnSync('pkill', ['-KILL', '-P', String(child.pid)]).status === 0;
        }, KILL_AFTER_S * 1000);
      },
    );
  const results = await Promise.all([0, 1, 2].map(worker));
  seconds = (performance.now() - t) / 1000;
  const report = await run(['fleet', 'report', '-f', 'json'], env);
  rows.push({
    mode: `Redis, 3 worker processes, one SIGKILLed after ${KILL_AFTER_S} s${killed ? '' : ' (it had already exited)'}`,
    seconds,
    rss: Math.max(...results.map((r) => r.rssKb)),
    same: fingerprints(report.stdout) === expected,
    commits: results.reduce((s, r) => s + sumCommits(r.stderr), 0),
  });
}

// Incremental re-run over the 4-worker state: nothing changed, so 0 commits.
await run(['fleet', 'enqueue', '--repos', 'repos.txt'], { REDIS_URL });
t = performance.now();
const rerun = await Promise.all(
  [0, 1, 2, 3].map((w) =>
    run(['fleet', 'worker', '--exit-when-done', '--concurrency', '1', '--cache-dir', `cache-4-${w}`], { REDIS_URL }),
  ),
);
seconds = (performance.now() - t) / 1000;
rows.push({
  mode: 'Redis, 4 workers, incremental re-run',
  seconds,
  rss: Math.max(...rerun.map((r) => r.rssKb)),
  same: true,
  commits: rerun.reduce((s, r) => s + sumCommits(r.stderr), 0),
});
redis.kill('SIGKILL');

console.log(
  `\n${COUNT} repositories, ${(bytes / 1e6).toFixed(1)} MB of added lines, ${expected.split('\n').length} findings\n`,
);
console.log('| mode | wall s | repos/hour | MB/s | peak RSS/worker MB | commits read | findings = embedded |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows)
  console.log(
    `| ${row.mode} | ${row.seconds.toFixed(1)} | ${Math.round((COUNT / row.seconds) * 3600)} | ${(bytes / 1e6 / row.seconds).toFixed(2)} | ${(row.rss / 1024).toFixed(0)} | ${row.commits} | ${row.same ? 'yes' : 'NO'} |`,
  );
rmSync(work, { recursive: true, force: true });
if (rows.some((row) => !row.same) || rows.at(-1).commits !== 0) process.exit(1);
