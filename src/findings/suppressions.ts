import { DEFAULT_BASELINE_FILE } from '../config/defaults.js';
import { join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../errors.js';
import { type Dropped, droppedFinding, type Finding } from './finding.js';
import { readStateFile, StateFileError } from '../state/state-file.js';

/** Accepted findings, by fingerprint: a `--baseline` file and the repository's `.leakscanignore`. */
export interface Suppressions {
  baseline?: FingerprintList;
  ignore?: FingerprintList;
}

export interface FingerprintList {
  file: string;
  /** Filter name shown by --explain: `baseline` or `leakscanignore`. */
  filter: 'baseline' | 'leakscanignore';
  fingerprints: ReadonlySet<string>;
}

export const IGNORE_FILE = '.leakscanignore';

/**
 * leakscan's own fingerprint files, as globs relative to the scan root: they hold hashes, never secrets, but
 * a fingerprint (`rule-token:path:hex`) looks like an assignment to generic rules, so they are not scanned.
 */
export function fingerprintFileGlobs(root: string, baselineFile?: string): string[] {
  const globs = [`**/${IGNORE_FILE}`, `**/${DEFAULT_BASELINE_FILE}`];
  if (baselineFile) {
    const path = relative(root, resolve(baselineFile)).split(sep).join('/');
    if (path && !path.startsWith('..')) globs.push(path);
  }
  return globs;
}

// ruleId:path:16-hex. The hash anchors the end, so a path holding spaces or '#' still parses.
const FINGERPRINT_LINE = /^(\S.*:[0-9a-f]{16})(?:\s+#.*)?$/;

/**
 * Fingerprints from a baseline or ignore file: one per line, `#` starts a comment line or a trailing comment.
 * A leakscan JSON report (`--format json`) is accepted too, so any saved report can serve as a baseline.
 */
export function parseFingerprints(text: string, file: string): Set<string> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const report = JSON.parse(trimmed) as { findings?: { fingerprint?: unknown }[] };
      return new Set(
        (report.findings ?? []).map((f) => f.fingerprint).filter((f): f is string => typeof f === 'string'),
      );
    } catch (error) {
      throw new ConfigError(file, [`not valid JSON: ${(error as Error).message}`]);
    }
  }
  const fingerprints = new Set<string>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = FINGERPRINT_LINE.exec(line);
    if (match) fingerprints.add(match[1] as string);
    else problems.push(`line ${index + 1}: not a fingerprint (ruleId:path:16 hex digits): ${line.slice(0, 80)}`);
  });
  if (problems.length > 0) throw new ConfigError(file, problems);
  return fingerprints;
}

/**
 * Loads `--baseline FILE` (must exist) and `<dir>/.leakscanignore` (optional; not read when `dir` is undefined:
 * a repository cloned by URL cannot accept its own leaks).
 */
export async function loadSuppressions(dir: string | undefined, baselineFile?: string): Promise<Suppressions> {
  const suppressions: Suppressions = {};
  if (baselineFile) {
    let text: string | undefined;
    try {
      text = readStateFile(baselineFile, 'the baseline');
    } catch (error) {
      if (error instanceof StateFileError) throw error;
      throw new ConfigError(baselineFile, [
        `cannot read the baseline: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      ]);
    }
    if (text === undefined) throw new ConfigError(baselineFile, ['cannot read the baseline: ENOENT']);
    suppressions.baseline = {
      file: baselineFile,
      filter: 'baseline',
      fingerprints: parseFingerprints(text, baselineFile),
    };
  }
  if (dir === undefined) return suppressions;
  // Never through a link (it could point at any file, whose lines an error would then quote) nor from a FIFO.
  const ignorePath = join(dir, IGNORE_FILE);
  const ignoreText = readStateFile(ignorePath, IGNORE_FILE);
  if (ignoreText !== undefined)
    suppressions.ignore = {
      file: IGNORE_FILE,
      filter: 'leakscanignore',
      fingerprints: parseFingerprints(ignoreText, ignorePath),
    };
  return suppressions;
}

export interface SuppressionResult {
  kept: Finding[];
  /** Findings an ignore or baseline entry accepted: still "present", so --write-baseline keeps them. */
  suppressed: Finding[];
  dropped: Dropped[];
  /** Baseline fingerprints no finding of this scan matched. */
  staleBaseline: string[];
}

/** Moves accepted findings out of the report, into `dropped` with the list that accepted them. */
export function applySuppressions(findings: readonly Finding[], suppressions: Suppressions): SuppressionResult {
  const lists = [suppressions.ignore, suppressions.baseline].filter((l): l is FingerprintList => l !== undefined);
  const result: SuppressionResult = { kept: [], suppressed: [], dropped: [], staleBaseline: [] };
  const seen = new Set<string>();
  for (const finding of findings) {
    seen.add(finding.fingerprint);
    const list = lists.find((l) => l.fingerprints.has(finding.fingerprint));
    if (!list) {
      result.kept.push(finding);
      continue;
    }
    result.suppressed.push(finding);
    result.dropped.push(droppedFinding(finding, list.filter, `fingerprint listed in ${list.file}`));
  }
  if (suppressions.baseline)
    result.staleBaseline = [...suppressions.baseline.fingerprints].filter((f) => !seen.has(f)).sort();
  return result;
}

const BASELINE_HEADER = [
  '# leakscan baseline: accepted findings, one fingerprint per line (ruleId:path:sha256(secret)[0..16]).',
  '# No line numbers, commits or dates, so it survives edits, rebases and squash merges; sorted so it merges cleanly.',
  '# Use: leakscan <scan|staged|diff|history> --baseline <this file>',
];

/** The baseline file for these findings: header, then sorted unique fingerprints. Deterministic. */
export function renderBaseline(findings: readonly Finding[]): string {
  const fingerprints = [...new Set(findings.map((f) => f.fingerprint))].sort();
  return `${[...BASELINE_HEADER, ...fingerprints].join('\n')}\n`;
}
