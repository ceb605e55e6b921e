import type { Filter } from './filter.js';

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  const length = [...value].length;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** A value below its rule's entropy floor is too regular to be a generated key. */
export const entropyFilter: Filter = {
  name: 'entropy',
  check: ({ candidate }) => {
    const floor = candidate.rule.minEntropy;
    if (floor <= 0) return undefined;
    const entropy = shannonEntropy(candidate.secret);
    return entropy < floor ? `entropy ${entropy.toFixed(2)} < ${floor.toFixed(2)}` : undefined;
  },
};
