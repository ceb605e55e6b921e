import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

const staged = (repo: GitRepo, args: string[] = [], env: Record<string, string> = {}) =>
  runCli(['staged', '--format', 'json', '--list-skipped', ...args], { cwd: repo.dir, env: { ...repo.env, ...env } });
const report = (stdout: string) =>
  JSON.parse(stdout) as {
    findings: { file: string; line: number; fingerprint: string; commit?: string }[];
    summary: Record<string, number>;
    skipped: { path: string; reason: string }[];
    notes?: string[];
  };

describe('leakscan staged', () => {
  it('works on the very first commit (no HEAD) and reports the line in the staged file', async () => {
    const repo = GitRepo.init();
    repo.write({ 'src/config.js': `// config\nconst a = 1;\nexport const token = "${githubToken()}";\n` });
    repo.git('add', '-A');
    const result = await staged(repo);
    assert.equal(result.code, 1, result.stderr);
    const { findings, summary } = report(result.stdout);
    assert.deepEqual(
      findings.map((f) => [f.file, f.line]),
      [['src/config.js', 3]],
    );
    assert.equal(summary.linesScanned, 3);
    assert.equal(summary.filesScanned, 1);
  });

  it('scans the index, not the working tree', async () => {
    const repo = GitRepo.init();
    repo.commit('init', { 'README.md': 'hello\n' });
    // Staged, then removed from the working copy without restaging: still about to be committed.
    repo.write({ 'staged.env': `KEY=${githubToken()}\n` });
    repo.git('add', 'staged.env');
    repo.write({ 'staged.env': 'KEY=\n' });
    // In the working tree only: not part of the commit.
    repo.write({ 'unstaged.env': `KEY=${githubToken()}\n`, 'README.md': `hello\n${githubToken()}\n` });
    const result = await staged(repo);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(
      report(result.stdout).findings.map((f) => f.file),
      ['staged.env'],
    );
  });

  it('reports only added lines: a deleted key is not a finding, a kept one is not re-reported', async () => {
    const repo = GitRepo.init();
    const kept = githubToken();
    repo.commit('keys', { 'old.env': `A=${githubToken()}\n`, 'keep.env': `B=${kept}\nC=1\n` });
    repo.git('rm', '-q', 'old.env');
    repo.write({ 'keep.env': `B=${kept}\nC=2\n` });
    repo.git('add', '-A');
    const result = await staged(repo);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(report(result.stdout).summary.linesScanned, 1);
  });

  it('handles a rename (only the edit is new), a mode change and a binary file (skipped and counted)', async () => {
    const repo = GitRepo.init();
    const body = Array.from(
      { length: 20 },
      (_, i) => `line ${i} of a long enough file to be detected as a rename`,
    ).join('\n');
    repo.commit('init', { 'a/old.txt': `${body}\n`, 'run.sh': 'echo hi\n' });
    repo.write({ 'b/.keep': '' });
    repo.git('mv', 'a/old.txt', 'b/new name.txt');
    const key = githubToken();
    repo.write({
      'b/new name.txt': `${body}\ntoken=${key}\n`,
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0, 0, 0, ...Buffer.from(key)]),
    });
    repo.git('add', '-A');
    repo.git('update-index', '--chmod=+x', 'run.sh');
    const result = await staged(repo);
    assert.equal(result.code, 1, result.stderr);
    const parsed = report(result.stdout);
    assert.deepEqual(
      parsed.findings.map((f) => [f.file, f.line]),
      [['b/new name.txt', 21]],
    );
    assert.equal(parsed.summary.linesScanned, 1);
    assert.deepEqual(parsed.skipped, [{ path: 'image.png', reason: 'binary' }]);
  });

  it('works during a merge with a conflict resolved and staged', async () => {
    const repo = GitRepo.init();
    repo.commit('base', { 'app.txt': 'value=0\n' });
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit('side', { 'app.txt': 'value=side\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main', { 'app.txt': 'value=main\n' });
    assert.notEqual(repo.gitRaw(['merge', '-q', 'side']).status, 0);
    const key = githubToken();
    repo.write({ 'app.txt': `value=merged\nkey=${key}\n` });
    repo.git('add', 'app.txt');
    const result = await staged(repo);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(
      report(result.stdout).findings.map((f) => [f.file, f.line]),
      [['app.txt', 2]],
    );
  });

  it('reports the same findings as leakscan scan does on the same files', async () => {
    const repo = GitRepo.init();
    const files = {
      'one.js': `const x = "${githubToken()}";\n`,
      'dir/two.yaml': `a: 1\nb: ${githubToken()}\nc: ${githubToken()}\n`,
    };
    repo.write(files);
    repo.git('add', '-A');
    const fromIndex = report((await staged(repo)).stdout).findings;
    const fromFiles = report(
      (await runCli(['scan', '--format', 'json', '--list-skipped', '.'], { cwd: repo.dir, env: repo.env })).stdout,
    ).findings;
    const key = (f: { file: string; line: number; fingerprint: string }) => `${f.fingerprint}@${f.line}`;
    assert.equal(fromIndex.length, 3);
    assert.deepEqual(fromIndex.map(key).sort(), fromFiles.map(key).sort());
  });

  it("skips only the config's allowlist.paths: the default ignores of directory scans do not apply to a change", async () => {
    const repo = GitRepo.init();
    repo.write({
      '.leakscan.yaml': 'allowlist:\n  paths: ["fixtures/**"]\n',
      'node_modules/pkg/index.js': `t="${githubToken()}"\n`,
      'fixtures/fake.env': `K=${githubToken()}\n`,
      'real.env': `K=${githubToken()}\n`,
    });
    repo.git('add', '-A');
    const result = await staged(repo);
    const parsed = report(result.stdout);
    assert.deepEqual(parsed.findings.map((f) => f.file).sort(), ['node_modules/pkg/index.js', 'real.env']);
    assert.deepEqual(
      parsed.skipped.map((s) => [s.path, s.reason]),
      [['fixtures/fake.env', 'allowlisted-path']],
    );
  });

  it('loads no network module on the hook path (http, https, tls, dns), and still finds the key', async () => {
    const repo = GitRepo.init();
    repo.commit('init', { 'README.md': 'hello\n' });
    repo.write({ 'src/deploy.js': `export const token = "${githubToken()}";\n` });
    repo.git('add', '-A');
    const probeDir = makeTempDir();
    const probe = join(probeDir, 'probe.mjs');
    const loaded = join(probeDir, 'modules.txt');
    writeFileSync(
      probe,
      `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(loaded)}, process.moduleLoadList.join('\\n')));\n`,
    );
    const result = await staged(repo, [], { NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` });
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(
      report(result.stdout).findings.map((f) => [f.file, f.line]),
      [['src/deploy.js', 1]],
    );
    const modules = new Set(readFileSync(loaded, 'utf8').split('\n'));
    assert.ok(modules.has('NativeModule child_process'), 'the probe saw the run');
    for (const name of ['http', 'https', 'tls', 'dns'])
      assert.ok(!modules.has(`NativeModule ${name}`), `node:${name} was loaded by leakscan staged`);
  });

  it('LEAKSCAN_SKIP=1 skips the scan and says so', async () => {
    const repo = GitRepo.init();
    repo.write({ 'k.env': `K=${githubToken()}\n` });
    repo.git('add', '-A');
    const result = await staged(repo, [], { LEAKSCAN_SKIP: '1' });
    assert.equal(result.code, 0);
    assert.match(result.stderr, /LEAKSCAN_SKIP=1.*NOT scanned/);
  });

  it('outside a git repository exits 2 with a clear message', async () => {
    const repo = new GitRepo((await import('../helpers/run-cli.js')).makeTempDir());
    const result = await runCli(['staged'], { cwd: repo.dir, env: { ...repo.env, GIT_CEILING_DIRECTORIES: '/' } });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /not a git repository/);
  });
});
