import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRotationConfig, wantsFinding } from '../../src/notify/rotation-config.js';

describe('rotation config', () => {
  it('accepts the documented shape and fills defaults', () => {
    const { rotation, problems } = parseRotationConfig({
      webhooks: [
        {
          url: 'https://rotate.example.com/hooks/leak',
          secretEnv: 'LEAKSCAN_WEBHOOK_SECRET',
          rules: ['github-*', 'aws-*'],
          minSeverity: 'high',
          includeSecret: false,
        },
      ],
    });
    assert.deepEqual(problems, []);
    const [target] = rotation.targets;
    assert.equal(target?.kind, 'webhook');
    assert.equal(target?.name, 'https://rotate.example.com/hooks/leak');
    assert.equal(rotation.outbox, undefined, 'unset: the outbox lives in the state directory, out of the tree');
  });

  it('names every problem by its field path', () => {
    const { problems } = parseRotationConfig({
      webhooks: [
        {
          url: 'http://rotate.example.com/x',
          secretEnv: 'sk_live_abc=1',
          minSeverity: 'urgent',
          retries: -1,
          color: 'blue',
        },
        'nope',
      ],
      githubRevoke: { baseUrl: 'ftp://x' },
    });
    assert.deepEqual(problems.sort(), [
      'rotation.githubRevoke.baseUrl: unsupported scheme ftp: (use https)',
      'rotation.webhooks[0].color: unknown field (expected one of name, url, secretEnv, rules, tags, minSeverity, includeSecret, allowInsecureHttp, verification, connectTimeoutMs, timeoutMs, retries, backoffMs, maxBackoffMs, maxRetryAfterMs)',
      'rotation.webhooks[0].minSeverity: must be one of critical, high, medium, low',
      'rotation.webhooks[0].retries: must be an integer ≥ 0',
      'rotation.webhooks[0].secretEnv: must be the NAME of an environment variable (the secret itself never goes in the file)',
      'rotation.webhooks[0].url: must use https (plain http is only allowed for loopback hosts, or with allowInsecureHttp: true)',
      'rotation.webhooks[1]: must be a mapping with at least url',
    ]);
  });

  it('allows plain http on loopback, or when explicitly allowed', () => {
    for (const url of ['http://127.0.0.1:8080/h', 'http://localhost/h', 'http://[::1]:9/h'])
      assert.deepEqual(parseRotationConfig({ webhooks: [{ url }] }).problems, [], url);
    assert.deepEqual(
      parseRotationConfig({ webhooks: [{ url: 'http://intranet/h', allowInsecureHttp: true }] }).problems,
      [],
    );
  });

  it('refuses credentials in the URL', () => {
    assert.match(
      parseRotationConfig({ webhooks: [{ url: 'https://u:p@example.com/h' }] }).problems[0] ?? '',
      /credentials/,
    );
  });

  it('turns the GitHub revocation target on only when asked', () => {
    assert.equal(parseRotationConfig({ webhooks: [] }).rotation.targets.length, 0);
    assert.equal(parseRotationConfig({ githubRevoke: true }).rotation.targets[0]?.kind, 'github-revoke');
    assert.equal(parseRotationConfig({ githubRevoke: { enabled: false } }).rotation.targets.length, 0);
  });

  it('filters findings by rule glob, tag and minimum severity', () => {
    const gh = { ruleId: 'github-personal-access-token', severity: 'critical' as const, tags: ['source-hosting'] };
    const generic = { ruleId: 'generic-api-key', severity: 'medium' as const, tags: [] };
    assert.ok(wantsFinding({ rules: ['github-*'], tags: [] }, gh));
    assert.ok(!wantsFinding({ rules: ['github-*'], tags: [] }, generic));
    assert.ok(wantsFinding({ rules: [], tags: [], minSeverity: 'high' }, gh));
    assert.ok(!wantsFinding({ rules: [], tags: [], minSeverity: 'high' }, generic));
    assert.ok(wantsFinding({ rules: [], tags: ['source-hosting'] }, gh));
    assert.ok(!wantsFinding({ rules: [], tags: ['cloud'] }, gh));
  });
});

describe('rotation verification filter', () => {
  it('webhooks take live keys, the GitHub revocation target live or unknown, any takes all; unverified pass', () => {
    const finding = (state?: string) => ({
      ruleId: 'github-personal-access-token',
      severity: 'critical' as const,
      tags: [],
      ...(state ? { verification: { state } } : {}),
    });
    const webhook = { rules: [], tags: [] };
    const revoke = { kind: 'github-revoke', rules: [], tags: [] };
    const any = { rules: [], tags: [], verification: 'any' as const };
    assert.deepEqual(
      ['live', 'unknown', 'invalid', undefined].map((s) => [
        wantsFinding(webhook, finding(s)),
        wantsFinding(revoke, finding(s)),
        wantsFinding(any, finding(s)),
      ]),
      [
        [true, true, true],
        [false, true, true],
        [false, false, true],
        [true, true, true],
      ],
    );
    assert.deepEqual(
      parseRotationConfig({ webhooks: [{ url: 'https://x.example/', verification: 'sometimes' }] }).problems,
      ['rotation.webhooks[0].verification: must be one of live, live-or-unknown, any'],
    );
  });
});
