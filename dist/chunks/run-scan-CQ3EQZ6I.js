import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  directorySource,
  runScan,
  scanPaths
} from "./chunk-FOAY3RML.js";
import "./chunk-SADISWKG.js";
import "./chunk-M4ELX5NF.js";
import "./chunk-AKZJ3FS2.js";
import "./chunk-SZ44GOJX.js";
import "./chunk-227YVRHD.js";
import "./chunk-AKCDRZBJ.js";
import "./chunk-5GLPIGHT.js";
import "./chunk-XIW44XYJ.js";
import "./chunk-ADEJVYOB.js";
import "./chunk-USGU5MRX.js";
import "./chunk-NAMBUD66.js";
import "./chunk-Y3GII7RM.js";
import "./chunk-BSI3FXUE.js";
import "./chunk-EBZHPCRF.js";
import "./chunk-NCXP747E.js";
import "./chunk-4KWYUMLQ.js";
import "./chunk-7JIDB6FZ.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-KLFZ2GIL.js";
import "./chunk-IVWYFZB6.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-WF6X2IZB.js";
export {
  directorySource,
  runScan,
  scanPaths
};
