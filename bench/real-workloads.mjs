#!/usr/bin/env node
// leakscan on real public repositories, next to a floor measured in the same invocation (issue 15's table).
//   node bench/real-workloads.mjs                       every workload, 5 interleaved rounds
//   node bench/real-workloads.mjs --only=staged,directory --rounds=9
//   node bench/real-workloads.mjs --small               eslint only (staged, its tree, its history), 1 round
//   node bench/real-workloads.mjs --cli=/other/build/dist/cli.js
// Repositories are bare mirrors, fetched beforehand (the search tool's `fetch` verb, or `git clone --mirror`):
//   $LEAKSCAN_BENCH_MIRRORS/eslint+eslint/repo and $LEAKSCAN_BENCH_MIRRORS/rails+rails/repo
//   (default /work/.mirror). Nothing is written to them: each workload works on a temporary clone (objects
//   shared with the mirror) or an export, under $LEAKSCAN_BENCH_WORK (default: the system temp dir).
// Workloads (names for --only):
//   staged          5 files staged in a clone of eslint (+~300/-~40 lines of eslint's own code) and one planted
//                   GitHub token (test data, valid checksum) that every round must find at its file and line
//                   floor: node + `git diff --staged -U0` + one 22-prefix regex
//   directory       an export (git archive HEAD) of rails; floor: node reads every file + one 22-prefix regex
//   history-eslint  eslint, all refs of a clone (branches + tags); floor: `git log -p -U0 --all > /dev/null`
//   history-rails   the same for rails
// Each round runs floor and leakscan back to back (order swapped every other round); medians are reported,
// the ratio is leakscan / floor. Peak RSS is leakscan's OWN process (process.resourceUsage().maxRSS, read
// at exit by a probe loaded with --import; worker threads count, the git children it spawns do not); the
// RSS column of GNU time (process + children) is shown next to it, and so is CPU time (user + sys, git children
// included: GNU time's %U %S), which a shared machine disturbs less than wall time. Every round's findings are
// compared with the first round's: a difference is reported as a PROBLEM and makes the exit code 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { plantedToken, prng } from './corpus.mjs';
import { median } from './measure.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const small = Boolean(args.small);
const rounds = Number(args.rounds ?? (small ? 1 : 5));
const only = typeof args.only === 'string' ? new Set(args.only.split(',')) : undefined;
const wanted = (name) => (only ? only.has(name) : !small || !name.endsWith('rails'));
const MIRRORS = process.env.LEAKSCAN_BENCH_MIRRORS ?? '/work/.mirror';
const WORK = process.env.LEAKSCAN_BENCH_WORK ?? join(tmpdir(), 'leakscan-bench-real');
const CLI = typeof args.cli === 'string' ? args.cli : join(ROOT, 'dist', 'cli.js');
if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
const node = process.execPath;
const PROBE = join(WORK, 'rss-probe.mjs');
const leakscan = (...rest) => [node, '--import', pathToFileURL(PROBE).href, CLI, ...rest];
const git = (cwd, gitArgs) =>
  execFileSync('git', gitArgs, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });

mkdirSync(WORK, { recursive: true });
// Written to the work dir, not imported from the repo, so --cli can point at any build.
writeFileSync(
  PROBE,
  "process.on('exit', () => process.stderr.write(`\\n@@own-rss=${process.resourceUsage().maxRSS}\\n`));\n",
);

function mirror(name) {
  const dir = join(MIRRORS, name, 'repo');
  if (!existsSync(dir)) {
    console.error(
      `bench: ${dir} is missing: fetch github:${name.replace('+', '/')} first (or set LEAKSCAN_BENCH_MIRRORS)`,
    );
    return undefined;
  }
  return dir;
}

/** A clone sharing the mirror's objects: branches and tags, as a developer's clone has (no refs/pull). */
function historyClone(name) {
  const source = mirror(name);
  if (!source) return undefined;
  const dir = join(WORK, `${name}-history`);
  if (!existsSync(join(dir, '.git', 'HEAD'))) {
    git(WORK, ['clone', '-q', '--shared', source, dir]);
    // A fetched snapshot may leave its largest blobs out (rails: 3, all before 2021-08-13), and `git log -p`
    // stops at the first one it cannot read. leakscan ignores replace refs (a scanned repository must not
    // rewrite what it shows), so both floor and leakscan then scan only the commits after the last one that
    // touches a missing blob (`--since`), recorded here.
    const fsck = spawnSync('git', ['fsck', '--connectivity-only'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    const missing = new Set([...`${fsck.stdout}${fsck.stderr}`.matchAll(/to\s+blob ([0-9a-f]{40})/g)].map((m) => m[1]));
    if (missing.size > 0) {
      let commitDate = 0;
      let latest = 0;
      const raw = git(dir, ['log', '--all', '--raw', '--no-renames', '--abbrev=40', '--format=@%ct']);
      for (const line of raw.split('\n')) {
        if (line.startsWith('@')) commitDate = Number(line.slice(1));
        else if (line.startsWith(':') && line.split(' ').some((field) => missing.has(field)) && commitDate > latest)
          latest = commitDate;
      }
      const since = new Date((latest + 86_400) * 1000).toISOString().slice(0, 10);
      writeFileSync(join(dir, '.git', 'bench-since'), `${since} ${missing.size}\n`);
    }
  }
  return dir;
}

/** The mirror's HEAD tree written out as plain files. */
function exportTree(name) {
  const source = mirror(name);
  if (!source) return undefined;
  const dir = join(WORK, `${name}-export`);
  if (!existsSync(join(dir, '.exported'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git -C "${source}" archive HEAD | tar -x -C "${dir}"`]);
    writeFileSync(join(dir, '.exported'), '');
  }
  const listing = execFileSync('sh', ['-c', 'find . -type f ! -name .exported -printf "%s\\n"'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
    .trim()
    .split('\n');
  const bytes = listing.reduce((sum, size) => sum + Number(size), 0);
  return { dir, files: listing.length, bytes };
}

const PLANTED_LINE = 40;

/**
 * A working clone of eslint with 5 modified files staged: in each of the first 5 files under lib/rules/
 * (sorted), 8 lines are deleted near the top and the first 60 lines of another rule file inserted instead;
 * the third file also gets one planted token, so the finding path is measured too. Returns where it is.
 */
function stagedClone(name) {
  const source = mirror(name);
  if (!source) return undefined;
  const dir = join(WORK, `${name}-staged`);
  rmSync(dir, { recursive: true, force: true });
  git(WORK, ['clone', '-q', '--shared', source, dir]);
  const files = git(dir, ['ls-files', 'lib/rules/*.js']).trim().split('\n').sort();
  let planted;
  for (let i = 0; i < 5; i++) {
    const path = join(dir, files[i]);
    const lines = readFileSync(path, 'utf8').split('\n');
    const donor = readFileSync(join(dir, files[files.length - 1 - i]), 'utf8')
      .split('\n')
      .slice(0, 60);
    lines.splice(3, 8, ...donor);
    if (i === 2) {
      lines.splice(PLANTED_LINE - 1, 0, `const githubToken = '${plantedToken(prng(15))}';`);
      planted = { path: files[i], line: PLANTED_LINE };
    }
    writeFileSync(path, lines.join('\n'));
  }
  git(dir, ['add', '-A']);
  const stat = git(dir, ['diff', '--cached', '--shortstat'])
    .trim()
    .replace(/ insertions?\(\+\)/, '+')
    .replace(/ deletions?\(-\)/, '-')
    .replace(/^5 files changed, /, '');
  return { dir, stat, planted };
}

function runOnce(command, cwd) {
  const argv = ['/usr/bin/time', '-f', '@@rss=%M cpu=%U %S', ...command];
  const started = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  const stderr = result.stderr ?? '';
  const treeRss = /@@rss=(\d+) cpu=([\d.]+) ([\d.]+)/.exec(stderr.slice(stderr.lastIndexOf('@@rss=')));
  const ownRss = /@@own-rss=(\d+)/.exec(stderr);
  return {
    ms,
    code: result.status,
    stdout: result.stdout ?? '',
    stderr: stderr
      .replace(/\n?@@own-rss=\d+\n/, '')
      .replace(/@@rss=\d+ cpu=[\d.]+ [\d.]+\n?$/, '')
      .replace(/Command exited with non-zero status \d+\n?/, ''),
    treeRssKb: treeRss ? Number(treeRss[1]) : 0,
    cpuMs: treeRss ? (Number(treeRss[2]) + Number(treeRss[3])) * 1000 : Number.NaN,
    ownRssKb: ownRss ? Number(ownRss[1]) : 0,
  };
}

/** The findings of a JSON report, reduced to what must not change between runs, sorted, as one string. */
function findingsKey(run) {
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { problem: `no JSON report (exit ${run.code}): ${run.stderr.trim().split('\n')[0]}` };
  }
  const keys = report.findings
    .map((f) =>
      JSON.stringify([f.ruleId ?? f.rule, f.file, f.line, f.column, f.commit, f.presentAtHead, f.fingerprint]),
    )
    .sort();
  return { key: keys.join('\n'), count: keys.length };
}

/** `planted`: a key ({path, line}) every run must report. */
function measure({ floor, command, cwd, times = rounds, planted }) {
  const warmFloor = runOnce(floor, cwd);
  if (warmFloor.code !== 0)
    throw new Error(`floor failed (${warmFloor.code}): ${floor.join(' ')}\n${warmFloor.stderr}`);
  const warm = runOnce(command, cwd);
  const first = findingsKey(warm);
  const problems = first.problem ? [first.problem] : [];
  const reported = (key) => {
    const [, file, line] = JSON.parse(key);
    return file === planted.path && line === planted.line;
  };
  if (planted && !first.problem && !first.key.split('\n').some(reported))
    problems.push(`the planted key (${planted.path}:${planted.line}) was not found`);
  if (![0, 1].includes(warm.code)) problems.push(`leakscan exited ${warm.code}`);
  const floorMs = [];
  const floorCpuMs = [];
  const ms = [];
  const cpuMs = [];
  const ownRss = [warm.ownRssKb];
  const treeRss = [warm.treeRssKb];
  for (let round = 0; round < times; round++) {
    for (const which of round % 2 === 0 ? ['floor', 'leakscan'] : ['leakscan', 'floor']) {
      if (which === 'floor') {
        const floorRun = runOnce(floor, cwd);
        floorMs.push(floorRun.ms);
        floorCpuMs.push(floorRun.cpuMs);
        continue;
      }
      const run = runOnce(command, cwd);
      ms.push(run.ms);
      cpuMs.push(run.cpuMs);
      ownRss.push(run.ownRssKb);
      treeRss.push(run.treeRssKb);
      const again = findingsKey(run);
      if (!first.problem && again.key !== first.key)
        problems.push(`round ${round + 1}: findings differ from the first run (${again.count} vs ${first.count})`);
    }
  }
  const sortedMs = [...ms].sort((a, b) => a - b);
  return {
    floorMs: median(floorMs),
    leakscanMs: median(ms),
    leakscanP95Ms: sortedMs[Math.min(sortedMs.length - 1, Math.ceil(sortedMs.length * 0.95) - 1)],
    leakscanBestMs: sortedMs[0],
    ratio: median(ms) / median(floorMs),
    floorCpuMs: median(floorCpuMs),
    leakscanCpuMs: median(cpuMs),
    ownRssMb: Math.max(...ownRss) / 1024,
    treeRssMb: Math.max(...treeRss) / 1024,
    findings: first.count,
    problems,
  };
}

const rows = [];
function record(workload, input, result, bytes) {
  rows.push({ workload, input, bytes, ...result });
  const rate = (msValue) => (bytes ? ` (${(bytes / 1048576 / (msValue / 1000)).toFixed(0)} MB/s)` : '');
  console.error(
    `${workload} | ${input} | floor ${result.floorMs.toFixed(0)} ms${rate(result.floorMs)} | leakscan ${result.leakscanMs.toFixed(0)} ms${rate(result.leakscanMs)} best ${result.leakscanBestMs.toFixed(0)} | ratio ${result.ratio.toFixed(2)} | CPU ${result.floorCpuMs.toFixed(0)} / ${result.leakscanCpuMs.toFixed(0)} ms (${(result.leakscanCpuMs / result.floorCpuMs).toFixed(2)}x) | own RSS ${result.ownRssMb.toFixed(0)} MB (with children ${result.treeRssMb.toFixed(0)} MB) | ${result.findings} findings${result.problems.length ? ` | PROBLEM: ${result.problems.join('; ')}` : ''}`,
  );
}

const floors = join(ROOT, 'bench', 'floors');

if (wanted('staged')) {
  const repo = stagedClone('eslint+eslint');
  if (repo) {
    // A hook run is short and noisy: three times the rounds.
    const result = measure({
      floor: [node, join(floors, 'staged-floor.mjs')],
      command: leakscan('staged', '-f', 'json'),
      cwd: repo.dir,
      times: small ? rounds : rounds * 3,
      planted: repo.planted,
    });
    record('pre-commit', `5 files, ${repo.stat}, in a clone of eslint/eslint`, result);
  }
}
if (wanted('directory')) {
  const tree = exportTree(small ? 'eslint+eslint' : 'rails+rails');
  if (tree) {
    const result = measure({
      floor: [node, join(floors, 'directory-floor.mjs'), tree.dir],
      command: leakscan('scan', tree.dir, '-f', 'json'),
      cwd: WORK,
    });
    record(
      'directory',
      `${small ? 'an eslint/eslint' : 'a rails/rails'} export, ${(tree.bytes / 1048576).toFixed(0)} MB, ${tree.files} files`,
      result,
      tree.bytes,
    );
  }
}
for (const name of ['eslint+eslint', 'rails+rails']) {
  const workload = `history-${name.split('+')[0]}`;
  if (!wanted(workload)) continue;
  const dir = historyClone(name);
  if (!dir) continue;
  const sinceFile = join(dir, '.git', 'bench-since');
  const [since, missing] = existsSync(sinceFile) ? readFileSync(sinceFile, 'utf8').trim().split(' ') : [];
  const limit = since ? [`--since=${since}`] : [];
  const commits = git(dir, ['rev-list', '--all', '--count', ...limit]).trim();
  const result = measure({
    floor: ['sh', '-c', `git log -p -U0 --all ${limit.join(' ')} > /dev/null`],
    command: leakscan('history', '-f', 'json', '--no-progress', ...limit),
    cwd: dir,
  });
  record(
    'history',
    `${name.replace('+', '/')}, ${commits} commits, all refs (branches + tags)${since ? `, --since=${since} (${missing} blobs missing from the mirror before it)` : ''}`,
    result,
  );
}

const cpu = (() => {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
  } catch {
    return 'unknown CPU';
  }
})();
const lines = [
  `node bench/real-workloads.mjs ${process.argv.slice(2).join(' ')} — ${rounds} interleaved rounds, medians; ${cpu}, ${(await import('node:os')).cpus().length} cores; node ${process.version}; git ${git(WORK, ['--version']).trim().replace('git version ', '')}`,
  '',
  '| workload | input | floor (same run) | leakscan (median; best) | ratio | CPU user+sys, floor / leakscan (ratio) | leakscan peak RSS (own; with git children) | findings, same every round |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => {
    const rate = (msValue) => (r.bytes ? `, ${(r.bytes / 1048576 / (msValue / 1000)).toFixed(0)} MB/s` : '');
    const time = (msValue) => (msValue >= 10_000 ? `${(msValue / 1000).toFixed(1)} s` : `${msValue.toFixed(0)} ms`);
    return `| ${r.workload} | ${r.input} | ${time(r.floorMs)}${rate(r.floorMs)} | ${time(r.leakscanMs)}${rate(r.leakscanMs)}; ${time(r.leakscanBestMs)} | ${r.ratio.toFixed(2)}x | ${time(r.floorCpuMs)} / ${time(r.leakscanCpuMs)} (${(r.leakscanCpuMs / r.floorCpuMs).toFixed(2)}x) | ${r.ownRssMb.toFixed(0)} MB; ${r.treeRssMb.toFixed(0)} MB | ${r.findings}, ${r.problems.length ? `NO: ${r.problems.join('; ')}` : 'yes'} |`;
  }),
];
process.stdout.write(`${lines.join('\n')}\n`);
process.exit(rows.some((r) => r.problems.length > 0) ? 1 : 0);
