import type { CommandModule } from 'yargs';
import type { HistoryArgs } from './run-history.js';
import { withReportOptions } from './report-options.js';

export const historyCommand: CommandModule<object, HistoryArgs> = {
  command: 'history [repository]',
  describe:
    'scan the whole git history (all refs by default); each secret reported once, at the commit that introduced it',
  builder: (yargs) =>
    withReportOptions(yargs)
      .positional('repository', {
        type: 'string',
        describe:
          'a local repository, or a URL to clone (https, ssh, file://, owner/name on GitHub); default: the current one',
      })
      .option('keep-clone', {
        type: 'string',
        describe: 'with a URL: clone into DIR and keep it (default: a temporary clone, removed)',
      })
      .option('branch', { type: 'string', describe: 'only the history of this branch (or any revision)' })
      .option('since', {
        type: 'string',
        describe: 'only commits more recent than DATE (git date syntax: 2024-01-31, "2 weeks ago")',
      })
      .option('max-commits', { type: 'number', describe: 'scan at most N commits (newest first)' })
      .option('deepen', {
        type: 'boolean',
        default: false,
        describe: 'in a shallow clone, fetch the full history from the remote first',
      })
      .option('progress', {
        type: 'boolean',
        default: true,
        describe: 'show progress on a terminal (--no-progress hides it)',
      }) as never,
  handler: async (args) => {
    const { runHistory } = await import('./run-history.js');
    process.exitCode = await runHistory(args);
  },
};
