import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  redactKeyLike
} from "./chunk-HZ6XTSVZ.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-ODNNQPAB.js";
import "./chunk-CM7OWFBP.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  redactKeyLike
};
