import { compileUserTextTest, type TextTest } from '../rules/text-pattern.js';
import type { Filter } from './filter.js';

/** Allowlist entries that apply to every rule (from the config). Paths are handled before scanning. */
export interface GlobalAllowlist {
  /** Sources, checked when the config loaded; plain strings so the config crosses to worker threads. */
  regexes: string[];
  /** Lower-cased. */
  stopwords: string[];
  paths: string[];
}

export const emptyAllowlist = (): GlobalAllowlist => ({ regexes: [], stopwords: [], paths: [] });

function allowlistReason(
  secret: string,
  regexes: readonly TextTest[],
  stopwords: string[],
  scope: string,
): string | undefined {
  for (const regex of regexes) if (regex.test(secret)) return `${scope}.regexes: ${regex.source}`;
  if (stopwords.length > 0) {
    const lower = secret.toLowerCase();
    for (const word of stopwords) if (lower.includes(word)) return `${scope}.stopwords: ${word}`;
  }
  return undefined;
}

export const ruleAllowlistFilter: Filter = {
  name: 'rule-allowlist',
  check: ({ candidate }) =>
    allowlistReason(
      candidate.secret,
      candidate.rule.allowlist.regexes,
      candidate.rule.allowlist.stopwords,
      'allowlist',
    ),
};

export function globalAllowlistFilter(allowlist: GlobalAllowlist): Filter {
  const regexes = allowlist.regexes.map(compileUserTextTest);
  return {
    name: 'global-allowlist',
    check: ({ candidate }) => allowlistReason(candidate.secret, regexes, allowlist.stopwords, 'config allowlist'),
  };
}
