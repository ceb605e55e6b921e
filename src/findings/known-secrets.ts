import type { Finding } from './finding.js';
import { redactSecret, Secret } from './secret.js';

/** Lines of a multi-line secret shorter than this (PEM dashes, short base64 tails) are not worth a search. */
const MIN_SECRET_LINE = 8;

/** The raw values a scan found: each secret, its paired half, and each long line of a multi-line one (the
 * runner masks line by line, and a line of a PEM key can turn up on its own). */
export function knownSecretValues(findings: readonly Finding[]): string[] {
  const values = new Set<string>();
  for (const finding of findings) {
    for (const half of [finding.secret, finding.pairedWith?.secret]) {
      if (!half) continue;
      const raw = half.reveal();
      values.add(raw);
      if (raw.includes('\n'))
        for (const line of raw.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET_LINE) values.add(line.trim());
    }
  }
  return [...values];
}

/**
 * A function that replaces every secret the scan found wherever it appears inside a string: a key that is
 * also in a file name, a commit subject or an author field is printed as `ghp_********` there too.
 */
export function knownSecretRedactor(findings: readonly Finding[]): (text: string) => string {
  const values = knownSecretValues(findings).sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  const pattern = new RegExp(values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, (match) => redactSecret(match));
}

/**
 * Fields whose text comes from leakscan's own rules and filters, never from what was scanned. A found secret
 * can be a common word (`Password=secret` in a connection string): masking it here would turn the rule id
 * `generic-secret-assignment` into `generic-********-assignment` in every machine-readable report.
 */
const OWN_FIELDS: ReadonlySet<string> = new Set([
  'ruleId',
  'filter',
  'title',
  'vendor',
  'severity',
  'confidence',
  'rotationGuide',
  'references',
]);

/**
 * A deep copy of `value` with `redact` applied to every string in it but leakscan's own fields. Secret values
 * are kept as they are (they redact themselves), as is anything that is not a plain object or an array.
 */
export function redactStrings<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact)) as T;
  if (value === null || typeof value !== 'object' || value instanceof Secret) return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      OWN_FIELDS.has(key)
        ? item
        : key === 'fingerprint' && typeof item === 'string'
          ? redactFingerprintPath(item, redact)
          : redactStrings(item, redact),
    ]),
  ) as T;
}

/** `ruleId:path:hash`: only the path can hold a secret (a key used as a file name). */
function redactFingerprintPath(fingerprint: string, redact: (text: string) => string): string {
  const first = fingerprint.indexOf(':');
  const last = fingerprint.lastIndexOf(':');
  if (first < 0 || last <= first) return redact(fingerprint);
  return `${fingerprint.slice(0, first + 1)}${redact(fingerprint.slice(first + 1, last))}${fingerprint.slice(last)}`;
}
