import { defaultConfig } from '../../src/config/config-file.js';
import { createDetector, type Detection } from '../../src/detect/detector.js';
import { defaultFilters } from '../../src/filters/default-filters.js';
import { compileRule } from '../../src/rules/compile-rule.js';
import type { RuleDefinition } from '../../src/rules/rule-definition.js';

/** A rule definition with the bookkeeping fields filled in, for tests that only care about detection. */
export function testRule(
  fields: Partial<RuleDefinition> & Pick<RuleDefinition, 'id' | 'keywords' | 'pattern'>,
): RuleDefinition {
  return {
    title: fields.id,
    vendor: 'Test',
    severity: 'high',
    references: ['https://example.com'],
    examples: [],
    negative_examples: [],
    ...fields,
  };
}

/** A detector over the given rule definitions with the default filters: the engine as a scan runs it. */
export function detectorOf(definitions: RuleDefinition[]): (text: string, path?: string) => Detection {
  const detector = createDetector(
    definitions.map((d) => compileRule(d, 'test')),
    defaultFilters(defaultConfig()),
  );
  return (text, path = 'config.env') => detector.detect({ text, origin: { kind: 'file', path }, startLine: 1 });
}
