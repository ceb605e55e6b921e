import { renderBaseline } from '../findings/suppressions.js';
import type { ScanResult } from '../scan.js';
import { writeBaselineFile } from '../state/state-file.js';

/** Modes that see all the content a baseline describes; only they can tell that an entry is stale. */
const COMPLETE_MODES = new Set(['directory', 'history']);
const MAX_STALE_LISTED = 20;

export interface BaselineOutput {
  file: string;
  /**
   * Also the findings a baseline or `.leakscanignore` accepted (`--write-baseline`, so a rewritten baseline
   * keeps what it accepted and stale entries drop out); `baseline create` leaves out what is accepted already.
   */
  includeAccepted: boolean;
}

/**
 * The baseline side of a finished scan: writes the baseline file asked for and returns notes about it and
 * about stale entries of the baseline the scan applied.
 */
export function baselineOutputs(
  result: ScanResult,
  request: { mode: string; baseline?: string | undefined; write?: BaselineOutput | undefined },
): string[] {
  const notes: string[] = [];
  if (request.write) {
    const present = request.write.includeAccepted
      ? [...result.findings, ...(result.suppressed ?? [])]
      : result.findings;
    writeBaselineFile(request.write.file, renderBaseline(present));
    notes.push(
      `baseline written to ${request.write.file}: ${new Set(present.map((f) => f.fingerprint)).size} fingerprint(s)`,
    );
  }
  const stale = result.staleBaseline ?? [];
  // staged and diff scans read only part of the content: an entry they did not see is not stale.
  if (request.baseline && stale.length > 0 && COMPLETE_MODES.has(request.mode)) {
    const listed = stale
      .slice(0, MAX_STALE_LISTED)
      .map((f) => `\n  ${f}`)
      .join('');
    const more = stale.length > MAX_STALE_LISTED ? `\n  … and ${stale.length - MAX_STALE_LISTED} more` : '';
    notes.push(
      `${stale.length} stale baseline entr${stale.length === 1 ? 'y' : 'ies'} in ${request.baseline} (no longer found; remove ${stale.length === 1 ? 'it' : 'them'} or rewrite with --write-baseline):${listed}${more}`,
    );
  }
  return notes;
}
