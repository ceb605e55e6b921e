import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  COMPILED_RULES_FILE,
  builtinRulesDir,
  compileRuleFiles,
  loadBuiltinDefinitions,
  readRuleFiles
} from "./chunk-3HCE7QUY.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-NCXP747E.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-NOCH2ITF.js";
import "./chunk-WF6X2IZB.js";
export {
  COMPILED_RULES_FILE,
  builtinRulesDir,
  compileRuleFiles,
  loadBuiltinDefinitions,
  readRuleFiles
};
