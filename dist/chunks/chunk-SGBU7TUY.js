import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  fingerprintFileGlobs
} from "./chunk-DBFSX6Q5.js";
import {
  listFiles,
  readOptions,
  scanRoot
} from "./chunk-R46I27HW.js";
import {
  DEFAULT_IGNORED_PATHS
} from "./chunk-354T74UX.js";

// src/sources/directory-source.ts
function directorySource(options) {
  return {
    readOptions: (config) => readOptions(maxFileBytes(options, config), defaultIgnores(options, config)),
    listFiles: async ({ config, stats }, onFile) => {
      const paths = [...options.paths ?? []];
      const root = options.root ?? await scanRoot(options.cwd, paths);
      const extraAllowlist = fingerprintFileGlobs(root, options.baselineFile);
      const listing = {
        cwd: options.cwd,
        root,
        paths,
        maxFileBytes: maxFileBytes(options, config),
        gitignore: options.gitignore ?? true,
        defaultIgnores: defaultIgnores(options, config),
        allowlistPaths: [...config.allowlist.paths, ...extraAllowlist]
      };
      return listFiles(listing, stats.skipped, onFile);
    }
  };
}
var maxFileBytes = (options, config) => options.maxFileBytes ?? config.maxFileBytes;
var defaultIgnores = (options, config) => (options.defaultIgnores ?? true) && config.defaultIgnores ? DEFAULT_IGNORED_PATHS : [];

export {
  directorySource
};
