import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishScan
} from "./chunk-RTC7LRDI.js";
import {
  scan
} from "./chunk-NA5O55TB.js";
import {
  DEFAULT_IGNORED_PATHS,
  parseSize
} from "./chunk-E2LCKTAV.js";
import "./chunk-YXH6E3SB.js";
import {
  decodeText,
  listFiles,
  looksBinary,
  readOptions
} from "./chunk-S2TZEXEU.js";
import "./chunk-5MDFOANZ.js";
import "./chunk-R5IAEZOC.js";
import "./chunk-GIB3MS5R.js";
import {
  fingerprintFileGlobs,
  loadSuppressions
} from "./chunk-MTB3CF5U.js";
import "./chunk-QAR6WOLX.js";
import "./chunk-HGKJXFHP.js";
import "./chunk-IYFG77MX.js";
import "./chunk-NDTIYJFU.js";
import "./chunk-NCXP747E.js";
import {
  UsageError
} from "./chunk-JFG6ZZTS.js";
import "./chunk-WF6X2IZB.js";

// src/sources/stdin.ts
async function* stdinFragments(input, name, maxBytes, stats) {
  const chunks = [];
  let total = 0;
  for await (const chunk of input) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes) {
      stats.skipped.push({ path: name, reason: "too-large", detail: `more than ${maxBytes} bytes on stdin` });
      input.resume();
      return;
    }
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length > 0 && looksBinary(bytes)) {
    stats.skipped.push({ path: name, reason: "binary" });
    return;
  }
  stats.filesScanned++;
  stats.bytesScanned += bytes.length;
  yield { text: decodeText(bytes), origin: { kind: "stdin", path: name }, startLine: 1 };
}

// src/commands/run-scan.ts
async function runScan(args) {
  const result = await scanPaths(args);
  return finishScan(result, args, args.stdin ? "stdin" : "directory");
}
async function scanPaths(args) {
  const paths = args.paths ?? [];
  const fromStdin = args.stdin;
  if (fromStdin && paths.length > 0) throw new UsageError("'-' (stdin) cannot be combined with paths");
  const sizeOverride = args["max-file-size"] === void 0 ? void 0 : parseSize(args["max-file-size"]);
  if (args["max-file-size"] !== void 0 && sizeOverride === void 0) throw new UsageError(`--max-file-size: not a size: ${args["max-file-size"]}`);
  const cwd = process.cwd();
  const result = await scan({
    cwd,
    ...args.config ? { configFile: args.config } : {},
    suppressions: await loadSuppressions(cwd, args.baseline),
    source: fromStdin ? ({ config, stats }) => stdinFragments(process.stdin, args["stdin-name"], sizeOverride ?? config.maxFileBytes, stats) : {
      listFiles: async ({ config, stats }) => {
        const options = {
          cwd,
          paths,
          maxFileBytes: sizeOverride ?? config.maxFileBytes,
          gitignore: args.gitignore,
          defaultIgnores: args["default-ignores"] && config.defaultIgnores ? DEFAULT_IGNORED_PATHS : [],
          allowlistPaths: [...config.allowlist.paths, ...fingerprintFileGlobs(cwd, args.baseline)]
        };
        return { files: await listFiles(options, stats.skipped), read: readOptions(options) };
      }
    }
  });
  return result;
}
export {
  runScan,
  scanPaths
};
