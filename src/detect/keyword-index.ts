import type { Rule } from '../rules/rule.js';

/** Where keywords of which rules occur in a text: rule → offsets of its keyword hits. */
export type KeywordHits = Map<Rule, number[]>;

export interface KeywordIndex {
  /** One pass over the text; a rule that is absent from the result never runs on this text. */
  findHits(text: string): KeywordHits;
}

const escapeRegex = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildKeywordIndex(rules: readonly Rule[]): KeywordIndex {
  const rulesByKeyword = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const keyword of new Set(rule.keywords)) {
      const list = rulesByKeyword.get(keyword) ?? [];
      list.push(rule);
      rulesByKeyword.set(keyword, list);
    }
  }
  addRulesOfPrefixKeywords(rulesByKeyword);
  // Longest first so an alternation prefers `sk_live_` over `sk_`; the search restarts one character after
  // each hit, so a keyword inside another (`live_` in `sk_live_`) is still found.
  const keywords = [...rulesByKeyword.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (keywords.length === 0) return { findHits: () => new Map() };
  const combined = new RegExp(keywords.map(escapeRegex).join('|'), 'gi');

  return {
    findHits(text: string): KeywordHits {
      const hits: KeywordHits = new Map();
      combined.lastIndex = 0;
      for (let match = combined.exec(text); match !== null; match = combined.exec(text)) {
        const keyword = match[0].toLowerCase();
        for (const rule of rulesByKeyword.get(keyword) ?? []) {
          const offsets = hits.get(rule);
          if (offsets) offsets.push(match.index);
          else hits.set(rule, [match.index]);
        }
        combined.lastIndex = match.index + 1;
      }
      return hits;
    },
  };
}

/**
 * An alternation reports one keyword per position, the longest: where `secret_` matched, the rules keyed on
 * `secret` must run too. So each keyword also carries the rules of every keyword that is a prefix of it.
 */
function addRulesOfPrefixKeywords(rulesByKeyword: Map<string, Rule[]>): void {
  const original = new Map([...rulesByKeyword].map(([keyword, rules]) => [keyword, [...rules]]));
  for (const [keyword, rules] of rulesByKeyword) {
    for (const [other, otherRules] of original) {
      if (other.length < keyword.length && keyword.startsWith(other)) {
        for (const rule of otherRules) if (!rules.includes(rule)) rules.push(rule);
      }
    }
  }
}
