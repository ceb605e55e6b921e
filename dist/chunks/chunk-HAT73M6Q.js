import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  DEFAULT_IGNORED_PATHS
} from "./chunk-ADEIAQO6.js";
import {
  listFiles,
  readOptions
} from "./chunk-DHBYJGE3.js";
import {
  fingerprintFileGlobs
} from "./chunk-PQH4FFIE.js";

// src/sources/directory-source.ts
function directorySource(options) {
  const extraAllowlist = fingerprintFileGlobs(options.cwd, options.baselineFile);
  return {
    listFiles: async ({ config, stats }) => {
      const listing = {
        cwd: options.cwd,
        paths: [...options.paths ?? []],
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
