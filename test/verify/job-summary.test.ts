import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSummary } from '../../src/action/github-output.js';
import type { Finding } from '../../src/findings/finding.js';
import { Secret } from '../../src/findings/secret.js';

const finding = (verification?: Finding['verification']): Finding => ({
  ruleId: 'github-personal-access-token',
  title: 'GitHub personal access token',
  vendor: 'GitHub',
  severity: 'critical',
  confidence: 'high',
  file: 'app.env',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 41,
  secret: new Secret('ghp_000000000000000000000000000000000000'),
  fingerprint: 'github-personal-access-token:app.env:0000000000000000',
  secretHash: '0'.repeat(64),
  tags: [],
  ...(verification ? { verification } : {}),
});

describe('job summary', () => {
  it('has a Verified column only when findings were verified', () => {
    const facts = { what: 'x', commitsScanned: 0, filesScanned: 1, notes: [], showSecrets: false };
    const plain = renderSummary({ ...facts, findings: [finding()] });
    assert.doesNotMatch(plain, /Verified/);
    const verified = renderSummary({
      ...facts,
      findings: [finding({ state: 'live', reason: '200 from api.github.com: token accepted', checkedAt: 'now' })],
    });
    assert.match(verified, /\| Secret \| Verified \| To accept it \|/);
    assert.match(verified, /\| live \(200 from api\.github\.com: token accepted\) \|/);
  });
});
