import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRule } from '../../src/rules/compile-rule.js';
import { validateRuleShape } from '../../src/rules/rule-definition.js';
import { detectorOf, testRule } from '../helpers/detector.js';

const keyId = testRule({
  id: 'test-access-key-id',
  keywords: ['akia'],
  pattern: '(?<![A-Za-z0-9])(?<secret>AKIA[A-Z2-7]{16})(?![A-Za-z0-9])',
});
const secretKey = testRule({
  id: 'test-secret-access-key',
  confidence: 'medium',
  keywords: ['secret_access_key'],
  pattern: 'secret_access_key[ \\t]{0,4}=[ \\t]{0,4}(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])',
  flags: 'i',
  pair: { rule: 'test-access-key-id', within_lines: 3 },
});
const clientId = testRule({
  id: 'test-client-id',
  confidence: 'low',
  standalone: false,
  keywords: ['client_id'],
  pattern: 'client_id[ \\t]{0,4}[:=][ \\t]{0,4}["\']?(?<secret>[A-Za-z0-9]{20})',
  flags: 'i',
});
const clientSecret = testRule({
  id: 'test-client-secret',
  confidence: 'low',
  keywords: ['client_secret'],
  pattern: 'client_secret[ \\t]{0,4}[:=][ \\t]{0,4}["\']?(?<secret>[A-Za-z0-9]{32})',
  flags: 'i',
  pair: { rule: 'test-client-id' },
});
const detect = detectorOf([keyId, secretKey, clientId, clientSecret]);

const ID = 'AKIAN6CCZK4STPZE2RGC';
const SECRET = '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';

describe('paired credentials', () => {
  it('an id next to its secret is one finding: the secret, with the id attached', () => {
    const { findings } = detect(`[default]\naws_access_key_id = ${ID}\naws_secret_access_key = ${SECRET}\n`);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.ruleId, 'test-secret-access-key');
    assert.equal(findings[0]?.secret.reveal(), SECRET);
    const pairedWith = findings[0]?.pairedWith;
    assert.deepEqual(
      { ...pairedWith, secret: pairedWith?.secret.reveal() },
      { ruleId: 'test-access-key-id', line: 2, column: 21, secret: ID },
    );
  });

  it('halves further apart than within_lines are two findings', () => {
    const { findings } = detect(`aws_access_key_id = ${ID}\n\n\n\n\naws_secret_access_key = ${SECRET}\n`);
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['test-access-key-id', 'test-secret-access-key']);
    assert.ok(findings.every((f) => f.pairedWith === undefined));
  });

  it('each id pairs with at most one secret, the nearest', () => {
    const other = 'AKIA2HYM4RKJYY2MHENF';
    const { findings } = detect(`id = ${ID}\nsecret_access_key = ${SECRET}\nid = ${other}\n\n`);
    assert.equal(findings.length, 2);
    const paired = findings.find((f) => f.pairedWith);
    assert.equal(paired?.pairedWith?.secret.reveal(), ID);
    assert.ok(findings.some((f) => f.secret.reveal() === other && f.ruleId === 'test-access-key-id'));
  });

  it('an id-only rule (standalone: false) is reported with its secret, never alone', () => {
    const both = detect(
      'client_id: Zt8Qw2Lm4Rx9Kv7Np3Hs\nclient_secret: Wq3rT9zL2mX8vK4nP7sR1yB6cD5fG8hJ\n',
      'oauth.yaml',
    );
    assert.equal(both.findings.length, 1);
    assert.equal(both.findings[0]?.pairedWith?.ruleId, 'test-client-id');
    const alone = detect('client_id: Zt8Qw2Lm4Rx9Kv7Np3Hs\n', 'oauth.yaml');
    assert.deepEqual(alone.findings, []);
    assert.equal(alone.dropped[0]?.filter, 'pair');
  });

  it('the rule fields are validated', () => {
    assert.deepEqual(
      validateRuleShape(secretKey, 'r').filter((p) => /pair|standalone/.test(p)),
      [],
    );
    assert.deepEqual(
      validateRuleShape(clientId, 'r').filter((p) => /pair|standalone/.test(p)),
      [],
    );
    assert.match(validateRuleShape({ ...clientId, standalone: 'no' }, 'r').join(), /standalone: must be true or false/);
    assert.match(
      validateRuleShape({ ...secretKey, pair: { rule: 'Not An Id' } }, 'r').join(),
      /pair: rule must be a rule id/,
    );
    assert.match(
      validateRuleShape({ ...secretKey, pair: { rule: 'x', within_lines: 500 } }, 'r').join(),
      /within_lines/,
    );
    assert.match(validateRuleShape({ ...secretKey, pair: { rule: 'x', near: 1 } }, 'r').join(), /unknown field 'near'/);
    assert.equal(compileRule(clientSecret, 'test').pair?.withinLines, 5);
  });
});

describe('rules check on pairs', () => {
  it('names a pair whose id rule does not exist', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { checkRules } = await import('../../src/rules/check-rules.js');
    const dir = mkdtempSync(join(tmpdir(), 'leakscan-pair-'));
    writeFileSync(
      join(dir, 'pair.yaml'),
      [
        '- id: test-pair-secret',
        '  title: t',
        '  vendor: T',
        '  severity: high',
        '  keywords: [tsk_]',
        "  pattern: '(?<secret>tsk_[A-Za-z0-9]{24})'",
        '  pair: { rule: test-missing-id }',
        '  references: [https://example.com]',
        "  examples: ['k = tsk_Q8tz1LmW4nB7cX2vR9kP3sD6', 'tsk_Zr4Nw8Kc1Qm7Tb3Xs9Lp2Vd6']",
        "  negative_examples: ['tsk_short']",
      ].join('\n'),
    );
    const report = await checkRules({ dir, redos: false });
    assert.deepEqual(report.problems, ["rules/pair.yaml#test-pair-secret.pair.rule: no rule 'test-missing-id'"]);
  });

  it('leakscan:allow on either half of a pair accepts the pair', () => {
    for (const [idLine, secretLine] of [
      [`aws_access_key_id = ${ID}`, `aws_secret_access_key = ${SECRET} # leakscan:allow`],
      [`aws_access_key_id = ${ID} # leakscan:allow`, `aws_secret_access_key = ${SECRET}`],
    ]) {
      const { findings, dropped } = detect(`[default]\n${idLine}\n${secretLine}\n`);
      assert.deepEqual(findings, [], `${idLine} / ${secretLine}`);
      assert.ok(dropped.some((d) => /pair half .* inline allow/.test(d.reason)));
    }
  });

  it('an allow comment beyond the pair distance, or in another file, accepts only its own line', () => {
    const far = detect(`aws_access_key_id = ${ID} # leakscan:allow\n\n\n\n\naws_secret_access_key = ${SECRET}\n`);
    assert.deepEqual(
      far.findings.map((f) => f.ruleId),
      ['test-secret-access-key'],
    );
  });
});
