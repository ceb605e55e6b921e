import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  redactKeyLike
} from "./chunk-DHQVU5DP.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-TM6IN7YW.js";
import "./chunk-TRZKU3ML.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-LO2HIFDE.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  redactKeyLike
};
