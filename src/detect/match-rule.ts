import type { Rule } from '../rules/rule.js';
import type { LineMap } from './line-map.js';

/** A pattern match before any filter: offsets are into the fragment's text. */
export interface Candidate {
  rule: Rule;
  secret: string;
  start: number;
  end: number;
}

/** Lines longer than this (minified bundles, data blobs) are searched only in a window around each keyword. */
export const LONG_LINE_CHARS = 4096;
/** How much of a long line on each side of a point a rule is given: enough for its context (`KEY = `…). */
export const WINDOW_CHARS = 1024;
/** How far past its keyword a multi-line rule (a PEM block) is searched. */
export const MULTILINE_WINDOW_CHARS = 16384;

/**
 * Runs one rule's pattern where its keywords were found: on each whole line holding a keyword hit, or on a
 * window around the hit in a very long line, or on a region below it for multi-line rules. A regex never sees
 * the whole text, which keeps the cost linear in the number of hits and bounds backtracking on huge lines.
 */
export function matchRule(rule: Rule, text: string, lines: LineMap, hitOffsets: readonly number[]): Candidate[] {
  const candidates: Candidate[] = [];
  const seenStarts = new Set<number>();
  const visitedLines = new Set<number>();
  let windowFrom = -1;
  let windowTo = -1;

  const search = (from: number, to: number): void => {
    const slice = text.slice(from, to);
    rule.pattern.forEachSecret(slice, (spanStart, spanEnd) => {
      const captured = slice.slice(spanStart, spanEnd);
      // Indentation captured inside a multi-line block (a PEM key in YAML) is not part of the secret.
      const secret = captured.trimStart();
      if (secret.length === 0) return;
      const start = from + spanStart + (captured.length - secret.length);
      if (seenStarts.has(start)) return;
      seenStarts.add(start);
      candidates.push({ rule, secret, start, end: from + spanEnd });
    });
  };

  if (rule.multiline) {
    for (const [from, to] of multilineRegions(text, lines, hitOffsets)) search(from, to);
    return candidates;
  }
  for (const hit of hitOffsets) {
    const lineIndex = lines.lineIndexAt(hit);
    const lineStart = lines.lineStart(lineIndex);
    const lineEnd = lines.lineEnd(lineIndex);
    if (lineEnd - lineStart <= LONG_LINE_CHARS) {
      if (visitedLines.has(lineIndex)) continue;
      visitedLines.add(lineIndex);
      search(lineStart, lineEnd);
      continue;
    }
    // A hit well inside the previous window was already searched with enough context on both sides.
    if (hit - 256 >= windowFrom && hit + 512 <= windowTo) continue;
    windowFrom = Math.max(lineStart, hit - WINDOW_CHARS);
    windowTo = Math.min(lineEnd, hit + WINDOW_CHARS);
    search(windowFrom, windowTo);
  }
  return candidates;
}

/**
 * The regions a multi-line rule is searched in: from each hit's line start (or a window before the hit on a
 * long line) to MULTILINE_WINDOW_CHARS past the hit, overlapping regions merged. Searching each line's own
 * 16 KB instead made a keyword-dense file cost its hit lines times 16 KB.
 */
function multilineRegions(text: string, lines: LineMap, hitOffsets: readonly number[]): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  // Hits come in ascending order (KeywordHits), so a region can only grow at its end.
  for (const hit of hitOffsets) {
    const lineStart = lines.lineStart(lines.lineIndexAt(hit));
    const from = Math.max(lineStart, hit - WINDOW_CHARS);
    const to = Math.min(text.length, hit + MULTILINE_WINDOW_CHARS);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}
