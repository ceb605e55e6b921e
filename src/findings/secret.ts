import { createHash } from 'node:crypto';

/**
 * A redacted secret keeps only enough to recognise the key: a short vendor prefix (`ghp_`) when the value is
 * long enough that the prefix gives nothing away, then a fixed mask, so not even the length leaks.
 */
export function redactSecret(secret: string): string {
  const visible = secret.length >= 20 ? 4 : secret.length >= 12 ? 2 : 0;
  return `${secret.slice(0, visible)}${'*'.repeat(8)}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function fingerprintOf(ruleId: string, path: string, secret: string): string {
  return `${ruleId}:${path}:${hashSecret(secret).slice(0, 16)}`;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * A leaked value. Every way of turning it into text — `${secret}`, String(), JSON.stringify, console.log,
 * util.inspect — gives the redacted form; the raw value comes only from `reveal()`, which the few places
 * that must have it call by name: reporters under --show-secrets, a webhook with includeSecret, the GitHub
 * revocation request and the Action's ::add-mask::. A forgotten redaction therefore prints `ghp_********`.
 */
export class Secret {
  readonly #raw: string;

  constructor(raw: string) {
    this.#raw = raw;
  }

  reveal(): string {
    return this.#raw;
  }

  get redacted(): string {
    return redactSecret(this.#raw);
  }

  /** The raw value with --show-secrets, else the redacted one. */
  shown(showSecrets: boolean): string {
    return showSecrets ? this.#raw : this.redacted;
  }

  toString(): string {
    return this.redacted;
  }

  toJSON(): string {
    return this.redacted;
  }

  [INSPECT](): string {
    return `Secret(${this.redacted})`;
  }
}
