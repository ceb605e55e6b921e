import type { GlobalAllowlist } from '../filters/allowlist.js';
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
  /** The raw `rotation:` section, validated by the rotation notifier when it is used. */
  rotation?: unknown;
}
