// Issue 17, directory and stdin side: content crafted to look binary, odd encodings, ignored-but-tracked files,
// fake bundles, keys in names and past size limits. Every case runs the built CLI on real files.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

interface Report {
  findings: { file: string; line: number; column: number; secret: string; decodedFrom?: string }[];
  skipped: { path: string; reason: string; detail?: string }[];
  summary: { filesScanned: number; skippedByReason: Record<string, number> };
}

async function scanJson(cwd: string, args: string[] = [], input?: string | Buffer) {
  const result = await runCli(['scan', '--format', 'json', '--list-skipped', ...args], {
    cwd,
    ...(input !== undefined ? { input } : {}),
  });
  return { ...result, report: JSON.parse(result.stdout) as Report };
}

const MAGIC: Record<string, Buffer> = {
  'exe.txt': Buffer.from('MZ'),
  'pdf.txt': Buffer.from('%PDF-1.7\n'),
  'gif.txt': Buffer.from('GIF89a'),
  'sqlite.txt': Buffer.from('SQLite format 3\0'),
  'png.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'zip.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  'gzip.txt': Buffer.from([0x1f, 0x8b]),
};

describe('hostile content in directory scans and stdin', () => {
  it('a text file that starts with a binary magic number is scanned: the key after it is found', async () => {
    const dir = makeTempDir();
    const tokens: Record<string, string> = {};
    for (const [name, magic] of Object.entries(MAGIC)) {
      tokens[name] = githubToken();
      writeFileSync(
        join(dir, name),
        Buffer.concat([magic, Buffer.from(`\nconfig = 1\nGITHUB_TOKEN=${tokens[name]}\n`)]),
      );
    }
    const { code, report } = await scanJson(dir);
    assert.equal(code, 1);
    assert.deepEqual(report.findings.map((f) => f.file).sort(), Object.keys(MAGIC).sort());
    for (const finding of report.findings)
      assert.equal(finding.line, 3 + MAGIC[finding.file]!.toString('latin1').split('\n').length - 1, finding.file);
    assert.equal(report.summary.skippedByReason.binary, undefined);
  });

  it('the same magic-number text on stdin is scanned', async () => {
    for (const magic of [MAGIC['pdf.txt']!, MAGIC['exe.txt']!, MAGIC['sqlite.txt']!]) {
      const { code, report } = await scanJson(
        makeTempDir(),
        ['-'],
        Buffer.concat([magic, Buffer.from(`\nkey=${githubToken()}\n`)]),
      );
      assert.equal(code, 1, `stdin starting with ${JSON.stringify(magic.toString('latin1'))}`);
      assert.equal(report.findings.length, 1);
    }
  });

  it('real binaries are still skipped, counted: magic number plus compressed-looking data', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'image.png'), Buffer.concat([MAGIC['png.txt']!, randomBytes(16 * 1024)]));
    writeFileSync(join(dir, 'archive.zip'), Buffer.concat([MAGIC['zip.txt']!, randomBytes(16 * 1024)]));
    writeFileSync(join(dir, 'notes.txt'), 'plain text\n');
    const { code, report } = await scanJson(dir);
    assert.equal(code, 0);
    assert.equal(report.summary.skippedByReason.binary, 2);
    assert.equal(report.summary.filesScanned, 1);
  });

  it('UTF-16 with and without a BOM, Latin-1, stray NULs and coloured logs: every key is found on its line', async () => {
    const dir = makeTempDir();
    const tokens = Array.from({ length: 7 }, () => githubToken());
    const text = (token: string): string => `# settings\r\nname = "café"\r\nTOKEN=${token}\r\n`;
    writeFileSync(join(dir, 'le-nobom.ini'), Buffer.from(text(tokens[0]!), 'utf16le'));
    writeFileSync(join(dir, 'be-nobom.ini'), Buffer.from(text(tokens[1]!), 'utf16le').swap16());
    writeFileSync(
      join(dir, 'le-bom.ini'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(tokens[2]!), 'utf16le')]),
    );
    writeFileSync(
      join(dir, 'be-bom.ini'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text(tokens[3]!), 'utf16le').swap16()]),
    );
    writeFileSync(join(dir, 'latin1.ini'), Buffer.from(text(tokens[4]!), 'latin1'));
    writeFileSync(
      join(dir, 'nul.ini'),
      Buffer.concat([Buffer.from('\0\0header\0\n\0'), Buffer.from(text(tokens[5]!).slice(10))]),
    );
    const colours = Array.from({ length: 200 }, (_, i) => `\u001b[32m✓\u001b[0m step ${i}`).join('\n');
    writeFileSync(join(dir, 'ci.log'), `${colours}\n\u001b[31mTOKEN=${tokens[6]}\u001b[0m\n`);
    const { code, report } = await scanJson(dir);
    assert.equal(code, 1);
    const byFile = Object.fromEntries(report.findings.map((f) => [f.file, f]));
    for (const file of ['le-nobom.ini', 'be-nobom.ini', 'le-bom.ini', 'be-bom.ini', 'latin1.ini']) {
      assert.equal(byFile[file]?.line, 3, file);
      assert.equal(byFile[file]?.column, 7, file);
    }
    assert.equal(byFile['nul.ini']?.line, 4);
    assert.equal(byFile['ci.log']?.line, 201);
    assert.equal(report.findings.length, 7);
  });

  it('a one-line bundle full of encoded values is scanned in bounded work, and a key encoded in it is found', {
    timeout: 120_000,
  }, async () => {
    // Each decoded value is rescanned with the line around it, up to 256 values a level, two levels down: with
    // the whole line as context, this 600 KB line took minutes (25 s at half the size). The bound is the
    // harness's timeout, never a time asserted.
    const dir = makeTempDir();
    const token = githubToken();
    // Inline SVG data URIs, as CSS-in-JS bundles carry them: each percent run decodes to readable text.
    const segment = `.i{background:url("data:image/svg+xml,%3csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20viewBox=%270%200%2016%2016%27%3e%3cpath%20d=%27M0%200h16v16H0z%27/%3e%3c/svg%3e")}${'f(a,b);'.repeat(300)}`;
    const segments = Array.from({ length: Math.ceil(600_000 / segment.length) }, () => segment);
    const encodedKey = Buffer.from(`GITHUB_TOKEN=${token}`).toString('base64');
    writeFileSync(join(dir, 'bundle.js'), `${segments.join('')}var cfg="${encodedKey}";\n`);
    const { code, report } = await scanJson(dir, ['--no-default-ignores']);
    assert.equal(code, 1);
    assert.ok(
      report.findings.some(
        (finding) => finding.secret.startsWith(token.slice(0, 4)) && finding.decodedFrom === 'base64',
      ),
    );
  });

  it('a key in a file or directory name is found (line 1 of the name, marked as such)', async () => {
    const dir = makeTempDir();
    const inFile = githubToken();
    const inDir = githubToken();
    mkdirSync(join(dir, `backup-${inDir}`));
    writeFileSync(join(dir, `backup-${inDir}`, 'notes.txt'), 'nothing\n');
    writeFileSync(join(dir, `token=${inFile}.txt`), 'nothing\n');
    const { code, report } = await runCli(['scan', '--format', 'json', '--show-secrets'], { cwd: dir }).then((r) => ({
      ...r,
      report: JSON.parse(r.stdout) as Report,
    }));
    assert.equal(code, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.secret, f.decodedFrom]).sort(),
      [
        [inDir, 'file name'],
        [inFile, 'file name'],
      ].sort(),
    );
    assert.deepEqual(report.findings.map((f) => f.file).sort(), [`backup-${inDir}`, `token=${inFile}.txt`].sort());
  });
});

describe('hostile trees: .gitignore, bundles, size', () => {
  it('a force-added file that .gitignore names is scanned; untracked ignored files are counted, not dropped', async () => {
    const repo = GitRepo.init();
    const forced = githubToken();
    const forcedInDir = githubToken();
    const untracked = githubToken();
    repo.write({
      '.gitignore': '*.cfg\nbuild/\n',
      'app.cfg': `key=${forced}\n`,
      'build/deploy.sh': `export T=${forcedInDir}\n`,
      'README.md': 'app\n',
    });
    repo.git('add', '-f', '.gitignore', 'app.cfg', 'build/deploy.sh', 'README.md');
    repo.git('commit', '-q', '-m', 'force-added');
    repo.write({ 'local.cfg': `key=${untracked}\n`, 'build/out.txt': 'generated\n' });
    const { code, report, stderr } = await scanJson(repo.dir);
    assert.equal(code, 1, stderr);
    assert.deepEqual(report.findings.map((f) => f.file).sort(), ['app.cfg', 'build/deploy.sh']);
    assert.deepEqual(
      report.skipped
        .filter((s) => s.reason === 'gitignored')
        .map((s) => s.path)
        .sort(),
      ['build/', 'local.cfg'],
    );
  });

  it('listing tracked files runs nothing from the repository: a core.fsmonitor command never runs', async () => {
    const repo = GitRepo.init();
    repo.write({ 'a.txt': 'text\n' });
    repo.git('add', 'a.txt');
    repo.git('commit', '-q', '-m', 'a');
    const marker = join(makeTempDir(), 'fsmonitor-ran');
    repo.git('config', 'core.fsmonitor', `touch '${marker}'; false`);
    const { code, stderr } = await runCli(['scan'], { cwd: repo.dir, env: repo.env });
    assert.equal(code, 0, stderr);
    assert.equal(existsSync(marker), false, 'core.fsmonitor ran during scan');
  });

  it('a hand-written .js over 2 KB with a sourceMappingURL comment is scanned whole', async () => {
    const dir = makeTempDir();
    const token = githubToken();
    const lines = Array.from({ length: 80 }, (_, i) => `export const value${i} = compute(${i}, 'some text');`);
    lines.splice(40, 0, `const token = "${token}";`);
    writeFileSync(join(dir, 'app.js'), `${lines.join('\n')}\n//# sourceMappingURL=app.js.map\n`);
    const { code, report } = await scanJson(dir);
    assert.equal(code, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.file, f.line]),
      [['app.js', 41]],
    );
    assert.equal(report.summary.skippedByReason['minified-bundle'], undefined);
  });

  it('a real minified bundle: its minified lines are not scanned (counted), a key on a line of its own is found', async () => {
    const dir = makeTempDir();
    const token = githubToken();
    const minified = `!function(){${'var a=function(b){return b*2};'.repeat(4000)}}();`;
    writeFileSync(
      join(dir, 'vendor.js'),
      `/*! license */\n${minified}\nvar k="${token}";\n//# sourceMappingURL=vendor.js.map\n`,
    );
    const { code, report } = await scanJson(dir);
    assert.equal(code, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.file, f.line]),
      [['vendor.js', 3]],
    );
    assert.equal(report.summary.skippedByReason['minified-bundle'], 1);
    assert.equal(report.summary.filesScanned, 1);
  });

  it('over --max-file-size a file is scanned in windows: keys across window cuts found once, at the right place', async () => {
    const dir = makeTempDir();
    const window = 256 * 1024;
    const keys = [githubToken(), githubToken(), githubToken()];
    // One key straddles the first cut inside a long line, one sits just before the second cut, one at the end.
    const longLine = `${'x'.repeat(window - 20)} ${keys[0]} ${'y'.repeat(window)}`;
    const filler = Array.from({ length: 4000 }, (_, i) => `line ${i} of ordinary text here`).join('\n');
    const text = `${longLine}\n${filler}\nT=${keys[1]}\n${filler}\nlast=${keys[2]}\n`;
    writeFileSync(join(dir, 'big.txt'), text);
    const { code, report, stderr } = await scanJson(dir, ['--max-file-size', '256KB', '--show-secrets']);
    assert.equal(code, 1, stderr);
    assert.equal(report.summary.skippedByReason['too-large'], undefined);
    const where = (key: string): [number, number] => {
      const offset = text.indexOf(key);
      const before = text.slice(0, offset);
      return [before.split('\n').length, offset - before.lastIndexOf('\n')];
    };
    assert.deepEqual(
      report.findings.map((f) => [f.secret, f.line, f.column]),
      keys.map((key) => [key, ...where(key)]),
    );
  });

  it('stdin over the size limit is scanned in windows, not skipped', async () => {
    const token = githubToken();
    const input = `${'filler line of text\n'.repeat(40_000)}TOKEN=${token}\n`;
    const { code, report } = await scanJson(makeTempDir(), ['-', '--max-file-size', '1KB'], input);
    assert.equal(code, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.line, f.column]),
      [[40_001, 7]],
    );
  });
});
