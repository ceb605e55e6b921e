import { rulePattern } from './assignment-context.js';
import { isKnownChecksum } from './checksums.js';
import { RuleError } from '../errors.js';
import type { Rule } from './rule.js';
import type { RuleDefinition } from './rule-definition.js';
import { checkPatternSyntax } from './pattern-safety.js';
import {
  builtinSecretPattern,
  builtinTextTest,
  compileUserSecretPattern,
  compileUserTextTest,
  type SecretPattern,
  type TextTest,
} from './text-pattern.js';

/** How far apart (in lines) the two halves of a paired credential may be when the rule does not say. */
export const DEFAULT_PAIR_LINES = 5;

/**
 * Where a rule comes from decides its engine: built-in rules run on V8 (each pattern is proved safe by
 * `rules check`), a config's custom rules on the linear-time engine (see text-pattern.ts). `prebuilt`: a
 * built-in rule from dist/rules.json, whose regexes the build compiled and checked already (scripts/build.mjs
 * runs this function on every rule), so start-up checks nothing again and makes each RegExp on first use.
 */
export type RuleOrigin = 'builtin' | 'prebuilt' | 'config';

/** Turns a validated definition into a runnable Rule. Throws RuleError naming the rule and its file. */
export function compileRule(definition: RuleDefinition, source: string, origin: RuleOrigin = 'builtin'): Rule {
  const flags = definition.flags ?? '';
  const fail = (field: string, problem: string): never => {
    throw new RuleError(`${source}#${definition.id}.${field}: ${problem}`, { file: source, ruleId: definition.id });
  };
  const fullPattern = rulePattern(definition);
  let pattern: SecretPattern;
  if (origin !== 'config') {
    const problems = origin === 'builtin' ? checkPatternSyntax(fullPattern, flags) : [];
    if (problems.length > 0) fail('pattern', problems.join('; '));
    pattern = builtinSecretPattern(fullPattern, flags);
  } else {
    pattern = attempt(
      () => compileUserSecretPattern(fullPattern, flags),
      (problem) => fail('pattern', problem),
    );
  }
  if (definition.checksum !== undefined && !isKnownChecksum(definition.checksum))
    fail('checksum', `unknown checksum '${definition.checksum}'`);
  const allowlist = definition.allowlist ?? {};
  const compileAllowRegex = (source: string, index: number): TextTest =>
    attempt(
      () =>
        origin === 'config'
          ? compileUserTextTest(source)
          : origin === 'prebuilt'
            ? builtinTextTest(source)
            : new RegExp(source),
      (problem) => fail(`allowlist.regexes[${index}]`, problem),
    );
  return {
    id: definition.id,
    title: definition.title,
    vendor: definition.vendor,
    severity: definition.severity,
    confidence: definition.confidence ?? 'high',
    keywords: definition.keywords.map((k) => k.toLowerCase()),
    pattern,
    multiline: definition.multiline ?? false,
    minEntropy: definition.min_entropy ?? 0,
    checksum: definition.checksum,
    ...(definition.pair
      ? { pair: { ruleId: definition.pair.rule, withinLines: definition.pair.within_lines ?? DEFAULT_PAIR_LINES } }
      : {}),
    standalone: definition.standalone ?? true,
    allowlist: {
      regexes: (allowlist.regexes ?? []).map(compileAllowRegex),
      stopwords: (allowlist.stopwords ?? []).map((s) => s.toLowerCase()),
      paths: allowlist.paths ?? [],
    },
    references: definition.references ?? [],
    rotationGuide: definition.rotation?.guide,
    tags: definition.tags ?? [],
    source,
  };
}

function attempt<T>(compile: () => T, fail: (problem: string) => never): T {
  try {
    return compile();
  } catch (error) {
    return fail((error as Error).message);
  }
}
