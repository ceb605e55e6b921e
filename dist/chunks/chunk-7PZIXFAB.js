import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  fingerprintFileGlobs
} from "./chunk-DBFSX6Q5.js";
import {
  listFiles,
  readOptions,
  scanRoot
} from "./chunk-JTQSPYI6.js";
import {
  DEFAULT_IGNORED_PATHS
} from "./chunk-354T74UX.js";

// src/sources/directory-source.ts
function directorySource(options) {
  return {
    listFiles: async ({ config, stats }) => {
      const paths = [...options.paths ?? []];
      const root = options.root ?? await scanRoot(options.cwd, paths);
      const extraAllowlist = fingerprintFileGlobs(root, options.baselineFile);
      const listing = {
        cwd: options.cwd,
        root,
        paths,
        maxFileBytes: options.maxFileBytes ?? config.maxFileBytes,
        gitignore: options.gitignore ?? true,
        defaultIgnores: (options.defaultIgnores ?? true) && config.defaultIgnores ? DEFAULT_IGNORED_PATHS : [],
        allowlistPaths: [...config.allowlist.paths, ...extraAllowlist]
      };
      return { ...await listFiles(listing, stats.skipped), read: readOptions(listing) };
    }
  };
}

export {
  directorySource
};
