import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishScan
} from "./chunk-Z2FTCAEQ.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-I7SKV353.js";
import "./chunk-7NJFZE4G.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-KHCZBBAH.js";
import "./chunk-227YVRHD.js";
import "./chunk-EV6M6SSA.js";
import "./chunk-CEWXIFX7.js";
import "./chunk-ST67UOIG.js";
import "./chunk-7I6H2TMK.js";
import "./chunk-XIW44XYJ.js";
import "./chunk-AOH5SHCC.js";
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
import "./chunk-IUW3QYBR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-7RIXAAME.js";
import "./chunk-WF6X2IZB.js";
export {
  finishScan
};
