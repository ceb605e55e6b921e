import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knownNonSecretReason } from '../../src/filters/known-non-secret.js';
import { placeholderReason } from '../../src/filters/placeholder.js';
import { detectorOf, testRule } from '../helpers/detector.js';

describe('known non-secrets (generic rules only)', () => {
  const cases: [string, string, string, RegExp][] = [
    ['123e4567-e89b-42d3-a456-426614174000', 'secret_id: 123e4567-e89b-42d3-a456-426614174000', 'x.yaml', /UUID/],
    [
      'sha512-Jc9wzkTlN5gCv6Rq8zCkQKVhPq2TgjlGH0xQ1PFVL0rCbwQm6EMUAAmP07sI',
      '"integrity": "sha512-Jc9wzkTlN5gCv6Rq8zCkQKVhPq2TgjlGH0xQ1PFVL0rCbwQm6EMUAAmP07sI"',
      'x.json',
      /integrity/,
    ],
    [
      '3f786850e387550fdab836ed7e6dc881de23001b',
      'commit_token = "3f786850e387550fdab836ed7e6dc881de23001b"',
      'x.py',
      /hex digest/,
    ],
    [
      'AAAAC3NzaC1lZDI1NTE5AAAAIG8kdV7Qp2m',
      'public_key: "AAAAC3NzaC1lZDI1NTE5AAAAIG8kdV7Qp2m"',
      'x.yaml',
      /public key/,
    ],
    ['this.token.value', 'token: this.token.value', 'x.yaml', /code/],
    ['options.secretKey', 'secret = "options.secretKey"', 'x.yaml', /code/],
    ['nextToken(state)', 'token = "nextToken(state)"', 'x.yaml', /code/],
    ['TOKEN_TYPE_BEARER', 'token: TOKEN_TYPE_BEARER', 'x.yaml', /constant name/],
    ['https://accounts.acme.io/reset', 'password = "https://accounts.acme.io/reset"', 'x.py', /URL or path/],
    ['AccessTokenType', 'token: "AccessTokenType"', 'x.yaml', /letters only/],
    ['abc123xyz456', 'const apiToken = "abc123xyz456";', 'x.js', /typed dummy/],
    ['fullStartPos', 'tokenStart = fullStartPos;', 'x.ts', /unquoted expression/],
    ['bm90IG15IHJlYWwgcGFzc3dvcmQ=', "password: 'bm90IG15IHJlYWwgcGFzc3dvcmQ='", 'README.md', /base64 of plain words/],
  ];
  for (const [value, line, path, reason] of cases) {
    it(`drops ${value}`, () => assert.match(knownNonSecretReason(value, line, true, path) ?? 'kept', reason));
  }

  const secrets: [string, string, string][] = [
    ['q7Rz!v2Lm#9pXe4W', 'DB_PASSWORD=q7Rz!v2Lm#9pXe4W', '.env'],
    ['c4f8e2a91b7d3f6e0a5c9b2d8e1f4a7c', 'SLACK_SIGNING_SECRET=c4f8e2a91b7d3f6e0a5c9b2d8e1f4a7c', '.env'],
    ['SG.v2Lm9pXe4Wq7Rz.8dKs3Lq0Zx7Vb2Nm', 'api_key = "SG.v2Lm9pXe4Wq7Rz.8dKs3Lq0Zx7Vb2Nm"', 'x.py'],
    ['J8kd92LxQm3vTz7Rw1Pn5Yb0', 'self.auth_token = "J8kd92LxQm3vTz7Rw1Pn5Yb0"', 'x.py'],
    // base64 of a random password is still a secret
    [
      Buffer.from('q7Rz!v2Lm#9pXe4W').toString('base64'),
      `password: '${Buffer.from('q7Rz!v2Lm#9pXe4W').toString('base64')}'`,
      'x.yaml',
    ],
  ];
  for (const [value, line, path] of secrets) {
    it(`keeps ${value.slice(0, 6)}…`, () => assert.equal(knownNonSecretReason(value, line, true, path), undefined));
  }

  it('does not apply to vendor (high/medium confidence) rules', () => {
    const vendor = testRule({ id: 'test-vendor', keywords: ['tok_'], pattern: '(?<secret>tok_[A-Za-z_]{16})' });
    const generic = testRule({
      id: 'test-generic',
      confidence: 'low',
      keywords: ['tok_'],
      pattern: '(?<secret>tok_[A-Za-z_]{16})',
    });
    const line = 'key: tok_AbCdEfGhQwErTyUi';
    assert.equal(detectorOf([vendor])(line).findings.length, 1);
    assert.equal(detectorOf([generic])(line).dropped[0]?.filter, 'known-non-secret');
  });
});

describe('placeholder filter', () => {
  it('drops filler but keeps real formats that contain a run', () => {
    assert.match(placeholderReason('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx') ?? '', /repeated|xxxx/);
    assert.match(placeholderReason('sk_live_00000000000000000000') ?? '', /repeated/);
    // Twitter app-only bearer tokens start with a run of A's: structure, not filler.
    assert.equal(
      placeholderReason(
        'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F',
      ),
      undefined,
    );
    // Random base64 sometimes spells XxXx; only all-lower or all-upper xxxx is filler.
    assert.equal(placeholderReason('Ixqm8XxXxR2kLp9Wz4Tv7Nb3'), undefined);
  });

  it('drops values typed in sequence and HTML-escaped slots, not random values', () => {
    assert.match(placeholderReason('abcdef1234') ?? '', /sequence/);
    assert.match(placeholderReason('a1b2c3d4e5f6g7h8') ?? '', /sequence/);
    assert.match(placeholderReason('&lt;YOURPASSWROD&gt;') ?? '', /bracketed/);
    for (const value of ['J8kd92LxQm3vTz7Rw1Pn5Yb0', '76b08c69cfb27f26d6161f9ab6d061a1', 'Tz2Lx9Rw4Kp8Nc3Hb6Yd1F'])
      assert.equal(placeholderReason(value), undefined, value);
  });
});
