import type { Rule } from '../rules/rule.js';
import { buildKeywordTrie, trieCanMatch } from './keyword-trie.js';

/** Where keywords of which rules occur in a text: rule → offsets of its keyword hits, in ascending order. */
export type KeywordHits = Map<Rule, number[]>;

export interface KeywordIndex {
  /** One pass over the text; a rule that is absent from the result never runs on this text. */
  findHits(text: string): KeywordHits;
}

const escapeRegex = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The keywords, longest first (ties in code-unit order), and for each the rules a hit of it runs, as indices
 * into the rule list. The build computes it for the built-in rules (dist/keyword-table.json), so the hook's
 * start-up does not grow with the rule count; a rule set with custom or disabled rules computes its own.
 */
export interface KeywordTable {
  keywords: string[];
  rulesOf: number[][];
}

const prebuiltTables = new WeakMap<readonly Rule[], KeywordTable>();

/** `table` is `keywordTable(rules)` computed earlier (by the build): buildKeywordIndex(rules) uses it. */
export function usePrebuiltKeywordTable(rules: readonly Rule[], table: KeywordTable): void {
  prebuiltTables.set(rules, table);
}

export function keywordTable(rules: readonly Rule[]): KeywordTable {
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
  // Ties break by code unit, not localeCompare: the first localeCompare call loads ICU collation (~20 ms of
  // start-up), and distinct lower-case keywords of one length never match at the same offset anyway.
  const keywords = [...rulesByKeyword.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(rules.map((rule, index) => [rule, index]));
  return {
    keywords,
    rulesOf: keywords.map((keyword) => (rulesByKeyword.get(keyword) ?? []).map((rule) => position.get(rule) as number)),
  };
}

/**
 * `engine` picks the matcher: the trie (the default whenever every keyword is 3+ ASCII characters) or the
 * general regex; tests compare the two.
 */
export function buildKeywordIndex(rules: readonly Rule[], engine: 'auto' | 'regex' = 'auto'): KeywordIndex {
  const { keywords, rulesOf } = prebuiltTables.get(rules) ?? keywordTable(rules);
  if (keywords.length === 0) return { findHits: () => new Map() };
  const rulesById = rulesOf.map((indices) => indices.map((index) => rules[index] as Rule));
  if (engine === 'auto' && keywords.every(trieCanMatch)) return trieIndex(keywords, rulesById);
  return regexIndex(keywords, rulesById);
}

function trieIndex(keywords: string[], rulesById: Rule[][]): KeywordIndex {
  const trie = buildKeywordTrie(keywords);
  return {
    findHits(text: string): KeywordHits {
      const hits: KeywordHits = new Map();
      trie.scan(text, (id, start) => {
        for (const rule of rulesById[id] as Rule[]) {
          const offsets = hits.get(rule);
          if (offsets) offsets.push(start);
          else hits.set(rule, [start]);
        }
      });
      return hits;
    },
  };
}

/** The general path, for keywords outside ASCII: one case-insensitive alternation, longest first. */
function regexIndex(keywords: string[], rulesById: Rule[][]): KeywordIndex {
  const rulesByKeyword = new Map(keywords.map((keyword, id) => [keyword, rulesById[id] as Rule[]]));
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
  // Each keyword looks up its own proper prefixes (linear in total keyword length) instead of testing every
  // pair; prefixes are applied in the map's insertion order so each rule list comes out in the same order.
  const original = new Map(
    [...rulesByKeyword].map(([keyword, rules], order) => [keyword, { order, rules: [...rules] }]),
  );
  for (const [keyword, rules] of rulesByKeyword) {
    const prefixes = [];
    for (let length = 1; length < keyword.length; length++) {
      const prefix = original.get(keyword.slice(0, length));
      if (prefix) prefixes.push(prefix);
    }
    prefixes.sort((a, b) => a.order - b.order);
    for (const prefix of prefixes) for (const rule of prefix.rules) if (!rules.includes(rule)) rules.push(rule);
  }
}
