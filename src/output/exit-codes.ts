import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../rules/package-root.js';

/** Exit codes of every scanning command (and the Action's pass/fail): documented in the README. */
export const EXIT_CLEAN = 0;
export const EXIT_LEAKS = 1;
export const EXIT_ERROR = 2;

export type ExitCode = typeof EXIT_CLEAN | typeof EXIT_LEAKS | typeof EXIT_ERROR;

/** The version reports, payloads and the Action's log name: the package's own. */
export function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
