// Times `leakscan history` next to plain `git log -p -U0 --cc --all` on a generated repository, and reports
// leakscan's peak RSS. Usage: npm run build && node bench/git-history.mjs [commits=4000] [lines-per-commit=20]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const commits = Number(process.argv[2] ?? 4000);
const linesPerCommit = Number(process.argv[3] ?? 20);
const dir = mkdtempSync(join(tmpdir(), 'leakscan-bench-history-'));
const cli = new URL('../dist/cli.js', import.meta.url).pathname;

// Deterministic pseudo-random text, so runs compare.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const word = () => Math.floor(random() * 1e9).toString(36);
// About 40 commits per file, so files (and the fast-import stream, which carries whole files) stay small.
const files = Array.from({ length: Math.max(50, Math.ceil(commits / 40)) }, () => []);
const stream = [];
for (let i = 0; i < commits; i++) {
  const file = i % files.length;
  for (let l = 0; l < linesPerCommit; l++) files[file].push(`const v${i}_${l} = "${word()} ${word()} ${word()}"; // ${word()}`);
  if (i % 500 === 7) files[file].push(`const token = "ghp_${Array.from({ length: 36 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 62)]).join('')}";`);
  const content = `${files[file].join('\n')}\n`;
  const message = `commit ${i}`;
  stream.push(`commit refs/heads/main`, `author B <b@example.test> ${1700000000 + i * 60} +0000`, `committer B <b@example.test> ${1700000000 + i * 60} +0000`);
  stream.push(`data ${message.length}`, message, `M 100644 inline src/file${file}.js`, `data ${Buffer.byteLength(content)}`, content, '');
}
execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q', dir]);
execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream.join('\n') + '\n', maxBuffer: 1 << 30 });
// fast-import's pack is not delta-optimised; repack as a real clone would be, or git log itself is the bottleneck.
execFileSync('git', ['repack', '-adfq', '--depth=50', '--window=50'], { cwd: dir });

const time = (label, command, args) => {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  const rssKb = Number(result.stderr.trim().split('\n').pop());
  console.log(`${label.padEnd(34)} ${seconds.toFixed(2)} s   peak RSS ${(rssKb / 1024).toFixed(0)} MiB   exit ${result.status}`);
  return result;
};
const patchBytes = spawnSync('git', ['log', '-p', '-U0', '--cc', '--all'], { cwd: dir, maxBuffer: 1 << 30 }).stdout.length;
console.log(`${commits} commits, ${(patchBytes / 1024 ** 2).toFixed(1)} MiB of git log -p -U0 output`);
for (let run = 0; run < Number(process.env.RUNS ?? 2); run++) {
  time('git log -p -U0 --cc --all', 'git', ['log', '-p', '-U0', '--cc', '--all', '--output=/dev/null']);
  time('leakscan history', process.execPath, [cli, 'history', '--format', 'json', '--output', '/dev/null', '--quiet']);
  // Bounded memory: the same scan with the JS heap capped at 40 MiB must still complete.
  time('leakscan history (heap cap 40 MiB)', process.execPath, ['--max-old-space-size=40', cli, 'history', '--format', 'json', '--output', '/dev/null', '--quiet']);
}
if (process.env.KEEP) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
