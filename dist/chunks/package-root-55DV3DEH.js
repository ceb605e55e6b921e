import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-BU4ZIR32.js";
import "./chunk-WF6X2IZB.js";
export {
  packageRoot
};
