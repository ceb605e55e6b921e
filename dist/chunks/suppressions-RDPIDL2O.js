import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  IGNORE_FILE,
  applySuppressions,
  fingerprintFileGlobs,
  loadSuppressions,
  parseFingerprints,
  renderBaseline
} from "./chunk-DBFSX6Q5.js";
import "./chunk-354T74UX.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  IGNORE_FILE,
  applySuppressions,
  fingerprintFileGlobs,
  loadSuppressions,
  parseFingerprints,
  renderBaseline
};
