import type { Config } from '../config/config.js';
import { markReuse } from '../findings/secret-groups.js';
import { minConfidenceFor } from '../filters/min-confidence.js';
import { toolVersion } from '../output/exit-codes.js';
import { writeReport } from '../output/write-report.js';
import type { ReportInput } from '../report/reporter.js';
import { withMinConfidence } from '../scan.js';
import { emptyStats } from '../sources/scan-stats.js';
import type { FleetCounts, FleetStore } from './types.js';

export interface FleetReportOptions {
  format: string;
  output?: string | undefined;
  config: Config;
  counts: FleetCounts;
}

/**
 * The merged report of every repository the store holds, in any of the CLI's formats. Each finding carries its
 * repository; `markReuse` ties the same key found in several repositories into one secret with several
 * locations (`secret-groups.ts`), which the JSON, SARIF and HTML reporters show as such. Returns the leak count.
 */
export async function writeFleetReport(store: FleetStore, options: FleetReportOptions): Promise<number> {
  const findings = markReuse(
    (await store.allFindings()).sort(
      (a, b) => (a.repository ?? '').localeCompare(b.repository ?? '') || a.fingerprint.localeCompare(b.fingerprint),
    ),
  );
  const stats = {
    ...emptyStats(),
    commitsScanned: options.counts.commitsScanned,
    bytesScanned: options.counts.bytesScanned,
  };
  const result = withMinConfidence(
    // Several repositories have no common root: each finding's path is relative to its own repository.
    { findings, dropped: [], stats, ruleCount: 0, config: options.config, root: '', elapsedMs: 0 },
    minConfidenceFor('history', undefined, options.config.minConfidence),
  );
  const notes = [
    `fleet: ${options.counts.done} repositories scanned, ${options.counts.failed} failed, ${options.counts.queued + options.counts.active} not finished`,
    ...options.counts.failures.map((failure) => `failed: ${failure}`),
  ];
  const input: ReportInput = {
    findings: result.findings,
    dropped: [],
    stats: result.stats,
    mode: 'history',
    ruleCount: 0,
    elapsedMs: 0,
    showSecrets: false,
    explain: false,
    color: false,
    toolVersion: toolVersion(),
    notes,
  };
  writeReport({ input, raw: result }, { format: options.format, output: options.output, color: false, quiet: false });
  return result.findings.length;
}
