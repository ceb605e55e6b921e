import { type Dropped, droppedFinding, type Finding } from '../findings/finding.js';
import type { FindingConfidence } from '../rules/rule-definition.js';

/** `lowest` reports everything, test and fixture paths included (detect/test-path.ts). */
export const MIN_CONFIDENCE_LEVELS = [
  'lowest',
  'low',
  'medium',
  'high',
] as const satisfies readonly FindingConfidence[];

/**
 * What each scan mode reports when neither `--min-confidence` nor `minConfidence` in the config says: the
 * pre-commit hook and CI must stay quiet on real code, so they leave out generic (low-confidence) findings,
 * which on other people's repositories are nearly all test fixtures and documentation values; an audit of a
 * tree or a history reports generic findings too, but not what test and fixture paths hold (`lowest`). What
 * the cut hides is counted in every report. The numbers behind it are in docs/detection-quality.md.
 */
export const DEFAULT_MIN_CONFIDENCE: Readonly<Record<string, FindingConfidence>> = {
  staged: 'medium',
  diff: 'medium',
  history: 'low',
  directory: 'low',
  stdin: 'low',
};

/** The cut a scan applied, and how many findings it hid. */
export interface MinConfidenceCut {
  level: FindingConfidence;
  /** Findings below `level`, left out of the report (listed as dropped by `min-confidence` with --explain). */
  hidden: number;
}

const RANK: Readonly<Record<FindingConfidence, number>> = { lowest: 0, low: 1, medium: 2, high: 3 };

/** The level in force: the command line's, else the config's, else the mode's default. */
export function minConfidenceFor(
  mode: string,
  option: FindingConfidence | undefined,
  configured: FindingConfidence | undefined,
): FindingConfidence {
  return option ?? configured ?? DEFAULT_MIN_CONFIDENCE[mode] ?? 'low';
}

/** Findings at or above `level` are kept; the others are dropped by `min-confidence`, which --explain lists. */
export function applyMinConfidence(
  findings: readonly Finding[],
  level: FindingConfidence,
): { kept: Finding[]; dropped: Dropped[] } {
  const kept: Finding[] = [];
  const dropped: Dropped[] = [];
  for (const finding of findings) {
    if (RANK[finding.confidence] >= RANK[level]) kept.push(finding);
    else
      dropped.push(
        droppedFinding(finding, 'min-confidence', `confidence ${finding.confidence} < ${level} (--min-confidence)`),
      );
  }
  return { kept, dropped };
}
