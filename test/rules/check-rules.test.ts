import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { parseYaml } from '../../src/config/parse-yaml.js';
import { checkRuleExamples } from '../../src/rules/check-rules.js';
import { compileRule } from '../../src/rules/compile-rule.js';
import { builtinRulesDir, readRuleFiles } from '../../src/rules/load-rules.js';
import { RULE_FIELDS } from '../../src/rules/rule-definition.js';

// Every rule carries its own proof: each example must be reported and each negative example must not, through
// the real detector (keywords, pattern, entropy, placeholders, allowlists), not the bare regex.
const { files, problems } = await readRuleFiles();

describe('rule files', () => {
  it('all parse and have the required fields', () => {
    assert.deepEqual(problems, []);
  });

  // One shape, two descriptions: editors use rules/schema.json, rules check uses RULE_FIELDS. They must agree.
  const schema = JSON.parse(readFileSync(join(builtinRulesDir(), 'schema.json'), 'utf8'));
  it('rules/schema.json names the same fields, and the same required ones, as the validator', () => {
    const ruleSchema = schema.definitions.rule;
    assert.deepEqual(Object.keys(ruleSchema.properties).sort(), Object.keys(RULE_FIELDS).sort());
    assert.deepEqual(
      [...ruleSchema.required].sort(),
      Object.entries(RULE_FIELDS)
        .filter(([, f]) => f.required)
        .map(([name]) => name)
        .sort(),
    );
  });

  it('every rule file validates against rules/schema.json', async () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const name of readdirSync(builtinRulesDir()).filter((n) => n.endsWith('.yaml'))) {
      const document = await parseYaml(readFileSync(join(builtinRulesDir(), name), 'utf8'));
      assert.ok(validate(document), `rules/${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  });

  it('ids are unique across files', () => {
    const ids = files.flatMap((f) => f.definitions.map((d) => d.id));
    assert.equal(new Set(ids).size, ids.length);
  });
});

for (const { file, definitions } of files) {
  describe(file, () => {
    for (const definition of definitions) {
      it(`${definition.id}: examples are detected and negative examples are not`, () => {
        const rule = compileRule(definition, file);
        assert.deepEqual(checkRuleExamples(rule, definition, `${file}#${definition.id}`), []);
      });
    }
  });
}
