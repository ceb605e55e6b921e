import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

interface Report {
  findings: {
    ruleId: string;
    confidence: string;
    secret: string;
    decodedFrom?: string;
    line: number;
    pairedWith?: { ruleId: string; secret: string };
  }[];
  summary: { skippedByReason: Record<string, number> };
  dropped?: { ruleId: string; filter: string; reason: string }[];
}

async function scan(
  dir: string,
  args: string[] = [],
): Promise<{ code: number | null; report: Report; stderr: string }> {
  const result = await runCli(['scan', '--format', 'json', ...args], { cwd: dir });
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

const breakChecksum = (token: string): string => token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11);

describe('detection quality through the CLI', () => {
  it('reports a checksum-valid GitHub token at high confidence and, with --explain, says why a broken one was dropped', async () => {
    const dir = makeTempDir();
    const good = githubToken();
    const broken = breakChecksum(githubToken());
    writeFileSync(join(dir, 'a.env'), `GOOD=${good}\nBROKEN=${broken}\n`);
    const { code, report } = await scan(dir, ['--explain']);
    assert.equal(code, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.line, f.confidence]),
      [[1, 'high']],
    );
    assert.ok(report.dropped?.some((d) => d.filter === 'checksum' && d.reason === 'checksum github-crc32 failed'));
    const text = await runCli(['scan', '--explain'], { cwd: dir });
    assert.match(text.stdout, /dropped by checksum: checksum github-crc32 failed/);
  });

  it('finds a token in a Kubernetes Secret and says it was decoded; redacts the paired id in JSON', async () => {
    const dir = makeTempDir();
    const token = githubToken();
    writeFileSync(
      join(dir, 'secret.yaml'),
      `apiVersion: v1\nkind: Secret\ndata:\n  token: ${Buffer.from(token).toString('base64')}\n`,
    );
    writeFileSync(
      join(dir, 'oauth.env'),
      'OAUTH_CLIENT_ID=Rk7mWq2Zx9Lp4Tn8Vb3H\nOAUTH_CLIENT_SECRET=Vq8Lm2Xz7Rt4Kw9Np3Hs6Yb1Dg5Fj0Qc\n',
    );
    const { report } = await scan(dir);
    const decoded = report.findings.find((f) => f.decodedFrom === 'base64');
    assert.equal(decoded?.line, 4);
    const paired = report.findings.find((f) => f.pairedWith);
    assert.equal(paired?.ruleId, 'oauth-client-secret');
    assert.equal(paired?.pairedWith?.ruleId, 'generic-oauth-client-id');
    assert.ok(!paired?.pairedWith?.secret.includes('Rk7mWq2Zx9Lp4Tn8Vb3H'), 'the id is redacted too');
    assert.equal(report.findings.filter((f) => f.ruleId === 'generic-oauth-client-id').length, 0);
  });

  it('finds the private key of a kubernetes.io/tls Secret (base64 of a PEM block)', async () => {
    const dir = makeTempDir();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    writeFileSync(
      join(dir, 'tls.yaml'),
      `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${Buffer.from(pem).toString('base64')}\n`,
    );
    const { code, report } = await scan(dir);
    assert.equal(code, 1);
    assert.equal(report.findings.length, 1);
    assert.equal(report.findings[0]?.line, 5);
    assert.equal(report.findings[0]?.decodedFrom, 'base64');
    assert.match(report.findings[0]?.ruleId ?? '', /^private-key/);
  });

  it('stays quiet on code that only looks like assignments of secrets', async () => {
    const dir = makeTempDir();
    writeFileSync(
      join(dir, 'client.ts'),
      [
        'const token = await this.auth.getAccessToken(request);',
        'const password = form.values.password;',
        'export const TOKEN_TYPE = "AccessTokenType";',
        "const integrity = 'sha512-Jc9wzkTlN5gCv6Rq8zCkQKVhPq2TgjlGH0xQ1PFVL0rCbwQm6EMUAAmP07sIUVd1Qy0v3GBlVC2o9wDs6rD5pA==';",
        'const apiToken = "abc123xyz456"; // doc example',
        'const secret_id = "123e4567-e89b-42d3-a456-426614174000";',
      ].join('\n'),
    );
    const { code, report } = await scan(dir);
    assert.equal(code, 0, JSON.stringify(report.findings));
  });

  it('skips an unnamed minified bundle by default, counts it, and scans it with --no-default-ignores', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'vendor'));
    const token = githubToken();
    const bundle = `!function(){var a=${JSON.stringify('x'.repeat(3000))};var t="${token}";}();\n//# sourceMappingURL=app.js.map\n`;
    writeFileSync(join(dir, 'vendor', 'app.js'), bundle);
    const skipped = await scan(dir);
    assert.equal(skipped.code, 0);
    assert.equal(skipped.report.summary.skippedByReason['minified-bundle'], 1);
    const scanned = await scan(dir, ['--no-default-ignores']);
    assert.equal(scanned.code, 1);
  });
});
