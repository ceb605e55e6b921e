#!/usr/bin/env node
// Detection must not change when the scan gets faster: runs two builds of leakscan on the same trees and
// compares their JSON reports (findings in order, every dropped candidate with its filter, skipped files,
// scanned-file and byte counts). Exit code 1 on any difference, with the first few listed.
//   node bench/same-findings.mjs --base=/path/to/other/build/dist/cli.js DIR [DIR...]
//   node bench/same-findings.mjs --base=... --real          the rails and eslint exports of real-workloads.mjs
//   node bench/same-findings.mjs --base=... --scan-args='--no-default-ignores' node_modules
// --cli picks the build under test (default: this repository's dist/cli.js). The base is typically the
// merge base built elsewhere: `git archive <commit> | tar -x -C /tmp/base` (dist/ is committed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const cli = option('cli') ?? join(ROOT, 'dist', 'cli.js');
const base = option('base');
const scanArgs = (option('scan-args') ?? '').split(' ').filter(Boolean);
if (!base || !existsSync(base) || !existsSync(cli)) {
  console.error('usage: node bench/same-findings.mjs --base=OTHER/dist/cli.js [--cli=dist/cli.js] (--real | DIR...)');
  process.exit(2);
}
const dirs = args.filter((arg) => !arg.startsWith('--'));
if (args.includes('--real')) dirs.push(...realTrees());
if (dirs.length === 0) {
  console.error('no tree to scan: give directories or --real');
  process.exit(2);
}

/** The exports bench/real-workloads.mjs scans (made the same way when missing). */
function realTrees() {
  const mirrors = process.env.LEAKSCAN_BENCH_MIRRORS ?? '/work/.mirror';
  const work = process.env.LEAKSCAN_BENCH_WORK ?? join(tmpdir(), 'leakscan-bench-real');
  const trees = [];
  for (const name of ['rails+rails', 'eslint+eslint']) {
    const source = join(mirrors, name, 'repo');
    const dir = join(work, `${name}-export`);
    if (!existsSync(join(dir, '.exported'))) {
      if (!existsSync(source)) {
        console.error(`skipping ${name}: ${source} is missing`);
        continue;
      }
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      spawnSync('sh', ['-c', `git -C "${source}" archive HEAD | tar -x -C "${dir}"`], { stdio: 'inherit' });
      writeFileSync(join(dir, '.exported'), '');
    }
    trees.push(dir);
  }
  return trees;
}

/** What must not change, from one JSON report: everything but timings. */
function essentials(build, dir) {
  const run = spawnSync(process.execPath, [build, 'scan', dir, '-f', 'json', '--explain', ...scanArgs], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (![0, 1].includes(run.status)) throw new Error(`${build} exited ${run.status} on ${dir}: ${run.stderr}`);
  const report = JSON.parse(run.stdout);
  const { filesScanned, bytesScanned } = report.summary ?? {};
  return {
    findings: report.findings,
    dropped: report.dropped,
    skipped: report.skipped,
    counts: { filesScanned, bytesScanned },
  };
}

let differences = 0;
for (const dir of dirs) {
  const [mine, theirs] = [essentials(cli, dir), essentials(base, dir)];
  const problems = [];
  for (const key of Object.keys(mine)) {
    const [a, b] = [mine[key], theirs[key]];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (!Array.isArray(a) || !Array.isArray(b)) {
      problems.push(`${key}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      continue;
    }
    const first = a.findIndex((item, i) => JSON.stringify(item) !== JSON.stringify(b[i]));
    problems.push(
      `${key}: ${a.length} vs ${b.length}; first difference at #${first}:\n    ${JSON.stringify(a[first])}\n    ${JSON.stringify(b[first])}`,
    );
  }
  differences += problems.length;
  console.log(
    `${dir}: ${mine.findings.length} findings, ${mine.dropped?.length ?? 0} dropped, ${mine.skipped?.length ?? 0} skipped — ${problems.length === 0 ? 'identical' : `DIFFERENT\n  ${problems.join('\n  ')}`}`,
  );
}
process.exit(differences === 0 ? 0 : 1);
