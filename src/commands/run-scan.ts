import { UsageError } from '../errors.js';
import { fingerprintFileGlobs, loadSuppressions } from '../findings/suppressions.js';
import { parseSize } from '../config/config-file.js';
import { DEFAULT_IGNORED_PATHS } from '../config/defaults.js';
import { scan, type FileListSource, type ScanResult } from '../scan.js';
import { listFiles, readOptions } from '../sources/directory.js';
import { stdinFragments } from '../sources/stdin.js';
import { finishScan } from './finish-scan.js';
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

export async function runScan(args: ScanArgs): Promise<number> {
  const result = await scanPaths(args);
  return finishScan(result, args, args.stdin ? 'stdin' : 'directory');
}

/** The scan behind `leakscan scan` (and `leakscan baseline create`): files and directories, or stdin. */
export async function scanPaths(args: ScanArgs): Promise<ScanResult> {
  const paths = args.paths ?? [];
  const fromStdin = args.stdin;
  if (fromStdin && paths.length > 0) throw new UsageError("'-' (stdin) cannot be combined with paths");
  const sizeOverride = args['max-file-size'] === undefined ? undefined : parseSize(args['max-file-size']);
  if (args['max-file-size'] !== undefined && sizeOverride === undefined) throw new UsageError(`--max-file-size: not a size: ${args['max-file-size']}`);
  const cwd = process.cwd();
  const result = await scan({
    cwd,
    ...(args.config ? { configFile: args.config } : {}),
    suppressions: await loadSuppressions(cwd, args.baseline),
    source: fromStdin
      ? ({ config, stats }) => stdinFragments(process.stdin, args['stdin-name'], sizeOverride ?? config.maxFileBytes, stats)
      : directorySource({ cwd, paths, gitignore: args.gitignore, defaultIgnores: args['default-ignores'], extraAllowlist: fingerprintFileGlobs(cwd, args.baseline), ...(sizeOverride !== undefined ? { maxFileBytes: sizeOverride } : {}) }),
  });
  return result;
}

/** A directory walk as a scan source, with the config's size, ignores and allowlist: `scan` and the Action's mode: scan. */
export function directorySource(request: { cwd: string; paths: string[]; gitignore: boolean; defaultIgnores: boolean; extraAllowlist: string[]; maxFileBytes?: number }): FileListSource {
  return {
    listFiles: async ({ config, stats }) => {
      const options = {
        cwd: request.cwd,
        paths: request.paths,
        maxFileBytes: request.maxFileBytes ?? config.maxFileBytes,
        gitignore: request.gitignore,
        defaultIgnores: request.defaultIgnores && config.defaultIgnores ? DEFAULT_IGNORED_PATHS : [],
        allowlistPaths: [...config.allowlist.paths, ...request.extraAllowlist],
      };
      return { ...(await listFiles(options, stats.skipped)), read: readOptions(options) };
    },
  };
}
