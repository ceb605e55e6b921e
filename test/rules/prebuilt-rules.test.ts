import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildKeywordIndex,
  keywordTable,
  usePrebuiltKeywordTable,
  type KeywordHits,
} from '../../src/detect/keyword-index.js';
import {
  compileRuleFiles,
  loadBuiltinDefinitions,
  prebuiltKeywordTable,
  readRuleFiles,
} from '../../src/rules/load-rules.js';

// `npm test` builds first: these read the dist/ files the build wrote from rules/*.yaml.
const fromYaml = async () => compileRuleFiles((await readRuleFiles()).files);
const fromBuild = async () => compileRuleFiles(await loadBuiltinDefinitions());
const asArray = (hits: KeywordHits): [string, number[]][] => [...hits].map(([rule, offsets]) => [rule.id, offsets]);

describe('what the build precomputes for the built-in rules', () => {
  it('dist/rules.json holds every rule of rules/*.yaml, in order, each file marked as checked by the build', async () => {
    const files = await loadBuiltinDefinitions();
    assert.ok(files.every((file) => file.prebuilt === true));
    assert.deepEqual(
      (await fromBuild()).map((rule) => [rule.id, rule.pattern.source, rule.keywords]),
      (await fromYaml()).map((rule) => [rule.id, rule.pattern.source, rule.keywords]),
    );
  });

  it('dist/keyword-table.json is the keyword table of those rules', async () => {
    const table = prebuiltKeywordTable(await fromBuild());
    assert.ok(table, 'the build wrote a table for the built-in rules');
    assert.deepEqual(table, keywordTable(await fromYaml()));
    assert.ok(table.keywords.length > 100);
  });

  it('is used only for exactly the rules it was made for', async () => {
    const rules = await fromBuild();
    assert.equal(prebuiltKeywordTable(rules.slice(1)), undefined);
    assert.equal(prebuiltKeywordTable([...rules].reverse()), undefined);
    assert.equal(prebuiltKeywordTable([...rules.slice(0, -1), { ...rules[0], id: 'custom-rule' }] as never), undefined);
  });

  it('finds the same rules at the same offsets, in the same order, as a table computed at start-up', async () => {
    const computed = buildKeywordIndex(await fromYaml());
    const rules = await fromBuild();
    const table = prebuiltKeywordTable(rules);
    assert.ok(table);
    usePrebuiltKeywordTable(rules, table);
    const prebuilt = buildKeywordIndex(rules);
    // Every keyword, in upper and lower case, run together and apart, so prefixes and overlaps are hit too.
    const text = table.keywords
      .map((keyword, i) => (i % 2 ? keyword.toUpperCase() : keyword) + (i % 3 ? ' = x\n' : ''))
      .join('');
    const expected = asArray(computed.findHits(text));
    assert.ok(expected.length > 100);
    assert.deepEqual(asArray(prebuilt.findHits(text)), expected);
  });
});
