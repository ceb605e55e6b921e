import { checksumFailure } from '../rules/checksums.js';
import type { Filter } from './filter.js';

/** Drops a candidate whose embedded checksum fails: a typo, a truncation or a made-up string, not a working key. */
export const checksumFilter: Filter = {
  name: 'checksum',
  check: ({ candidate }) => checksumFailure(candidate.rule.checksum, candidate.secret),
};
