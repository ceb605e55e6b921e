import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-BU4ZIR32.js";

// src/output/exit-codes.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var EXIT_CLEAN = 0;
var EXIT_LEAKS = 1;
var EXIT_ERROR = 2;
function toolVersion() {
  try {
    return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

export {
  EXIT_CLEAN,
  EXIT_LEAKS,
  EXIT_ERROR,
  toolVersion
};
