import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  StateFileError,
  appendStateFile,
  checkAppendable,
  checkBaselineTarget,
  checkNoLinkedDirectories,
  checkStateFile,
  readStateFile,
  replaceStateFile,
  stateFileEnding,
  syncDirectory,
  writeBaselineFile
} from "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  StateFileError,
  appendStateFile,
  checkAppendable,
  checkBaselineTarget,
  checkNoLinkedDirectories,
  checkStateFile,
  readStateFile,
  replaceStateFile,
  stateFileEnding,
  syncDirectory,
  writeBaselineFile
};
