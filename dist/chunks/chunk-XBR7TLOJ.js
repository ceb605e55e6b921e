import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  usePrebuiltKeywordTable
} from "./chunk-Z5AEVAKK.js";
import {
  compileRule,
  compileRuleFiles,
  loadBuiltinDefinitions,
  prebuiltKeywordTable
} from "./chunk-FMLDEMHG.js";
import {
  loadUserPatternEngine
} from "./chunk-ZDNC562W.js";
import {
  ConfigError
} from "./chunk-SBG2HJLT.js";

// src/rules/select-rules.ts
async function selectRules(config) {
  if (config.customRules.length > 0 || config.allowlist.regexes.length > 0) await loadUserPatternEngine();
  const builtin = compileRuleFiles(await loadBuiltinDefinitions());
  const known = new Set(builtin.map((rule) => rule.id));
  const problems = [];
  config.disabledRules.forEach((id, index) => {
    if (!known.has(id)) problems.push(`rules.disable[${index}]: no built-in rule '${id}' (see 'leakscan rules list')`);
  });
  const disabled = new Set(config.disabledRules);
  const rules = builtin.filter((rule) => !disabled.has(rule.id));
  const file = config.file ?? ".leakscan.yaml";
  for (const [index, definition] of config.customRules.entries()) {
    if (known.has(definition.id))
      problems.push(
        `rules.custom[${index}].id: '${definition.id}' is a built-in rule id; disable it or pick another id`
      );
    else rules.push(compileRule(definition, file, "config"));
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  const table = rules.length === builtin.length ? prebuiltKeywordTable(rules) : void 0;
  if (table) usePrebuiltKeywordTable(rules, table);
  return rules;
}

export {
  selectRules
};
