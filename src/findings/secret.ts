import { createHash } from 'node:crypto';

/**
 * A redacted secret keeps only enough to recognise the key: a short vendor prefix (`ghp_`) when the value is
 * long enough that the prefix gives nothing away, then a fixed mask, so not even the length leaks.
 */
export function redactSecret(secret: string): string {
  const visible = secret.length >= 20 ? 4 : secret.length >= 12 ? 2 : 0;
  return `${secret.slice(0, visible)}${'*'.repeat(8)}`;
}

export function displaySecret(secret: string, showSecrets: boolean): string {
  return showSecrets ? secret : redactSecret(secret);
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function fingerprintOf(ruleId: string, path: string, secret: string): string {
  return `${ruleId}:${path}:${hashSecret(secret).slice(0, 16)}`;
}
