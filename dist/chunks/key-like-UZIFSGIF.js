import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  redactKeyLike
} from "./chunk-XHDQCUHZ.js";
import "./chunk-5DY6PWZU.js";
import "./chunk-Z5AEVAKK.js";
import "./chunk-FMLDEMHG.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-ZDNC562W.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  redactKeyLike
};
