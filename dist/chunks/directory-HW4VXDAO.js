import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  fileNameFragment,
  listFiles,
  readListedFile,
  readOptions,
  rootOf,
  scanRoot,
  scannedDirectories
} from "./chunk-JTQSPYI6.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
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
