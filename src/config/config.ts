import type { GlobalAllowlist } from '../filters/allowlist.js';
import type { RotationConfig } from '../notify/rotation-config.js';
import type { RuleDefinition } from '../rules/rule-definition.js';

/** The working configuration, after validation and defaults. */
export interface Config {
  /** The file it came from, if any. */
  file?: string;
  disabledRules: string[];
  customRules: RuleDefinition[];
  allowlist: GlobalAllowlist;
  maxFileBytes: number;
  defaultIgnores: boolean;
  /** The `rotation:` section, validated with the rest of the file: a typo there fails even without --rotate. */
  rotation: RotationConfig;
}
