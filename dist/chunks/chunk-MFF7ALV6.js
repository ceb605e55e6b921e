import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  LeakscanError
} from "./chunk-SBG2HJLT.js";

// src/fleet/types.ts
var FleetError = class extends LeakscanError {
};

export {
  FleetError
};
