import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Finding } from '../../src/findings/finding.js';
import { fingerprintOf, hashSecret, Secret } from '../../src/findings/secret.js';
import { buildNotice, idempotencyKey, stripUrlCredentials } from '../../src/notify/payload.js';
import { githubToken } from '../helpers/tokens.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/rotation-payload.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validate = ajv.compile(schema);

function finding(secret: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'github-personal-access-token',
    title: 'GitHub personal access token (classic)',
    vendor: 'GitHub',
    severity: 'critical',
    confidence: 'high',
    file: 'config/app.env',
    line: 3,
    column: 14,
    endLine: 3,
    endColumn: 54,
    secret: new Secret(secret),
    fingerprint: fingerprintOf('github-personal-access-token', 'config/app.env', secret),
    secretHash: hashSecret(secret),
    rotationGuide: 'https://docs.github.com/en/authentication',
    tags: ['source-hosting'],
    ...extra,
  };
}

const context = {
  mode: 'history',
  toolVersion: '0.1.0',
  repository: 'https://github.com/acme/app.git',
  detectedAt: new Date('2026-11-26T10:00:00Z'),
};

describe('rotation payload', () => {
  it('matches the published JSON Schema, with and without a commit and the raw secret', () => {
    const token = githubToken();
    const commit = {
      sha: 'a'.repeat(40),
      author: 'Dev',
      email: 'dev@example.com',
      date: '2026-11-01T00:00:00Z',
      message: 'oops',
    };
    for (const notice of [
      buildNotice(finding(token), { ...context, includeSecret: false }),
      buildNotice(finding(token, { commit }), { ...context, includeSecret: true }),
    ]) {
      assert.ok(validate(notice), JSON.stringify(validate.errors));
    }
  });

  it('leaves the raw secret out unless asked, but keeps what a vendor console shows: hash and last 4', () => {
    const token = githubToken();
    const notice = buildNotice(finding(token), { ...context, includeSecret: false });
    assert.ok(!JSON.stringify(notice).includes(token));
    assert.ok(!JSON.stringify(notice).includes(token.slice(4, -4)));
    assert.equal(notice.secret.sha256, hashSecret(token));
    assert.equal(notice.secret.last4, token.slice(-4));
    assert.equal(notice.secret.redacted, 'ghp_********');
    assert.equal(buildNotice(finding(token), { ...context, includeSecret: true }).secret.value, token);
  });

  it('withholds the last 4 characters of a short secret', () => {
    const notice = buildNotice(finding('hunter2pw1'), { ...context, includeSecret: false });
    assert.equal(notice.secret.last4, '');
    assert.ok(validate(notice));
  });

  it('gives the same leak the same idempotency key across runs, and another leak another key', () => {
    const token = githubToken();
    const first = buildNotice(finding(token), { ...context, includeSecret: false });
    const again = buildNotice(finding(token, { line: 40 }), {
      ...context,
      detectedAt: new Date(),
      includeSecret: false,
    });
    assert.equal(first.idempotencyKey, again.idempotencyKey);
    assert.notEqual(first.eventId, again.eventId);
    assert.equal(first.idempotencyKey, idempotencyKey(finding(token).fingerprint));
    assert.notEqual(
      buildNotice(finding(githubToken()), { ...context, includeSecret: false }).idempotencyKey,
      first.idempotencyKey,
    );
  });

  it('carries the location, commit and rotation guide', () => {
    const commit = {
      sha: 'b'.repeat(40),
      author: 'Dev',
      email: 'dev@example.com',
      date: '2026-11-01T00:00:00Z',
      message: 'oops',
    };
    const notice = buildNotice(finding(githubToken(), { commit }), { ...context, includeSecret: false });
    assert.deepEqual(notice.location, {
      repository: context.repository,
      file: 'config/app.env',
      line: 3,
      column: 14,
      commit: { sha: commit.sha, author: 'Dev', email: 'dev@example.com', date: commit.date },
    });
    assert.equal(notice.rule.rotationGuide, 'https://docs.github.com/en/authentication');
    assert.equal(notice.scan.mode, 'history');
  });
});

describe('repository URL', () => {
  it('loses any credential embedded in the remote', () => {
    assert.equal(
      stripUrlCredentials('https://x-access-token:ghs_abc@github.com/acme/app.git\n'),
      'https://github.com/acme/app.git',
    );
    assert.equal(stripUrlCredentials('https://user@github.com/acme/app.git'), 'https://github.com/acme/app.git');
    assert.equal(stripUrlCredentials('git@github.com:acme/app.git'), 'git@github.com:acme/app.git');
    assert.equal(stripUrlCredentials('user:pass@host:acme/app.git'), 'user@host:acme/app.git');
  });
});
