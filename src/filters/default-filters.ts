import type { Config } from '../config/config.js';
import { globalAllowlistFilter, ruleAllowlistFilter } from './allowlist.js';
import { checksumFilter, entropyFilter, inlineIgnoreFilter, placeholderFilter } from './basic-filters.js';
import type { Filter } from './filter.js';
import { fingerprintLineFilter } from './fingerprint-line.js';
import { knownNonSecretFilter } from './known-non-secret.js';

/** The filters every candidate goes through, cheapest and most specific first. */
export function defaultFilters(config: Config): Filter[] {
  return [checksumFilter, entropyFilter, placeholderFilter, knownNonSecretFilter, fingerprintLineFilter, ruleAllowlistFilter, globalAllowlistFilter(config.allowlist), inlineIgnoreFilter];
}
