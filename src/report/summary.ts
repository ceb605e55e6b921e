import type { ReportInput } from './reporter.js';

export interface Summary {
  filesScanned: number;
  bytesScanned: number;
  linesScanned: number;
  commitsScanned: number;
  skipped: number;
  skippedByReason: Record<string, number>;
  findings: number;
  /** The --min-confidence level in force, when the scan applied one. */
  minConfidence?: string | undefined;
  /** Findings below it, left out of the report: nothing is lost without a count. */
  hiddenBelowMinConfidence?: number | undefined;
  elapsedMs: number;
}

export function summarize(input: Pick<ReportInput, 'stats' | 'findings' | 'elapsedMs' | 'minConfidence'>): Summary {
  const { stats, elapsedMs } = input;
  const skippedByReason: Record<string, number> = {};
  for (const skip of stats.skipped) skippedByReason[skip.reason] = (skippedByReason[skip.reason] ?? 0) + 1;
  return {
    filesScanned: stats.filesScanned,
    bytesScanned: stats.bytesScanned,
    linesScanned: stats.linesScanned,
    commitsScanned: stats.commitsScanned,
    skipped: stats.skipped.length,
    skippedByReason,
    findings: input.findings.length,
    minConfidence: input.minConfidence?.level,
    hiddenBelowMinConfidence: input.minConfidence?.hidden,
    elapsedMs: Math.round(elapsedMs),
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One line a person reads at the end of every run. A scan that read nothing says so. */
export function summaryLine(summary: Summary): string {
  const parts: string[] = [];
  if (summary.commitsScanned > 0) parts.push(plural(summary.commitsScanned, 'commit'));
  parts.push(
    `${plural(summary.filesScanned, 'file')} (${formatBytes(summary.bytesScanned)}${summary.linesScanned > 0 ? `, ${plural(summary.linesScanned, 'line')}` : ''})`,
  );
  let line = `scanned ${parts.join(', ')} in ${(summary.elapsedMs / 1000).toFixed(2)}s`;
  if (summary.skipped > 0) {
    const reasons = Object.entries(summary.skippedByReason)
      .map(([reason, count]) => `${reason}: ${count}`)
      .join(', ');
    line += `; skipped ${summary.skipped} (${reasons})`;
  }
  line += `; ${plural(summary.findings, 'leak')} found`;
  if (summary.hiddenBelowMinConfidence)
    line += `; ${plural(summary.hiddenBelowMinConfidence, 'finding')} below --min-confidence ${summary.minConfidence} hidden (--min-confidence lowest shows them)`;
  if (summary.bytesScanned === 0)
    line += '\nwarning: nothing was scanned (0 bytes read): check the paths, range or staged changes';
  return line;
}
