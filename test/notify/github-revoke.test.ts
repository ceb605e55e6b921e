import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Secret } from '../../src/findings/secret.js';
import { decide } from '../../src/notify/deliver.js';
import { isRevocableGithubToken, normalizeRateLimit, revokeBatches } from '../../src/notify/github-revoke.js';
import { DEFAULT_POLICY } from '../../src/notify/rotation-config.js';

describe('GitHub revocation target', () => {
  it('batches at most 1000 tokens per request', () => {
    const tokens = Array.from({ length: 2500 }, (_, i) => `ghp_${i}`);
    assert.deepEqual(
      revokeBatches(tokens).map((b) => b.length),
      [1000, 1000, 500],
    );
    assert.deepEqual(revokeBatches([]), []);
  });

  it('takes only the token types the API accepts', () => {
    for (const secret of ['ghp_a', 'github_pat_a', 'gho_a', 'ghu_a', 'ghr_a'])
      assert.ok(isRevocableGithubToken({ secret: new Secret(secret) }), secret);
    for (const secret of ['ghs_a', 'AKIAXXXX', 'xoxb-1'])
      assert.ok(!isRevocableGithubToken({ secret: new Secret(secret) }), secret);
  });

  it('reads an exhausted rate limit (403 or 429, remaining 0) as a 429 with Retry-After until the reset', () => {
    const now = 1_800_000_000_000;
    const limited = normalizeRateLimit(
      { kind: 'response', status: 403, rateLimitRemaining: '0', rateLimitReset: String(now / 1000 + 120) },
      now,
    );
    assert.deepEqual(limited, {
      kind: 'response',
      status: 429,
      rateLimitRemaining: '0',
      rateLimitReset: String(now / 1000 + 120),
      retryAfter: '120',
    });
    // Two minutes is longer than a scan should wait: the tokens stay pending for a later flush.
    assert.deepEqual(decide(limited, 0, { ...DEFAULT_POLICY, maxRetryAfterMs: 30_000 }, now), {
      action: 'stop',
      state: 'pending',
    });
  });

  it('leaves any other 403 alone (an authenticated request is refused for good)', () => {
    const outcome = { kind: 'response' as const, status: 403 };
    assert.deepEqual(normalizeRateLimit(outcome), outcome);
    assert.deepEqual(decide(outcome, 0, DEFAULT_POLICY), { action: 'stop', state: 'failed' });
  });
});
