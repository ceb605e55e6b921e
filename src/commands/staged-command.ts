import type { CommandModule } from 'yargs';
import type { StagedArgs } from './run-staged.js';
import { REPORT_OPTIONS, withReportOptions } from './report-options.js';

/** `staged` is the hook: silent when the commit is clean, unless --verbose. Also read by the fast path. */
export const STAGED_OPTIONS = {
  ...REPORT_OPTIONS,
  verbose: {
    type: 'boolean',
    default: false,
    describe: 'also print the summary when no leak is found (the hook is silent on a clean commit by default)',
  },
} as const;

export const stagedCommand: CommandModule<object, StagedArgs> = {
  command: 'staged',
  describe: 'scan what is about to be committed (the index, added lines only): the pre-commit hook runs this',
  builder: (yargs) => withReportOptions(yargs).option('verbose', STAGED_OPTIONS.verbose) as never,
  // The hook's usual command line never reaches yargs: see staged-fast-path.ts.
  handler: async (args) => {
    const { runStaged } = await import('./run-staged.js');
    process.exitCode = await runStaged(args, process.env);
  },
};
