import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  require_micromatch
} from "./chunk-GIB3MS5R.js";
import {
  __toESM
} from "./chunk-WF6X2IZB.js";

// src/sources/glob-matcher.ts
var import_micromatch = __toESM(require_micromatch(), 1);
function globMatcher(globs) {
  if (globs.length === 0) return () => false;
  let matchers;
  return (path) => {
    matchers ??= globs.map((glob) => import_micromatch.default.matcher(glob, { dot: true }));
    return matchers.some((matches) => matches(path));
  };
}

export {
  globMatcher
};
