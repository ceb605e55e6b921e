import type { ScanResult } from '../scan.js';
import type { ReportArgs } from './report-options.js';
import { writeReport } from './write-report.js';

/**
 * What every scanning command (scan, staged, diff, history) does once the scan is done: write the report and
 * run the post-scan actions. Returns the exit code. One place, so every mode behaves the same.
 */
export async function finishScan(result: ScanResult, args: ReportArgs, mode: string, notes: string[] = []): Promise<number> {
  return writeReport(result, args, mode, notes);
}
