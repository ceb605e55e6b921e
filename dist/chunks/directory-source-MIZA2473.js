import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  directorySource
} from "./chunk-HAT73M6Q.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-DHBYJGE3.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-HMUBN7PQ.js";
import "./chunk-PQH4FFIE.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-WF6X2IZB.js";
export {
  directorySource
};
