import { RuleError } from '../errors.js';
import type { Rule } from './rule.js';
import type { RuleDefinition } from './rule-definition.js';
import { checkPatternSyntax } from './pattern-safety.js';

/** Turns a validated definition into a runnable Rule. Throws RuleError naming the rule and its file. */
export function compileRule(definition: RuleDefinition, source: string): Rule {
  const flags = definition.flags ?? '';
  const problems = checkPatternSyntax(definition.pattern, flags);
  if (problems.length > 0) {
    throw new RuleError(`${source}#${definition.id}.pattern: ${problems.join('; ')}`, { file: source, ruleId: definition.id });
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
