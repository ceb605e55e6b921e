import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRuleExamples } from '../src/rules/check-rules.js';
import { compileRule } from '../src/rules/compile-rule.js';
import { readRuleFiles } from '../src/rules/load-rules.js';

// Every rule carries its own proof: each example must be reported and each negative example must not, through
// the real detector (keywords, pattern, entropy, placeholders, allowlists), not the bare regex.
const { files, problems } = await readRuleFiles();

describe('rule files', () => {
  it('all parse and have the required fields', () => {
    assert.deepEqual(problems, []);
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
