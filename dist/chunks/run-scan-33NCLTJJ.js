import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  directorySource,
  runScan,
  scanPaths
} from "./chunk-6HN6BO55.js";
import "./chunk-JNVEIDAD.js";
import "./chunk-YAPZPJL5.js";
import "./chunk-AKZJ3FS2.js";
import "./chunk-Q7DLDLAV.js";
import "./chunk-4W6S5XFL.js";
import "./chunk-PURXZNHO.js";
import "./chunk-XIW44XYJ.js";
import "./chunk-MNCULIWV.js";
import "./chunk-ZGZFAFZG.js";
import "./chunk-4LTKBZTW.js";
import "./chunk-BSI3FXUE.js";
import "./chunk-EBZHPCRF.js";
import "./chunk-NDTIYJFU.js";
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
