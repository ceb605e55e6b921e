import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishScan
} from "./chunk-HBP2GM2P.js";
import "./chunk-RBBQTR3D.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-T7NUUDWJ.js";
import "./chunk-DBFSX6Q5.js";
import "./chunk-LEWFHLIX.js";
import "./chunk-WWJKY4QW.js";
import "./chunk-RFMPTYPE.js";
import "./chunk-JGRKNXIW.js";
import "./chunk-ODNNQPAB.js";
import "./chunk-CM7OWFBP.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-VPXIAPUH.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-JTQSPYI6.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-SUFDYU3G.js";
import "./chunk-G7RB6AHY.js";
import "./chunk-354T74UX.js";
import "./chunk-WPDMLG2U.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-ICITSYZC.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  finishScan
};
