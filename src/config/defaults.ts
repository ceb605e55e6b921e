/** 10 MiB: larger files are skipped and counted, never silently truncated. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Paths skipped by default in directory scans: dependency trees, lockfiles (integrity hashes) and generated
 * bundles and source maps, the usual sources of false positives in Node projects. `--no-default-ignores`
 * or `defaultIgnores: false` in the config turns this off; every skip is counted in the summary.
 */
export const DEFAULT_IGNORED_PATHS = [
  '**/node_modules/**',
  '**/.git/**',
  // leakscan's own state (the rotation outbox can hold raw tokens queued for the GitHub revocation API).
  '**/.leakscan/**',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/bun.lock',
  '**/*.min.js',
  '**/*.min.css',
  '**/*.map',
];

/** The config file names, in the order they are looked for in each directory (both are documented). */
export const CONFIG_FILE_NAMES = ['.leakscan.yaml', '.leakscan.yml'];

/** The baseline `leakscan baseline create` writes, applied by every scan when it sits next to the config. */
export const DEFAULT_BASELINE_FILE = '.leakscan-baseline';
