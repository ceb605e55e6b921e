import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { confidenceAt, isTestPath } from '../../src/detect/test-path.js';
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

  it('lowers confidence one level there, except a verified checksum', () => {
    assert.equal(confidenceAt('high', 'src/test/resources/server.key', false), 'medium');
    assert.equal(confidenceAt('medium', 'tests/a.py', false), 'low');
    assert.equal(confidenceAt('low', 'tests/a.py', false), 'low');
    assert.equal(confidenceAt('high', 'deploy/server.key', false), 'high');
    assert.equal(confidenceAt('high', 'tests/a.py', true), 'high');
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
});
