import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  outputView,
  prepareRotation,
  verifyStep
} from "./chunk-75IGMPQ5.js";
import {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_LEAKS,
  toolVersion
} from "./chunk-LEWFHLIX.js";
import {
  withMinConfidence
} from "./chunk-YJENZ4M4.js";
import {
  renderBaseline
} from "./chunk-DBFSX6Q5.js";
import {
  minConfidenceFor
} from "./chunk-G7RB6AHY.js";
import {
  writeBaselineFile
} from "./chunk-Z2QTASWP.js";

// src/output/baseline-outputs.ts
var COMPLETE_MODES = /* @__PURE__ */ new Set(["directory", "history"]);
var MAX_STALE_LISTED = 20;
function baselineOutputs(result, request) {
  const notes = [];
  if (request.write) {
    const present = request.write.includeAccepted ? [...result.findings, ...result.suppressed ?? []] : result.findings;
    writeBaselineFile(request.write.file, renderBaseline(present));
    notes.push(
      `baseline written to ${request.write.file}: ${new Set(present.map((f) => f.fingerprint)).size} fingerprint(s)`
    );
  }
  const stale = result.staleBaseline ?? [];
  if (request.baseline && stale.length > 0 && COMPLETE_MODES.has(request.mode)) {
    const listed = stale.slice(0, MAX_STALE_LISTED).map((f) => `
  ${f}`).join("");
    const more = stale.length > MAX_STALE_LISTED ? `
  \u2026 and ${stale.length - MAX_STALE_LISTED} more` : "";
    notes.push(
      `${stale.length} stale baseline entr${stale.length === 1 ? "y" : "ies"} in ${request.baseline} (no longer found; remove ${stale.length === 1 ? "it" : "them"} or rewrite with --write-baseline):${listed}${more}`
    );
  }
  return notes;
}

// src/output/incomplete-scan.ts
var NAMED_CONTENT_MODES = /* @__PURE__ */ new Set(["directory", "stdin"]);
var MAX_LISTED = 5;
function incompleteScanReason(result, mode, allowEmpty) {
  const tooLarge = result.stats.skipped.filter((skip) => skip.reason === "too-large");
  if (tooLarge.length > 0) {
    const listed = tooLarge.slice(0, MAX_LISTED).map((skip) => skip.detail ? `${skip.path} (${skip.detail})` : skip.path);
    const more = tooLarge.length > MAX_LISTED ? `, and ${tooLarge.length - MAX_LISTED} more` : "";
    return `${tooLarge.length} file(s) too large were NOT scanned: ${listed.join(", ")}${more}; raise maxFileSize in the config to scan them`;
  }
  if (result.stats.bytesScanned === 0 && NAMED_CONTENT_MODES.has(mode) && !allowEmpty) {
    const reasons = /* @__PURE__ */ new Map();
    for (const skip of result.stats.skipped) reasons.set(skip.reason, (reasons.get(skip.reason) ?? 0) + 1);
    const why = reasons.size > 0 ? `everything was skipped (${[...reasons].map(([reason, count]) => `${reason}: ${count}`).join(", ")})` : mode === "stdin" ? "stdin was empty" : "no files were found";
    return `nothing was scanned (0 bytes read): ${why}; check the paths and ignores (the CLI's --allow-empty accepts an empty scan)`;
  }
  return void 0;
}

// src/output/finish-scan.ts
async function finishScan(scanned, options) {
  const log = options.log ?? ((text) => void process.stderr.write(text));
  const confident = withMinConfidence(
    scanned,
    minConfidenceFor(options.mode, options.minConfidence, scanned.config.minConfidence)
  );
  const verified = options.verify ? await verifyStep(confident, options.verify, options.onlyVerified ?? false) : void 0;
  const result = verified?.result ?? confident;
  const { shown, redact } = outputView(result, options.showSecrets);
  const rotate = options.rotation ? await prepareRotation(shown, { ...options.rotation, showSecrets: options.showSecrets, quiet: options.quiet }, log) : void 0;
  const baselineNotes = baselineOutputs(result, {
    mode: options.mode,
    baseline: options.baseline,
    write: options.writeBaseline
  });
  const notes = [...options.notes ?? [], ...baselineNotes, ...verified ? [verified.note] : []].map(redact);
  await options.deliver({ input: reportInput(shown, options, notes), raw: result });
  await rotate?.(shown, options.mode);
  const leakCount = shown.findings.length;
  const found = leakCount > 0 ? EXIT_LEAKS : EXIT_CLEAN;
  const incomplete = incompleteScanReason(result, options.mode, options.allowEmpty);
  if (!incomplete) return { exitCode: found, leakCount };
  return { exitCode: found === EXIT_LEAKS ? EXIT_LEAKS : EXIT_ERROR, leakCount, incomplete: redact(incomplete) };
}
function reportInput(shown, options, notes) {
  return {
    findings: shown.findings,
    dropped: shown.dropped,
    stats: shown.stats,
    mode: options.mode,
    minConfidence: shown.minConfidence,
    ruleCount: shown.ruleCount,
    elapsedMs: shown.elapsedMs,
    showSecrets: options.showSecrets,
    explain: options.explain,
    listSkipped: options.listSkipped,
    color: false,
    toolVersion: toolVersion(),
    root: shown.root,
    remote: shown.remote,
    notes: options.explain && shown.droppedOmitted ? [
      ...notes,
      `${shown.droppedOmitted} more dropped candidates are not listed (--explain lists the first ${shown.dropped.length})`
    ] : notes
  };
}

export {
  finishScan
};
