import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  directorySource,
  runScan,
  scanPaths
} from "./chunk-CGLXIEA7.js";
import "./chunk-ICD72JZ5.js";
import "./chunk-PX75IRNL.js";
import "./chunk-ZBRAVUFL.js";
import "./chunk-RYNI4OJ4.js";
import "./chunk-5MDFOANZ.js";
import "./chunk-R5IAEZOC.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-GV4DZEJ2.js";
import "./chunk-QAR6WOLX.js";
import "./chunk-USGU5MRX.js";
import "./chunk-36KLJLJB.js";
import "./chunk-IYFG77MX.js";
import "./chunk-NDTIYJFU.js";
import "./chunk-NCXP747E.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  directorySource,
  runScan,
  scanPaths
};
