import { isKnownChecksum } from '../filters/checksum.js';
import { RuleError } from '../errors.js';
import type { Rule } from './rule.js';
import type { RuleDefinition } from './rule-definition.js';
import { checkPatternSyntax } from './pattern-safety.js';

/** How far apart (in lines) the two halves of a paired credential may be when the rule does not say. */
export const DEFAULT_PAIR_LINES = 5;

/** Turns a validated definition into a runnable Rule. Throws RuleError naming the rule and its file. */
export function compileRule(definition: RuleDefinition, source: string): Rule {
  const flags = definition.flags ?? '';
  const problems = checkPatternSyntax(definition.pattern, flags);
  if (problems.length > 0) {
    throw new RuleError(`${source}#${definition.id}.pattern: ${problems.join('; ')}`, { file: source, ruleId: definition.id });
  }
  if (definition.checksum !== undefined && !isKnownChecksum(definition.checksum)) {
    throw new RuleError(`${source}#${definition.id}.checksum: unknown checksum '${definition.checksum}'`, { file: source, ruleId: definition.id });
  }
  const allowlist = definition.allowlist ?? {};
  const compileAllowRegex = (pattern: string, index: number): RegExp => {
    try {
      return new RegExp(pattern);
    } catch (error) {
      throw new RuleError(`${source}#${definition.id}.allowlist.regexes[${index}]: ${(error as Error).message}`, {
        file: source,
        ruleId: definition.id,
      });
    }
  };
  return {
    id: definition.id,
    title: definition.title,
    vendor: definition.vendor,
    severity: definition.severity,
    confidence: definition.confidence ?? 'high',
    keywords: definition.keywords.map((k) => k.toLowerCase()),
    regex: new RegExp(definition.pattern, `${flags}gd`),
    multiline: definition.multiline ?? false,
    minEntropy: definition.min_entropy ?? 0,
    ...(definition.checksum ? { checksum: definition.checksum } : {}),
    ...(definition.pair ? { pair: { ruleId: definition.pair.rule, withinLines: definition.pair.within_lines ?? DEFAULT_PAIR_LINES } } : {}),
    standalone: definition.standalone ?? true,
    allowlist: {
      regexes: (allowlist.regexes ?? []).map(compileAllowRegex),
      stopwords: (allowlist.stopwords ?? []).map((s) => s.toLowerCase()),
      paths: allowlist.paths ?? [],
    },
    references: definition.references ?? [],
    ...(definition.rotation?.guide ? { rotationGuide: definition.rotation.guide } : {}),
    tags: definition.tags ?? [],
    source,
  };
}
