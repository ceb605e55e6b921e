import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  MAX_DROPPED_KEPT,
  scan,
  withMinConfidence
} from "./chunk-TPG72OTZ.js";
import "./chunk-ULQLIO27.js";
import "./chunk-HRNSKBSI.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-R4C5GHLD.js";
import "./chunk-MXDTCXSA.js";
import "./chunk-IWXFU2FD.js";
import "./chunk-KKTCCHCE.js";
import "./chunk-5GGEX4MS.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-WAEJR4HK.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-7I7KXCIU.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-7ADP4NDB.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-LO2HIFDE.js";
import "./chunk-DBFSX6Q5.js";
import "./chunk-354T74UX.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  MAX_DROPPED_KEPT,
  scan,
  withMinConfidence
};
