import type { Candidate } from '../detect/match-rule.js';
import type { Fragment } from '../sources/fragment.js';

/** What a filter sees: the candidate, its fragment, and the line where the secret starts with its position there. */
export interface FilterInput {
  candidate: Candidate;
  fragment: Fragment;
  lineText: string;
  /** Where the secret starts within lineText. */
  column: number;
}

/** A filter drops a candidate by returning the reason, or keeps it by returning undefined. */
export interface Filter {
  name: string;
  check(input: FilterInput): string | undefined;
}

/** The reason paired with the first pattern that matches `value`: how most classes of false alarm are told. */
export function firstMatchingReason(
  patterns: readonly (readonly [RegExp, string])[],
  value: string,
): string | undefined {
  for (const [pattern, reason] of patterns) if (pattern.test(value)) return reason;
  return undefined;
}
