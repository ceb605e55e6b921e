import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  COMPILED_RULES_FILE,
  KEYWORD_TABLE_FILE,
  builtinRulesDir,
  compileRuleFiles,
  loadBuiltinDefinitions,
  prebuiltKeywordTable,
  readRuleFiles
} from "./chunk-FMLDEMHG.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-ZDNC562W.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  COMPILED_RULES_FILE,
  KEYWORD_TABLE_FILE,
  builtinRulesDir,
  compileRuleFiles,
  loadBuiltinDefinitions,
  prebuiltKeywordTable,
  readRuleFiles
};
