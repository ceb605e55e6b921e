import type { Config } from '../config/config.js';
import { usePrebuiltKeywordTable } from '../detect/keyword-index.js';
import { ConfigError } from '../errors.js';
import { compileRule } from './compile-rule.js';
import { compileRuleFiles, loadBuiltinDefinitions, prebuiltKeywordTable } from './load-rules.js';
import type { Rule } from './rule.js';
import { loadUserPatternEngine } from './text-pattern.js';

/** The rules a scan runs: built-in minus `rules.disable`, plus the config's custom rules (on the linear-time engine). */
export async function selectRules(config: Config): Promise<Rule[]> {
  // Before defaultFilters(config) too, which compiles the global allowlist regexes (also in a worker thread).
  if (config.customRules.length > 0 || config.allowlist.regexes.length > 0) await loadUserPatternEngine();
  const builtin = compileRuleFiles(await loadBuiltinDefinitions());
  const known = new Set(builtin.map((rule) => rule.id));
  const problems: string[] = [];
  config.disabledRules.forEach((id, index) => {
    if (!known.has(id)) problems.push(`rules.disable[${index}]: no built-in rule '${id}' (see 'leakscan rules list')`);
  });
  const disabled = new Set(config.disabledRules);
  const rules = builtin.filter((rule) => !disabled.has(rule.id));
  const file = config.file ?? '.leakscan.yaml';
  for (const [index, definition] of config.customRules.entries()) {
    if (known.has(definition.id))
      problems.push(
        `rules.custom[${index}].id: '${definition.id}' is a built-in rule id; disable it or pick another id`,
      );
    else rules.push(compileRule(definition, file, 'config'));
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  const table = rules.length === builtin.length ? prebuiltKeywordTable(rules) : undefined;
  if (table) usePrebuiltKeywordTable(rules, table);
  return rules;
}
