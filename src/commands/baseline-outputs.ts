import { renderBaseline } from '../findings/suppressions.js';
import { writeBaselineFile } from '../state/state-file.js';
import type { ScanResult } from '../scan.js';
import type { ReportArgs } from './report-options.js';

/** Modes that see all the content a baseline describes; only they can tell that an entry is stale. */
const COMPLETE_MODES = new Set(['directory', 'history']);
const MAX_STALE_LISTED = 20;

/**
 * The baseline side of a finished scan: writes `--write-baseline` (every finding still present, including
 * those the old baseline accepted, so stale entries drop out) and returns notes about stale entries.
 */
export async function baselineOutputs(result: ScanResult, args: ReportArgs, mode: string): Promise<string[]> {
  const notes: string[] = [];
  if (args['write-baseline']) {
    const present = [...result.findings, ...(result.suppressed ?? [])];
    writeBaselineFile(args['write-baseline'], renderBaseline(present));
    notes.push(`baseline written to ${args['write-baseline']}: ${new Set(present.map((f) => f.fingerprint)).size} fingerprint(s)`);
  }
  const stale = result.staleBaseline ?? [];
  // staged and diff scans read only part of the content: an entry they did not see is not stale.
  if (args.baseline && stale.length > 0 && COMPLETE_MODES.has(mode)) {
    const listed = stale.slice(0, MAX_STALE_LISTED).map((f) => `\n  ${f}`).join('');
    const more = stale.length > MAX_STALE_LISTED ? `\n  … and ${stale.length - MAX_STALE_LISTED} more` : '';
    notes.push(`${stale.length} stale baseline entr${stale.length === 1 ? 'y' : 'ies'} in ${args.baseline} (no longer found; remove ${stale.length === 1 ? 'it' : 'them'} or rewrite with --write-baseline):${listed}${more}`);
  }
  return notes;
}
