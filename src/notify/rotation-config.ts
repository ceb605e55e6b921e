import { isIP } from 'node:net';
import { isAbsolute, normalize } from 'node:path';
import micromatch from 'micromatch';
import { SEVERITIES, type Severity } from '../rules/rule-definition.js';

/** Timeouts and retry budget of one target; small values in tests, generous defaults for real receivers. */
export interface DeliveryPolicy {
  connectTimeoutMs: number;
  timeoutMs: number;
  /** Retries after the first attempt, within one run. What is still failing stays pending in the outbox. */
  retries: number;
  backoffMs: number;
  maxBackoffMs: number;
  /** A Retry-After longer than this is not waited for in-run: the notice stays pending for `rotate flush`. */
  maxRetryAfterMs: number;
}

/** Which findings a target wants. Empty lists mean "all". */
export interface FindingFilter {
  rules: string[];
  tags: string[];
  minSeverity?: Severity;
}

export interface WebhookTarget extends FindingFilter {
  kind: 'webhook';
  /** Identity in the outbox: the same leak is delivered once per name. Defaults to the URL. */
  name: string;
  url: string;
  secretEnv: string;
  includeSecret: boolean;
  policy: DeliveryPolicy;
}

/** GitHub's credential revocation API: necessarily sends the raw token, so only present when opted in. */
export interface GithubRevokeTarget extends FindingFilter {
  kind: 'github-revoke';
  name: string;
  baseUrl: string;
  policy: DeliveryPolicy;
}

export type RotationTarget = WebhookTarget | GithubRevokeTarget;

export interface RotationConfig {
  targets: RotationTarget[];
  /**
   * The outbox journal the config names, relative to the working directory and inside it. Unset: the
   * user's state directory (see outboxPath), where a scanned repository cannot plant one.
   */
  outbox?: string;
}

/** Where the outbox was before it moved out of the tree: read by no run, only mentioned when found. */
export const LEGACY_OUTBOX = '.leakscan/outbox.jsonl';
export const DEFAULT_SECRET_ENV = 'LEAKSCAN_WEBHOOK_SECRET';
export const GITHUB_API_URL = 'https://api.github.com';

/** Worst case against a server that accepts and never answers: 4 × 10 s + 3.5 s of backoff, then pending. */
export const DEFAULT_POLICY: DeliveryPolicy = {
  connectTimeoutMs: 5_000,
  timeoutMs: 10_000,
  retries: 3,
  backoffMs: 500,
  maxBackoffMs: 8_000,
  maxRetryAfterMs: 30_000,
};

export const WEBHOOK_FIELDS = [
  'name',
  'url',
  'secretEnv',
  'rules',
  'tags',
  'minSeverity',
  'includeSecret',
  'allowInsecureHttp',
  ...Object.keys(DEFAULT_POLICY),
];
export const GITHUB_FIELDS = [
  'enabled',
  'baseUrl',
  'allowInsecureHttp',
  'rules',
  'tags',
  'minSeverity',
  ...Object.keys(DEFAULT_POLICY),
];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** HTTPS everywhere except loopback, unless the target explicitly allows plain HTTP. Returns a problem or undefined. */
export function checkUrl(value: unknown, allowInsecureHttp: boolean): string | undefined {
  if (typeof value !== 'string' || value === '') return 'must be a URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `not a URL: ${value}`;
  }
  if (url.username || url.password) return 'must not carry credentials; sign with secretEnv instead';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return `unsupported scheme ${url.protocol} (use https)`;
  if (isLoopbackHost(url.hostname) || allowInsecureHttp) return undefined;
  return 'must use https (plain http is only allowed for loopback hosts, or with allowInsecureHttp: true)';
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, path: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) {
    problems.push(`${path}: must be a list of non-empty strings`);
    return [];
  }
  return value as string[];
}

function booleanField(
  section: Record<string, unknown>,
  key: string,
  path: string,
  problems: string[],
  fallback: boolean,
): boolean {
  const value = section[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    problems.push(`${path}.${key}: must be true or false`);
    return fallback;
  }
  return value;
}

function policyOf(section: Record<string, unknown>, path: string, problems: string[]): DeliveryPolicy {
  const policy = { ...DEFAULT_POLICY };
  for (const key of Object.keys(DEFAULT_POLICY) as (keyof DeliveryPolicy)[]) {
    const value = section[key];
    if (value === undefined) continue;
    const minimum = key === 'retries' || key === 'backoffMs' || key === 'maxRetryAfterMs' ? 0 : 1;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum)
      problems.push(`${path}.${key}: must be an integer ≥ ${minimum}`);
    else policy[key] = value;
  }
  if (policy.retries > 20) problems.push(`${path}.retries: at most 20`);
  return policy;
}

function filterOf(section: Record<string, unknown>, path: string, problems: string[]): FindingFilter {
  const filter: FindingFilter = {
    rules: stringList(section.rules, `${path}.rules`, problems),
    tags: stringList(section.tags, `${path}.tags`, problems),
  };
  if (section.minSeverity !== undefined) {
    if (typeof section.minSeverity === 'string' && (SEVERITIES as readonly string[]).includes(section.minSeverity))
      filter.minSeverity = section.minSeverity as Severity;
    else problems.push(`${path}.minSeverity: must be one of ${SEVERITIES.join(', ')}`);
  }
  return filter;
}

function unknownFields(section: Record<string, unknown>, allowed: string[], path: string, problems: string[]): void {
  for (const key of Object.keys(section))
    if (!allowed.includes(key)) problems.push(`${path}.${key}: unknown field (expected one of ${allowed.join(', ')})`);
}

function webhookOf(raw: unknown, path: string, problems: string[]): WebhookTarget | undefined {
  if (!isMapping(raw)) {
    problems.push(`${path}: must be a mapping with at least url`);
    return undefined;
  }
  const before = problems.length;
  unknownFields(raw, WEBHOOK_FIELDS, path, problems);
  const allowInsecureHttp = booleanField(raw, 'allowInsecureHttp', path, problems, false);
  const urlProblem = checkUrl(raw.url, allowInsecureHttp);
  if (urlProblem) problems.push(`${path}.url: ${urlProblem}`);
  const secretEnv = raw.secretEnv ?? DEFAULT_SECRET_ENV;
  if (typeof secretEnv !== 'string' || !ENV_NAME.test(secretEnv))
    problems.push(
      `${path}.secretEnv: must be the NAME of an environment variable (the secret itself never goes in the file)`,
    );
  if (raw.name !== undefined && (typeof raw.name !== 'string' || raw.name === ''))
    problems.push(`${path}.name: must be a non-empty string`);
  const target: WebhookTarget = {
    kind: 'webhook',
    name: typeof raw.name === 'string' && raw.name ? raw.name : String(raw.url),
    url: String(raw.url),
    secretEnv: String(secretEnv),
    includeSecret: booleanField(raw, 'includeSecret', path, problems, false),
    ...filterOf(raw, path, problems),
    policy: policyOf(raw, path, problems),
  };
  return problems.length === before ? target : undefined;
}

function githubOf(raw: unknown, path: string, problems: string[]): GithubRevokeTarget | undefined {
  if (raw === undefined || raw === false) return undefined;
  const section = raw === true ? {} : raw;
  if (!isMapping(section)) {
    problems.push(`${path}: must be true or a mapping (enabled, baseUrl, …)`);
    return undefined;
  }
  const before = problems.length;
  unknownFields(section, GITHUB_FIELDS, path, problems);
  if (!booleanField(section, 'enabled', path, problems, true)) return undefined;
  const allowInsecureHttp = booleanField(section, 'allowInsecureHttp', path, problems, false);
  const baseUrl = section.baseUrl ?? GITHUB_API_URL;
  const urlProblem = checkUrl(baseUrl, allowInsecureHttp);
  if (urlProblem) problems.push(`${path}.baseUrl: ${urlProblem}`);
  const target: GithubRevokeTarget = {
    kind: 'github-revoke',
    name: 'github-revoke',
    baseUrl: String(baseUrl).replace(/\/+$/, ''),
    ...filterOf(section, path, problems),
    policy: policyOf(section, path, problems),
  };
  return problems.length === before ? target : undefined;
}

/** Validates the raw `rotation:` section; returns every problem, each named by its field path. */
export function parseRotationConfig(raw: unknown): { rotation: RotationConfig; problems: string[] } {
  const rotation: RotationConfig = { targets: [] };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { rotation, problems };
  if (!isMapping(raw)) return { rotation, problems: ['rotation: must be a mapping with webhooks and/or githubRevoke'] };
  unknownFields(raw, ['webhooks', 'githubRevoke', 'outbox'], 'rotation', problems);
  if (raw.outbox !== undefined) {
    if (typeof raw.outbox !== 'string' || raw.outbox === '') problems.push('rotation.outbox: must be a file path');
    // A config can come with the repository it sits in: it may name a file in that tree, never one elsewhere
    // (~/.bashrc). An outbox outside the tree is the user's choice, made with --outbox.
    else if (isAbsolute(raw.outbox) || normalize(raw.outbox).split(/[\\/]/)[0] === '..')
      problems.push(
        'rotation.outbox: must be a relative path inside the working directory (use --outbox for another place)',
      );
    else rotation.outbox = raw.outbox;
  }
  if (raw.webhooks !== undefined) {
    if (!Array.isArray(raw.webhooks)) problems.push('rotation.webhooks: must be a list of targets');
    else
      raw.webhooks.forEach((entry, index) => {
        const target = webhookOf(entry, `rotation.webhooks[${index}]`, problems);
        if (target) rotation.targets.push(target);
      });
  }
  const github = githubOf(raw.githubRevoke, 'rotation.githubRevoke', problems);
  if (github) rotation.targets.push(github);
  const names = rotation.targets.map((t) => t.name);
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index)
      problems.push(`rotation.webhooks: two targets share the name ${name}; give each a distinct name`);
  });
  return { rotation, problems };
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** Whether a target wants a finding: rule id globs, any of the tags, and the minimum severity must all agree. */
export function wantsFinding(
  filter: FindingFilter,
  finding: { ruleId: string; severity: Severity; tags: string[] },
): boolean {
  if (filter.rules.length > 0 && !micromatch.isMatch(finding.ruleId, filter.rules)) return false;
  if (filter.tags.length > 0 && !filter.tags.some((tag) => finding.tags.includes(tag))) return false;
  if (filter.minSeverity && SEVERITY_RANK[finding.severity] < SEVERITY_RANK[filter.minSeverity]) return false;
  return true;
}
