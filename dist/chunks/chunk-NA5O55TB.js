import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-E2LCKTAV.js";
import {
  toolVersion
} from "./chunk-YXH6E3SB.js";
import {
  scanListedFile,
  selectRules
} from "./chunk-S2TZEXEU.js";
import {
  createDetector,
  defaultFilters
} from "./chunk-5MDFOANZ.js";
import {
  applySuppressions
} from "./chunk-MTB3CF5U.js";
import {
  ConfigError,
  UsageError,
  describeError
} from "./chunk-JFG6ZZTS.js";

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
      const detection = detector.detect(fragment);
      findings.push(...detection.findings);
      keepDropped(detection.dropped);
    }
  } else {
    const { files, read } = await request.source.listFiles({ cwd: request.cwd, config, stats });
    const workers = WORKERS_AVAILABLE ? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_WORKER)) : 1;
    let scans;
    if (workers > 1) {
      const { scanFilesOnWorkers } = await import("./scan-workers-FL3G2EU5.js");
      scans = await scanFilesOnWorkers(files, { config, read }, workers);
    } else scans = files.map((file) => scanListedFile(detector, file, read));
    for (const fileScan of scans) {
      if (fileScan.skipped) stats.skipped.push(fileScan.skipped);
      else {
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

// src/commands/rotation-step.ts
async function prepareRotation(result, args) {
  if (!args.rotate && !args["rotate-dry-run"]) return void 0;
  const { parseRotationConfig, checkUrl, DEFAULT_POLICY, DEFAULT_SECRET_ENV } = await import("./rotation-config-SKEAMNFV.js");
  const { rotation, problems } = parseRotationConfig(result.config.rotation);
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
      const { notifyFindings, dryRunText, tallyLine, repositoryUrl, outboxPath } = await import("./rotation-NTNBZMBM.js");
      const cwd = process.cwd();
      const context = { mode, toolVersion: toolVersion(), detectedAt: /* @__PURE__ */ new Date(), ...optional("repository", await repositoryUrl(cwd)) };
      if (args["rotate-dry-run"]) {
        const { Outbox } = await import("./outbox-AXR3LKYE.js");
        const known = new Outbox(outboxPath(rotation, cwd)).read().entries;
        process.stderr.write(dryRunText(scanned.findings, rotation, context, known, args["show-secrets"]));
        return;
      }
      const { tallies, olderPending } = await notifyFindings(scanned.findings, rotation, context, cwd);
      if (args.quiet && tallies.length === 0 && olderPending === 0) return;
      process.stderr.write(`${tallyLine(tallies, olderPending, rotation.outbox)}
`);
    } catch (error) {
      process.stderr.write(`leakscan: rotation: ${describeError(error)} (the scan result is unaffected)
`);
    }
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

export {
  scan,
  prepareRotation
};
