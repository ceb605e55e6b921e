import { readFileSync } from 'node:fs';
import { describeError, UsageError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { fingerprintOf, hashSecret, Secret } from '../findings/secret.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_LEAKS } from '../output/exit-codes.js';
import { verificationNote } from '../verify/verification.js';
import { verifierHosts, verifyFindings } from '../verify/verify-findings.js';
import { parseEndpoints, type VerifyArgs, verifyOptions } from './verify-args.js';

export interface RunVerifyArgs extends VerifyArgs {
  report?: string | undefined;
  'list-hosts': boolean;
  format: 'text' | 'json';
}

/** The findings of a JSON report, with their raw secrets; a redacted report cannot be re-checked. */
function reportFindings(file: string): Finding[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: not a readable JSON report (${(error as Error).message.slice(0, 120)})`);
  }
  const findings = (parsed as { findings?: unknown })?.findings;
  if (!Array.isArray(findings)) throw new UsageError(`${file}: not a leakscan JSON report (no findings list)`);
  return findings.map((raw, index) => {
    const item = raw as Record<string, unknown>;
    const secret = typeof item.secret === 'string' ? item.secret : '';
    const ruleId = typeof item.ruleId === 'string' ? item.ruleId : '';
    const path = typeof item.file === 'string' ? item.file : '';
    if (!ruleId || !secret) throw new UsageError(`${file}: finding ${index} has no ruleId or secret`);
    if (typeof item.secretHash === 'string' && item.secretHash !== hashSecret(secret))
      throw new UsageError(
        'the report was written without --show-secrets (its secrets are redacted); re-run the scan with --show-secrets to re-check',
      );
    const paired = item.pairedWith as { secret?: unknown; ruleId?: unknown } | undefined;
    return {
      ...(item as unknown as Finding),
      ruleId,
      file: path,
      secret: new Secret(secret),
      fingerprint: fingerprintOf(ruleId, path, secret),
      ...(paired && typeof paired.secret === 'string'
        ? {
            pairedWith: { ...(paired as unknown as Finding['pairedWith'] & object), secret: new Secret(paired.secret) },
          }
        : {}),
    } as Finding;
  });
}

/** `leakscan verify REPORT.json` and `leakscan verify --list-hosts`. Exit 1 when a key is live. */
export async function runVerify(args: RunVerifyArgs): Promise<number> {
  try {
    if (args['list-hosts']) {
      const lines = await verifierHosts(parseEndpoints(args['verify-endpoint']));
      process.stdout.write(`${lines.join('\n')}\n`);
      return EXIT_CLEAN;
    }
    if (!args.report) throw new UsageError('verify: give a JSON report (written with --show-secrets), or --list-hosts');
    const findings = reportFindings(args.report);
    const options = verifyOptions({ ...args, verify: true }, true, process.cwd());
    if (!options) return EXIT_ERROR;
    const run = await verifyFindings(findings, options);
    if (args.format === 'json') {
      const rows = run.findings.map((f) => ({
        ruleId: f.ruleId,
        file: f.file,
        line: f.line,
        fingerprint: f.fingerprint,
        secret: f.secret.redacted,
        verification: f.verification,
      }));
      process.stdout.write(`${JSON.stringify({ findings: rows, requests: run.requests }, null, 2)}\n`);
    } else {
      for (const f of run.findings)
        process.stdout.write(
          `${f.file}:${f.line}  [${f.ruleId}] ${f.secret.redacted}  ${f.verification ? verificationNote(f.verification) : ''}\n`,
        );
      process.stderr.write(`${run.findings.length} finding(s) re-checked with ${run.requests} request(s)\n`);
    }
    return run.findings.some((f) => f.verification?.state === 'live') ? EXIT_LEAKS : EXIT_CLEAN;
  } catch (error) {
    const { redactKeyLike } = await import('../detect/key-like.js');
    process.stderr.write(`leakscan: error: ${await redactKeyLike(describeError(error))}\n`);
    return EXIT_ERROR;
  }
}
