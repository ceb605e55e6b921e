import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  DEFAULT_BASELINE_FILE,
  IGNORE_FILE,
  applySuppressions,
  fingerprintFileGlobs,
  loadSuppressions,
  parseFingerprints,
  renderBaseline
} from "./chunk-NTV3KXKO.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  DEFAULT_BASELINE_FILE,
  IGNORE_FILE,
  applySuppressions,
  fingerprintFileGlobs,
  loadSuppressions,
  parseFingerprints,
  renderBaseline
};
