import { minConfidenceFor } from '../filters/min-confidence.js';
import { outputView } from '../report/redact-result.js';
import { withMinConfidence, type ScanResult } from '../scan.js';
import type { ReportArgs } from './report-options.js';
import { baselineOutputs } from './baseline-outputs.js';
import { incompleteScanReason } from './incomplete-scan.js';
import { prepareRotation } from './rotation-step.js';
import { EXIT_ERROR, EXIT_LEAKS, writeReport } from './write-report.js';

/**
 * What every scanning command (scan, staged, diff, history) does once the scan is done: write the report and
 * run the post-scan actions. Returns the exit code: 1 when leaks were found, 2 when the scan read less than it
 * should have (said on stderr even with --quiet), else 0. One place, so every mode behaves the same.
 */
export async function finishScan(scanned: ScanResult, args: ReportArgs, mode: string, notes: string[] = []): Promise<number> {
  const result = withMinConfidence(scanned, minConfidenceFor(mode, args['min-confidence'], scanned.config.minConfidence));
  const { shown, redact } = outputView(result, args['show-secrets']);
  const rotate = await prepareRotation(shown, args);
  // The baseline file gets the raw fingerprints (a later scan must match them); everything printed is redacted.
  const baselineNotes = await baselineOutputs(result, args, mode);
  const code = writeReport(shown, args, mode, [...notes, ...baselineNotes].map(redact));
  await rotate?.(shown, mode);
  const incomplete = incompleteScanReason(result, mode, args['allow-empty']);
  if (!incomplete) return code;
  process.stderr.write(`leakscan: error: ${redact(incomplete)}\n`);
  return code === EXIT_LEAKS ? EXIT_LEAKS : EXIT_ERROR;
}
