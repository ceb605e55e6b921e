import { MIN_CONFIDENCE_LEVELS } from '../filters/min-confidence.js';
import { DEFAULT_POLICY, GITHUB_FIELDS, VERIFICATION_FILTERS, WEBHOOK_FIELDS } from '../notify/rotation-config.js';
import { RULE_FIELDS, SEVERITIES } from '../rules/rule-definition.js';
import { CONFIG_FILE_NAMES, DEFAULT_BASELINE_FILE } from './defaults.js';

type JsonSchema = Record<string, unknown>;

const stringList = (description: string): JsonSchema => ({ type: 'array', items: { type: 'string' }, description });

/** A custom rule may leave out what a built-in rule must have; config-file.ts fills these in. */
export const CUSTOM_RULE_DEFAULTS = { vendor: 'custom', severity: 'high', confidence: 'medium' } as const;
const OPTIONAL_IN_CUSTOM = new Set([
  ...Object.keys(CUSTOM_RULE_DEFAULTS),
  'examples',
  'negative_examples',
  'references',
]);

/** `allowlist:` fields: the parser (config-file.ts) accepts exactly these. */
export const ALLOWLIST_FIELDS: Record<string, JsonSchema> = {
  paths: stringList('micromatch globs of paths whose findings are dropped (relative to the scanned root)'),
  regexes: stringList('regular expressions (linear-time engine) matched against the secret'),
  stopwords: stringList('a secret containing one of these words (case-insensitive) is dropped'),
};

/** `rules:` fields. */
export const RULES_FIELDS: Record<string, JsonSchema> = {
  disable: stringList('built-in rule ids to turn off'),
  custom: {
    type: 'array',
    description: 'your own rules, in the format of rules/*.yaml (see rules/README.md)',
    items: {
      type: 'object',
      additionalProperties: false,
      required: Object.entries(RULE_FIELDS)
        .filter(([name, field]) => field.required && !OPTIONAL_IN_CUSTOM.has(name))
        .map(([name]) => name),
      properties: Object.fromEntries(Object.entries(RULE_FIELDS).map(([name, field]) => [name, field.schema])),
    },
  },
};

const POLICY: JsonSchema = Object.fromEntries(
  Object.keys(DEFAULT_POLICY).map((name) => [name, { type: 'integer', minimum: 0 }]),
);
const TARGET_COMMON: JsonSchema = {
  rules: stringList('rule id globs this target wants (default: all)'),
  tags: stringList('rule tags this target wants (any of them)'),
  minSeverity: { enum: SEVERITIES },
  allowInsecureHttp: { type: 'boolean' },
  verification: {
    enum: VERIFICATION_FILTERS,
    description: 'with --verify: which states this target receives (webhooks: live; githubRevoke: live-or-unknown)',
  },
};
const fieldsOf = (names: readonly string[], known: JsonSchema): JsonSchema =>
  Object.fromEntries(names.map((name) => [name, (known[name] as JsonSchema | undefined) ?? {}]));

/**
 * The top-level fields of `.leakscan.yaml`, each with its JSON Schema. The one declaration of the field names:
 * the parser rejects any other, and `npm run build` writes schemas/config.schema.json from configFileSchema().
 */
export const CONFIG_FIELDS: Record<string, JsonSchema> = {
  rules: { type: 'object', additionalProperties: false, properties: RULES_FIELDS },
  allowlist: { type: 'object', additionalProperties: false, properties: ALLOWLIST_FIELDS },
  maxFileSize: {
    description: 'files and stdin larger than this are read in windows of this size (default 10MB)',
    oneOf: [
      { type: 'integer', minimum: 1 },
      { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$' },
    ],
  },
  defaultIgnores: {
    type: 'boolean',
    description: 'skip node_modules, lockfiles, *.min.js, *.map (default true)',
  },
  minConfidence: {
    enum: MIN_CONFIDENCE_LEVELS,
    description:
      'report only findings at or above this confidence (default: medium for staged and diff, low otherwise; lowest: everything, test and fixture paths included)',
  },
  verify: {
    type: 'boolean',
    description: 'check each finding with its vendor, read-only, as --verify does (see docs/verification.md)',
  },
  baseline: {
    type: 'string',
    minLength: 1,
    description: `accepted findings (a baseline file), relative to this config file and inside its directory; default: ${DEFAULT_BASELINE_FILE} beside it, when it exists`,
  },
  rotation: {
    type: 'object',
    additionalProperties: false,
    description: 'rotation webhooks (see docs/rotation.md)',
    properties: {
      outbox: { type: 'string', minLength: 1 },
      webhooks: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['url'],
          properties: fieldsOf(WEBHOOK_FIELDS, {
            ...POLICY,
            ...TARGET_COMMON,
            name: { type: 'string', minLength: 1 },
            url: { type: 'string', minLength: 1 },
            secretEnv: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            includeSecret: { type: 'boolean' },
          }),
        },
      },
      githubRevoke: {
        oneOf: [
          { const: true },
          {
            type: 'object',
            additionalProperties: false,
            properties: fieldsOf(GITHUB_FIELDS, {
              ...POLICY,
              ...TARGET_COMMON,
              enabled: { type: 'boolean' },
              baseUrl: { type: 'string', minLength: 1 },
            }),
          },
        ],
      },
    },
  },
};

/** The JSON Schema of the config file, for editors (schemas/config.schema.json, written by the build). */
export function configFileSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://www.npmjs.com/package/leakscan/schemas/config.schema.json',
    title: `leakscan config file (${CONFIG_FILE_NAMES.join(' or ')})`,
    description:
      'Reference: README.md#configuration. leakscan validates the same fields when it loads the file (and checks what a schema cannot: regexes compile, rule ids exist). Generated from src/config/config-schema.ts by npm run build: do not edit.',
    type: ['object', 'null'],
    additionalProperties: false,
    properties: CONFIG_FIELDS,
    // The rule field schemas (rule-definition.ts) refer to it, as in rules/schema.json.
    definitions: { stringList: { type: 'array', items: { type: 'string' } } },
  };
}
