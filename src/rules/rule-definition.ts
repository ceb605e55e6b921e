import { ASSIGNED_NAME_PATTERN } from './assignment-context.js';
import { CHECKSUM_VALIDATORS, isKnownChecksum } from './checksums.js';

/** A rule as written in `rules/*.yaml` or in a config's custom rules (the parsed, unvalidated form). */
export interface RuleDefinition {
  id: string;
  title: string;
  vendor: string;
  severity: Severity;
  confidence?: Confidence;
  keywords: string[];
  pattern: string;
  assigned_to?: string[];
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
/**
 * A finding's confidence: its rule's, or one of `lowest`, which no rule declares: what sits in a test or fixture
 * path and is most likely made for the test (detect/test-path.ts).
 */
export const FINDING_CONFIDENCES = ['high', 'medium', 'low', 'lowest'] as const;
export type FindingConfidence = (typeof FINDING_CONFIDENCES)[number];

export const RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type FieldCheck = (value: unknown) => string | undefined;

/** The JSON Schema (draft-07) subset the rule fields are described with. */
export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  enum?: readonly string[];
  minLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  required?: readonly string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  $ref?: string;
  description?: string | undefined;
}

/**
 * One rule field, described once: `check` is what `rules check` and config loading run (with messages a
 * person can act on), `schema` is the same constraint for editors. `rules/schema.json` is generated from these
 * (`npm run build`), and a test feeds both the same values so they cannot drift apart.
 */
export interface RuleField {
  required: boolean;
  check: FieldCheck;
  schema: JsonSchema;
}

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

const STRING_LIST: JsonSchema = { $ref: '#/definitions/stringList' };
const nonEmptyStringList = (description?: string): JsonSchema => ({
  type: 'array',
  minItems: 1,
  items: { type: 'string' },
  description,
});
const RULE_ID_SCHEMA: JsonSchema = { type: 'string', pattern: RULE_ID_PATTERN.source };
const MAX_PAIR_DISTANCE = 50;
const ALLOWLIST_KEYS = ['regexes', 'stopwords', 'paths'] as const;

export const RULE_FIELDS: Record<string, RuleField> = {
  id: {
    required: true,
    check: (v) => isString(v) ?? (RULE_ID_PATTERN.test(v as string) ? undefined : 'must be kebab-case'),
    schema: { ...RULE_ID_SCHEMA, description: 'kebab-case, unique across all files' },
  },
  title: { required: true, check: isString, schema: { type: 'string', minLength: 1 } },
  vendor: { required: true, check: isString, schema: { type: 'string', minLength: 1 } },
  severity: { required: true, check: oneOf(SEVERITIES), schema: { enum: SEVERITIES } },
  confidence: { required: false, check: oneOf(CONFIDENCES), schema: { enum: CONFIDENCES } },
  keywords: {
    required: true,
    check: (v) =>
      isNonEmptyStringList(v) ??
      ((v as string[]).every((k) => k.length >= 3) ? undefined : 'every keyword must have at least 3 characters'),
    schema: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 3 },
      description: 'case-insensitive prefilter literals; every example contains one',
    },
  },
  pattern: {
    required: true,
    check: isString,
    schema: {
      type: 'string',
      minLength: 1,
      description: 'JavaScript RegExp with a named group `secret`; bounded quantifiers only',
    },
  },
  assigned_to: {
    required: false,
    check: (v) =>
      isNonEmptyStringList(v) ??
      ((v as string[]).every((name) => ASSIGNED_NAME_PATTERN.test(name))
        ? undefined
        : 'names are lowercase letters, digits, _, -, \\., ?, | and (?: ) groups'),
    schema: {
      ...nonEmptyStringList(
        'names the value is assigned to (case-insensitive regex fragments); `pattern` is then only the value',
      ),
      items: { type: 'string', pattern: ASSIGNED_NAME_PATTERN.source },
    },
  },
  flags: {
    required: false,
    check: (v) => (v === '' || v === 'i' ? undefined : "may only be 'i'"),
    schema: { enum: ['', 'i'] },
  },
  multiline: { required: false, check: isBoolean, schema: { type: 'boolean' } },
  min_entropy: { required: false, check: isNumber, schema: { type: 'number', minimum: 0 } },
  checksum: {
    required: false,
    check: (v) =>
      isString(v) ??
      (isKnownChecksum(v as string)
        ? undefined
        : `unknown checksum '${String(v)}'; known: ${Object.keys(CHECKSUM_VALIDATORS).join(', ')}`),
    schema: { enum: Object.keys(CHECKSUM_VALIDATORS), description: 'name of a built-in offline validator' },
  },
  pair: {
    required: false,
    check: checkPair,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['rule'],
      properties: { rule: RULE_ID_SCHEMA, within_lines: { type: 'integer', minimum: 0, maximum: MAX_PAIR_DISTANCE } },
    },
  },
  standalone: { required: false, check: isBoolean, schema: { type: 'boolean' } },
  allowlist: {
    required: false,
    check: checkAllowlist,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(ALLOWLIST_KEYS.map((key) => [key, STRING_LIST])),
    },
  },
  // `rules check` also requires http(s) URLs for the built-in rules; custom rules may cite anything.
  references: {
    required: true,
    check: isNonEmptyStringList,
    schema: nonEmptyStringList("URLs of the vendor's documentation of the format"),
  },
  rotation: {
    required: false,
    check: (v) =>
      v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      Object.keys(v).every((k) => k === 'guide') &&
      typeof (v as { guide?: unknown }).guide === 'string'
        ? undefined
        : 'must be { guide: <URL> }',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['guide'],
      properties: { guide: { type: 'string' } },
    },
  },
  tags: { required: false, check: isStringList, schema: STRING_LIST },
  examples: { required: true, check: isNonEmptyStringList, schema: nonEmptyStringList() },
  negative_examples: { required: true, check: isNonEmptyStringList, schema: nonEmptyStringList() },
};

function checkPair(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return 'must be { rule: <rule id>, within_lines: <n> }';
  const pair = value as Record<string, unknown>;
  for (const key of Object.keys(pair)) if (key !== 'rule' && key !== 'within_lines') return `unknown field '${key}'`;
  if (typeof pair.rule !== 'string' || !RULE_ID_PATTERN.test(pair.rule)) return 'rule must be a rule id';
  if (
    pair.within_lines !== undefined &&
    !(
      Number.isInteger(pair.within_lines) &&
      (pair.within_lines as number) >= 0 &&
      (pair.within_lines as number) <= MAX_PAIR_DISTANCE
    )
  ) {
    return `within_lines must be an integer from 0 to ${MAX_PAIR_DISTANCE}`;
  }
  return undefined;
}

function checkAllowlist(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'must be an object';
  for (const [key, list] of Object.entries(value as object)) {
    if (!(ALLOWLIST_KEYS as readonly string[]).includes(key)) return `unknown field '${key}'`;
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
    const optional =
      !field.required ||
      (!requireExamples && (name === 'examples' || name === 'negative_examples' || name === 'references'));
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

/** The JSON Schema of a rule file (`rules/schema.json`), generated from RULE_FIELDS by `npm run build`. */
export function ruleFileSchema(): object {
  const fields = Object.entries(RULE_FIELDS);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://www.npmjs.com/package/leakscan/rules/schema.json',
    title: 'leakscan rule file',
    description:
      'A YAML list of detection rules (rules/*.yaml). Field reference: rules/README.md. `leakscan rules check` validates the same shape and runs every example through the engine. Generated from src/rules/rule-definition.ts by npm run build: do not edit.',
    type: 'array',
    items: { $ref: '#/definitions/rule' },
    definitions: {
      stringList: { type: 'array', items: { type: 'string' } },
      rule: {
        type: 'object',
        additionalProperties: false,
        required: fields.filter(([, field]) => field.required).map(([name]) => name),
        properties: Object.fromEntries(fields.map(([name, field]) => [name, field.schema])),
      },
    },
  };
}
