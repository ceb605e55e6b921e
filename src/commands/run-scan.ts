import { UsageError } from '../errors.js';
import { loadSuppressions } from '../findings/suppressions.js';
import { parseSize } from '../config/config-file.js';
import { scan } from '../scan.js';
import { scanRoot } from '../sources/directory.js';
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
  // Paths, fingerprints and the `.leakscanignore` read are those of the scanned repository (or directory), not
  // of wherever the command runs.
  const root = fromStdin ? cwd : await scanRoot(cwd, paths);
  const result = await scan({
    cwd,
    ...(args.config ? { configFile: args.config } : {}),
    suppressions: await loadSuppressions(root, args.baseline),
    source: fromStdin
      ? ({ config, stats }) =>
          stdinFragments(process.stdin, args['stdin-name'], sizeOverride ?? config.maxFileBytes, stats)
      : directorySource({
          cwd,
          root,
          paths,
          gitignore: args.gitignore,
          defaultIgnores: args['default-ignores'],
          maxFileBytes: sizeOverride,
          baselineFile: args.baseline,
        }),
  });
  return finishCliScan(result, args, fromStdin ? 'stdin' : 'directory');
}
