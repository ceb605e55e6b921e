import { type Dropped, droppedFinding, type Finding } from '../findings/finding.js';
import type { Confidence } from '../rules/rule-definition.js';

export const MIN_CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const satisfies readonly Confidence[];

/**
 * What each scan mode reports when neither `--min-confidence` nor `minConfidence` in the config says: the
 * pre-commit hook and CI must stay quiet on real code, so they leave out generic (low-confidence) findings,
 * which on other people's repositories are nearly all test fixtures and documentation values; an audit of a
 * tree or a history reports everything. The numbers behind it are in docs/detection-quality.md.
 */
export const DEFAULT_MIN_CONFIDENCE: Readonly<Record<string, Confidence>> = {
  staged: 'medium',
  diff: 'medium',
  history: 'low',
  directory: 'low',
  stdin: 'low',
};

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/** The level in force: the command line's, else the config's, else the mode's default. */
export function minConfidenceFor(
  mode: string,
  option: Confidence | undefined,
  configured: Confidence | undefined,
): Confidence {
  return option ?? configured ?? DEFAULT_MIN_CONFIDENCE[mode] ?? 'low';
}

/** Findings at or above `level` are kept; the others are dropped by `min-confidence`, which --explain lists. */
export function applyMinConfidence(
  findings: readonly Finding[],
  level: Confidence,
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
