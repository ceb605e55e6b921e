/** What the vendor said about a key: `live`, `invalid` (the vendor's own answer), or `unknown` (anything else). */
export const VERIFICATION_STATES = ['live', 'invalid', 'unknown'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export interface Verification {
  state: VerificationState;
  /** Why, in words: `200 from api.github.com: token accepted`, `429 rate limited (Retry-After 30s)`. */
  reason: string;
  /** ISO time of the check (or of the cached check it reuses). */
  checkedAt: string;
  /** The verifier used, when there is one for the rule. */
  verifier?: string | undefined;
}

/** `live` first, then `unknown`, then `invalid`, then findings not verified. */
export function verificationRank(verification: Verification | undefined): number {
  if (!verification) return 3;
  return { live: 0, unknown: 1, invalid: 2 }[verification.state];
}

/** One line for people: `live (200 from api.github.com: token accepted)`. */
export function verificationNote(verification: Verification): string {
  return `${verification.state} (${verification.reason})`;
}
