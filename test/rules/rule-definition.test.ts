import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { builtinRulesDir } from '../../src/rules/load-rules.js';
import { RULE_FIELDS, ruleFileSchema } from '../../src/rules/rule-definition.js';

// Values of every shape a rule file could hold for a field: right, wrong, and at the edges of each constraint.
const PROBES: unknown[] = [
  '',
  'a',
  'ab',
  'abc',
  'kebab-case',
  'Not Kebab',
  'i',
  'g',
  'high',
  'critical',
  'github-crc32',
  'crc64-of-nothing',
  'https://docs.example.com',
  0,
  3.5,
  -1,
  50,
  51,
  true,
  false,
  null,
  [],
  ['ab'],
  ['abc'],
  ['https://docs.example.com'],
  [1],
  ['abc', 2],
  {},
  { guide: 'https://docs.example.com' },
  { guide: 1 },
  { guide: 'x', extra: 1 },
  { rule: 'a-b' },
  { rule: 'a-b', within_lines: 3 },
  { rule: 'a-b', within_lines: 51 },
  { rule: 'a-b', within_lines: 2.5 },
  { rule: 'Bad Id' },
  { rule: 'a', near: 1 },
  { regexes: ['a'] },
  { regexes: 'a' },
  { paths: ['x'], stopwords: ['y'] },
  { other: [] },
];

describe('rules/schema.json', () => {
  const schema = ruleFileSchema();

  it('is the file the build generates from RULE_FIELDS', () => {
    const committed = readFileSync(join(builtinRulesDir(), 'schema.json'), 'utf8');
    assert.equal(committed, `${JSON.stringify(schema, null, 2)}\n`, 'run npm run build and commit rules/schema.json');
  });

  it('accepts exactly the values the validator accepts, field by field', () => {
    const ajv = new Ajv({ allErrors: true });
    ajv.addSchema(schema, 'rule-file');
    for (const [name, field] of Object.entries(RULE_FIELDS)) {
      const validate = ajv.compile({ $ref: `rule-file#/definitions/rule/properties/${name}` });
      for (const value of PROBES) {
        const problem = field.check(value);
        assert.equal(
          validate(value),
          problem === undefined,
          `${name} = ${JSON.stringify(value)}: validator says ${problem ?? 'ok'}, schema says ${JSON.stringify(validate.errors ?? 'ok')}`,
        );
      }
    }
  });
});
