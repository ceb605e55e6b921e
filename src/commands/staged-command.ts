import type { CommandModule } from 'yargs';
import type { StagedArgs } from './run-staged.js';
import { withReportOptions } from './report-options.js';

export const stagedCommand: CommandModule<object, StagedArgs> = {
  command: 'staged',
  describe: 'scan what is about to be committed (the index, added lines only): the pre-commit hook runs this',
  builder: (yargs) => withReportOptions(yargs) as never,
  handler: async (args) => {
    // git rev-parse runs while the scan's modules load (the hook's start-up); skipped runs still await it,
    // so a failure is never an unhandled rejection, but runStaged reports LEAKSCAN_SKIP before using it.
    const repository = import('../sources/git.js').then(({ openRepository }) => openRepository(process.cwd()));
    repository.catch(() => undefined);
    const { runStaged } = await import('./run-staged.js');
    process.exitCode = await runStaged(args, process.env, repository);
  },
};
