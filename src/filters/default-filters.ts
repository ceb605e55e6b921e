import type { Config } from '../config/config.js';
import { globalAllowlistFilter, ruleAllowlistFilter } from './allowlist.js';
import { entropyFilter, inlineIgnoreFilter, placeholderFilter } from './basic-filters.js';
import type { Filter } from './filter.js';

/** The filters every candidate goes through, cheapest and most specific first. */
export function defaultFilters(config: Config): Filter[] {
  return [entropyFilter, placeholderFilter, ruleAllowlistFilter, globalAllowlistFilter(config.allowlist), inlineIgnoreFilter];
}
