import { availableParallelism } from 'node:os';
import type { Config } from './config/config.js';
import { loadConfig } from './config/config-file.js';
import { createDetector } from './detect/detector.js';
import { detectFragment } from './detect/detect-fragment.js';
import { applySuppressions, type Suppressions } from './findings/suppressions.js';
import { defaultFilters } from './filters/default-filters.js';
import { applyMinConfidence, type MinConfidenceCut } from './filters/min-confidence.js';
import type { FindingConfidence } from './rules/rule-definition.js';
import type { Dropped, Finding } from './findings/finding.js';
import { markReuse } from './findings/secret-groups.js';
import { selectRules } from './rules/select-rules.js';
import { fileNameFragment, type ListedFile, type ReadOptions } from './sources/directory.js';
import { expandFragment } from './sources/expand-fragment.js';
import type { RemoteOrigin } from './sources/remote-clone.js';
import type { Fragment } from './sources/fragment.js';
import { emptyStats, type ScanStats } from './sources/scan-stats.js';

/** What a source needs to produce fragments; it records what it read and skipped in `stats`. */
export interface SourceContext {
  cwd: string;
  config: Config;
  stats: ScanStats;
}

export type OpenSource = (context: SourceContext) => AsyncIterable<Fragment>;

/**
 * A source that is a list of files (directory scans). scan() reads and detects them itself, on worker threads
 * when there are enough of them to pay for the threads' start-up.
 */
export interface FileListSource {
  /** How the listed files are read (window size, minified bundles), under this config. */
  readOptions(config: Config): ReadOptions;
  /**
   * Lists the files to read, each passed to `onFile` as soon as it is found (scanning starts while the
   * listing goes on), and every name met on the way (a key in a file name is a leak too); `root`: the
   * directory their paths are relative to, when it is not the scan's `cwd`.
   */
  listFiles(
    context: SourceContext,
    onFile: (file: ListedFile) => void,
  ): Promise<{ names: string[]; root?: string | undefined }>;
}

/**
 * A worker thread starts for every this many files listed: below that a scan stays in-process, as a worker's
 * start-up (~100-200 ms of CPU: Node's modules, the rules compiled again) would cost more than it saves.
 */
const FILES_PER_WORKER = 128;
/**
 * Worker threads run the bundled `dist/detect/scan-worker.js`. Run from the TypeScript sources (tests, through
 * tsx, whose loader worker threads do not inherit) the scan stays in-process: same code, same results.
 */
const WORKERS_AVAILABLE = !import.meta.url.endsWith('.ts');

export interface ScanRequest {
  cwd: string;
  configFile?: string | undefined;
  /** A config already loaded (the Action reads it from the base commit); takes precedence over configFile. */
  config?: Config | undefined;
  source: OpenSource | FileListSource;
  /** Accepted fingerprints (`--baseline`, `.leakscanignore`), applied after detection. */
  suppressions?: Suppressions;
}

export interface ScanResult {
  findings: Finding[];
  dropped: Dropped[];
  /** Dropped candidates beyond MAX_DROPPED_KEPT, counted but not listed. */
  droppedOmitted?: number;
  stats: ScanStats;
  ruleCount: number;
  config: Config;
  /** The directory the findings' paths are relative to: a repository's top level, or the scanned root. */
  root: string;
  /** Set by a scan of a repository by URL (`sources/remote-clone.ts`). */
  remote?: RemoteOrigin | undefined;
  elapsedMs: number;
  /** Findings a baseline or `.leakscanignore` accepted (also listed in `dropped`). */
  suppressed?: Finding[] | undefined;
  /** `--baseline` fingerprints this scan did not see. */
  staleBaseline?: string[];
  /** The confidence cut applied (`withMinConfidence`) and how many findings it hid. */
  minConfidence?: MinConfidenceCut | undefined;
}

export const MAX_DROPPED_KEPT = 10_000;

/**
 * The pipeline: config → rules → source → fragments → detector (prefilter, match, filters) → findings, each
 * tied to the other occurrences of the same secret (`reusedIn`).
 */
export async function scan(request: ScanRequest): Promise<ScanResult> {
  const started = performance.now();
  const config = request.config ?? (await loadConfig(request.cwd, request.configFile));
  const rules = await selectRules(config);
  const detector = createDetector(rules, defaultFilters(config));
  const stats = emptyStats();
  const findings: Finding[] = [];
  const dropped: Dropped[] = [];
  let droppedOmitted = 0;
  let root = request.cwd;
  // Dropped candidates only serve --explain and the summary; a long history can drop millions of them, so the
  // list is capped to keep memory bounded, and the rest are counted.
  const keepDropped = (items: readonly Dropped[]): void => {
    const room = Math.max(0, MAX_DROPPED_KEPT - dropped.length);
    if (items.length > room) droppedOmitted += items.length - room;
    for (let i = 0; i < Math.min(room, items.length); i++) dropped.push(items[i] as Dropped);
  };
  if (typeof request.source === 'function') {
    for await (const fragment of request.source({ cwd: request.cwd, config, stats })) {
      for (const part of expandFragment(fragment)) {
        const detection = detectFragment(detector, part);
        findings.push(...detection.findings);
        keepDropped(detection.dropped);
      }
    }
  } else {
    // Concurrency is decided here and nowhere else: many files → the main thread and a worker thread per other
    // core, each with its own detector, reading files as the listing finds them.
    const { FileScanPool } = await import('./detect/scan-workers.js');
    const pool = new FileScanPool({
      detector,
      setup: { config, read: request.source.readOptions(config) },
      maxWorkers: WORKERS_AVAILABLE ? availableParallelism() - 1 : 0,
      filesPerWorker: FILES_PER_WORKER,
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
  const accepted = request.suppressions ? applySuppressions(findings, request.suppressions) : undefined;
  if (accepted) dropped.push(...accepted.dropped);
  return {
    findings: markReuse(accepted ? accepted.kept : findings),
    dropped,
    ...(droppedOmitted > 0 ? { droppedOmitted } : {}),
    stats,
    ruleCount: rules.length,
    config,
    root,
    elapsedMs: performance.now() - started,
    ...(accepted ? { suppressed: accepted.suppressed, staleBaseline: accepted.staleBaseline } : {}),
  };
}

/**
 * The result with the findings below `level` moved to the dropped list (filter `min-confidence`) and counted in
 * `minConfidence`, so every report says how many the cut hid.
 */
export function withMinConfidence(result: ScanResult, level: FindingConfidence): ScanResult {
  const { kept, dropped } = applyMinConfidence(result.findings, level);
  const minConfidence = { level, hidden: dropped.length };
  return dropped.length === 0
    ? { ...result, minConfidence }
    : { ...result, findings: kept, dropped: [...result.dropped, ...dropped], minConfidence };
}
