import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  redactKeyLike
} from "./chunk-C2E4AULS.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-WJYBGAJX.js";
import "./chunk-3HCE7QUY.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-NCXP747E.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NOCH2ITF.js";
import "./chunk-WF6X2IZB.js";
export {
  redactKeyLike
};
