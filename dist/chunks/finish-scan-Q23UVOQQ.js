import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishScan
} from "./chunk-P32KAGBF.js";
import "./chunk-I7TCGNMV.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-DFYJTNOE.js";
import "./chunk-AHMT7YPR.js";
import "./chunk-KT5YVJUE.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-LEWFHLIX.js";
import "./chunk-T57UBVTG.js";
import "./chunk-DOVRXELP.js";
import "./chunk-WPDMLG2U.js";
import "./chunk-J2TMB3A4.js";
import "./chunk-TRZKU3ML.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-52WUJQ64.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-IDIUZ333.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-ZXDPB2PO.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-LO2HIFDE.js";
import "./chunk-DBFSX6Q5.js";
import "./chunk-354T74UX.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  finishScan
};
