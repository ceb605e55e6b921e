import type { ScanResult } from '../scan.js';

/** Modes where the user named the content: reading none of it means the paths, ignores or input are wrong. */
const NAMED_CONTENT_MODES = new Set(['directory', 'stdin']);
const MAX_LISTED = 5;

/**
 * Why a finished scan must not pass as clean, or undefined when it may: content it should have read and did
 * not. A limit never turns into a silent pass, and neither does a scan of nothing.
 * - any file skipped as too large (git modes, where added text over `maxFileSize` is still skipped);
 * - in `scan` and stdin, 0 bytes read (an empty directory or stdin, everything ignored, binary or unreadable),
 *   unless the user said that is expected (`--allow-empty`).
 * Staged changes, ranges and histories can hold nothing to read (a commit that only deletes files): for
 * them an empty scan is a note in the report, not a failure.
 */
export function incompleteScanReason(result: ScanResult, mode: string, allowEmpty: boolean): string | undefined {
  const tooLarge = result.stats.skipped.filter((skip) => skip.reason === 'too-large');
  if (tooLarge.length > 0) {
    const listed = tooLarge
      .slice(0, MAX_LISTED)
      .map((skip) => (skip.detail ? `${skip.path} (${skip.detail})` : skip.path));
    const more = tooLarge.length > MAX_LISTED ? `, and ${tooLarge.length - MAX_LISTED} more` : '';
    return `${tooLarge.length} file(s) too large were NOT scanned: ${listed.join(', ')}${more}; raise maxFileSize in the config to scan them`;
  }
  if (result.stats.bytesScanned === 0 && NAMED_CONTENT_MODES.has(mode) && !allowEmpty) {
    const reasons = new Map<string, number>();
    for (const skip of result.stats.skipped) reasons.set(skip.reason, (reasons.get(skip.reason) ?? 0) + 1);
    const why =
      reasons.size > 0
        ? `everything was skipped (${[...reasons].map(([reason, count]) => `${reason}: ${count}`).join(', ')})`
        : mode === 'stdin'
          ? 'stdin was empty'
          : 'no files were found';
    return `nothing was scanned (0 bytes read): ${why}; check the paths and ignores (the CLI's --allow-empty accepts an empty scan)`;
  }
  return undefined;
}
