import type { Filter } from './filter.js';

/** `leakscan:allow` on the line; `gitleaks:allow` too, so a team can switch without touching every comment. */
const INLINE_ALLOW = /leakscan:allow|gitleaks:allow/;

export const inlineIgnoreFilter: Filter = {
  name: 'inline-ignore',
  check: ({ lineText }) => {
    const marker = INLINE_ALLOW.exec(lineText);
    return marker ? `inline '${marker[0]}' comment` : undefined;
  },
};
