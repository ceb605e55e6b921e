import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

interface JsonReport {
  findings: Record<string, unknown>[];
  summary: {
    filesScanned: number;
    bytesScanned: number;
    skipped: number;
    skippedByReason: Record<string, number>;
    findings: number;
  };
  skipped: { path: string; reason: string }[];
}

async function scanJson(cwd: string, args: string[] = [], input?: string | Buffer) {
  const result = await runCli(['scan', '--format', 'json', ...args], {
    cwd,
    ...(input !== undefined ? { input } : {}),
  });
  return { ...result, report: result.stdout ? (JSON.parse(result.stdout) as JsonReport) : undefined };
}

describe('leakscan scan (built CLI)', () => {
  it('finds a key, exits 1, reports the documented JSON fields with the secret redacted', async () => {
    const dir = makeTempDir();
    const token = githubToken();
    writeFileSync(join(dir, 'app.env'), `# settings\nGITHUB_TOKEN=${token}\n`);
    const { code, report, stdout, stderr } = await scanJson(dir);
    assert.equal(code, 1, stderr);
    assert.ok(!stdout.includes(token), 'the raw secret must not be printed');
    const [finding] = report!.findings;
    assert.ok(finding);
    for (const field of [
      'ruleId',
      'title',
      'severity',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'secret',
      'fingerprint',
    ]) {
      assert.ok(field in finding, `missing ${field}`);
    }
    assert.equal(finding.file, 'app.env');
    assert.equal(finding.line, 2);
    assert.equal(finding.column, 14);
    assert.equal(finding.endColumn, 14 + token.length);
    assert.match(String(finding.fingerprint), /^github-personal-access-token:app\.env:[0-9a-f]{16}$/);
    assert.equal(report!.summary.findings, 1);
    assert.match(stderr, /scanned 1 file/);
  });

  it('prints the full secret only with --show-secrets', async () => {
    const dir = makeTempDir();
    const token = githubToken();
    writeFileSync(join(dir, 'a.txt'), `token: ${token}\n`);
    const shown = await runCli(['scan', '--show-secrets'], { cwd: dir });
    assert.ok(shown.stdout.includes(token));
    const hidden = await runCli(['scan'], { cwd: dir });
    assert.ok(!hidden.stdout.includes(token));
    assert.match(hidden.stdout, /ghp_\*{8}/);
  });

  it('exits 0 on a clean tree and says what it scanned', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'index.js'), 'console.log("hello");\n');
    const { code, stdout } = await runCli(['scan'], { cwd: dir });
    assert.equal(code, 0);
    assert.match(stdout, /scanned 1 file .*; 0 leaks found/);
  });

  it('the fingerprint does not change when lines shift', async () => {
    const dir = makeTempDir();
    const token = githubToken();
    writeFileSync(join(dir, 'a.env'), `K=${token}\n`);
    const before = (await scanJson(dir)).report!.findings[0]!.fingerprint;
    writeFileSync(join(dir, 'a.env'), `\n\n# moved\nOTHER=1\nK=${token}\n`);
    const after = (await scanJson(dir)).report!.findings[0]!;
    assert.equal(after.line, 5);
    assert.equal(after.fingerprint, before);
  });

  it('scans stdin with `-`', async () => {
    const dir = makeTempDir();
    const { code, report } = await scanJson(
      dir,
      ['-', '--stdin-name', 'pasted.txt'],
      `export TOKEN=${githubToken()}\n`,
    );
    assert.equal(code, 1);
    assert.equal(report!.findings[0]!.file, 'pasted.txt');
  });

  it('honours leakscan:allow and gitleaks:allow on the line', async () => {
    const dir = makeTempDir();
    writeFileSync(
      join(dir, 'a.js'),
      `const a = "${githubToken()}"; // leakscan:allow\nconst b = "${githubToken()}"; // gitleaks:allow\n`,
    );
    const { code, report } = await scanJson(dir, ['--explain']);
    assert.equal(code, 0);
    assert.equal(report!.findings.length, 0);
  });

  it('drops placeholders and explains why with --explain', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'a.env'), 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n');
    const { code, stdout } = await runCli(['scan', '--explain'], { cwd: dir });
    assert.equal(code, 0);
    assert.match(stdout, /dropped by (entropy|placeholder)/);
  });

  it('honours .gitignore by default and scans everything with --no-gitignore', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, '.gitignore'), 'secrets/\n');
    mkdirSync(join(dir, 'secrets'));
    writeFileSync(join(dir, 'secrets', 'key.env'), `T=${githubToken()}\n`);
    assert.equal((await runCli(['scan'], { cwd: dir })).code, 0);
    assert.equal((await runCli(['scan', '--no-gitignore'], { cwd: dir })).code, 1);
  });

  it('skips node_modules and lockfiles by default, counted, and scans them with --no-default-ignores', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'index.js'), `const t = "${githubToken()}";\n`);
    writeFileSync(join(dir, 'package-lock.json'), `{"t": "${githubToken()}"}\n`);
    const ignored = await scanJson(dir);
    // Everything ignored means nothing was read: exit 2 (issue 17), unless --allow-empty.
    assert.equal(ignored.code, 2);
    assert.equal((await scanJson(dir, ['--allow-empty'])).code, 0);
    assert.equal(ignored.report!.summary.skippedByReason['default-ignored-path'], 2);
    const all = await scanJson(dir, ['--no-default-ignores']);
    assert.equal(all.report!.findings.length, 2);
  });

  it('applies config allowlists and disabled rules', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'fixtures'));
    writeFileSync(join(dir, 'fixtures', 'a.env'), `T=${githubToken()}\n`);
    writeFileSync(join(dir, 'b.env'), `T=${githubToken()}\n`);
    writeFileSync(join(dir, '.leakscan.yaml'), "allowlist:\n  paths: ['fixtures/**']\n");
    const { report } = await scanJson(dir);
    assert.deepEqual(
      report!.findings.map((f) => f.file),
      ['b.env'],
    );
    assert.equal(report!.summary.skippedByReason['allowlisted-path'], 1);
    writeFileSync(join(dir, '.leakscan.yaml'), 'rules:\n  disable: [github-personal-access-token]\n');
    assert.equal((await scanJson(dir)).report!.findings.length, 0);
  });

  it('runs custom rules from the config', async () => {
    const dir = makeTempDir();
    writeFileSync(
      join(dir, '.leakscan.yaml'),
      "rules:\n  custom:\n    - id: acme-token\n      title: ACME token\n      keywords: [acme_]\n      pattern: '(?<secret>acme_[a-z0-9]{24})'\n      min_entropy: 3\n",
    );
    writeFileSync(join(dir, 'a.txt'), 'key = acme_q8t1lm4nb7cx2vr9kp3sd6fg\n');
    const { code, report } = await scanJson(dir);
    assert.equal(code, 1);
    assert.equal(report!.findings[0]!.ruleId, 'acme-token');
  });

  it('refuses an invalid config with exit 2, naming every problem by field path', async () => {
    const dir = makeTempDir();
    writeFileSync(
      join(dir, '.leakscan.yaml'),
      "allowlist:\n  regexes: ['(unclosed']\n  paths: 3\nmaxFileSize: lots\nbogus: 1\n",
    );
    const { code, stderr } = await runCli(['scan'], { cwd: dir });
    assert.equal(code, 2);
    for (const path of ['allowlist.regexes[0]', 'allowlist.paths', 'maxFileSize', 'bogus'])
      assert.ok(stderr.includes(path), `${path} in ${stderr}`);
  });

  it('refuses a custom rule the linear-time engine cannot run (a backreference), naming the field', async () => {
    const dir = makeTempDir();
    writeFileSync(
      join(dir, '.leakscan.yaml'),
      "rules:\n  custom:\n    - id: good-one\n      title: good\n      keywords: [aaa]\n      pattern: '(?<secret>(a{1,30}){1,30}b)'\n    - id: bad-two\n      title: bad\n      keywords: [aaa]\n      pattern: '(?<secret>(a)\\1)'\n",
    );
    writeFileSync(join(dir, 'a.txt'), `${'a'.repeat(5000)}\n`);
    const { code, stderr } = await runCli(['scan'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /rules\.custom\[1\]\.pattern: backreferences/);
    assert.doesNotMatch(stderr, /rules\.custom\[0\]/);
  });

  it('a path that does not exist is an error (exit 2), not a silent pass', async () => {
    const dir = makeTempDir();
    const { code, stderr } = await runCli(['scan', 'no/such/dir'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /path does not exist: no\/such\/dir/);
  });

  it('an empty directory says nothing was scanned, and exits 2 unless --allow-empty (issue 17: no silent pass)', async () => {
    const dir = makeTempDir();
    const { code, stdout, stderr } = await runCli(['scan'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stdout, /nothing was scanned \(0 bytes read\)/);
    assert.match(stderr, /nothing was scanned \(0 bytes read\): no files were found/);
    assert.equal((await runCli(['scan', '--allow-empty'], { cwd: dir })).code, 0);
  });

  it('unknown options are usage errors (exit 2)', async () => {
    const { code, stderr } = await runCli(['scan', '--no-such-flag'], { cwd: makeTempDir() });
    assert.equal(code, 2);
    assert.match(stderr, /Unknown argument/i);
  });
});

describe('bad input never crashes or hangs the scan', () => {
  it('skips binary files (counted) but scans text with a few NUL bytes and invalid UTF-8', async () => {
    const dir = makeTempDir();
    // A real PNG's chunks hold lengths, CRCs and compressed data: control bytes throughout, not only in the magic.
    const png = Buffer.concat([
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
        8, 2, 0, 0, 0,
      ]),
      Buffer.from(`ghp_${'a1B2'.repeat(9)}`),
    ]);
    writeFileSync(join(dir, 'logo.png'), png);
    const latin1 = Buffer.concat([
      Buffer.from('caf\xe9 = "', 'latin1'),
      Buffer.from(githubToken()),
      Buffer.from('"\n\xff\xfe\x00 trailing\n', 'latin1'),
    ]);
    writeFileSync(join(dir, 'latin1.txt'), latin1);
    const withNul = Buffer.concat([
      Buffer.from('header\x00\x00\n'),
      Buffer.from(`token=${githubToken()}\n`),
      Buffer.from('x'.repeat(200)),
    ]);
    writeFileSync(join(dir, 'nul.txt'), withNul);
    const { report } = await scanJson(dir);
    assert.equal(report!.summary.skippedByReason.binary, 1);
    assert.deepEqual(report!.findings.map((f) => f.file).sort(), ['latin1.txt', 'nul.txt']);
    assert.equal(report!.findings.find((f) => f.file === 'latin1.txt')!.column, 9);
  });

  it('handles CRLF line endings with correct lines and columns', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'win.env'), `A=1\r\nTOKEN=${githubToken()}\r\nB=2\r\n`);
    const finding = (await scanJson(dir)).report!.findings[0]!;
    assert.equal(finding.line, 2);
    assert.equal(finding.column, 7);
  });

  it('scans a 50 MB file in windows (issue 17: no size limit turns into a pass), and a 5 MB single-line minified file', async () => {
    const dir = makeTempDir();
    const hugeToken = githubToken();
    writeFileSync(
      join(dir, 'huge.log'),
      Buffer.concat([Buffer.alloc(50 * 1024 * 1024, 'a'), Buffer.from(`\ntoken=${hugeToken}\n`)]),
    );
    const minified = `var a=${'function(){return 1},'.repeat(250_000)}t="${githubToken()}";${'x=1;'.repeat(10_000)}`;
    writeFileSync(join(dir, 'bundle.js'), minified);
    const { code, report } = await scanJson(dir);
    assert.equal(code, 1);
    assert.equal(report!.summary.skippedByReason['too-large'], undefined);
    assert.deepEqual(
      report!.findings.map((f) => [f.file, f.line, f.column]),
      [
        ['bundle.js', 1, minified.indexOf('ghp_') + 1],
        ['huge.log', 2, 7],
      ],
    );
  });

  it('handles filenames with spaces, newlines and unicode', async () => {
    const dir = makeTempDir();
    for (const name of ['with space.env', 'new\nline.env', 'ünï cødé ✓.env'])
      writeFileSync(join(dir, name), `T=${githubToken()}\n`);
    const { report } = await scanJson(dir);
    assert.deepEqual(
      report!.findings.map((f) => f.file).sort(),
      ['new\nline.env', 'with space.env', 'ünï cødé ✓.env'].sort(),
    );
  });

  it('never follows symlinks: a loop and a link out of the root are skipped and counted', async () => {
    const outside = makeTempDir();
    writeFileSync(join(outside, 'secret.env'), `T=${githubToken()}\n`);
    const dir = makeTempDir();
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    symlinkSync(join(outside, 'secret.env'), join(dir, 'outside.env'));
    symlinkSync(outside, join(dir, 'outside-dir'));
    writeFileSync(join(dir, 'ok.txt'), 'nothing here\n');
    const { code, report } = await scanJson(dir);
    assert.equal(code, 0);
    assert.equal(report!.summary.skippedByReason.symlink, 3);
    assert.equal(report!.summary.filesScanned, 1);
  });

  it('an unreadable file is skipped with a reason, or scanned when the user can read it anyway (root)', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'locked.env'), `T=${githubToken()}\n`);
    chmodSync(join(dir, 'locked.env'), 0o000);
    const { code, report } = await scanJson(dir);
    const readable = process.getuid?.() === 0;
    if (readable) assert.equal(code, 1);
    else {
      assert.equal(code, 0);
      assert.equal(report!.summary.skippedByReason.unreadable, 1);
    }
  });

  it('skips a FIFO instead of blocking on it', async () => {
    const dir = makeTempDir();
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const { code, report } = await scanJson(dir);
    // The FIFO was all there was: nothing read, exit 2 (issue 17).
    assert.equal(code, 2);
    assert.equal(report!.summary.skippedByReason['not-a-regular-file'], 1);
  });

  it('finds private keys however they are indented, with one fingerprint per key', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const dir = makeTempDir();
    writeFileSync(join(dir, 'key.pem'), privateKey);
    const indented = privateKey
      .trimEnd()
      .split('\n')
      .map((line) => `        ${line}`)
      .join('\n');
    writeFileSync(join(dir, 'secret.yaml'), `apiVersion: v1\nkind: Secret\nstringData:\n  tls.key: |\n${indented}\n`);
    const { report } = await scanJson(dir);
    const byFile = Object.fromEntries(report!.findings.map((f) => [f.file, f]));
    assert.equal(byFile['secret.yaml']?.ruleId, 'private-key-rsa');
    assert.equal(byFile['secret.yaml']?.column, 9);
    assert.equal(byFile['key.pem']?.ruleId, 'private-key-rsa');
    assert.equal(String(byFile['secret.yaml']!.secretHash), String(byFile['key.pem']!.secretHash));
  });
});
