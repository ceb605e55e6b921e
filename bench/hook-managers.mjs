#!/usr/bin/env node
// `git commit` time with each way of running leakscan at commit time, against the same commit with no hook:
//   node bench/hook-managers.mjs [--rounds=9]        (npm run build first)
// Five temp repositories get the same small change per round: no hook (the floor), leakscan's own hook
// (`leakscan hook install`), husky 9, lefthook and pre-commit (Debian's /usr/bin/pre-commit), each set up as
// `leakscan hook install` says. The repositories are timed interleaved, in a rotating order, within each round,
// so machine load hits all alike; reported: median ms and the ratio to the no-hook median.
// husky and lefthook's Linux x64 binary package are this repository's pinned devDependencies; lefthook's binary
// is run explicitly in the temp repositories only.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { median } from './measure.mjs';
import { ROOT } from './corpus.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const rounds = Number(args.rounds ?? 9);
const CLI = join(ROOT, 'dist', 'cli.js');
const LEFTHOOK = join(
  dirname(createRequire(import.meta.url).resolve('lefthook-linux-x64/package.json')),
  'bin',
  'lefthook',
);
const home = realpathSync(mkdtempSync(join(tmpdir(), 'leakscan-bench-home-')));
const env = {
  ...process.env,
  HOME: home,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: join(home, 'gitconfig'),
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.test',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.test',
  PRE_COMMIT_HOME: join(home, 'pre-commit'),
  LEFTHOOK_BIN: LEFTHOOK,
  NO_COLOR: '1',
};

function sh(cwd, command, argv) {
  const result = spawnSync(command, argv, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${argv.join(' ')} failed in ${cwd}: ${result.stdout}${result.stderr}`);
  return result.stdout;
}

function repo(name, files = {}) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `leakscan-bench-${name}-`)));
  sh(dir, 'git', ['-c', 'init.defaultBranch=main', 'init', '-q']);
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(CLI, join(dir, 'node_modules', '.bin', 'leakscan'));
  const all = { 'package.json': '{ "name": "bench", "private": true }\n', '.gitignore': 'node_modules/\n', ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  sh(dir, 'git', ['add', '-A']);
  sh(dir, 'git', ['commit', '-q', '--no-verify', '-m', 'init']);
  return dir;
}

const install = (dir) => spawnSync(process.execPath, [CLI, 'hook', 'install'], { cwd: dir, env, encoding: 'utf8' });

const setups = {
  'no hook': () => repo('none'),
  'leakscan hook': () => {
    const dir = repo('own');
    sh(dir, process.execPath, [CLI, 'hook', 'install']);
    return dir;
  },
  husky: () => {
    const dir = repo('husky');
    symlinkSync(join(ROOT, 'node_modules', 'husky'), join(dir, 'node_modules', 'husky'));
    sh(dir, process.execPath, [join('node_modules', 'husky', 'bin.js')]);
    sh(dir, process.execPath, [CLI, 'hook', 'install']);
    return dir;
  },
  lefthook: () => {
    const dir = repo('lefthook', { 'lefthook.yml': '# team config\n' });
    writeFileSync(join(dir, 'lefthook.yml'), install(dir).stdout);
    sh(dir, 'git', ['add', 'lefthook.yml']);
    sh(dir, LEFTHOOK, ['install']);
    return dir;
  },
  'pre-commit': () => {
    const dir = repo('pre-commit', { '.pre-commit-config.yaml': 'repos: []\n' });
    writeFileSync(join(dir, '.pre-commit-config.yaml'), install(dir).stdout);
    sh(dir, 'git', ['add', '.pre-commit-config.yaml']);
    sh('/', '/usr/bin/pre-commit', ['--version']);
    sh(dir, '/usr/bin/pre-commit', ['install']);
    return dir;
  },
};

const dirs = Object.fromEntries(Object.entries(setups).map(([name, setup]) => [name, setup()]));
let change = 0;
function timedCommit(dir) {
  change++;
  writeFileSync(join(dir, 'src.js'), `export const value = ${change};\nexport const name = 'change ${change}';\n`);
  sh(dir, 'git', ['add', 'src.js']);
  const started = process.hrtime.bigint();
  const result = spawnSync('git', ['commit', '-q', '-m', `change ${change}`], { cwd: dir, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`git commit failed in ${dir}: ${result.stdout}${result.stderr}`);
  return ms;
}

const names = Object.keys(dirs);
for (const name of names) timedCommit(dirs[name]); // warm-up: page cache, pre-commit's first run
const times = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < rounds; round++)
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + i) % names.length];
    times[name].push(timedCommit(dirs[name]));
  }
const floor = median(times['no hook']);
console.log(`git commit, median of ${rounds} rounds (interleaved); ratio to the no-hook commit`);
for (const name of names) {
  const ms = median(times[name]);
  console.log(`${name.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / floor).toFixed(1).padStart(5)}x`);
}
