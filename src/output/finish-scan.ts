import { minConfidenceFor } from '../filters/min-confidence.js';
import { outputView } from '../report/redact-result.js';
import type { ReportInput } from '../report/reporter.js';
import type { FindingConfidence } from '../rules/rule-definition.js';
import { withMinConfidence, type ScanResult } from '../scan.js';
import { baselineOutputs, type BaselineOutput } from './baseline-outputs.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_LEAKS, type ExitCode, toolVersion } from './exit-codes.js';
import { incompleteScanReason } from './incomplete-scan.js';
import { prepareRotation, type RotationRequest } from './rotation-step.js';
import type { VerifyOptions } from '../verify/verify-findings.js';
import { verifyStep } from './verify-step.js';

/** What was scanned: decides the default confidence, which notes apply and whether an empty scan fails. */
export type ScanMode = 'directory' | 'stdin' | 'staged' | 'diff' | 'history';

/** A finished scan as the outputs see it. */
export interface FinishedReport {
  /** What reporters render: the result as shown (redacted unless showSecrets), notes included; `color` off. */
  input: ReportInput;
  /** The result after the confidence cut, secrets raw: for what must know them (the runner's masking, counts). */
  raw: ScanResult;
}

/**
 * How to finish a scan: the one description the CLI (from its arguments), the Action (from its inputs) and
 * `baseline create` build.
 */
export interface FinishOptions {
  mode: ScanMode;
  /** Unredacted output (`--show-secrets`, the Action's `redact: false`). */
  showSecrets: boolean;
  /** List dropped candidates (`--explain`); JSON also lists the skipped files. */
  explain: boolean;
  /** List every skipped file, not only the counts by reason (`--list-skipped`). */
  listSkipped?: boolean | undefined;
  /** Keep quiet about a clean result (rotation's tally included). */
  quiet: boolean;
  /** The command line's level; else the config's, else the mode's default. */
  minConfidence?: FindingConfidence | undefined;
  /** An empty scan of named content (a directory, stdin) is expected: not an incomplete scan. */
  allowEmpty: boolean;
  /** The baseline the scan applied, named in the note about stale entries. */
  baseline?: string | undefined;
  /** Write the fingerprints found to a baseline file. */
  writeBaseline?: BaselineOutput | undefined;
  /** Notify the rotation webhooks about new leaks; undefined: no rotation. */
  rotation?: RotationRequest | undefined;
  /** `--verify` (or config `verify: true`): ask each vendor whether the key is live; undefined: no requests. */
  verify?: VerifyOptions | undefined;
  /** `--only-verified`: report only the keys a vendor said are live. */
  onlyVerified?: boolean | undefined;
  /** Notes from the scan's set-up (a shallow clone, an empty range), shown in the report. */
  notes?: readonly string[];
  /** Where the rotation step speaks (stderr unless given: the Action passes its log). */
  log?: (text: string) => void;
  /** Writes the report wherever this caller writes it. */
  deliver: (report: FinishedReport) => void | Promise<void>;
}

export interface ScanOutcome {
  /** 1 when leaks were found, 2 when the scan read less than it should have, else 0. */
  exitCode: ExitCode;
  leakCount: number;
  /** Why the scan must not pass as clean (already redacted), for the caller to say as an error. */
  incomplete?: string;
}

/**
 * What every scan does once the detection is done, in this order: the confidence cut, redaction, rotation
 * checked (a bad `rotation:` setup fails before anything is written), the baseline written, the report
 * delivered, rotation notices sent, and the outcome. One place, so every mode and every caller behaves the same.
 */
export async function finishScan(scanned: ScanResult, options: FinishOptions): Promise<ScanOutcome> {
  const log = options.log ?? ((text: string) => void process.stderr.write(text));
  const confident = withMinConfidence(
    scanned,
    minConfidenceFor(options.mode, options.minConfidence, scanned.config.minConfidence),
  );
  const verified = options.verify
    ? await verifyStep(confident, options.verify, options.onlyVerified ?? false)
    : undefined;
  const result = verified?.result ?? confident;
  const { shown, redact } = outputView(result, options.showSecrets);
  const rotate = options.rotation
    ? await prepareRotation(shown, { ...options.rotation, showSecrets: options.showSecrets, quiet: options.quiet }, log)
    : undefined;
  // The baseline file gets the raw fingerprints (a later scan must match them); everything printed is redacted.
  const baselineNotes = baselineOutputs(result, {
    mode: options.mode,
    baseline: options.baseline,
    write: options.writeBaseline,
  });
  const notes = [...(options.notes ?? []), ...baselineNotes, ...(verified ? [verified.note] : [])].map(redact);
  await options.deliver({ input: reportInput(shown, options, notes), raw: result });
  // With verification on, each target's `verification` filter decides (webhooks: live keys only by default).
  await rotate?.(shown, options.mode);
  const leakCount = shown.findings.length;
  const found: ExitCode = leakCount > 0 ? EXIT_LEAKS : EXIT_CLEAN;
  const incomplete = incompleteScanReason(result, options.mode, options.allowEmpty);
  if (!incomplete) return { exitCode: found, leakCount };
  return { exitCode: found === EXIT_LEAKS ? EXIT_LEAKS : EXIT_ERROR, leakCount, incomplete: redact(incomplete) };
}

function reportInput(shown: ScanResult, options: FinishOptions, notes: string[]): ReportInput {
  return {
    findings: shown.findings,
    dropped: shown.dropped,
    stats: shown.stats,
    mode: options.mode,
    minConfidence: shown.minConfidence,
    ruleCount: shown.ruleCount,
    elapsedMs: shown.elapsedMs,
    showSecrets: options.showSecrets,
    explain: options.explain,
    listSkipped: options.listSkipped,
    color: false,
    toolVersion: toolVersion(),
    root: shown.root,
    remote: shown.remote,
    notes:
      options.explain && shown.droppedOmitted
        ? [
            ...notes,
            `${shown.droppedOmitted} more dropped candidates are not listed (--explain lists the first ${shown.dropped.length})`,
          ]
        : notes,
  };
}
