import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  directorySource
} from "./chunk-LVQ4IZTG.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-TU3KUYFU.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-NTV3KXKO.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-WF6X2IZB.js";
export {
  directorySource
};
