import { knownSecretRedactor, redactStrings } from '../findings/known-secrets.js';
import type { ScanResult } from '../scan.js';

export interface OutputView {
  /** The result as outputs show it. */
  shown: ScanResult;
  /** For any other text an output prints (notes, messages): the same redaction. */
  redact: (text: string) => string;
}

/**
 * The scan result as every output shows it unless --show-secrets: each secret the scan found is redacted in
 * every string of the findings, dropped candidates and skipped paths (file names, commit subjects and
 * authors, fingerprints, which hold the path). Only `--write-baseline` keeps using the raw result: it writes
 * fingerprints a later scan must match.
 */
export function outputView(result: ScanResult, showSecrets: boolean): OutputView {
  if (showSecrets) return { shown: result, redact: (text) => text };
  const redact = knownSecretRedactor([...result.findings, ...(result.suppressed ?? [])]);
  const shown: ScanResult = {
    ...result,
    findings: redactStrings(result.findings, redact),
    dropped: redactStrings(result.dropped, redact),
    stats: redactStrings(result.stats, redact),
    suppressed: result.suppressed && redactStrings(result.suppressed, redact),
  };
  return { shown, redact };
}
