import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  defaultConfig,
  findProjectFiles,
  loadConfig,
  parseConfig,
  parseConfigText,
  parseSize
} from "./chunk-H7JXFFGA.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-354T74UX.js";
import "./chunk-WPDMLG2U.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Q2MCPSWR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-UZIJ6APH.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  defaultConfig,
  findProjectFiles,
  loadConfig,
  parseConfig,
  parseConfigText,
  parseSize
};
