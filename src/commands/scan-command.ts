import type { CommandModule } from 'yargs';
import type { ScanArgs } from './run-scan.js';
import { withReportOptions } from './report-options.js';

export const scanCommand: CommandModule<object, ScanArgs> = {
  command: 'scan [paths..]',
  describe:
    'scan files and directories (default: the current directory); `-` reads stdin; a repository URL (or owner/name) is cloned and its files at HEAD scanned',
  builder: (yargs) =>
    withReportOptions(yargs)
      .positional('paths', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe: 'files or directories; - for stdin; or one repository URL (https, ssh, file://, owner/name)',
      })
      .option('keep-clone', {
        type: 'string',
        describe: 'with a URL: clone into DIR and keep it (default: a temporary clone, removed)',
      })
      .option('progress', {
        type: 'boolean',
        default: true,
        describe: 'with a URL: show the clone’s progress on a terminal (--no-progress hides it)',
      })
      .option('gitignore', {
        type: 'boolean',
        default: true,
        describe: 'honour .gitignore files (--no-gitignore scans everything)',
      })
      .option('default-ignores', {
        type: 'boolean',
        default: true,
        describe: 'skip node_modules, lockfiles, *.min.js, *.map (--no-default-ignores scans them)',
      })
      .option('max-file-size', {
        type: 'string',
        describe:
          'read larger files (and stdin) in windows of this size: bounded memory, never skipped (e.g. 10MB; default 10MB)',
      })
      .option('stdin', { type: 'boolean', default: false, describe: 'scan standard input (also spelled `-`)' })
      .option('stdin-name', {
        type: 'string',
        default: '<stdin>',
        describe: 'the name stdin is reported under',
      }) as never,
  handler: async (args) => {
    const { runScan } = await import('./run-scan.js');
    process.exitCode = await runScan({ ...args, paths: [...args.paths, ...pathsAfterEndOfOptions(args)] });
  },
};

export type { ScanArgs };

/** yargs leaves what follows `--` in `_`, after the command's name: those are paths too (`scan -- -odd-name`). */
export function pathsAfterEndOfOptions(args: { _: (string | number)[] }): string[] {
  return args._.slice(1).map(String);
}
