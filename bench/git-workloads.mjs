// The git workloads: a staged change (the pre-commit hook's job) and full-history scans at 1x/2x/4x, plus one
// large history for peak memory. Repositories are generated with `git fast-import` (thousands of commits in
// seconds), with planted keys whose introducing commit, file and line are known.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, ROOT, plantedToken, prng, sourceFileText } from './corpus.mjs';
import { interleaved, jsonReport } from './measure.mjs';

const git = (cwd, args, input) =>
  execFileSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });

/**
 * A repository of `commits` commits made by `git fast-import`: `files` source files; each commit edits 1-3 of
 * them (inserts up to `linesPerCommit` lines at a random place and deletes a few; with `steady`, as many as it
 * inserts, so files keep their size however long the history). Every `plantEvery`-th commit adds a line with a
 * fresh token; one in three planted tokens is deleted again a few commits later (in history, not at HEAD).
 * Returns { dir, commits, planted: [{ commit, path, line, atHead }] }.
 */
export function historyRepo(
  name,
  { commits, files = 200, linesPerCommit = 12, plantEvery = 101, seed = 3, steady = false },
) {
  const dir = join(CORPUS_DIR, name);
  const manifestFile = `${dir}.manifest.json`;
  if (existsSync(manifestFile) && existsSync(join(dir, '.git'))) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (manifest.commits === commits) return { dir, ...manifest };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const random = prng(seed);
  // A pool of realistic lines, drawn from at random: generating every line afresh is what made big repos slow.
  const pool = sourceFileText(random, 8192).split('\n').slice(0, -1);
  const poolLines = (n) => Array.from({ length: n }, () => pool[Math.floor(random() * pool.length)]);
  const tree = new Map();
  const streamFile = join(CORPUS_DIR, `${name}.fast-import`);
  const stream = openSync(streamFile, 'w');
  const blob = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const pending = [];
  const planted = [];
  let time = 1_600_000_000;
  for (let c = 1; c <= commits; c++) {
    const changed = new Set();
    const edit = (path, mutate) => {
      const lines = tree.get(path) ?? [];
      mutate(lines);
      tree.set(path, lines);
      changed.add(path);
    };
    if (c <= files) edit(`src/m${c % 17}/file${c}.js`, (lines) => lines.push(...poolLines(40)));
    else {
      const paths = [...tree.keys()];
      for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
        edit(paths[Math.floor(random() * paths.length)], (lines) => {
          const inserted = 1 + Math.floor(random() * linesPerCommit);
          const at = Math.floor(random() * (lines.length + 1));
          const deleted = Math.min(lines.length - at, steady ? inserted : Math.floor(random() * 4));
          lines.splice(at, deleted, ...poolLines(inserted));
        });
      }
    }
    if (c % plantEvery === 0) {
      const paths = [...tree.keys()];
      const path = paths[Math.floor(random() * paths.length)];
      const token = plantedToken(random);
      let line = 0;
      edit(path, (lines) => {
        line = Math.floor(random() * (lines.length + 1));
        lines.splice(line, 0, `  const deployToken = '${token}';`);
      });
      const entry = { mark: c, path, line: line + 1, token, atHead: false };
      planted.push(entry);
      if (planted.length % 3 === 0) pending.push({ due: c + 5, entry });
    }
    for (const removal of pending.filter((p) => p.due === c)) {
      edit(removal.entry.path, (lines) => {
        const index = lines.findIndex((l) => l.includes(removal.entry.token));
        if (index >= 0) lines.splice(index, 1);
      });
    }
    time += 600;
    let out = `commit refs/heads/main\nmark :${c}\ncommitter Bench <bench@leakscan.invalid> ${time} +0000\n${blob(`change ${c}`)}`;
    if (c > 1) out += `from :${c - 1}\n`;
    for (const path of changed) out += `M 100644 inline ${path}\n${blob(`${tree.get(path).join('\n')}\n`)}`;
    writeSync(stream, out);
  }
  closeSync(stream);
  // Random edits may delete a planted line too: what is at HEAD is read from the final tree.
  for (const entry of planted) entry.atHead = (tree.get(entry.path) ?? []).some((line) => line.includes(entry.token));
  const marksFile = join(CORPUS_DIR, `${name}.marks`);
  execFileSync('sh', ['-c', `git fast-import --quiet --export-marks="${marksFile}" < "${streamFile}"`], { cwd: dir });
  rmSync(streamFile);
  git(dir, ['checkout', '-q', 'main']);
  const shaOf = new Map(
    readFileSync(marksFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '))
      .map(([m, sha]) => [Number(m.slice(1)), sha]),
  );
  const manifest = { commits, planted: planted.map(({ token, mark, ...p }) => ({ ...p, commit: shaOf.get(mark) })) };
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return { dir, ...manifest };
}

/** A repository with a staged change of 5 files (+~300/-~40 lines), one planted token among the additions. */
export function stagedRepo(name) {
  const base = historyRepo(`${name}-base`, { commits: 300, plantEvery: 1_000_000 });
  const dir = join(CORPUS_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  git(CORPUS_DIR, ['clone', '-q', base.dir, dir]);
  const random = prng(5);
  const tracked = git(dir, ['ls-files']).trim().split('\n').slice(0, 5);
  let planted;
  tracked.forEach((path, i) => {
    const lines = readFileSync(join(dir, path), 'utf8').split('\n');
    lines.splice(3, 8);
    const added = sourceFileText(random, 60).split('\n').slice(0, -1);
    if (i === 2) {
      added.splice(10, 0, `  const githubToken = '${plantedToken(random)}';`);
      planted = { path, line: 5 + 10 };
    }
    lines.splice(4, 0, ...added);
    writeFileSync(join(dir, path), lines.join('\n'));
  });
  git(dir, ['add', '-A']);
  const stat = git(dir, ['diff', '--cached', '--shortstat']).trim();
  return { dir, planted: [planted], stat };
}

function findingsCheck(planted, { commits = false } = {}) {
  return (run) => {
    const { report, problem } = jsonReport(run);
    if (problem) return problem;
    const key = (f) => `${f.file}:${f.line}${commits ? `@${f.commit}` : ''}`;
    const found = new Map(report.findings.map((f) => [key(f), f]));
    const missing = planted.filter((p) => !found.has(key({ file: p.path, line: p.line, commit: p.commit })));
    if (missing.length > 0)
      return `${missing.length} of ${planted.length} planted keys not found, e.g. ${JSON.stringify(missing[0])}`;
    if (commits) {
      const wrongHead = planted.filter(
        (p) => found.get(key({ file: p.path, line: p.line, commit: p.commit })).presentAtHead !== p.atHead,
      );
      if (wrongHead.length > 0)
        return `${wrongHead.length} planted keys with the wrong presentAtHead, e.g. ${JSON.stringify(wrongHead[0])}`;
    }
    return undefined;
  };
}

/** Yields [workload, input, result, extra] rows for run.mjs's table. */
export function* gitWorkloads({ small, rounds, leakscan, node, wanted, onlyNamed }) {
  if (wanted('staged')) {
    const repo = stagedRepo(small ? 'staged-small' : 'staged');
    const r = Math.max(rounds * 2, small ? 1 : 10);
    const result = interleaved({
      floor: [node, join(ROOT, 'bench', 'floors', 'staged-floor.mjs')],
      leakscan: leakscan('staged', '-f', 'json'),
      cwd: repo.dir,
      rounds: r,
      check: findingsCheck(repo.planted),
    });
    yield [
      'staged',
      `5 files, ${repo.stat
        .replace(/ insertions?\(\+\)/, '+')
        .replace(/ deletions?\(-\)/, '-')
        .replace(/^5 files changed, /, '')}`,
      result,
    ];
  }
  if (wanted('history')) {
    const base = small ? 150 : 2000;
    for (const k of [1, 2, 4]) {
      const repo = historyRepo(`${small ? 'small-' : ''}history-${k}x`, { commits: base * k });
      const bytes = Number(
        execFileSync('sh', ['-c', 'git log -p -U0 --all | wc -c'], {
          cwd: repo.dir,
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        }).trim(),
      );
      const result = interleaved({
        floor: ['sh', '-c', 'git log -p -U0 --all > /dev/null'],
        leakscan: leakscan('history', '-f', 'json', '--no-progress'),
        cwd: repo.dir,
        rounds,
        check: findingsCheck(repo.planted, { commits: true }),
      });
      yield ['history', `${base * k} commits, ${(bytes / 1048576).toFixed(0)} MB of -U0 patches`, result, { bytes }];
    }
  }
  // 100k commits take minutes to generate and scan: only when asked for by name (--only=history-memory).
  if (small || onlyNamed('history-memory')) {
    const commits = small ? 1000 : 100_000;
    const repo = historyRepo(`${small ? 'small-' : ''}history-memory`, {
      commits,
      files: 100,
      linesPerCommit: 3,
      plantEvery: 997,
      steady: true,
    });
    const result = interleaved({
      floor: ['sh', '-c', 'git log -p -U0 --all > /dev/null'],
      leakscan: leakscan('history', '-f', 'json', '--no-progress'),
      cwd: repo.dir,
      rounds: 1,
      check: findingsCheck(repo.planted, { commits: true }),
    });
    yield ['history', `${commits} commits (peak memory)`, result];
  }
}
