import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  builtinRulesDir
} from "./chunk-FMLDEMHG.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-ZDNC562W.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/rules/redos-verdicts.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var REDOS_SAFE_FILE = "redos-safe.json";
var patternKey = (pattern, flags) => createHash("sha256").update(`${flags}/${pattern}`).digest("hex");
function readSafePatterns(dir = builtinRulesDir()) {
  const file = join(dir, REDOS_SAFE_FILE);
  if (!existsSync(file)) return /* @__PURE__ */ new Set();
  return new Set(JSON.parse(readFileSync(file, "utf8")).safe);
}
function writeSafePatterns(keys, dir = builtinRulesDir()) {
  const safe = [...new Set(keys)].sort();
  writeFileSync(
    join(dir, REDOS_SAFE_FILE),
    `${JSON.stringify({ comment: "SHA-256 of flags/pattern of rule patterns recheck found safe; see src/rules/redos-verdicts.ts", safe }, null, 1)}
`
  );
}
export {
  REDOS_SAFE_FILE,
  patternKey,
  readSafePatterns,
  writeSafePatterns
};
