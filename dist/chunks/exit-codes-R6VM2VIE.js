import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_LEAKS,
  toolVersion
} from "./chunk-EV6M6SSA.js";
import "./chunk-NCXP747E.js";
import "./chunk-WF6X2IZB.js";
export {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_LEAKS,
  toolVersion
};
