import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { confidenceAt, isTestPath } from '../../src/detect/test-path.js';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken, randomBase62 } from '../helpers/tokens.js';

interface Report {
  findings: { file: string; confidence: string }[];
  dropped: { file: string; filter: string }[];
}

describe('test paths', () => {
  it('knows test folders and test file names, not words that contain "test"', () => {
    for (const path of [
      'src/test/resources/server.key',
      'tests/fixtures/id_rsa',
      'pkg/auth/token_test.go',
      'tests/test_security.py',
      'app/models/user_spec.rb',
      'web/src/login.spec.ts',
      'core/src/main/java/TokenTests.java',
      'internal/testdata/key.pem',
      'it/CredentialsIT.kt',
      'module/mail/src/dockerTest/resources/ssl/ca.key',
      'module/web/src/testFixtures/resources/key.pem',
      'smoke-test/saml/src/main/resources/saml/privatekey.txt',
      'app/src/main/resources/default/test-hello-server.key',
    ])
      assert.ok(isTestPath(path), path);
    for (const path of [
      'deploy/server.key',
      'src/latest.ts',
      'config/contest.yml',
      'lib/manifest.json',
      'Digest.java',
      'attestation/key.pem',
      'src/main/resources/latest-key.pem',
      'latest/key.pem',
      'contest/key.pem',
    ])
      assert.equal(isTestPath(path), false, path);
  });

  it('lowers confidence one level there (a private key or generic match to lowest), except a verified checksum', () => {
    const rule = (confidence: 'high' | 'medium' | 'low', tags: string[] = [], checksum?: string) => ({
      confidence,
      tags,
      checksum,
    });
    assert.equal(confidenceAt(rule('high'), 'src/test/resources/server.env'), 'medium');
    assert.equal(confidenceAt(rule('medium'), 'tests/a.py'), 'low');
    assert.equal(confidenceAt(rule('low'), 'tests/a.py'), 'lowest');
    assert.equal(confidenceAt(rule('high', ['private-key', 'crypto']), 'src/test/resources/server.key'), 'lowest');
    assert.equal(confidenceAt(rule('high', ['private-key', 'crypto']), 'deploy/server.key'), 'high');
    assert.equal(confidenceAt(rule('medium', ['jwt', 'generic']), 'tests/test_auth.py'), 'lowest');
    assert.equal(confidenceAt(rule('medium', ['jwt', 'generic']), 'auth/client.py'), 'medium');
    assert.equal(confidenceAt(rule('low'), 'config/app.py'), 'low');
    assert.equal(confidenceAt(rule('high'), 'deploy/server.key'), 'high');
    assert.equal(confidenceAt(rule('high', [], 'github-crc32'), 'tests/a.py'), 'high');
  });

  it('through the CLI: a fixture key is reported lower, and --min-confidence high leaves it out', async () => {
    const dir = makeTempDir();
    const cerebras = `csk-${randomBase62(48).toLowerCase()}`;
    const github = githubToken();
    const files: Record<string, string> = {
      'deploy/.env': `CEREBRAS_API_KEY=${cerebras}\n`,
      'src/test/resources/app.env': `CEREBRAS_API_KEY=${cerebras}\n`,
      'tests/github.env': `GITHUB_TOKEN=${github}\n`,
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const all = JSON.parse((await runCli(['scan', '--format', 'json'], { cwd: dir })).stdout) as Report;
    const confidenceOf = (file: string) => all.findings.find((f) => f.file === file)?.confidence;
    assert.equal(confidenceOf('deploy/.env'), 'high');
    assert.equal(confidenceOf('src/test/resources/app.env'), 'medium');
    assert.equal(confidenceOf('tests/github.env'), 'high');

    const high = await runCli(['scan', '--format', 'json', '--explain', '--min-confidence', 'high'], { cwd: dir });
    const report = JSON.parse(high.stdout) as Report;
    assert.deepEqual(report.findings.map((f) => f.file).sort(), ['deploy/.env', 'tests/github.env']);
    assert.ok(
      report.dropped.some((d) => d.file === 'src/test/resources/app.env' && d.filter === 'min-confidence'),
      JSON.stringify(report.dropped),
    );
  });

  it('through the CLI: a fixture private key and a generic test secret are lowest, hidden by default and counted', async () => {
    const dir = makeTempDir();
    const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const files: Record<string, string> = {
      'src/test/resources/server.key': pem,
      'tests/test_login.py': 'API_SECRET = "q7Rz2v2Lm9pXe4WkT3"\n',
      'config/app.py': 'API_SECRET = "h8Wd3kP0sQ7vN2xZ5r"\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    interface Full extends Report {
      summary: { findings: number; minConfidence?: string; hiddenBelowMinConfidence?: number };
    }
    const byDefault = JSON.parse(
      (await runCli(['scan', '--format', 'json', '--explain'], { cwd: dir })).stdout,
    ) as Full;
    assert.deepEqual(
      byDefault.findings.map((f) => `${f.file} ${f.confidence}`),
      ['config/app.py low'],
    );
    assert.equal(byDefault.summary.minConfidence, 'low');
    assert.equal(byDefault.summary.hiddenBelowMinConfidence, 2);
    assert.deepEqual(
      byDefault.dropped
        .filter((d) => d.filter === 'min-confidence')
        .map((d) => d.file)
        .sort(),
      ['src/test/resources/server.key', 'tests/test_login.py'],
    );

    const text = await runCli(['scan'], { cwd: dir });
    assert.equal(text.code, 1);
    assert.match(
      text.stdout,
      /1 leak found; 2 findings below --min-confidence low hidden \(--min-confidence lowest shows them\)/,
    );

    const sarif = JSON.parse((await runCli(['scan', '--format', 'sarif'], { cwd: dir })).stdout) as {
      runs: { properties?: { minConfidence: string; hiddenBelowMinConfidence: number } }[];
    };
    assert.deepEqual(sarif.runs[0]?.properties, { minConfidence: 'low', hiddenBelowMinConfidence: 2 });

    const all = JSON.parse(
      (await runCli(['scan', '--format', 'json', '--min-confidence', 'lowest'], { cwd: dir })).stdout,
    ) as Full;
    assert.deepEqual(all.findings.map((f) => `${f.file} ${f.confidence}`).sort(), [
      'config/app.py low',
      'src/test/resources/server.key lowest',
      'tests/test_login.py lowest',
    ]);
    assert.equal(all.summary.hiddenBelowMinConfidence, 0);

    // The hook: a fixture key staged under src/test/ does not block the commit; the same key elsewhere does.
    const repo = GitRepo.init();
    repo.write({ 'src/test/resources/server.key': pem });
    repo.git('add', '.');
    const staged = await runCli(['staged'], { cwd: repo.dir });
    assert.equal(staged.code, 0, staged.stdout + staged.stderr);
    repo.write({ 'deploy/server.key': pem });
    repo.git('add', '.');
    const blocked = await runCli(['staged', '--format', 'json'], { cwd: repo.dir });
    assert.equal(blocked.code, 1);
    assert.deepEqual(
      (JSON.parse(blocked.stdout) as Report).findings.map((f) => `${f.file} ${f.confidence}`),
      ['deploy/server.key high'],
    );
  });
});
