import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KeywordTable } from '../detect/keyword-index.js';
import { RuleError } from '../errors.js';
import { compileRule } from './compile-rule.js';
import { packageRoot } from './package-root.js';
import type { Rule } from './rule.js';
import type { RuleDefinition } from './rule-definition.js';
import { validateRuleShape } from './rule-definition.js';
import { readYamlLists } from './yaml-lists.js';

export interface RuleFile {
  /** `rules/aws.yaml` */
  file: string;
  /** Set in dist/rules.json: the build compiled every rule of the file and checked its regexes. */
  prebuilt?: boolean | undefined;
  definitions: RuleDefinition[];
}

/** Compiled at build time: the rule definitions without their examples, so start-up parses no YAML. */
export const COMPILED_RULES_FILE = 'dist/rules.json';
/** Also written by the build: `keywordTable` of the built-in rules, with their ids in order. */
export const KEYWORD_TABLE_FILE = 'dist/keyword-table.json';

export function builtinRulesDir(): string {
  return join(packageRoot(), 'rules');
}

/** Reads and shape-checks every `rules/*.yaml`. Returns all problems at once rather than the first. */
export async function readRuleFiles(dir = builtinRulesDir()): Promise<{ files: RuleFile[]; problems: string[] }> {
  const { files: lists, problems } = await readYamlLists(dir, 'rules', 'rules');
  const files = lists.map(({ file, entries }) => {
    const definitions: RuleDefinition[] = [];
    for (const { where, raw } of entries) {
      const shapeProblems = validateRuleShape(raw, where);
      if (shapeProblems.length > 0) problems.push(...shapeProblems);
      else definitions.push(raw as RuleDefinition);
    }
    return { file, definitions };
  });
  return { files, problems };
}

/** The built-in rule definitions: from the build's compiled JSON when present, else from the YAML. */
export async function loadBuiltinDefinitions(): Promise<RuleFile[]> {
  const compiled = join(packageRoot(), COMPILED_RULES_FILE);
  if (existsSync(compiled)) return JSON.parse(readFileSync(compiled, 'utf8')) as RuleFile[];
  const { files, problems } = await readRuleFiles();
  if (problems.length > 0) throw new RuleError(`built-in rules are invalid:\n  ${problems.join('\n  ')}`);
  return files;
}

export function compileRuleFiles(files: RuleFile[]): Rule[] {
  return files.flatMap(({ file, prebuilt, definitions }) =>
    definitions.map((definition) => compileRule(definition, file, prebuilt ? 'prebuilt' : 'builtin')),
  );
}

/** The build's keyword table, when it was made for exactly these rules (the same ids in the same order). */
export function prebuiltKeywordTable(rules: readonly Rule[]): KeywordTable | undefined {
  const path = join(packageRoot(), KEYWORD_TABLE_FILE);
  if (!existsSync(path)) return undefined;
  const { ruleIds, ...table } = JSON.parse(readFileSync(path, 'utf8')) as KeywordTable & { ruleIds: string[] };
  if (ruleIds.length !== rules.length || ruleIds.some((id, index) => rules[index]?.id !== id)) return undefined;
  return table;
}
