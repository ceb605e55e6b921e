import { UsageError } from '../errors.js';
import { parseSize } from '../config/config-file.js';
import { loadScanSettings } from '../config/scan-settings.js';
import { scan } from '../scan.js';
import { directorySource } from '../sources/directory-source.js';
import { stdinFragments } from '../sources/stdin.js';
import { finishCliScan } from './finish-cli-scan.js';
import type { ReportArgs } from './report-options.js';

/** The arguments of `leakscan scan`, as the command line declares them (scan-command.ts). */
export interface ScanArgs extends ReportArgs {
  paths: string[];
  gitignore: boolean;
  'default-ignores': boolean;
  'max-file-size'?: string;
  'stdin-name': string;
  stdin: boolean;
}

/** `leakscan scan`: files and directories, or stdin. */
export async function runScan(args: ScanArgs): Promise<number> {
  const paths = args.paths ?? [];
  const fromStdin = args.stdin;
  if (fromStdin && paths.length > 0) throw new UsageError("'-' (stdin) cannot be combined with paths");
  const sizeOverride = args['max-file-size'] === undefined ? undefined : parseSize(args['max-file-size']);
  if (args['max-file-size'] !== undefined && sizeOverride === undefined)
    throw new UsageError(`--max-file-size: not a size: ${args['max-file-size']}`);
  const cwd = process.cwd();
  const settings = await loadScanSettings(cwd, { configFile: args.config, baseline: args.baseline });
  const result = await scan({
    cwd,
    config: settings.config,
    suppressions: settings.suppressions,
    source: fromStdin
      ? ({ config, stats }) =>
          stdinFragments(process.stdin, args['stdin-name'], sizeOverride ?? config.maxFileBytes, stats)
      : directorySource({
          cwd,
          paths,
          gitignore: args.gitignore,
          defaultIgnores: args['default-ignores'],
          maxFileBytes: sizeOverride,
          baselineFile: settings.baselineFile,
        }),
  });
  return finishCliScan(
    result,
    { ...args, baseline: settings.baselineFile },
    fromStdin ? 'stdin' : 'directory',
    settings.notes,
  );
}
