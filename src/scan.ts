import type { Config } from './config/config.js';
import { loadConfig } from './config/config-file.js';
import { createDetector } from './detect/detector.js';
import { applySuppressions, type Suppressions } from './filters/baseline.js';
import { defaultFilters } from './filters/default-filters.js';
import type { Dropped, Finding } from './findings/finding.js';
import { selectRules } from './rules/select-rules.js';
import type { Fragment } from './sources/fragment.js';
import { emptyStats, type ScanStats } from './sources/scan-stats.js';

/** What a source needs to produce fragments; it records what it read and skipped in `stats`. */
export interface SourceContext {
  cwd: string;
  config: Config;
  stats: ScanStats;
}

export type OpenSource = (context: SourceContext) => AsyncIterable<Fragment>;

export interface ScanRequest {
  cwd: string;
  configFile?: string;
  /** A config already loaded (the Action reads it from the base commit); takes precedence over configFile. */
  config?: Config;
  source: OpenSource;
  /** Accepted fingerprints (`--baseline`, `.leakscanignore`), applied after detection. */
  suppressions?: Suppressions;
}

export interface ScanResult {
  findings: Finding[];
  dropped: Dropped[];
  stats: ScanStats;
  ruleCount: number;
  config: Config;
  elapsedMs: number;
  /** Findings a baseline or `.leakscanignore` accepted (also listed in `dropped`). */
  suppressed?: Finding[];
  /** `--baseline` fingerprints this scan did not see. */
  staleBaseline?: string[];
}

/** The pipeline: config → rules → source → fragments → detector (prefilter, match, filters) → findings. */
export async function scan(request: ScanRequest): Promise<ScanResult> {
  const started = performance.now();
  const config = request.config ?? (await loadConfig(request.cwd, request.configFile));
  const rules = await selectRules(config);
  const detector = createDetector(rules, defaultFilters(config));
  const stats = emptyStats();
  const findings: Finding[] = [];
  const dropped: Dropped[] = [];
  for await (const fragment of request.source({ cwd: request.cwd, config, stats })) {
    const detection = detector.detect(fragment);
    findings.push(...detection.findings);
    dropped.push(...detection.dropped);
  }
  const accepted = request.suppressions ? applySuppressions(findings, request.suppressions) : undefined;
  if (accepted) dropped.push(...accepted.dropped);
  return {
    findings: accepted ? accepted.kept : findings,
    dropped,
    stats,
    ruleCount: rules.length,
    config,
    elapsedMs: performance.now() - started,
    ...(accepted ? { suppressed: accepted.suppressed, staleBaseline: accepted.staleBaseline } : {}),
  };
}
