import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRulesDir } from './load-rules.js';

/**
 * Patterns recheck has found safe, keyed by SHA-256 of `flags/pattern`, in `rules/redos-safe.json`. The
 * checker takes seconds per pattern, so `rules check` re-checks only patterns whose hash is not listed: any
 * edit to a pattern changes its key and sends it through the checker again. Only safe verdicts are stored;
 * `rules check --recheck-all` ignores the file and `--update-redos-file` rewrites it.
 */
export const REDOS_SAFE_FILE = 'redos-safe.json';

export const patternKey = (pattern: string, flags: string): string =>
  createHash('sha256').update(`${flags}/${pattern}`).digest('hex');

export function readSafePatterns(dir = builtinRulesDir()): Set<string> {
  const file = join(dir, REDOS_SAFE_FILE);
  if (!existsSync(file)) return new Set();
  return new Set((JSON.parse(readFileSync(file, 'utf8')) as { safe: string[] }).safe);
}

export function writeSafePatterns(keys: Iterable<string>, dir = builtinRulesDir()): void {
  const safe = [...new Set(keys)].sort();
  writeFileSync(
    join(dir, REDOS_SAFE_FILE),
    `${JSON.stringify({ comment: 'SHA-256 of flags/pattern of rule patterns recheck found safe; see src/rules/redos-verdicts.ts', safe }, null, 1)}\n`,
  );
}
