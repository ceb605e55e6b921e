import type { GlobalAllowlist } from '../filters/allowlist.js';
import type { RotationConfig } from '../notify/rotation-config.js';
import type { FindingConfidence, RuleDefinition } from '../rules/rule-definition.js';

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
  minConfidence?: FindingConfidence;
  /** `baseline:` as written: a path relative to the config file's directory. */
  baseline?: string | undefined;
  /**
   * The baseline that applies when no --baseline is given (absolute): `baseline:`, else the default
   * `.leakscan-baseline` next to the config file (or in the scanned root without one) when it exists.
   */
  baselineFile?: string | undefined;
  /** `verify: true`: check each finding with its vendor, as `--verify` does (endpoint overrides stay CLI-only). */
  verify?: boolean | undefined;
  /** The `rotation:` section, validated with the rest of the file: a typo there fails even without --rotate. */
  rotation: RotationConfig;
}
