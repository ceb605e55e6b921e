import { minConfidenceFor } from '../filters/min-confidence.js';
import { withMinConfidence, type ScanResult } from '../scan.js';
import type { ReportArgs } from './report-options.js';
import { baselineOutputs } from './baseline-outputs.js';
import { prepareRotation } from './rotation-step.js';
import { writeReport } from './write-report.js';

/**
 * What every scanning command (scan, staged, diff, history) does once the scan is done: write the report and
 * run the post-scan actions. Returns the exit code. One place, so every mode behaves the same.
 */
export async function finishScan(scanned: ScanResult, args: ReportArgs, mode: string, notes: string[] = []): Promise<number> {
  const result = withMinConfidence(scanned, minConfidenceFor(mode, args['min-confidence'], scanned.config.minConfidence));
  const rotate = await prepareRotation(result, args);
  const baselineNotes = await baselineOutputs(result, args, mode);
  const code = writeReport(result, args, mode, [...notes, ...baselineNotes]);
  await rotate?.(result, mode);
  return code;
}
