import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_LEAKS,
  toolVersion
} from "./chunk-LEWFHLIX.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-WF6X2IZB.js";
export {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_LEAKS,
  toolVersion
};
