import { RuleError } from '../errors.js';

/**
 * Asks recheck whether a built-in rule's pattern can backtrack super-linearly: `rules check` runs it on every
 * pattern V8 will run. (A config's patterns need no such check: they run on a linear-time engine.)
 *
 * recheck's fuzzing checker has time-based limits, so under load a safe pattern is now and then reported
 * vulnerable or unknown. A verdict therefore counts only when it repeats, and its weight follows what the
 * engine can suffer: patterns run on windows of at most a few KiB (see match-rule.ts), where quadratic
 * backtracking costs milliseconds but exponential or cubic backtracking can hang. So exponential and
 * degree >= 3 are errors; quadratic and undecided are warnings.
 */
export interface BacktrackingVerdict {
  severity: 'error' | 'warning';
  message: string;
}

const ATTEMPTS = 3;

/** recheck is a development dependency: only `rules check` on the built-in rules needs it. */
async function loadRecheck(): Promise<typeof import('recheck')> {
  try {
    return await import('recheck');
  } catch (error) {
    throw new RuleError(
      `the ReDoS check needs the recheck package, a development dependency (${(error as Error).message.split('\n')[0]}): run 'npm install' in a checkout of leakscan, or 'rules check --no-redos'`,
    );
  }
}

export async function assessBacktracking(pattern: string, flags: string): Promise<BacktrackingVerdict | undefined> {
  const { check } = await loadRecheck();
  let verdict: BacktrackingVerdict | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const diagnostics = await check(pattern, flags, { timeout: 5_000, randomSeed: attempt });
    if (diagnostics.status === 'safe') return undefined;
    if (diagnostics.status === 'unknown') {
      verdict = { severity: 'warning', message: `the ReDoS checker could not decide (${diagnostics.error.kind})` };
      continue;
    }
    const { complexity } = diagnostics;
    const attack = diagnostics.attack
      ? ` (attack string ${JSON.stringify(diagnostics.attack.pattern).slice(0, 80)})`
      : '';
    if (complexity.type === 'exponential')
      return { severity: 'error', message: `can backtrack catastrophically: exponential complexity${attack}` };
    verdict =
      complexity.degree >= 3
        ? {
            severity: 'error',
            message: `can backtrack catastrophically: polynomial complexity of degree ${complexity.degree}${attack}`,
          }
        : {
            severity: 'warning',
            message: `quadratic backtracking on adversarial input${attack}; bounded by the engine's line windows`,
          };
  }
  return verdict;
}

/** The error message for a pattern that must be refused, or undefined when it may run. */
export async function findBacktrackingRisk(pattern: string, flags: string): Promise<string | undefined> {
  const verdict = await assessBacktracking(pattern, flags);
  return verdict?.severity === 'error' ? verdict.message : undefined;
}
