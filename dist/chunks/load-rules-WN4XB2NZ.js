import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  COMPILED_RULES_FILE,
  builtinRulesDir,
  compileRuleFiles,
  loadBuiltinDefinitions,
  readRuleFiles
} from "./chunk-5GGEX4MS.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-LO2HIFDE.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  COMPILED_RULES_FILE,
  builtinRulesDir,
  compileRuleFiles,
  loadBuiltinDefinitions,
  readRuleFiles
};
