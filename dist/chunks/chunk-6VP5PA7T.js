import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  compileUserTextTest
} from "./chunk-ZDNC562W.js";

// src/filters/allowlist.ts
var emptyAllowlist = () => ({ regexes: [], stopwords: [], paths: [] });
function allowlistReason(secret, regexes, stopwords, scope) {
  for (const regex of regexes) if (regex.test(secret)) return `${scope}.regexes: ${regex.source}`;
  if (stopwords.length > 0) {
    const lower = secret.toLowerCase();
    for (const word of stopwords) if (lower.includes(word)) return `${scope}.stopwords: ${word}`;
  }
  return void 0;
}
var ruleAllowlistFilter = {
  name: "rule-allowlist",
  check: ({ candidate }) => allowlistReason(
    candidate.secret,
    candidate.rule.allowlist.regexes,
    candidate.rule.allowlist.stopwords,
    "allowlist"
  )
};
function globalAllowlistFilter(allowlist) {
  const regexes = allowlist.regexes.map(compileUserTextTest);
  return {
    name: "global-allowlist",
    check: ({ candidate }) => allowlistReason(candidate.secret, regexes, allowlist.stopwords, "config allowlist")
  };
}

export {
  emptyAllowlist,
  ruleAllowlistFilter,
  globalAllowlistFilter
};
