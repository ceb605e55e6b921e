import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { parseSize } from '../config/config-file.js';
import { loadScanSettings } from '../config/scan-settings.js';
import { scan } from '../scan.js';
import { rootOf, scannedDirectories } from '../sources/directory.js';
import { directorySource } from '../sources/directory-source.js';
import { remoteTarget } from '../sources/remote-clone.js';
import { stdinFragments } from '../sources/stdin.js';
import { finishCliScan } from './finish-cli-scan.js';
import type { RemoteArgs } from './remote-scan.js';

/** The arguments of `leakscan scan`, as the command line declares them (scan-command.ts). */
export interface ScanArgs extends RemoteArgs {
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
  const read = {
    gitignore: args.gitignore,
    defaultIgnores: args['default-ignores'],
    maxFileBytes: sizeOverride,
  };
  // One argument that is no local path but a repository URL (or GitHub's owner/name): its files at HEAD.
  const target = paths.length === 1 && !existsSync(paths[0] as string) ? remoteTarget(paths[0] as string) : undefined;
  if (target) {
    const { scanRemote } = await import('./remote-scan.js');
    return scanRemote(target, args, 'directory', async (clone, settings) => ({
      result: await scan({
        cwd: clone.root,
        ...settings,
        source: directorySource({ cwd: clone.root, root: clone.root, ...read }),
      }),
      notes: [],
    }));
  }
  if (args['keep-clone'] !== undefined) throw new UsageError('--keep-clone: only for a repository named by URL');
  const cwd = process.cwd();
  // Paths, fingerprints and the `.leakscanignore` read are those of the scanned repository (or directory), not
  // of wherever the command runs.
  const scanned: [string, ...string[]] = fromStdin ? [cwd] : await scannedDirectories(cwd, paths);
  const root = fromStdin ? cwd : await rootOf(scanned);
  // The nearest config to what is scanned (up to the repository top), wherever the command runs.
  const configFrom = scanned[0];
  const settings = await loadScanSettings(root, { configFile: args.config, baseline: args.baseline, configFrom });
  const result = await scan({
    cwd,
    config: settings.config,
    suppressions: settings.suppressions,
    source: fromStdin
      ? ({ config, stats }) =>
          stdinFragments(process.stdin, args['stdin-name'], sizeOverride ?? config.maxFileBytes, stats)
      : directorySource({
          cwd,
          root,
          paths,
          ...read,
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
