import { CHECKSUM_VALIDATORS, isKnownChecksum } from '../filters/checksum.js';

/** A rule as written in `rules/*.yaml` or in a config's custom rules (the parsed, unvalidated form). */
export interface RuleDefinition {
  id: string;
  title: string;
  vendor: string;
  severity: Severity;
  confidence?: Confidence;
  keywords: string[];
  pattern: string;
  flags?: string;
  multiline?: boolean;
  min_entropy?: number;
  checksum?: string;
  pair?: RulePairDefinition;
  standalone?: boolean;
  allowlist?: RuleAllowlistDefinition;
  references: string[];
  rotation?: { guide?: string };
  tags?: string[];
  examples: string[];
  negative_examples: string[];
}

/**
 * The other half of a paired credential (an id next to its secret): when a finding of `rule` lies within
 * `within_lines` lines of this rule's finding, the two are reported as one finding of this rule.
 */
export interface RulePairDefinition {
  rule: string;
  within_lines?: number;
}

export interface RuleAllowlistDefinition {
  regexes?: string[];
  stopwords?: string[];
  paths?: string[];
}

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type FieldCheck = (value: unknown) => string | undefined;

const isString: FieldCheck = (v) => (typeof v === 'string' && v.length > 0 ? undefined : 'must be a non-empty string');
const isStringList: FieldCheck = (v) =>
  Array.isArray(v) && v.every((item) => typeof item === 'string') ? undefined : 'must be a list of strings';
const isNonEmptyStringList: FieldCheck = (v) =>
  isStringList(v) ?? ((v as unknown[]).length > 0 ? undefined : 'must have at least one entry');
const isBoolean: FieldCheck = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false');
const isNumber: FieldCheck = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'must be a number >= 0';
const oneOf =
  (values: readonly string[]): FieldCheck =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? undefined : `must be one of ${values.join(', ')}`;

export const RULE_FIELDS: Record<string, { required: boolean; check: FieldCheck }> = {
  id: {
    required: true,
    check: (v) => isString(v) ?? (RULE_ID_PATTERN.test(v as string) ? undefined : 'must be kebab-case'),
  },
  title: { required: true, check: isString },
  vendor: { required: true, check: isString },
  severity: { required: true, check: oneOf(SEVERITIES) },
  confidence: { required: false, check: oneOf(CONFIDENCES) },
  keywords: {
    required: true,
    check: (v) =>
      isNonEmptyStringList(v) ??
      ((v as string[]).every((k) => k.length >= 3) ? undefined : 'every keyword must have at least 3 characters'),
  },
  pattern: { required: true, check: isString },
  flags: { required: false, check: (v) => (v === '' || v === 'i' ? undefined : "may only be 'i'") },
  multiline: { required: false, check: isBoolean },
  min_entropy: { required: false, check: isNumber },
  checksum: {
    required: false,
    check: (v) =>
      isString(v) ??
      (isKnownChecksum(v as string) ? undefined : `unknown checksum '${String(v)}'; known: ${Object.keys(CHECKSUM_VALIDATORS).join(', ')}`),
  },
  pair: { required: false, check: checkPair },
  standalone: { required: false, check: isBoolean },
  allowlist: { required: false, check: checkAllowlist },
  references: { required: true, check: isNonEmptyStringList },
  rotation: {
    required: false,
    check: (v) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) &&
      Object.keys(v).every((k) => k === 'guide') && typeof (v as { guide?: unknown }).guide === 'string'
        ? undefined
        : 'must be { guide: <URL> }',
  },
  tags: { required: false, check: isStringList },
  examples: { required: true, check: isNonEmptyStringList },
  negative_examples: { required: true, check: isNonEmptyStringList },
};

function checkPair(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'must be { rule: <rule id>, within_lines: <n> }';
  const pair = value as Record<string, unknown>;
  for (const key of Object.keys(pair)) if (key !== 'rule' && key !== 'within_lines') return `unknown field '${key}'`;
  if (typeof pair.rule !== 'string' || !RULE_ID_PATTERN.test(pair.rule)) return 'rule must be a rule id';
  if (pair.within_lines !== undefined && !(Number.isInteger(pair.within_lines) && (pair.within_lines as number) >= 0 && (pair.within_lines as number) <= 50)) {
    return 'within_lines must be an integer from 0 to 50';
  }
  return undefined;
}

function checkAllowlist(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'must be an object';
  for (const [key, list] of Object.entries(value as object)) {
    if (!['regexes', 'stopwords', 'paths'].includes(key)) return `unknown field '${key}'`;
    const problem = isStringList(list);
    if (problem) return `${key} ${problem}`;
  }
  return undefined;
}

/**
 * Checks the shape of one parsed rule. Returns every problem as `<where>.<field>: message`, so a file with
 * several mistakes is fixed in one pass. Required examples can be waived for user rules (`requireExamples`).
 */
export function validateRuleShape(raw: unknown, where: string, requireExamples = true): string[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [`${where}: must be an object`];
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, field] of Object.entries(RULE_FIELDS)) {
    const value = record[name];
    const optional = !field.required || (!requireExamples && (name === 'examples' || name === 'negative_examples' || name === 'references'));
    if (value === undefined) {
      if (!optional) problems.push(`${where}.${name}: is required`);
      continue;
    }
    const problem = field.check(value);
    if (problem) problems.push(`${where}.${name}: ${problem}`);
  }
  for (const name of Object.keys(record)) {
    if (!(name in RULE_FIELDS)) problems.push(`${where}.${name}: unknown field`);
  }
  return problems;
}
