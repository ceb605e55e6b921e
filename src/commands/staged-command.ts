import type { CommandModule } from 'yargs';
import { withReportOptions, type ReportArgs } from './report-options.js';

export type StagedArgs = ReportArgs;

export const stagedCommand: CommandModule<object, StagedArgs> = {
  command: 'staged',
  describe: 'scan what is about to be committed (the index, added lines only): the pre-commit hook runs this',
  builder: (yargs) => withReportOptions(yargs) as never,
  handler: async (args) => {
    const { runStaged } = await import('./run-staged.js');
    process.exitCode = await runStaged(args);
  },
};
