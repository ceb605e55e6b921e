import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  loadSuppressions
} from "./chunk-4KWYUMLQ.js";

// src/commands/git-scan-options.ts
function gitSuppressions(root, args) {
  return loadSuppressions(root, args.baseline);
}

export {
  gitSuppressions
};
