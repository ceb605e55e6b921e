import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signatureDigest, signatureHeader, verifySignature } from '../../src/notify/sign.js';

const body = '{"version":1,"idempotencyKey":"abc"}';

describe('webhook signature', () => {
  it('is HMAC-SHA256 over "<t>.<body>", as a receiver would compute it by hand', async () => {
    const { createHmac } = await import('node:crypto');
    const expected = createHmac('sha256', 'k3y').update(`1700000000.${body}`).digest('hex');
    assert.equal(signatureDigest('k3y', 1700000000, body), expected);
    assert.equal(signatureHeader('k3y', body, 1700000000), `t=1700000000,v1=${expected}`);
  });

  it('verifies with the right secret within the tolerance', () => {
    const header = signatureHeader('k3y', body, 1700000000);
    assert.deepEqual(verifySignature(header, body, 'k3y', { now: 1700000100 }), { ok: true, timestamp: 1700000000 });
  });

  it('fails with a wrong secret', () => {
    const header = signatureHeader('k3y', body, 1700000000);
    assert.equal(verifySignature(header, body, 'other', { now: 1700000000 }).ok, false);
  });

  it('fails when one byte of the body changed', () => {
    const header = signatureHeader('k3y', body, 1700000000);
    assert.equal(verifySignature(header, body.replace('abc', 'abd'), 'k3y', { now: 1700000000 }).ok, false);
  });

  it('fails when the timestamp was changed to dodge the replay window', () => {
    const header = signatureHeader('k3y', body, 1700000000).replace('t=1700000000', 't=1700009000');
    assert.deepEqual(verifySignature(header, body, 'k3y', { now: 1700009000 }), {
      ok: false,
      reason: 'signature does not match',
    });
  });

  it('rejects a replay older than the tolerance', () => {
    const header = signatureHeader('k3y', body, 1700000000);
    assert.equal(verifySignature(header, body, 'k3y', { now: 1700000000 + 301, toleranceSeconds: 300 }).ok, false);
  });

  it('rejects a missing or malformed header', () => {
    assert.equal(verifySignature(undefined, body, 'k3y').ok, false);
    assert.equal(verifySignature('t=1,v1=zz', body, 'k3y').ok, false);
  });
});
