import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  MAX_DROPPED_KEPT,
  scan,
  withMinConfidence
} from "./chunk-LYEX5ESD.js";
import "./chunk-MTY2HTMF.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-NHKUNTIP.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-6I64PETV.js";
import "./chunk-JQQG2X3K.js";
import "./chunk-IWXFU2FD.js";
import "./chunk-WJYBGAJX.js";
import "./chunk-3HCE7QUY.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-K6HYPD47.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-TU3KUYFU.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-NCXP747E.js";
import "./chunk-NTV3KXKO.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-ZQ4PNIUJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NOCH2ITF.js";
import "./chunk-WF6X2IZB.js";
export {
  MAX_DROPPED_KEPT,
  scan,
  withMinConfidence
};
