import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  droppedFinding
} from "./chunk-4DAEQZQN.js";

// src/filters/min-confidence.ts
var MIN_CONFIDENCE_LEVELS = [
  "lowest",
  "low",
  "medium",
  "high"
];
var DEFAULT_MIN_CONFIDENCE = {
  staged: "medium",
  diff: "medium",
  history: "low",
  directory: "low",
  stdin: "low"
};
var RANK = { lowest: 0, low: 1, medium: 2, high: 3 };
function minConfidenceFor(mode, option, configured) {
  return option ?? configured ?? DEFAULT_MIN_CONFIDENCE[mode] ?? "low";
}
function applyMinConfidence(findings, level) {
  const kept = [];
  const dropped = [];
  for (const finding of findings) {
    if (RANK[finding.confidence] >= RANK[level]) kept.push(finding);
    else
      dropped.push(
        droppedFinding(finding, "min-confidence", `confidence ${finding.confidence} < ${level} (--min-confidence)`)
      );
  }
  return { kept, dropped };
}

export {
  MIN_CONFIDENCE_LEVELS,
  minConfidenceFor,
  applyMinConfidence
};
