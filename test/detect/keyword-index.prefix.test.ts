import assert from 'node:assert/strict';
import { it } from 'node:test';
import { detectorOf, testRule } from '../helpers/detector.js';

it('a rule keyed on a keyword runs where a longer keyword starting with it matched', () => {
  const short = testRule({
    id: 'test-short',
    keywords: ['secret'],
    pattern: 'secret[A-Z_]{0,20}=(?<secret>[A-Za-z0-9]{16})',
    flags: 'i',
  });
  const long = testRule({
    id: 'test-long',
    keywords: ['secret_'],
    pattern: 'secret_zzz=(?<secret>[A-Za-z0-9]{16})',
    flags: 'i',
  });
  const { findings } = detectorOf([short, long])('GENERIC_SECRET_ASSIGNMENT=q7Rzv2Lm9pXe4WkT');
  assert.deepEqual(
    findings.map((f) => f.ruleId),
    ['test-short'],
  );
});
