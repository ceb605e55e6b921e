import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishScan
} from "./chunk-Z6EGIC2X.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-GA637OWJ.js";
import "./chunk-ITIEAFDK.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-227YVRHD.js";
import "./chunk-EV6M6SSA.js";
import "./chunk-AKCDRZBJ.js";
import "./chunk-5GLPIGHT.js";
import "./chunk-5WMDU7Y7.js";
import "./chunk-XIW44XYJ.js";
import "./chunk-Y3GII7RM.js";
import "./chunk-BSI3FXUE.js";
import "./chunk-ONUFT2PR.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-FCLFQTNG.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-USGU5MRX.js";
import "./chunk-NCXP747E.js";
import "./chunk-4KWYUMLQ.js";
import "./chunk-7JIDB6FZ.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-KLFZ2GIL.js";
import "./chunk-IVWYFZB6.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-WF6X2IZB.js";
export {
  finishScan
};
