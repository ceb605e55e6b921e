import type { JsonSchema } from '../rules/rule-definition.js';

/**
 * A live-verification recipe as written in `rules/verifiers/*.yaml`: one read-only request to the vendor's own
 * host, and the responses that mean live or invalid. Anything that matches neither is `unknown`.
 */
export interface VerifierDefinition {
  id: string;
  vendor: string;
  /** The rule ids whose findings this verifier checks. */
  rules: string[];
  /** Every host the request may go to (`*.api.mailchimp.com` allows one label before it). */
  hosts: string[];
  /** The vendor documentation of the endpoint. */
  docs: string[];
  /** Whether the endpoint was checked against vendor documentation found by the project's search tool. */
  checked_against_docs?: boolean;
  /** What a live response holds, in a few words (the body is matched, never stored). */
  returns: string;
  /** Parts of the secret used in the request: name → regex with a named group `value`. */
  extract?: Record<string, string>;
  /** A step that needs code: `aws-sigv4` signs the request with the key id (paired half) and the secret. */
  code?: 'aws-sigv4';
  request: VerifierRequest;
  live: ResponseMatcher[];
  invalid: ResponseMatcher[];
}

export interface VerifierRequest {
  method: 'GET' | 'POST';
  /** https URL; `{{secret}}`, `{{id}}` (the paired half) and extracted names are filled in. */
  url: string;
  headers?: Record<string, string>;
  body?: string;
  basic_auth?: { username: string; password: string };
}

/** A response matches when its status is listed and every body condition holds. */
export interface ResponseMatcher {
  status: number[];
  /** Dotted JSON paths and the value each must have (the body must be JSON). */
  json?: Record<string, string | number | boolean>;
  /** Literal strings the body must contain (all of them). */
  body_includes?: string[];
  /** The reason reported with the state. */
  reason: string;
}

export const VERIFIER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HOST_PATTERN = '^(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$';

const stringList = (minItems = 1): JsonSchema => ({ type: 'array', minItems, items: { type: 'string', minLength: 1 } });
const stringMap: JsonSchema = { type: 'object' };

const MATCHER_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'reason'],
  properties: {
    status: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 100, maximum: 599 } },
    json: { type: 'object', description: 'dotted path → expected value' },
    body_includes: stringList(),
    reason: { type: 'string', minLength: 1 },
  },
};

/** The one declaration of a verifier's shape: load-time validation interprets it, the build writes it out. */
export const VERIFIER_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'vendor', 'rules', 'hosts', 'docs', 'returns', 'request', 'live', 'invalid'],
  properties: {
    id: { type: 'string', pattern: VERIFIER_ID_PATTERN.source },
    vendor: { type: 'string', minLength: 1 },
    rules: stringList(),
    hosts: { type: 'array', minItems: 1, items: { type: 'string', pattern: HOST_PATTERN } },
    docs: stringList(),
    checked_against_docs: { type: 'boolean' },
    returns: { type: 'string', minLength: 1 },
    extract: { ...stringMap, description: 'name → regex with a named group `value`' },
    code: { enum: ['aws-sigv4'] },
    request: {
      type: 'object',
      additionalProperties: false,
      required: ['method', 'url'],
      properties: {
        method: { enum: ['GET', 'POST'] },
        url: { type: 'string', pattern: '^https://' },
        headers: stringMap,
        body: { type: 'string' },
        basic_auth: {
          type: 'object',
          additionalProperties: false,
          required: ['username', 'password'],
          properties: { username: { type: 'string' }, password: { type: 'string' } },
        },
      },
    },
    live: { type: 'array', minItems: 1, items: MATCHER_SCHEMA },
    invalid: { type: 'array', minItems: 1, items: MATCHER_SCHEMA },
  },
};

/** `rules/verifiers/schema.json`, written by `npm run build`. */
export function verifierFileSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'leakscan verifier file',
    type: 'array',
    items: VERIFIER_SCHEMA,
  };
}

/** The problems of `value` against the schema subset used here, each prefixed by its path. */
export function schemaProblems(value: unknown, schema: JsonSchema, path: string): string[] {
  if (schema.enum)
    return schema.enum.includes(value as string) ? [] : [`${path}: must be one of ${schema.enum.join(', ')}`];
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return [`${path}: must be a string`];
      if (schema.minLength !== undefined && value.length < schema.minLength) return [`${path}: must not be empty`];
      if (schema.pattern && !new RegExp(schema.pattern).test(value)) return [`${path}: must match ${schema.pattern}`];
      return [];
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value)))
        return [`${path}: must be ${schema.type === 'integer' ? 'an integer' : 'a number'}`];
      if (schema.minimum !== undefined && value < schema.minimum) return [`${path}: must be >= ${schema.minimum}`];
      if (schema.maximum !== undefined && value > schema.maximum) return [`${path}: must be <= ${schema.maximum}`];
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: must be true or false`];
    case 'array': {
      if (!Array.isArray(value)) return [`${path}: must be a list`];
      if (schema.minItems !== undefined && value.length < schema.minItems)
        return [`${path}: must have at least ${schema.minItems} entries`];
      const items = schema.items;
      return items ? value.flatMap((item, index) => schemaProblems(item, items, `${path}[${index}]`)) : [];
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${path}: must be a mapping`];
      const record = value as Record<string, unknown>;
      const problems = (schema.required ?? [])
        .filter((key) => !(key in record))
        .map((key) => `${path}.${key}: is required`);
      const properties = schema.properties;
      for (const [key, item] of Object.entries(record)) {
        const property = properties?.[key];
        if (property) problems.push(...schemaProblems(item, property, `${path}.${key}`));
        else if (schema.additionalProperties === false) problems.push(`${path}.${key}: unknown field`);
      }
      return problems;
    }
    default:
      return [];
  }
}

/** Host `host` is allowed by the verifier's list (exact, or one label under a `*.` entry). */
export function hostAllowed(host: string, hosts: readonly string[]): boolean {
  const name = host.toLowerCase();
  return hosts.some((entry) => {
    if (!entry.startsWith('*.')) return entry === name;
    const suffix = entry.slice(1);
    return name.endsWith(suffix) && /^[a-z0-9-]+$/.test(name.slice(0, -suffix.length));
  });
}

/**
 * Everything the schema cannot say: the URL's host is in the allowlist, body conditions are present (a status
 * alone never decides: a WAF or a proxy can answer any status), extract patterns compile with a `value` group.
 */
export function semanticProblems(definition: VerifierDefinition, where: string): string[] {
  const problems: string[] = [];
  const templateHost = /^https:\/\/([^/{}]*\{\{\w+\}\}[^/]*|[^/]+)\//.exec(definition.request.url)?.[1];
  if (!templateHost) problems.push(`${where}.request.url: must be https://HOST/PATH`);
  else if (!templateHost.includes('{{') && !hostAllowed(templateHost, definition.hosts))
    problems.push(`${where}.request.url: host ${templateHost} is not in hosts`);
  for (const [name, pattern] of Object.entries(definition.extract ?? {})) {
    try {
      if (!/\(\?<value>/.test(pattern)) problems.push(`${where}.extract.${name}: needs a named group (?<value>...)`);
      new RegExp(pattern);
    } catch (error) {
      problems.push(`${where}.extract.${name}: ${(error as Error).message}`);
    }
  }
  for (const kind of ['live', 'invalid'] as const) {
    definition[kind].forEach((matcher, index) => {
      if (!matcher.json && !matcher.body_includes)
        problems.push(
          `${where}.${kind}[${index}]: needs a json or body_includes condition (a status alone is not the vendor's answer)`,
        );
      for (const status of matcher.status)
        if (status === 429 || status >= 500 || (status >= 300 && status < 400))
          problems.push(`${where}.${kind}[${index}]: status ${status} always means unknown`);
    });
  }
  if (definition.code === 'aws-sigv4' && !definition.request.url.includes('amazonaws.com'))
    problems.push(`${where}.code: aws-sigv4 signs requests to amazonaws.com only`);
  return problems;
}
