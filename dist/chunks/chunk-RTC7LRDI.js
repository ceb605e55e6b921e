import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  prepareRotation
} from "./chunk-NA5O55TB.js";
import {
  writeReport
} from "./chunk-YXH6E3SB.js";
import {
  renderBaseline
} from "./chunk-MTB3CF5U.js";

// src/commands/baseline-outputs.ts
import { writeFile } from "node:fs/promises";
var COMPLETE_MODES = /* @__PURE__ */ new Set(["directory", "history"]);
var MAX_STALE_LISTED = 20;
async function baselineOutputs(result, args, mode) {
  const notes = [];
  if (args["write-baseline"]) {
    const present = [...result.findings, ...result.suppressed ?? []];
    await writeFile(args["write-baseline"], renderBaseline(present));
    notes.push(`baseline written to ${args["write-baseline"]}: ${new Set(present.map((f) => f.fingerprint)).size} fingerprint(s)`);
  }
  const stale = result.staleBaseline ?? [];
  if (args.baseline && stale.length > 0 && COMPLETE_MODES.has(mode)) {
    const listed = stale.slice(0, MAX_STALE_LISTED).map((f) => `
  ${f}`).join("");
    const more = stale.length > MAX_STALE_LISTED ? `
  \u2026 and ${stale.length - MAX_STALE_LISTED} more` : "";
    notes.push(`${stale.length} stale baseline entr${stale.length === 1 ? "y" : "ies"} in ${args.baseline} (no longer found; remove ${stale.length === 1 ? "it" : "them"} or rewrite with --write-baseline):${listed}${more}`);
  }
  return notes;
}

// src/commands/finish-scan.ts
async function finishScan(result, args, mode, notes = []) {
  const rotate = await prepareRotation(result, args);
  const baselineNotes = await baselineOutputs(result, args, mode);
  const code = writeReport(result, args, mode, [...notes, ...baselineNotes]);
  await rotate?.(result, mode);
  return code;
}

export {
  finishScan
};
