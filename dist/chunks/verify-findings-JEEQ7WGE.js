import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  TEST_ORIGIN_ENV,
  verifierHosts,
  verifyFindings
} from "./chunk-YGSCZDVE.js";
import "./chunk-QGFSZZQT.js";
import "./chunk-SYH7AL26.js";
import "./chunk-B4DN4HVJ.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  TEST_ORIGIN_ENV,
  verifierHosts,
  verifyFindings
};
