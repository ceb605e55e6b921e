import { checksumFailure } from './checksum.js';
import { shannonEntropy } from './entropy.js';
import type { Filter } from './filter.js';
import { placeholderReason } from './placeholder.js';

export const entropyFilter: Filter = {
  name: 'entropy',
  check: ({ candidate }) => {
    const floor = candidate.rule.minEntropy;
    if (floor <= 0) return undefined;
    const entropy = shannonEntropy(candidate.secret);
    return entropy < floor ? `entropy ${entropy.toFixed(2)} < ${floor.toFixed(2)}` : undefined;
  },
};

export const placeholderFilter: Filter = {
  name: 'placeholder',
  check: ({ candidate }) => placeholderReason(candidate.secret),
};

/** `leakscan:allow` on the line; `gitleaks:allow` too, so a team can switch without touching every comment. */
const INLINE_ALLOW = /leakscan:allow|gitleaks:allow/;

export const inlineIgnoreFilter: Filter = {
  name: 'inline-ignore',
  check: ({ lineText }) => {
    const marker = INLINE_ALLOW.exec(lineText);
    return marker ? `inline '${marker[0]}' comment` : undefined;
  },
};

export const checksumFilter: Filter = {
  name: 'checksum',
  check: ({ candidate }) => checksumFailure(candidate.rule.checksum, candidate.secret),
};
