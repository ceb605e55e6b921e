import { DEFAULT_IGNORED_PATHS } from '../config/defaults.js';
import { fingerprintFileGlobs } from '../findings/suppressions.js';
import type { FileListSource } from '../scan.js';
import { listFiles, readOptions } from './directory.js';

/** What a directory scan reads: `leakscan scan`, `baseline create` and the Action's `mode: scan` all say it here. */
export interface DirectoryScanOptions {
  /** The scan root: paths, ignores and fingerprints are relative to it. */
  cwd: string;
  /** Files or directories under `cwd`; none: all of it. */
  paths?: readonly string[];
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
  const extraAllowlist = fingerprintFileGlobs(options.cwd, options.baselineFile);
  return {
    listFiles: async ({ config, stats }) => {
      const listing = {
        cwd: options.cwd,
        paths: [...(options.paths ?? [])],
        maxFileBytes: options.maxFileBytes ?? config.maxFileBytes,
        gitignore: options.gitignore ?? true,
        defaultIgnores: (options.defaultIgnores ?? true) && config.defaultIgnores ? DEFAULT_IGNORED_PATHS : [],
        allowlistPaths: [...config.allowlist.paths, ...extraAllowlist],
      };
      return { ...(await listFiles(listing, stats.skipped)), read: readOptions(listing) };
    },
  };
}
