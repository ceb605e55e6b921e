import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  knownSecretRedactor
} from "./chunk-5DY6PWZU.js";
import {
  createDetector
} from "./chunk-Z5AEVAKK.js";
import {
  compileRuleFiles,
  loadBuiltinDefinitions
} from "./chunk-FMLDEMHG.js";

// src/detect/key-like.ts
async function redactKeyLike(text) {
  const rules = compileRuleFiles(await loadBuiltinDefinitions()).map(({ pair: _pair, ...rule }) => ({
    ...rule,
    standalone: true
  }));
  const { findings } = createDetector(rules, []).detect({
    text,
    origin: { kind: "file", path: "<message>" },
    startLine: 1
  });
  return knownSecretRedactor(findings)(text);
}

export {
  redactKeyLike
};
