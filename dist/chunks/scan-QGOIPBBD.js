import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  MAX_DROPPED_KEPT,
  scan,
  withMinConfidence
} from "./chunk-MQOOVPZK.js";
import "./chunk-DBFSX6Q5.js";
import "./chunk-CZFOBFXK.js";
import "./chunk-V6WDK2A2.js";
import "./chunk-B2YLNCUQ.js";
import "./chunk-J2TMB3A4.js";
import "./chunk-RDXUFYPS.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-VPXIAPUH.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-JTQSPYI6.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-H7JXFFGA.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-354T74UX.js";
import "./chunk-WPDMLG2U.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Q2MCPSWR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-UZIJ6APH.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  MAX_DROPPED_KEPT,
  scan,
  withMinConfidence
};
