import type { GlobalAllowlist } from '../filters/allowlist.js';
import type { RotationConfig } from '../notify/rotation-config.js';
import type { Confidence, RuleDefinition } from '../rules/rule-definition.js';

/** The working configuration, after validation and defaults. */
export interface Config {
  /** The file it came from, if any. */
  file?: string;
  disabledRules: string[];
  customRules: RuleDefinition[];
  allowlist: GlobalAllowlist;
  maxFileBytes: number;
  defaultIgnores: boolean;
  /** Findings below this confidence are dropped; unset: the scan mode's default. */
  minConfidence?: Confidence;
  /** `verify: true`: check each finding with its vendor, as `--verify` does (endpoint overrides stay CLI-only). */
  verify?: boolean;
  /** The `rotation:` section, validated with the rest of the file: a typo there fails even without --rotate. */
  rotation: RotationConfig;
}
