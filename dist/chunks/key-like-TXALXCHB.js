import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  redactKeyLike
} from "./chunk-JFFR74MD.js";
import "./chunk-AKZJ3FS2.js";
import "./chunk-HHF677LR.js";
import "./chunk-HZEDDEF4.js";
import "./chunk-BSI3FXUE.js";
import "./chunk-EBZHPCRF.js";
import "./chunk-7LG7DLVJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NCXP747E.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  redactKeyLike
};
