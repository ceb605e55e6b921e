import type { GlobalAllowlist } from '../filters/allowlist.js';
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
  /** The raw `rotation:` section, validated by the rotation notifier when it is used. */
  rotation?: unknown;
}
