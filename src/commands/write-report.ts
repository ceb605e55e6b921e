import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OutputError } from '../errors.js';
import { REPORTERS } from '../report/registry.js';
import { summarize, summaryLine } from '../report/summary.js';
import { packageRoot } from '../rules/package-root.js';
import type { ScanResult } from '../scan.js';
import type { ReportArgs } from './report-options.js';

export const EXIT_CLEAN = 0;
export const EXIT_LEAKS = 1;
export const EXIT_ERROR = 2;

export function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Renders the result in the chosen format and writes it to --output or stdout. With --output, or with a
 * machine format on stdout, the one-line summary goes to stderr so people still see what was scanned.
 * Returns the exit code: 1 when leaks were found, else 0.
 */
export function writeReport(result: ScanResult, args: ReportArgs, mode: string, notes: string[] = []): number {
  const reporter = REPORTERS[args.format] ?? REPORTERS.text;
  const color = args.color && !process.env.NO_COLOR && !args.output && Boolean(process.stdout.isTTY);
  const text = reporter!.render({
    findings: result.findings,
    dropped: result.dropped,
    stats: result.stats,
    mode,
    ruleCount: result.ruleCount,
    elapsedMs: result.elapsedMs,
    showSecrets: args['show-secrets'],
    explain: args.explain,
    color,
    toolVersion: toolVersion(),
    notes:
      args.explain && result.droppedOmitted
        ? [...notes, `${result.droppedOmitted} more dropped candidates are not listed (--explain lists the first ${result.dropped.length})`]
        : notes,
  });
  const summary = summaryLine(summarize(result.stats, result.findings.length, result.elapsedMs));
  const quietClean = args.quiet && result.findings.length === 0;
  if (args.output) {
    writeOutputFile(args.output, text);
    if (!quietClean) process.stderr.write(`${summary}\nreport written to ${args.output}\n`);
  } else if (args.format === 'text') {
    if (!quietClean) process.stdout.write(text);
  } else {
    process.stdout.write(text);
    if (!quietClean) process.stderr.write(`${summary}\n`);
  }
  return result.findings.length > 0 ? EXIT_LEAKS : EXIT_CLEAN;
}

/** Writes a file the user named (`-o`), creating missing parent directories; a failure is an exit-2 error naming it. */
export function writeOutputFile(path: string, text: string): void {
  try {
    createParents(dirname(path));
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputError(`cannot write ${path}: ${code ?? (error as Error).message}`, { file: path }, { cause: error });
  }
}

/** mkdir -p one level at a time: Node's recursive mkdir spins forever under /proc, where mkdir says ENOENT. */
function createParents(directory: string): void {
  if (existsSync(directory)) return;
  const parent = dirname(directory);
  if (parent !== directory) createParents(parent);
  mkdirSync(directory);
}
