import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  knownSecretRedactor,
  redactStrings
} from "./chunk-A7VOVMKD.js";
import {
  withMinConfidence
} from "./chunk-TPG72OTZ.js";
import {
  minConfidenceFor
} from "./chunk-XUXT2HE2.js";
import {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_LEAKS,
  toolVersion
} from "./chunk-LEWFHLIX.js";
import {
  renderBaseline
} from "./chunk-DBFSX6Q5.js";
import {
  writeBaselineFile
} from "./chunk-Z2QTASWP.js";
import {
  ConfigError,
  UsageError,
  describeError
} from "./chunk-SBG2HJLT.js";

// src/report/redact-result.ts
function outputView(result, showSecrets) {
  if (showSecrets) return { shown: result, redact: (text) => text };
  const redact = knownSecretRedactor([...result.findings, ...result.suppressed ?? []]);
  const shown = {
    ...result,
    findings: redactStrings(result.findings, redact),
    dropped: redactStrings(result.dropped, redact),
    stats: redactStrings(result.stats, redact),
    suppressed: result.suppressed && redactStrings(result.suppressed, redact)
  };
  return { shown, redact };
}

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

// src/output/rotation-step.ts
async function prepareRotation(result, request, log) {
  const { checkUrl, DEFAULT_POLICY, DEFAULT_SECRET_ENV } = await import("./rotation-config-EWK642Z6.js");
  const rotation = { ...result.config.rotation, targets: [...result.config.rotation.targets] };
  const problems = [];
  const extraUrl = request.extraUrl;
  if (extraUrl) {
    const problem = checkUrl(extraUrl, false);
    if (problem) problems.push(`--rotate-url: ${problem}`);
    else
      rotation.targets.push({
        kind: "webhook",
        name: extraUrl,
        url: extraUrl,
        secretEnv: DEFAULT_SECRET_ENV,
        includeSecret: false,
        rules: [],
        tags: [],
        policy: { ...DEFAULT_POLICY }
      });
  }
  if (problems.length > 0) throw new ConfigError(result.config.file ?? ".leakscan.yaml", problems);
  if (rotation.targets.length === 0)
    throw new UsageError(
      "--rotate: no rotation target configured (add rotation.webhooks to .leakscan.yaml, or pass --rotate-url)"
    );
  return async (scanned, mode) => {
    try {
      const { notifyFindings, dryRunText, tallyLine, repositoryUrl, outboxPath, legacyOutboxNote } = await import("./rotation-NMZBCEFX.js");
      const cwd = process.cwd();
      const legacy = legacyOutboxNote(rotation, cwd);
      if (legacy) log(`${legacy}
`);
      const context = {
        mode,
        toolVersion: toolVersion(),
        detectedAt: /* @__PURE__ */ new Date(),
        ...optional("repository", await repositoryUrl(cwd))
      };
      if (request.dryRun) {
        const { Outbox } = await import("./outbox-C3XHYOU2.js");
        const known = new Outbox(outboxPath(rotation, cwd)).read().entries;
        log(dryRunText(scanned.findings, rotation, context, known, request.showSecrets));
        return;
      }
      const { tallies, olderPending } = await notifyFindings(scanned.findings, rotation, context, cwd);
      if (request.quiet && tallies.length === 0 && olderPending === 0) return;
      log(`${tallyLine(tallies, olderPending, outboxPath(rotation, cwd))}
`);
    } catch (error) {
      const { redactKeyLike } = await import("./key-like-OPYL3OKJ.js");
      log(`leakscan: rotation: ${await redactKeyLike(describeError(error))} (the scan result is unaffected)
`);
    }
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/output/finish-scan.ts
async function finishScan(scanned, options) {
  const log = options.log ?? ((text) => void process.stderr.write(text));
  const result = withMinConfidence(
    scanned,
    minConfidenceFor(options.mode, options.minConfidence, scanned.config.minConfidence)
  );
  const { shown, redact } = outputView(result, options.showSecrets);
  const rotate = options.rotation ? await prepareRotation(shown, { ...options.rotation, showSecrets: options.showSecrets, quiet: options.quiet }, log) : void 0;
  const baselineNotes = baselineOutputs(result, {
    mode: options.mode,
    baseline: options.baseline,
    write: options.writeBaseline
  });
  const notes = [...options.notes ?? [], ...baselineNotes].map(redact);
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
