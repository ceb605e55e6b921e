import { parseSimpleArgv } from './commands/fast-argv.js';
import { reportFailure } from './commands/report-failure.js';
import { runStaged, type StagedArgs } from './commands/run-staged.js';
import { STAGED_OPTIONS } from './commands/staged-command.js';

/**
 * `leakscan staged` with a plain command line: what the pre-commit hook runs on every commit, so its start-up
 * is most of its cost. scripts/build.mjs bundles this module and everything it reaches into one file of its own
 * (dist/staged-fast-path.js), which cli.ts loads instead of the dozens of chunks the other commands share, and
 * the command line is parsed without yargs (fast-argv.ts). Returns false when the command line needs yargs
 * (help, an unknown option…): the caller then runs the full CLI. Errors are reported here, by this bundle's own
 * error classes.
 */
export async function runStagedFastPath(args: readonly string[]): Promise<boolean> {
  const parsed = parseSimpleArgv(args, STAGED_OPTIONS);
  if (!parsed) return false;
  try {
    // The values yargs would give for STAGED_OPTIONS (fast-argv.ts; test/commands/fast-argv.test.ts compares them).
    process.exitCode = await runStaged(parsed as unknown as StagedArgs);
  } catch (error) {
    await reportFailure(error);
  }
  return true;
}
