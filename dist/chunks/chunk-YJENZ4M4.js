import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  markReuse
} from "./chunk-WWJKY4QW.js";
import {
  applySuppressions
} from "./chunk-DBFSX6Q5.js";
import {
  selectRules
} from "./chunk-XBR7TLOJ.js";
import {
  defaultFilters
} from "./chunk-JBW4X3RT.js";
import {
  createDetector
} from "./chunk-Z5AEVAKK.js";
import {
  detectFragment,
  expandFragment
} from "./chunk-QDLW7BHU.js";
import {
  fileNameFragment
} from "./chunk-R46I27HW.js";
import {
  loadConfig
} from "./chunk-HWL32VRT.js";
import {
  applyMinConfidence
} from "./chunk-G7RB6AHY.js";

// src/scan.ts
import { availableParallelism } from "node:os";

// src/sources/scan-stats.ts
var emptyStats = () => ({
  filesScanned: 0,
  bytesScanned: 0,
  linesScanned: 0,
  commitsScanned: 0,
  skipped: []
});

// src/scan.ts
var FILES_PER_WORKER = 128;
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
  let root = request.cwd;
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
    const { FileScanPool } = await import("./scan-workers-7ZOG3NJI.js");
    const pool = new FileScanPool({
      detector,
      setup: { config, read: request.source.readOptions(config) },
      maxWorkers: WORKERS_AVAILABLE ? availableParallelism() - 1 : 0,
      filesPerWorker: FILES_PER_WORKER
    });
    const listing = await request.source.listFiles({ cwd: request.cwd, config, stats }, (file) => pool.add(file));
    root = listing.root ?? root;
    for (const name of listing.names) findings.push(...detector.detect(fileNameFragment(name)).findings);
    for (const fileScan of await pool.finish()) {
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
    findings: markReuse(accepted ? accepted.kept : findings),
    dropped,
    ...droppedOmitted > 0 ? { droppedOmitted } : {},
    stats,
    ruleCount: rules.length,
    config,
    root,
    elapsedMs: performance.now() - started,
    ...accepted ? { suppressed: accepted.suppressed, staleBaseline: accepted.staleBaseline } : {}
  };
}
function withMinConfidence(result, level) {
  const { kept, dropped } = applyMinConfidence(result.findings, level);
  const minConfidence = { level, hidden: dropped.length };
  return dropped.length === 0 ? { ...result, minConfidence } : { ...result, findings: kept, dropped: [...result.dropped, ...dropped], minConfidence };
}

export {
  emptyStats,
  MAX_DROPPED_KEPT,
  scan,
  withMinConfidence
};
