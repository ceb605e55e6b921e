import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  stateDirectory
} from "./chunk-TCMEDIPO.js";
import {
  UsageError
} from "./chunk-SBG2HJLT.js";

// src/commands/verify-args.ts
var DEFAULT_VERIFY_BUDGET = 200;
var DEFAULT_VERIFY_TIMEOUT_MS = 1e4;
function parseEndpoints(value) {
  const endpoints = /* @__PURE__ */ new Map();
  for (const entry of value === void 0 ? [] : Array.isArray(value) ? value : [value]) {
    const at = entry.indexOf("=");
    let url;
    try {
      url = at > 0 ? new URL(entry.slice(at + 1)) : void 0;
    } catch {
      url = void 0;
    }
    if (!url || url.protocol !== "https:" && url.protocol !== "http:")
      throw new UsageError(`--verify-endpoint: expected VERIFIER=https://host[/base], got '${entry.slice(0, 80)}'`);
    endpoints.set(entry.slice(0, at), url);
  }
  return endpoints;
}
function positiveNumber(value, flag, fallback) {
  if (value === void 0) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new UsageError(`${flag}: expected a number >= 0, got '${value}'`);
  return number;
}
function durationMs(value) {
  if (value === void 0) return 0;
  const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(value.trim());
  if (!match) throw new UsageError(`--verify-cache-ttl: expected a duration like 30m, 12h or 7d, got '${value}'`);
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2]];
  return Number(match[1]) * unit * 1e3;
}
function verifyOptions(args, configVerify, cwd) {
  if (!args.verify && !configVerify) return void 0;
  return {
    budget: positiveNumber(args["verify-budget"], "--verify-budget", DEFAULT_VERIFY_BUDGET),
    timeoutMs: positiveNumber(args["verify-timeout"], "--verify-timeout", DEFAULT_VERIFY_TIMEOUT_MS / 1e3) * 1e3,
    allowInternal: args["verify-allow-internal"] ?? false,
    endpoints: parseEndpoints(args["verify-endpoint"]),
    cacheTtlMs: durationMs(args["verify-cache-ttl"]),
    cacheDir: stateDirectory(cwd),
    log: args.explain ? (line) => void process.stderr.write(`${line}
`) : void 0
  };
}

export {
  parseEndpoints,
  verifyOptions
};
