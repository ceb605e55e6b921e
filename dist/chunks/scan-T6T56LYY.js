import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  MAX_DROPPED_KEPT,
  scan,
  withMinConfidence
} from "./chunk-PSVLYIHA.js";
import "./chunk-RRP6XRJH.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-ORESBMUW.js";
import "./chunk-227YVRHD.js";
import "./chunk-G5DMYZBC.js";
import "./chunk-2OSGQ462.js";
import "./chunk-JA7RNSWQ.js";
import "./chunk-IWXFU2FD.js";
import "./chunk-WUDPO4A5.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-SEUV7MPY.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-DHBYJGE3.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-HMUBN7PQ.js";
import "./chunk-NCXP747E.js";
import "./chunk-PQH4FFIE.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-BYKN45GH.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-DYTORKG6.js";
import "./chunk-WF6X2IZB.js";
export {
  MAX_DROPPED_KEPT,
  scan,
  withMinConfidence
};
