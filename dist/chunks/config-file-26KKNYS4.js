import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  defaultConfig,
  findProjectFiles,
  loadConfig,
  parseConfig,
  parseConfigText,
  parseSize
} from "./chunk-SUFDYU3G.js";
import "./chunk-G7RB6AHY.js";
import "./chunk-354T74UX.js";
import "./chunk-WPDMLG2U.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-ICITSYZC.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-QUAOKGHR.js";
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
