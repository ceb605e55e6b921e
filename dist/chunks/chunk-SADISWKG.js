import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-M4ELX5NF.js";
import {
  knownSecretRedactor,
  redactStrings
} from "./chunk-AKZJ3FS2.js";
import {
  EXIT_ERROR,
  EXIT_LEAKS,
  toolVersion,
  writeReport
} from "./chunk-SZ44GOJX.js";
import {
  applyMinConfidence,
  minConfidenceFor
} from "./chunk-227YVRHD.js";
import {
  selectRules
} from "./chunk-AKCDRZBJ.js";
import {
  defaultFilters
} from "./chunk-5GLPIGHT.js";
import {
  detectFragment,
  expandFragment,
  fileNameFragment,
  scanListedFile
} from "./chunk-ADEJVYOB.js";
import {
  createDetector
} from "./chunk-NAMBUD66.js";
import {
  applySuppressions,
  renderBaseline
} from "./chunk-4KWYUMLQ.js";
import {
  writeBaselineFile
} from "./chunk-7JIDB6FZ.js";
import {
  ConfigError,
  UsageError,
  describeError
} from "./chunk-SBG2HJLT.js";

// src/scan.ts
import { availableParallelism } from "node:os";

// src/sources/scan-stats.ts
var emptyStats = () => ({ filesScanned: 0, bytesScanned: 0, linesScanned: 0, commitsScanned: 0, skipped: [] });

// src/scan.ts
var FILES_PER_WORKER = 64;
var WORKERS_AVAILABLE = !import.meta.url.endsWith(".ts");
var MAX_DROPPED_KEPT = 1e4;
async function scan(request) {
  const started = performance.now();
  const config = request.config ?? await loadConfig(request.cwd, request.configFile);
  const rules = await selectRules(config);
  const detector = createDetector(rules, defaultFilters(config));
  const stats = emptyStats();
  const findings = [];
  const dropped = [];
  let droppedOmitted = 0;
  const keepDropped = (items) => {
    const room = Math.max(0, MAX_DROPPED_KEPT - dropped.length);
    if (items.length > room) droppedOmitted += items.length - room;
    for (let i = 0; i < Math.min(room, items.length); i++) dropped.push(items[i]);
  };
  if (typeof request.source === "function") {
    for await (const fragment of request.source({ cwd: request.cwd, config, stats })) {
      for (const part of expandFragment(fragment)) {
        const detection = detectFragment(detector, part);
        findings.push(...detection.findings);
        keepDropped(detection.dropped);
      }
    }
  } else {
    const { files, names, read } = await request.source.listFiles({ cwd: request.cwd, config, stats });
    for (const name of names) findings.push(...detector.detect(fileNameFragment(name)).findings);
    const workers = WORKERS_AVAILABLE ? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_WORKER)) : 1;
    let scans;
    if (workers > 1) {
      const { scanFilesOnWorkers } = await import("./scan-workers-PHCNMELW.js");
      scans = await scanFilesOnWorkers(files, { config, read }, workers);
    } else scans = files.map((file) => scanListedFile(detector, file, read));
    for (const fileScan of scans) {
      if (fileScan.skipped) stats.skipped.push(fileScan.skipped);
      if (!fileScan.skipped || fileScan.bytes > 0) {
        stats.filesScanned++;
        stats.bytesScanned += fileScan.bytes;
      }
      findings.push(...fileScan.findings);
      keepDropped(fileScan.dropped);
    }
  }
  const accepted = request.suppressions ? applySuppressions(findings, request.suppressions) : void 0;
  if (accepted) dropped.push(...accepted.dropped);
  return {
    findings: accepted ? accepted.kept : findings,
    dropped,
    ...droppedOmitted > 0 ? { droppedOmitted } : {},
    stats,
    ruleCount: rules.length,
    config,
    elapsedMs: performance.now() - started,
    ...accepted ? { suppressed: accepted.suppressed, staleBaseline: accepted.staleBaseline } : {}
  };
}
function withMinConfidence(result, level) {
  const { kept, dropped } = applyMinConfidence(result.findings, level);
  return dropped.length === 0 ? result : { ...result, findings: kept, dropped: [...result.dropped, ...dropped] };
}

// src/report/redact-result.ts
function outputView(result, showSecrets) {
  if (showSecrets) return { shown: result, redact: (text) => text };
  const redact = knownSecretRedactor([...result.findings, ...result.suppressed ?? []]);
  const shown = {
    ...result,
    findings: redactStrings(result.findings, redact),
    dropped: redactStrings(result.dropped, redact),
    stats: redactStrings(result.stats, redact),
    ...result.suppressed ? { suppressed: redactStrings(result.suppressed, redact) } : {}
  };
  return { shown, redact };
}

// src/commands/baseline-outputs.ts
var COMPLETE_MODES = /* @__PURE__ */ new Set(["directory", "history"]);
var MAX_STALE_LISTED = 20;
async function baselineOutputs(result, args, mode) {
  const notes = [];
  if (args["write-baseline"]) {
    const present = [...result.findings, ...result.suppressed ?? []];
    writeBaselineFile(args["write-baseline"], renderBaseline(present));
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

// src/commands/incomplete-scan.ts
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

// src/commands/rotation-step.ts
async function prepareRotation(result, args, log = (text) => process.stderr.write(text)) {
  if (!args.rotate && !args["rotate-dry-run"]) return void 0;
  const { checkUrl, DEFAULT_POLICY, DEFAULT_SECRET_ENV } = await import("./rotation-config-7VDTDVVY.js");
  const rotation = { ...result.config.rotation, targets: [...result.config.rotation.targets] };
  const problems = [];
  if (args["rotate-url"]) {
    const problem = checkUrl(args["rotate-url"], false);
    if (problem) problems.push(`--rotate-url: ${problem}`);
    else
      rotation.targets.push({ kind: "webhook", name: args["rotate-url"], url: args["rotate-url"], secretEnv: DEFAULT_SECRET_ENV, includeSecret: false, rules: [], tags: [], policy: { ...DEFAULT_POLICY } });
  }
  if (problems.length > 0) throw new ConfigError(result.config.file ?? ".leakscan.yaml", problems);
  if (rotation.targets.length === 0) throw new UsageError("--rotate: no rotation target configured (add rotation.webhooks to .leakscan.yaml, or pass --rotate-url)");
  return async (scanned, mode) => {
    try {
      const { notifyFindings, dryRunText, tallyLine, repositoryUrl, outboxPath, legacyOutboxNote } = await import("./rotation-7GFXVE7O.js");
      const cwd = process.cwd();
      const legacy = legacyOutboxNote(rotation, cwd);
      if (legacy) log(`${legacy}
`);
      const context = { mode, toolVersion: toolVersion(), detectedAt: /* @__PURE__ */ new Date(), ...optional("repository", await repositoryUrl(cwd)) };
      if (args["rotate-dry-run"]) {
        const { Outbox } = await import("./outbox-Y6DWRRXF.js");
        const known = new Outbox(outboxPath(rotation, cwd)).read().entries;
        log(dryRunText(scanned.findings, rotation, context, known, args["show-secrets"]));
        return;
      }
      const { tallies, olderPending } = await notifyFindings(scanned.findings, rotation, context, cwd);
      if (args.quiet && tallies.length === 0 && olderPending === 0) return;
      log(`${tallyLine(tallies, olderPending, outboxPath(rotation, cwd))}
`);
    } catch (error) {
      const { redactKeyLike } = await import("./key-like-3X2XCMVF.js");
      log(`leakscan: rotation: ${await redactKeyLike(describeError(error))} (the scan result is unaffected)
`);
    }
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/commands/finish-scan.ts
async function finishScan(scanned, args, mode, notes = []) {
  const result = withMinConfidence(scanned, minConfidenceFor(mode, args["min-confidence"], scanned.config.minConfidence));
  const { shown, redact } = outputView(result, args["show-secrets"]);
  const rotate = await prepareRotation(shown, args);
  const baselineNotes = await baselineOutputs(result, args, mode);
  const code = writeReport(shown, args, mode, [...notes, ...baselineNotes].map(redact));
  await rotate?.(shown, mode);
  const incomplete = incompleteScanReason(result, mode, args["allow-empty"]);
  if (!incomplete) return code;
  process.stderr.write(`leakscan: error: ${redact(incomplete)}
`);
  return code === EXIT_LEAKS ? EXIT_LEAKS : EXIT_ERROR;
}

export {
  scan,
  withMinConfidence,
  outputView,
  incompleteScanReason,
  prepareRotation,
  finishScan
};
