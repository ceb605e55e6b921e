import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/config/defaults.ts
var DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
var DEFAULT_IGNORED_PATHS = [
  "**/node_modules/**",
  "**/.git/**",
  // leakscan's own state (the rotation outbox can hold raw tokens queued for the GitHub revocation API).
  "**/.leakscan/**",
  "**/package-lock.json",
  "**/npm-shrinkwrap.json",
  "**/yarn.lock",
  "**/pnpm-lock.yaml",
  "**/bun.lock",
  "**/*.min.js",
  "**/*.min.css",
  "**/*.map"
];
var CONFIG_FILE_NAMES = [".leakscan.yaml", ".leakscan.yml"];
var DEFAULT_BASELINE_FILE = ".leakscan-baseline";

export {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_IGNORED_PATHS,
  CONFIG_FILE_NAMES,
  DEFAULT_BASELINE_FILE
};
