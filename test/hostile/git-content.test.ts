import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkout, runAction } from '../helpers/action-harness.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

// Git modes read what git stores, not what git labels: attributes, NUL and control bytes, UTF-16, magic bytes,
// core.bigFileThreshold, size and default-ignored paths hide no key from staged, diff, history or the Action.

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  commit?: string;
  part?: string;
  presentAtHead?: boolean;
}
interface JsonReport {
  findings: JsonFinding[];
  skipped: { path: string; reason: string }[];
}
const report = (stdout: string) => JSON.parse(stdout) as JsonReport;
const cli = (repo: GitRepo, args: string[]) =>
  runCli([...args, '--format', 'json', '--list-skipped'], { cwd: repo.dir, env: repo.env });

const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
const PNG = Buffer.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  0,
  0,
  0,
  0x0d,
  0x49,
  0x48,
  0x44,
  0x52,
  ...Array.from({ length: 64 }, (_, i) => i % 7),
]);

/** Every hostile shape of a file holding a key, by path; each value builds the file around its own key. */
const HIDING_PLACES: Record<string, (key: string) => string | Buffer> = {
  'config/app.cfg': (key) => `TOKEN=${key}\n`, // .gitattributes: *.cfg -diff
  'data/settings.dat': (key) => `TOKEN=${key}\n`, // .gitattributes: binary
  'nul-byte.txt': (key) => Buffer.from(`header\0${'text line\n'.repeat(20)}TOKEN=${key}\n`, 'latin1'),
  'control-bytes.txt': (key) => Buffer.from(`${'\x01\x02\x03 '.repeat(200)}\nTOKEN=${key}\n`, 'latin1'),
  'utf16le-bom.txt': (key) =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`name=app\r\nTOKEN=${key}\r\n`, 'utf16le')]),
  'utf16be-bom.txt': (key) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(`name=app\nTOKEN=${key}\n`)]),
  'utf16le-no-bom.txt': (key) => Buffer.from(`name=app\r\nTOKEN=${key}\r\n`, 'utf16le'),
  'utf16be-no-bom.txt': (key) => utf16be(`name=app\nTOKEN=${key}\n`),
  'magic-mz.txt': (key) => `MZ is how this note starts\nTOKEN=${key}\n`,
  'magic-mz-nul.txt': (key) => Buffer.from(`MZ\0\0\0\0${'ordinary text line\n'.repeat(20)}TOKEN=${key}\n`, 'latin1'),
  'magic-pdf.txt': (key) => `%PDF-1.4 looks like a PDF\nTOKEN=${key}\n`,
  'magic-gif.txt': (key) => `GIF89a looks like a GIF\nTOKEN=${key}\n`,
  'magic-sqlite.txt': (key) => `SQLite format 3 looks like a database\nTOKEN=${key}\n`,
  'padded-12mb.txt': (key) =>
    `${'padding line of ordinary text\n'.repeat(210_000)}TOKEN=${key}\n${'more padding\n'.repeat(200_000)}`,
  'one-long-line.txt': (key) => `${'a'.repeat(11 * 1024 * 1024)} TOKEN=${key} ${'b'.repeat(1000)}\n`,
  'dist/app.min.js': (key) => `var t="${key}";\n`,
  'dist/app.js.map': (key) => `{"sourcesContent":["const t = \\"${key}\\";"]}\n`,
  'vendor/bundle.js': (key) => `${'x=1;'.repeat(1000)}var t="${key}";\n//# sourceMappingURL=bundle.js.map\n`,
  'package-lock.json': (key) => `{"token": "${key}"}\n`,
  'yarn.lock': (key) => `token "${key}"\n`,
  'node_modules/pkg/index.js': (key) => `module.exports = "${key}";\n`,
  '.leakscan/outbox.jsonl': (key) => `{"token":"${key}"}\n`,
  '.leakscan-baseline': (key) => `# accepted\nTOKEN=${key}\n`,
};
const GITATTRIBUTES = '*.cfg -diff\n*.dat binary\n';

function plantAll(): { files: Record<string, string | Buffer>; expected: string[] } {
  const files: Record<string, string | Buffer> = {};
  for (const [path, build] of Object.entries(HIDING_PLACES)) files[path] = build(githubToken());
  // A real binary with a key's bytes inside: skipped as binary, as `scan` skips it.
  files['image.png'] = Buffer.concat([PNG, Buffer.from(githubToken())]);
  return { files, expected: Object.keys(HIDING_PLACES).sort() };
}

const contentFiles = (findings: JsonFinding[]) =>
  [...new Set(findings.filter((f) => f.part === undefined).map((f) => f.file))].sort();

describe('git modes read what git stores, not what git labels', () => {
  it('staged, diff and history find a key in every hostile shape of file, even with core.bigFileThreshold=1', async () => {
    const repo = GitRepo.init();
    const base = repo.commit('base', { '.gitattributes': GITATTRIBUTES, 'README.md': 'app\n' });
    const { files, expected } = plantAll();
    repo.write(files);
    repo.git('add', '-A');
    repo.git('config', 'core.bigFileThreshold', '1');

    const staged = await cli(repo, ['staged']);
    assert.equal(staged.code, 1, staged.stderr);
    assert.deepEqual(contentFiles(report(staged.stdout).findings), expected);
    assert.deepEqual(
      report(staged.stdout).skipped.map((s) => [s.path, s.reason]),
      [['image.png', 'binary']],
    );

    const head = repo.commit('add files');
    for (const args of [['diff', `${base}..HEAD`], ['history']]) {
      const result = await cli(repo, args);
      assert.equal(result.code, 1, `${args[0]}: ${result.stderr}`);
      const parsed = report(result.stdout);
      assert.deepEqual(contentFiles(parsed.findings), expected, args[0]);
      assert.ok(
        parsed.findings.filter((f) => f.part === undefined).every((f) => f.commit === head && f.presentAtHead === true),
        args[0],
      );
      assert.deepEqual(
        parsed.skipped.map((s) => [s.path, s.reason]),
        [['image.png', 'binary']],
        args[0],
      );
    }
  });

  it('locates a key in a file git labels binary at its line, and a later commit reports only what it adds', async () => {
    const repo = GitRepo.init();
    const first = githubToken();
    const second = githubToken();
    repo.commit('attributes', { '.gitattributes': GITATTRIBUTES });
    const one = repo.commit('first key', { 'config/app.cfg': `name=app\nTOKEN=${first}\n` });
    const two = repo.commit('second key', {
      'config/app.cfg': `name=app\nTOKEN=${first}\nOTHER=1\nSECOND=${second}\n`,
    });
    const utf16 = repo.commit('utf-16', {
      'win.txt': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`a\r\nb\r\n  TOKEN=${githubToken()}\r\n`, 'utf16le'),
      ]),
    });
    const result = await cli(repo, ['history']);
    assert.equal(result.code, 1, result.stderr);
    const found = report(result.stdout).findings.map((f) => [f.file, f.line, f.column, f.commit]);
    assert.deepEqual(
      found.sort(),
      [
        ['config/app.cfg', 2, 7, one],
        ['config/app.cfg', 4, 8, two],
        ['win.txt', 3, 9, utf16],
      ].sort(),
    );
  });

  it('a long line is scanned in windows: a key far into it is found at its real column', async () => {
    const repo = GitRepo.init();
    repo.commit('base', { 'README.md': 'app\n' });
    const padding = 11 * 1024 * 1024 + 123;
    repo.write({ 'min.js': `${'a'.repeat(padding)} t="${githubToken()}";\n` });
    repo.git('add', '-A');
    const result = await cli(repo, ['staged']);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(
      report(result.stdout).findings.map((f) => [f.file, f.line, f.column]),
      [['min.js', 1, padding + 5]],
    );
  });

  it('keys spread along a 3 MB line are each found once at their column, window boundaries wherever they fall', async () => {
    const repo = GitRepo.init();
    repo.commit('base', { 'README.md': 'app\n' });
    const keys = Array.from({ length: 30 }, () => githubToken());
    const filler = 'x'.repeat(100_000);
    const line = keys.map((key) => `${filler} t="${key}";`).join('');
    repo.write({ 'bundle.js': `${line}\n` });
    repo.git('add', '-A');
    const result = await cli(repo, ['staged']);
    assert.equal(result.code, 1, result.stderr);
    const columns = keys.map((key) => line.indexOf(key) + 1);
    assert.deepEqual(
      report(result.stdout)
        .findings.map((f) => f.column)
        .sort((a, b) => a - b),
      columns,
    );
  });

  it('the Action finds every planted key of a fork pull request, default-ignored paths included', async () => {
    const upstream = GitRepo.init();
    const base = upstream.commit('base', { '.gitattributes': GITATTRIBUTES, 'README.md': 'app\n' });
    upstream.git('checkout', '-q', '-b', 'feature');
    const { files, expected } = plantAll();
    const head = upstream.commit('add files', files);
    const { workspace } = checkout(upstream, head);
    workspace.git('config', 'core.bigFileThreshold', '1');
    const payload = {
      pull_request: {
        number: 7,
        commits: 1,
        base: { sha: base, ref: 'main', repo: { full_name: 'octo/app' } },
        head: { sha: head, ref: 'feature', repo: { full_name: 'forker/app' } },
      },
      repository: { full_name: 'octo/app', default_branch: 'main' },
    };
    const run = await runAction({
      workspace: workspace.dir,
      event: 'pull_request',
      payload,
      inputs: { format: 'json', 'report-file': 'leakscan.json' },
    });
    assert.equal(run.code, 1, run.stdout);
    const parsed = report(
      await import('node:fs').then((fs) => fs.readFileSync(run.outputs['report-file'] as string, 'utf8')),
    );
    assert.deepEqual(contentFiles(parsed.findings), expected);
    assert.equal(run.outputs['leak-count'], String(expected.length));
  });
});

describe('secrets in odd places: commit messages and file names', () => {
  it('history and diff report a key in a commit subject or body, and one in a path a commit adds', async () => {
    const repo = GitRepo.init();
    const base = repo.commit('base', { 'README.md': 'app\n' });
    const inSubject = githubToken();
    const inBody = githubToken();
    const inName = githubToken();
    const subject = repo.commit(`deploy with ${inSubject}`, { 'a.txt': '1\n' });
    const body = repo.commit(`rotate settings\n\nthe old one was\n${inBody}\n`, { 'a.txt': '2\n' });
    const named = repo.commit('add key file', { [`keys/${inName}.txt`]: 'nothing here\n' });
    for (const args of [['history'], ['diff', `${base}..HEAD`]]) {
      const result = await cli(repo, args);
      assert.equal(result.code, 1, result.stderr);
      const found = report(result.stdout).findings.map((f) => [
        f.part,
        /^keys\/ghp_\*+\.txt$/.test(f.file) ? 'keys/<redacted key>.txt' : f.file,
        f.line,
        f.commit,
        f.presentAtHead,
      ]);
      assert.ok(!result.stdout.includes(inName), 'the key in the file name is printed redacted');
      assert.deepEqual(
        found.sort(),
        [
          ['commit-message', 'commit-message', 1, subject, false],
          ['commit-message', 'commit-message', 4, body, false],
          ['file-name', 'keys/<redacted key>.txt', 1, named, true],
        ].sort(),
        args[0],
      );
    }
  });

  it('staged reports a key in the name of a staged file', async () => {
    const repo = GitRepo.init();
    repo.commit('base', { 'README.md': 'app\n' });
    const key = githubToken();
    repo.write({ [`${key}.env`]: 'nothing\n' });
    repo.git('add', '-A');
    const result = await cli(repo, ['staged']);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(
      report(result.stdout).findings.map((f) => [f.part, /^ghp_\*+\.env$/.test(f.file), f.line, f.column]),
      [['file-name', true, 1, 1]],
    );
    assert.ok(!result.stdout.includes(key), 'the key in the file name is printed redacted');
  });

  it('the Action reports a key in a commit message of the pull request', async () => {
    const upstream = GitRepo.init();
    const base = upstream.commit('base', { 'README.md': 'app\n' });
    upstream.git('checkout', '-q', '-b', 'feature');
    const head = upstream.commit(`fix login\n\ntoken for staging: ${githubToken()}`, { 'a.txt': '1\n' });
    const { workspace } = checkout(upstream, head);
    const payload = {
      pull_request: {
        number: 7,
        commits: 1,
        base: { sha: base, ref: 'main', repo: { full_name: 'octo/app' } },
        head: { sha: head, ref: 'feature', repo: { full_name: 'octo/app' } },
      },
      repository: { full_name: 'octo/app', default_branch: 'main' },
    };
    const run = await runAction({ workspace: workspace.dir, event: 'pull_request', payload });
    assert.equal(run.outputs['leak-count'], '1', run.stdout);
    assert.equal(run.code, 1);
  });
});
