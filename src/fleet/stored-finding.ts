import type { Finding } from '../findings/finding.js';
import { Secret } from '../findings/secret.js';

/**
 * A secret read back from the fleet's store, where only its redacted form was ever written: it shows that
 * form as it is (redacting it again would cut the visible prefix), and has nothing more to reveal.
 */
class StoredSecret extends Secret {
  readonly #shown: string;

  constructor(redacted: string) {
    super(redacted);
    this.#shown = redacted;
  }

  override get redacted(): string {
    return this.#shown;
  }
}

/** A finding as the store keeps it: JSON, the secret as its redacted text (Secret.toJSON). */
export const storeFinding = (finding: Finding): string => JSON.stringify(finding);

export function loadFinding(text: string): Finding {
  const parsed = JSON.parse(text) as Omit<Finding, 'secret' | 'pairedWith'> & {
    secret: string;
    pairedWith?: Omit<NonNullable<Finding['pairedWith']>, 'secret'> & { secret: string };
  };
  return {
    ...parsed,
    secret: new StoredSecret(parsed.secret),
    ...(parsed.pairedWith
      ? { pairedWith: { ...parsed.pairedWith, secret: new StoredSecret(parsed.pairedWith.secret) } }
      : {}),
  } as Finding;
}

/** The key that makes recording a finding twice a no-op: a job retried after it recorded, or the same key re-added at the same path later (the first commit stays). */
export const findingKey = (finding: Finding): string => finding.fingerprint;
