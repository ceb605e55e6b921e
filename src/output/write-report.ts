import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { OutputError } from '../errors.js';
import { REPORTERS } from '../report/registry.js';
import { summarize, summaryLine } from '../report/summary.js';
import type { FinishedReport } from './finish-scan.js';

/** Where and how the CLI writes a report. */
export interface ReportDestination {
  format: string;
  /** A file (`-o`); stdout when undefined. */
  output?: string | undefined;
  color: boolean;
  /** Print nothing about a clean scan. */
  quiet: boolean;
}

/**
 * The CLI's delivery: renders the report in the chosen format and writes it to `output` or stdout. With a
 * file, or with a machine format on stdout, the one-line summary goes to stderr so people still see what was
 * scanned.
 */
export function writeReport({ input }: FinishedReport, destination: ReportDestination): void {
  const reporter = REPORTERS[destination.format] ?? REPORTERS.text;
  const color = destination.color && !process.env.NO_COLOR && !destination.output && Boolean(process.stdout.isTTY);
  const text = reporter!.render({ ...input, color });
  const summary = summaryLine(summarize(input));
  const quietClean = destination.quiet && input.findings.length === 0;
  if (destination.output) {
    writeOutputFile(destination.output, text);
    if (!quietClean) process.stderr.write(`${summary}\nreport written to ${destination.output}\n`);
  } else if (destination.format === 'text') {
    if (!quietClean) process.stdout.write(text);
  } else {
    process.stdout.write(text);
    if (!quietClean) process.stderr.write(`${summary}\n`);
  }
}

/** Writes a file the user named (`-o`), creating missing parent directories; a failure is an exit-2 error naming it. */
export function writeOutputFile(path: string, text: string): void {
  try {
    createParents(dirname(path));
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputError(
      `cannot write ${path}: ${code ?? (error as Error).message}`,
      { file: path },
      { cause: error },
    );
  }
}

/** mkdir -p one level at a time: Node's recursive mkdir spins forever under /proc, where mkdir says ENOENT. */
function createParents(directory: string): void {
  if (existsSync(directory)) return;
  const parent = dirname(directory);
  if (parent !== directory) createParents(parent);
  mkdirSync(directory);
}
