import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  redactKeyLike
} from "./chunk-HMTGVLPU.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-7I6H2TMK.js";
import "./chunk-AOH5SHCC.js";
import "./chunk-BSI3FXUE.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-NCXP747E.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-7RIXAAME.js";
import "./chunk-WF6X2IZB.js";
export {
  redactKeyLike
};
