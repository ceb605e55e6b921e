import { defaultConfig } from '../config/config-file.js';
import { createDetector } from '../detect/detector.js';
import { defaultFilters } from '../filters/default-filters.js';
import { compileRule } from './compile-rule.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readVerifierFiles } from '../verify/load-verifiers.js';
import { builtinRulesDir, readRuleFiles } from './load-rules.js';
import type { Rule } from './rule.js';
import type { RuleDefinition } from './rule-definition.js';

export interface RuleCheckReport {
  ruleCount: number;
  fileCount: number;
  problems: string[];
  warnings: string[];
}

export interface RuleCheckOptions {
  dir?: string;
  /** Run recheck on every pattern (slow: a few hundred ms each). */
  redos: boolean;
  /** Only rules whose id contains this. */
  only?: string | undefined;
  /** Ignore rules/redos-safe.json and check every pattern. */
  recheckAll?: boolean;
  /** Rewrite rules/redos-safe.json with the patterns found safe. */
  updateSafeFile?: boolean;
}

/** Runs every example and negative example of one rule through a one-rule detector with the default filters. */
export function checkRuleExamples(rule: Rule, definition: RuleDefinition, where: string): string[] {
  const detector = createDetector([rule], defaultFilters(defaultConfig()));
  const problems: string[] = [];
  const detects = (text: string): boolean => {
    const { findings, dropped } = detector.detect({
      text,
      origin: { kind: 'file', path: `rules-check/${rule.id}.txt` },
      startLine: 1,
    });
    // An id-only rule (standalone: false) is never reported alone; its examples prove the id half is matched.
    return (
      findings.some((f) => f.ruleId === rule.id) ||
      (!rule.standalone && dropped.some((d) => d.ruleId === rule.id && d.filter === 'pair'))
    );
  };
  const explain = (text: string): string => {
    const { dropped } = detector.detect({
      text,
      origin: { kind: 'file', path: `rules-check/${rule.id}.txt` },
      startLine: 1,
    });
    return dropped.length > 0
      ? ` (dropped by ${dropped.map((d) => `${d.filter}: ${d.reason}`).join('; ')})`
      : ' (pattern did not match)';
  };
  definition.examples.forEach((example, index) => {
    const lower = example.toLowerCase();
    if (!rule.keywords.some((keyword) => lower.includes(keyword)))
      problems.push(`${where}.examples[${index}]: contains none of the keywords ${JSON.stringify(rule.keywords)}`);
    else if (!detects(example)) problems.push(`${where}.examples[${index}]: not detected${explain(example)}`);
  });
  definition.negative_examples.forEach((example, index) => {
    if (detects(example)) problems.push(`${where}.negative_examples[${index}]: detected, but must not be`);
  });
  return problems;
}

/** `leakscan rules check`: schema, unique ids, compilable safe patterns, references, and every example. */
export async function checkRules(options: RuleCheckOptions): Promise<RuleCheckReport> {
  const { files, problems } = await readRuleFiles(options.dir);
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  let ruleCount = 0;
  const redosQueue: { where: string; definition: RuleDefinition }[] = [];
  for (const { file, definitions } of files) {
    for (const definition of definitions) {
      const where = `${file}#${definition.id}`;
      const previous = seen.get(definition.id);
      if (previous) problems.push(`${where}.id: duplicate id, also in ${previous}`);
      seen.set(definition.id, file);
      ruleCount++;
      if (options.only && !definition.id.includes(options.only)) continue;
      let rule: Rule;
      try {
        rule = compileRule(definition, file);
      } catch (error) {
        problems.push((error as Error).message);
        continue;
      }
      if (definition.references.some((ref) => !/^https?:\/\//.test(ref)))
        problems.push(`${where}.references: every reference must be an http(s) URL`);
      if (definition.examples.length < 2)
        warnings.push(`${where}.examples: only one example; two in different contexts are expected`);
      problems.push(...checkRuleExamples(rule, definition, where));
      if (options.redos) redosQueue.push({ where, definition });
    }
  }
  for (const { file, definitions } of files) {
    for (const definition of definitions) {
      if (definition.pair && !seen.has(definition.pair.rule))
        problems.push(`${file}#${definition.id}.pair.rule: no rule '${definition.pair.rule}'`);
    }
  }
  // The live-verification recipes beside the rules: valid, and naming only rules that exist.
  const verifiersDir = join(options.dir ?? builtinRulesDir(), 'verifiers');
  if (existsSync(verifiersDir)) {
    const verifiers = await readVerifierFiles(verifiersDir);
    problems.push(...verifiers.problems);
    for (const verifier of verifiers.verifiers)
      for (const rule of verifier.rules)
        if (!seen.has(rule)) problems.push(`rules/verifiers#${verifier.id}.rules: no rule '${rule}'`);
  }
  if (redosQueue.length > 0) {
    const { assessBacktracking } = await import('./redos-check.js');
    const { patternKey, readSafePatterns, writeSafePatterns } = await import('./redos-verdicts.js');
    const known = options.recheckAll ? new Set<string>() : readSafePatterns(options.dir);
    const keyOf = ({ definition }: (typeof redosQueue)[number]): string =>
      patternKey(backtrackingSubject(definition), definition.flags ?? '');
    const unchecked = redosQueue.filter((entry) => !known.has(keyOf(entry)));
    const verdicts = await mapWithConcurrency(unchecked, 2, ({ definition }) =>
      assessBacktracking(backtrackingSubject(definition), definition.flags ?? ''),
    );
    const safe = new Set(redosQueue.map(keyOf).filter((key) => known.has(key)));
    verdicts.forEach((verdict, index) => {
      const entry = unchecked[index]!;
      if (!verdict) safe.add(keyOf(entry));
      else (verdict.severity === 'error' ? problems : warnings).push(`${entry.where}.pattern: ${verdict.message}`);
    });
    if (options.updateSafeFile) writeSafePatterns(safe, options.dir);
  }
  return { ruleCount, fileCount: files.length, problems, warnings };
}

/**
 * What recheck is asked about. A keyed rule (`assigned_to`) is checked on its value alone, anchored where the
 * context leaves it: the context in front is the same for every keyed rule and bounded by construction
 * (assignment-context.ts), while recheck's fuzzer reports those bounded repetitions as polynomial or gives up.
 */
const backtrackingSubject = (definition: RuleDefinition): string =>
  definition.assigned_to === undefined ? definition.pattern : `^(?:${definition.pattern})`;

async function mapWithConcurrency<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
