// Issue 17, "no silent pass": a scan that read nothing fails (exit 2) unless --allow-empty, -q never hides it;
// `scan -- PATH` scans PATH; -o creates missing directories and fails cleanly where it cannot write.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

const binary = (): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096)]);

describe('a scan that read nothing is not a pass', () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    ['an empty directory', () => undefined, /no files were found/],
    [
      'a directory of binaries only',
      (dir) => writeFileSync(join(dir, 'a.png'), binary()),
      /everything was skipped \(binary: 1\)/,
    ],
    [
      'a tree where everything is ignored',
      (dir) => {
        mkdirSync(join(dir, 'node_modules'));
        writeFileSync(join(dir, 'node_modules', 'x.js'), 'x\n');
        writeFileSync(join(dir, '.gitignore'), '*\n');
      },
      /everything was skipped \(gitignored: 1, default-ignored-path: 1\)|everything was skipped/,
    ],
  ];
  for (const [name, make, reason] of cases) {
    it(`${name}: exit 2 with the reason on stderr, even with -q; --allow-empty makes it 0`, async () => {
      const dir = makeTempDir();
      make(dir);
      const quiet = await runCli(['scan', '-q'], { cwd: dir });
      assert.equal(quiet.code, 2, quiet.stderr);
      assert.match(quiet.stderr, /nothing was scanned \(0 bytes read\)/);
      assert.match(quiet.stderr, reason);
      assert.doesNotMatch(quiet.stderr, /internal error/);
      const allowed = await runCli(['scan', '-q', '--allow-empty'], { cwd: dir });
      assert.equal(allowed.code, 0, allowed.stderr);
    });
  }

  it('empty stdin and binary stdin: exit 2, even with -q', async () => {
    const empty = await runCli(['scan', '-', '-q'], { cwd: makeTempDir(), input: '' });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /stdin was empty/);
    const image = await runCli(['scan', '-', '-q'], { cwd: makeTempDir(), input: binary() });
    assert.equal(image.code, 2);
    assert.match(image.stderr, /binary: 1/);
    assert.equal((await runCli(['scan', '-', '--allow-empty'], { cwd: makeTempDir(), input: '' })).code, 0);
  });

  it('a directory with something read exits 0 even when other files were skipped as binary', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'a.png'), binary());
    writeFileSync(join(dir, 'b.txt'), 'text\n');
    assert.equal((await runCli(['scan', '-q'], { cwd: dir })).code, 0);
  });
});

describe('command line: -- and -o', () => {
  it('`scan -- PATH` scans PATH, not the current directory; a path named like an option works after --', async () => {
    const dir = makeTempDir();
    const token = githubToken();
    mkdirSync(join(dir, 'target'));
    writeFileSync(join(dir, 'target', 'k.env'), `T=${token}\n`);
    writeFileSync(join(dir, '--odd.env'), `T=${githubToken()}\n`);
    const target = await runCli(['scan', '--format', 'json', '--', 'target'], { cwd: dir });
    assert.equal(target.code, 1, target.stderr);
    // Outside a git work tree, paths are relative to the scanned root (docs/reports.md#paths-and-fingerprints).
    assert.deepEqual(
      (JSON.parse(target.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file),
      ['k.env'],
    );
    const odd = await runCli(['scan', '--format', 'json', '--', '--odd.env'], { cwd: dir });
    assert.equal(odd.code, 1, odd.stderr);
    assert.deepEqual(
      (JSON.parse(odd.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file),
      ['--odd.env'],
    );
  });

  it('-o into a missing directory creates it', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'a.env'), `T=${githubToken()}\n`);
    const { code, stderr } = await runCli(['scan', 'a.env', '-f', 'json', '-o', 'reports/deep/leaks.json'], {
      cwd: dir,
    });
    assert.equal(code, 1, stderr);
    assert.equal(
      (JSON.parse(readFileSync(join(dir, 'reports/deep/leaks.json'), 'utf8')) as { findings: unknown[] }).findings
        .length,
      1,
    );
  });

  it('-o where nothing can be written: a clear exit-2 error, never "internal error … This is a bug"', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'a.txt'), 'text\n');
    writeFileSync(join(dir, 'file'), 'not a directory\n');
    const places = ['file/report.txt', '/proc/no-such/report.txt'];
    if (process.getuid?.() !== 0) {
      mkdirSync(join(dir, 'locked'));
      chmodSync(join(dir, 'locked'), 0o500);
      places.push('locked/sub/report.txt');
    }
    for (const place of places) {
      const { code, stderr } = await runCli(['scan', 'a.txt', '-o', place], { cwd: dir });
      assert.equal(code, 2, place);
      assert.match(stderr, new RegExp(`cannot write ${place.replace(/[/.]/g, '\\$&')}: E[A-Z]+`));
      assert.doesNotMatch(stderr, /internal error|This is a bug/);
    }
    assert.ok(!existsSync(join(dir, 'locked', 'sub')));
  });
});
