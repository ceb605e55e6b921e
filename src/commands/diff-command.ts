import type { CommandModule } from 'yargs';
import type { DiffArgs } from './run-diff.js';
import { withReportOptions } from './report-options.js';

export const diffCommand: CommandModule<object, DiffArgs> = {
  command: 'diff [range]',
  describe: 'scan the commits in a range (base..head, base...head, or --since REV), added lines only: for CI',
  builder: (yargs) =>
    withReportOptions(yargs)
      .positional('range', {
        type: 'string',
        describe: 'base..head (commits in head not in base); base...head (since their merge base); REV means REV..HEAD',
      })
      .option('since', { type: 'string', describe: 'scan REV..HEAD' })
      .option('deepen', {
        type: 'boolean',
        default: false,
        describe: 'in a shallow clone, fetch the missing part of the range from the remote first',
      }) as never,
  handler: async (args) => {
    const { runDiff } = await import('./run-diff.js');
    process.exitCode = await runDiff(args);
  },
};
