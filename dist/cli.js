#!/usr/bin/env node
import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/cli.ts
import { createRequire } from "node:module";
var rawArgs = process.argv.slice(2);
var endOfOptions = rawArgs.indexOf("--");
var argv = rawArgs.map((arg, i) => arg === "-" && (endOfOptions === -1 || i < endOfOptions) ? "--stdin" : arg);
async function stagedFastPath() {
  if (import.meta.url.endsWith(".ts")) return import("./staged-fast-path.cjs");
  return createRequire(import.meta.url)("./staged-fast-path.cjs");
}
var handled = argv[0] === "staged" && await (await stagedFastPath()).runStagedFastPath(argv.slice(1));
if (!handled) await (await import("./chunks/full-cli-UAIBAFVV.js")).runCli(argv);
