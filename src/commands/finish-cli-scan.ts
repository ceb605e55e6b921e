import { UsageError } from '../errors.js';
import { finishScan, type FinishOptions, type ScanMode } from '../output/finish-scan.js';
import { writeReport } from '../output/write-report.js';
import type { ScanResult } from '../scan.js';
import type { ReportArgs } from './report-options.js';
import { verifyOptions } from './verify-args.js';

/**
 * The end of every scanning command (scan, staged, diff, history): the command line's report options as
 * finish options, the report on stdout or in `-o`, an incomplete scan said on stderr (even with --quiet).
 * Returns the exit code.
 */
export async function finishCliScan(
  scanned: ScanResult,
  args: ReportArgs,
  mode: ScanMode,
  notes: string[] = [],
): Promise<number> {
  const verify = verifyOptions(args, scanned.config.verify, process.cwd());
  if (args['only-verified'] && !verify)
    throw new UsageError('--only-verified needs --verify (or verify: true in the config)');
  const outcome = await finishScan(scanned, {
    ...finishOptions(args, mode, notes),
    verify,
    onlyVerified: args['only-verified'],
  });
  if (outcome.incomplete) process.stderr.write(`leakscan: error: ${outcome.incomplete}\n`);
  return outcome.exitCode;
}

function finishOptions(args: ReportArgs, mode: ScanMode, notes: string[]): FinishOptions {
  const rotate = args.rotate || args['rotate-dry-run'];
  return {
    mode,
    showSecrets: args['show-secrets'],
    explain: args.explain,
    listSkipped: args['list-skipped'],
    quiet: args.quiet,
    minConfidence: args['min-confidence'],
    allowEmpty: args['allow-empty'],
    baseline: args.baseline,
    writeBaseline: args['write-baseline'] ? { file: args['write-baseline'], includeAccepted: true } : undefined,
    rotation: rotate ? { dryRun: args['rotate-dry-run'], extraUrl: args['rotate-url'] } : undefined,
    notes,
    deliver: (report) =>
      writeReport(report, { format: args.format, output: args.output, color: args.color, quiet: args.quiet }),
  };
}
