import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  directorySource,
  runScan,
  scanPaths
} from "./chunk-SNPLV273.js";
import "./chunk-XJA2QWIX.js";
import "./chunk-S4WU3JHJ.js";
import "./chunk-AKZJ3FS2.js";
import "./chunk-SZ44GOJX.js";
import "./chunk-227YVRHD.js";
import "./chunk-33P543TN.js";
import "./chunk-MZQDR4NT.js";
import "./chunk-XIW44XYJ.js";
import "./chunk-3ECGMMOJ.js";
import "./chunk-HHF677LR.js";
import "./chunk-HZEDDEF4.js";
import "./chunk-BSI3FXUE.js";
import "./chunk-EBZHPCRF.js";
import "./chunk-7LG7DLVJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NCXP747E.js";
import "./chunk-BQCVKMCL.js";
import "./chunk-7JIDB6FZ.js";
import "./chunk-USGU5MRX.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  directorySource,
  runScan,
  scanPaths
};
