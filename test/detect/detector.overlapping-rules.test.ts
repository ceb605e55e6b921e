import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../src/config/config-file.js';
import { createDetector } from '../../src/detect/detector.js';
import { defaultFilters } from '../../src/filters/default-filters.js';
import { compileRuleFiles, readRuleFiles } from '../../src/rules/load-rules.js';
import { randomBase62 } from '../helpers/tokens.js';

const { files } = await readRuleFiles();
const detector = createDetector(compileRuleFiles(files), defaultFilters(defaultConfig()));
const ruleIdsIn = (text: string): string[] =>
  detector.detect({ text, origin: { kind: 'file', path: 'settings.env' }, startLine: 1 }).findings.map((f) => f.ruleId);

describe('one key, one finding: overlapping rules', () => {
  it('a vendor named on the line wins over another vendor sharing the prefix', () => {
    const secret = `sk_live_${randomBase62(50)}`;
    assert.deepEqual(ruleIdsIn(`CLERK_SECRET_KEY=${secret}\n`), ['clerk-secret-key']);
  });

  it('without a vendor name, the more confident rule wins', () => {
    assert.deepEqual(ruleIdsIn(`key = "sk_live_${randomBase62(30)}"\n`), ['stripe-secret-key']);
  });

  it('a vendor rule wins over a generic rule on the same value', () => {
    assert.deepEqual(ruleIdsIn(`STRIPE_SECRET_KEY="sk_live_${randomBase62(40)}"\n`), ['stripe-secret-key']);
  });
});
