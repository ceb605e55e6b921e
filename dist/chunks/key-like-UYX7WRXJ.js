import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  redactKeyLike
} from "./chunk-RXOAS2YS.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-JA7RNSWQ.js";
import "./chunk-WUDPO4A5.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-NCXP747E.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-DYTORKG6.js";
import "./chunk-WF6X2IZB.js";
export {
  redactKeyLike
};
