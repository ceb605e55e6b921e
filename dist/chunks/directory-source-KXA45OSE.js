import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  directorySource
} from "./chunk-OIWA522O.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-FCLFQTNG.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-USGU5MRX.js";
import "./chunk-4KWYUMLQ.js";
import "./chunk-7JIDB6FZ.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-WF6X2IZB.js";
export {
  directorySource
};
