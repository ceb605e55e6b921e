import type { Config } from '../config/config.js';
import { globalAllowlistFilter, ruleAllowlistFilter } from './allowlist.js';
import { checksumFilter } from './checksum.js';
import { decodedPlaceholderFilter } from './decoded-placeholder.js';
import { dummyCredentialFilter } from './dummy-credential.js';
import { encodedMediaFilter } from './encoded-media.js';
import { entropyFilter } from './entropy.js';
import type { Filter } from './filter.js';
import { fingerprintLineFilter } from './fingerprint-line.js';
import { identifierFilter } from './identifier.js';
import { inlineIgnoreFilter } from './inline-ignore.js';
import { interpolationFilter } from './interpolation.js';
import { knownNonSecretFilter } from './known-non-secret.js';
import { placeholderFilter } from './placeholder.js';
import { secretManagerReferenceFilter } from './secret-manager-reference.js';
import { templateReferenceFilter } from './template-reference.js';

/**
 * The filters every candidate goes through, cheapest and most specific first; each names the class of false
 * alarm it drops, and `--explain` shows that name.
 */
export function defaultFilters(config: Config): Filter[] {
  return [
    checksumFilter,
    entropyFilter,
    templateReferenceFilter,
    secretManagerReferenceFilter,
    interpolationFilter,
    placeholderFilter,
    decodedPlaceholderFilter,
    dummyCredentialFilter,
    encodedMediaFilter,
    identifierFilter,
    knownNonSecretFilter,
    fingerprintLineFilter,
    ruleAllowlistFilter,
    globalAllowlistFilter(config.allowlist),
    inlineIgnoreFilter,
  ];
}
