import type { Confidence, Severity } from './rule-definition.js';
import type { SecretPattern, TextTest } from './text-pattern.js';

/** A rule ready to run: the compiled form of a RuleDefinition. */
export interface Rule {
  id: string;
  title: string;
  vendor: string;
  severity: Severity;
  confidence: Confidence;
  /** Lower-cased. */
  keywords: string[];
  /** V8 for built-in rules, the linear-time engine for a config's custom rules. */
  pattern: SecretPattern;
  multiline: boolean;
  minEntropy: number;
  checksum?: string | undefined;
  /** The id half this (secret) rule absorbs when both are found within `withinLines` lines. */
  pair?: { ruleId: string; withinLines: number };
  /** False for an id-only rule: its findings are reported only as the paired half of a secret. */
  standalone: boolean;
  allowlist: CompiledAllowlist;
  references: string[];
  rotationGuide?: string | undefined;
  tags: string[];
  /** Where the rule was defined: `rules/github.yaml` or the config file. */
  source: string;
}

export interface CompiledAllowlist {
  regexes: TextTest[];
  /** Lower-cased. */
  stopwords: string[];
  paths: string[];
}
