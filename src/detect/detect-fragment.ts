import type { Finding } from '../findings/finding.js';
import type { Fragment } from '../sources/fragment.js';
import type { Detection, Detector } from './detector.js';

/**
 * Runs the detector on one fragment; for a window of a longer text (text-windows.ts) it also moves columns on
 * the window's first line to where they are in the whole text, and drops what the previous window, which
 * overlaps this one, already reported.
 */
export function detectFragment(detector: Detector, fragment: Fragment): Detection {
  const detection = detector.detect(fragment);
  const { startColumn = 1, unseenFrom } = fragment;
  if (startColumn === 1 && !unseenFrom) return detection;
  const shift = (line: number, column: number): number =>
    line === fragment.startLine ? column + startColumn - 1 : column;
  const findings = detection.findings
    .map(
      (finding): Finding => ({
        ...finding,
        column: shift(finding.line, finding.column),
        endColumn: shift(finding.endLine, finding.endColumn),
        ...(finding.pairedWith
          ? { pairedWith: { ...finding.pairedWith, column: shift(finding.pairedWith.line, finding.pairedWith.column) } }
          : {}),
      }),
    )
    .filter(
      (finding) =>
        !unseenFrom ||
        finding.endLine > unseenFrom.line ||
        (finding.endLine === unseenFrom.line && finding.endColumn > unseenFrom.column),
    );
  const dropped = unseenFrom
    ? detection.dropped.filter((candidate) => candidate.line >= unseenFrom.line)
    : detection.dropped;
  return { findings, dropped };
}
