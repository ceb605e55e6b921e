import type { Config } from '../config/config.js';
import { DEFAULT_IGNORED_PATHS } from '../config/defaults.js';
import { fingerprintFileGlobs } from '../findings/suppressions.js';
import type { FileListSource } from '../scan.js';
import { listFiles, readOptions, scanRoot } from './directory.js';

/** What a directory scan reads: `leakscan scan`, `baseline create` and the Action's `mode: scan` all say it here. */
export interface DirectoryScanOptions {
  /** The given paths are relative to it. */
  cwd: string;
  /** Files or directories; none: `cwd`. Paths, ignores and fingerprints are relative to their `scanRoot`. */
  paths?: readonly string[];
  /** The scan root when the caller already knows it (to read its `.leakscanignore`). */
  root?: string | undefined;
  /** Honour .gitignore files (default: yes). */
  gitignore?: boolean;
  /** Skip node_modules, lockfiles, minified code when the config allows (default: yes). */
  defaultIgnores?: boolean;
  /** Read larger files in windows of this size; default: the config's `maxFileSize`. */
  maxFileBytes?: number | undefined;
  /** The baseline file in use, so it is not scanned itself. */
  baselineFile?: string | undefined;
}

/**
 * A directory walk as a scan source, with the config's size, ignores and allowlist. It is a list of files, so
 * scan() reads them on worker threads when there are many: every mode that scans a directory does.
 */
export function directorySource(options: DirectoryScanOptions): FileListSource {
  return {
    readOptions: (config) => readOptions(maxFileBytes(options, config), defaultIgnores(options, config)),
    listFiles: async ({ config, stats }, onFile) => {
      const paths = [...(options.paths ?? [])];
      const root = options.root ?? (await scanRoot(options.cwd, paths));
      const extraAllowlist = fingerprintFileGlobs(root, options.baselineFile);
      const listing = {
        cwd: options.cwd,
        root,
        paths,
        maxFileBytes: maxFileBytes(options, config),
        gitignore: options.gitignore ?? true,
        defaultIgnores: defaultIgnores(options, config),
        allowlistPaths: [...config.allowlist.paths, ...extraAllowlist],
      };
      return listFiles(listing, stats.skipped, onFile);
    },
  };
}

const maxFileBytes = (options: DirectoryScanOptions, config: Config): number =>
  options.maxFileBytes ?? config.maxFileBytes;
const defaultIgnores = (options: DirectoryScanOptions, config: Config): string[] =>
  (options.defaultIgnores ?? true) && config.defaultIgnores ? DEFAULT_IGNORED_PATHS : [];
