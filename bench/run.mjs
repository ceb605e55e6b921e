#!/usr/bin/env node
// leakscan's benchmark: each workload's time next to its floor, measured interleaved in the same run.
//   node bench/run.mjs                      all workloads, full size (npm run bench builds first)
//   node bench/run.mjs --small              CI smoke mode: tiny corpora, one round; asserts only that every
//                                           workload runs and finds its planted keys (never a time)
//   node bench/run.mjs --only=directory,startup --rounds=7
//   node bench/run.mjs --cli=/other/build/dist/cli.js   (the same corpora through another build)
// Workloads: startup, directory, staged, history, history-memory (100k commits; only when named in --only).
// The git ones run once leakscan has those commands.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, ROOT, depsCopy, sourceTree } from './corpus.mjs';
import { interleaved, jsonReport } from './measure.mjs';
import { gitWorkloads } from './git-workloads.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const small = Boolean(args.small);
const rounds = Number(args.rounds ?? (small ? 1 : 5));
const only = typeof args.only === 'string' ? new Set(args.only.split(',')) : undefined;
const wanted = (name) => !only || only.has(name);

// --cli=PATH benchmarks another build (e.g. main's dist) against the same corpora.
const CLI = typeof args.cli === 'string' ? args.cli : join(ROOT, 'dist', 'cli.js');
if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js is missing; run `npm run build` first (npm run bench does)');
  process.exit(2);
}
mkdirSync(CORPUS_DIR, { recursive: true });
const node = process.execPath;
const leakscan = (...rest) => [node, CLI, ...rest];

/** Every planted {path, line} must be among the findings of the JSON report. */
export function plantedCheck(planted, prefix = '') {
  return (run) => {
    const { report, problem } = jsonReport(run);
    if (problem) return problem;
    const found = new Set(report.findings.map((f) => `${f.file}:${f.line}`));
    const missing = planted.filter((p) => !found.has(`${prefix}${p.path}:${p.line}`));
    return missing.length > 0
      ? `${missing.length} of ${planted.length} planted keys not found, e.g. ${JSON.stringify(missing[0])}`
      : undefined;
  };
}

const rows = [];
const problems = [];
const record = (workload, input, result, extra = {}) => {
  rows.push({ workload, input, ...result, ...extra });
  if (result.problem) problems.push(`${workload} ${input}: ${result.problem}`);
  const mbps = extra.bytes
    ? ` ${(extra.bytes / 1048576 / (result.leakscanMs / 1000)).toFixed(0)} MB/s (floor ${(extra.bytes / 1048576 / (result.floorMs / 1000)).toFixed(0)} MB/s)`
    : '';
  console.error(
    `  ${workload.padEnd(10)} ${input.padEnd(34)} floor ${result.floorMs.toFixed(0).padStart(6)} ms  leakscan ${result.leakscanMs.toFixed(0).padStart(6)} ms  ratio ${result.ratio.toFixed(2)}  rss ${result.peakRssMb.toFixed(0)} MB${mbps}${result.problem ? `  PROBLEM: ${result.problem}` : ''}`,
  );
};

console.error(
  `bench: ${small ? 'small (smoke) mode' : 'full mode'}, ${rounds} interleaved round(s) per case, node ${process.version}`,
);

// ---- start-up ----------------------------------------------------------------------------------------------
if (wanted('startup')) {
  const dir = join(CORPUS_DIR, 'one-file');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.py'), "DEBUG = False\nGITHUB_TOKEN = 'ghp_R7aBk2Lq9XmT4vWc8NzP1sDf6Gh3Jy0Ue5Ko'\n");
  const r = Math.max(rounds * 2, small ? 1 : 10);
  record(
    'startup',
    '--help',
    interleaved({ floor: [node, '-e', '0'], leakscan: leakscan('--help'), cwd: dir, rounds: r, expectCodes: [0] }),
  );
  record(
    'startup',
    'scan one small file',
    interleaved({
      floor: [node, '-e', '0'],
      leakscan: leakscan('scan', 'settings.py', '-f', 'json'),
      cwd: dir,
      rounds: r,
    }),
  );
}

// ---- directories -------------------------------------------------------------------------------------------
if (wanted('directory')) {
  const floorScript = join(ROOT, 'bench', 'floors', 'directory-floor.mjs');
  const sizeMb = small ? 1 : Number(args['source-mb'] ?? 16);
  const corpora = [
    { label: 'deps (node_modules copy)', ...depsCopy(small ? 'deps-small' : 'deps', small ? 0.1 : 1) },
    ...[1, 2, 4].map((k) => ({
      label: `generated source ${k}x`,
      ...sourceTree(`${small ? 'small-' : ''}src-${k}x`, sizeMb * k),
    })),
  ];
  for (const corpus of corpora) {
    const result = interleaved({
      floor: [node, floorScript, '.'],
      leakscan: leakscan('scan', '.', '-f', 'json'),
      cwd: corpus.dir,
      rounds,
      check: plantedCheck(corpus.planted),
    });
    record('directory', `${corpus.label} ${(corpus.bytes / 1048576).toFixed(0)} MB`, result, { bytes: corpus.bytes });
  }
}

// ---- git: staged change and full history -------------------------------------------------------------------
for (const workload of gitWorkloads({
  small,
  rounds,
  leakscan,
  node,
  wanted,
  onlyNamed: (name) => only?.has(name) ?? false,
}))
  record(...workload);

// ---- report ------------------------------------------------------------------------------------------------
const command = `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim();
const lines = [
  `Command: \`${command}\` (${rounds} interleaved rounds, medians; node ${process.version}, ${(await import('node:os')).availableParallelism()} cores)`,
  '',
  '| workload | input | floor | leakscan | ratio | CPU floor / leakscan | leakscan peak RSS |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((row) => {
    const speed = row.bytes
      ? ` (${(row.bytes / 1048576 / (row.leakscanMs / 1000)).toFixed(0)} MB/s vs ${(row.bytes / 1048576 / (row.floorMs / 1000)).toFixed(0)} MB/s)`
      : '';
    return `| ${row.workload} | ${row.input} | ${row.floorMs.toFixed(0)} ms | ${row.leakscanMs.toFixed(0)} ms${speed} | ${row.ratio.toFixed(2)} | ${(row.floorCpuMs / 1000).toFixed(2)} s / ${(row.leakscanCpuMs / 1000).toFixed(2)} s | ${row.peakRssMb.toFixed(0)} MB |`;
  }),
];
lines.push(
  '',
  `Load average at the end: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )} (wall times on a loaded machine swing; the ratio of interleaved medians and the CPU columns are steadier).`,
);
console.log(lines.join('\n'));
if (problems.length > 0) {
  console.error(`\nbench: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
