import type { ScanResult } from '../scan.js';
import type { VerifyOptions } from '../verify/verify-findings.js';

/**
 * `--verify`: the stage between findings and reporters. Each finding gets its `verification`, live ones first;
 * `--only-verified` moves all but the live ones to the dropped list. Returns a note with the tally and the
 * number of requests sent.
 */
export async function verifyStep(
  result: ScanResult,
  options: VerifyOptions,
  onlyVerified: boolean,
): Promise<{ result: ScanResult; note: string }> {
  const { verifyFindings } = await import('../verify/verify-findings.js');
  const run = await verifyFindings(result.findings, options);
  const count = (state: string): number => run.findings.filter((f) => f.verification?.state === state).length;
  const note = `verification: ${count('live')} live, ${count('invalid')} invalid, ${count('unknown')} unknown; ${run.requests} request(s) sent (budget ${options.budget})`;
  if (!onlyVerified) return { result: { ...result, findings: run.findings }, note };
  const live = run.findings.filter((f) => f.verification?.state === 'live');
  const rest = run.findings
    .filter((f) => f.verification?.state !== 'live')
    .map((f) => ({
      ruleId: f.ruleId,
      file: f.file,
      line: f.line,
      filter: 'only-verified',
      reason: `verification ${f.verification?.state ?? 'not run'}: ${f.verification?.reason ?? ''}`,
      secret: f.secret.redacted,
    }));
  return { result: { ...result, findings: live, dropped: [...result.dropped, ...rest] }, note };
}
