import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isInternalAddress } from '../../src/verify/address.js';
import { readVerifierFiles } from '../../src/verify/load-verifiers.js';
import { describePlan, planRequest } from '../../src/verify/plan-request.js';
import type { VerifierDefinition } from '../../src/verify/verifier-definition.js';

const verifiers = new Map<string, VerifierDefinition>();
const verifier = async (id: string): Promise<VerifierDefinition> => {
  if (verifiers.size === 0) for (const v of (await readVerifierFiles()).verifiers) verifiers.set(v.id, v);
  const found = verifiers.get(id);
  assert.ok(found, id);
  return found;
};

describe('planRequest', () => {
  it('puts a Mailchimp key to its own data centre, and nowhere else', async () => {
    const mailchimp = await verifier('mailchimp');
    const planned = planRequest(mailchimp, { secret: `${'a'.repeat(32)}-us21` });
    assert.ok(!('refused' in planned));
    assert.equal(planned.url.hostname, 'us21.api.mailchimp.com');
    assert.match(planned.headers.authorization ?? '', /^Basic /);
    // A hostile "data centre" cannot steer the host: the key's suffix must be a data-centre name.
    for (const secret of [`${'a'.repeat(32)}-evil.example`, `${'a'.repeat(32)}-us1.evil`, 'a'.repeat(32)])
      assert.ok('refused' in planRequest(mailchimp, { secret }), secret);
  });

  it('refuses keys that would break out of a header or a URL path', async () => {
    const github = await verifier('github');
    assert.ok('refused' in planRequest(github, { secret: 'ghp_abc\r\nX-Evil: 1' }));
    const telegram = await verifier('telegram');
    assert.ok('refused' in planRequest(telegram, { secret: '123:abc/../../evil' }));
  });

  it('masks the key in what --explain prints, in the path and in the Authorization header', async () => {
    const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
    const planned = planRequest(await verifier('telegram'), { secret: token });
    assert.ok(!('refused' in planned));
    const described = describePlan(planned);
    assert.ok(!described.includes(token) && !described.includes('AAHdqTcv'), described);
    const stripe = planRequest(await verifier('stripe'), { secret: 'sk_live_0123456789abcdefghijklmnop' });
    assert.ok(!('refused' in stripe));
    assert.match(describePlan(stripe), /authorization: Basic \*{8}/);
  });

  it('needs the paired key id to sign an AWS request', async () => {
    const aws = await verifier('aws');
    assert.ok('refused' in planRequest(aws, { secret: 'x'.repeat(40) }));
    const signed = planRequest(aws, { secret: 'x'.repeat(40), id: 'AKIAIOSFODNN7ABCDEFG' });
    assert.ok(!('refused' in signed));
    assert.match(signed.headers.authorization ?? '', /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7ABCDEFG\//);
    assert.ok(!describePlan(signed).includes('Signature='));
  });

  it('an endpoint override replaces the origin and keeps the path', async () => {
    const planned = planRequest(await verifier('github'), {
      secret: 'ghp_x',
      endpoint: new URL('https://ghe.example.com/api/v3'),
    });
    assert.ok(!('refused' in planned));
    assert.equal(planned.url.href, 'https://ghe.example.com/api/v3/rate_limit');
  });
});

describe('internal addresses', () => {
  it('knows loopback, private, link-local, CGNAT and their IPv6 forms', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ])
      assert.ok(isInternalAddress(address), address);
    for (const address of ['140.82.112.6', '52.94.76.1', '2606:4700::6810:84e5', '172.32.0.1'])
      assert.ok(!isInternalAddress(address), address);
  });
});
