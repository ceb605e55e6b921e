import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  fileNameFragment,
  listFiles,
  readListedFile,
  readOptions,
  rootOf,
  scanRoot,
  scannedDirectories
} from "./chunk-R46I27HW.js";
import "./chunk-A5CIQFFQ.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  fileNameFragment,
  listFiles,
  readListedFile,
  readOptions,
  rootOf,
  scanRoot,
  scannedDirectories
};
