import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishScan,
  scan
} from "./chunk-SADISWKG.js";
import {
  DEFAULT_IGNORED_PATHS,
  parseSize
} from "./chunk-M4ELX5NF.js";
import {
  DECODER_LABEL,
  TextWindows,
  decodeText,
  listFiles,
  readOptions,
  sniffEncoding
} from "./chunk-ADEJVYOB.js";
import {
  fingerprintFileGlobs,
  loadSuppressions
} from "./chunk-4KWYUMLQ.js";
import {
  UsageError
} from "./chunk-SBG2HJLT.js";

// src/sources/stdin.ts
async function* stdinFragments(input, name, maxBytes, stats) {
  const origin = { kind: "stdin", path: name };
  const iterator = input[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await iterator.next();
    return done ? void 0 : Buffer.isBuffer(value) ? value : Buffer.from(value);
  };
  const head = [];
  let headLength = 0;
  let ended = false;
  while (headLength <= maxBytes) {
    const chunk = await next();
    if (!chunk) {
      ended = true;
      break;
    }
    head.push(chunk);
    headLength += chunk.length;
  }
  const bytes = Buffer.concat(head);
  const encoding = sniffEncoding(bytes);
  if (encoding === void 0) {
    stats.skipped.push({ path: name, reason: "binary" });
    input.resume();
    return;
  }
  stats.filesScanned++;
  stats.bytesScanned += bytes.length;
  if (ended) {
    yield { text: decodeText(bytes, encoding), origin, startLine: 1 };
    return;
  }
  const decoder = new TextDecoder(DECODER_LABEL[encoding]);
  const windows = new TextWindows(maxBytes);
  yield* windows.push(decoder.decode(bytes, { stream: true })).map((window) => ({ ...window, origin }));
  for (let chunk = await next(); chunk; chunk = await next()) {
    stats.bytesScanned += chunk.length;
    yield* windows.push(decoder.decode(chunk, { stream: true })).map((window) => ({ ...window, origin }));
  }
  yield* [...windows.push(decoder.decode()), ...windows.end()].map((window) => ({ ...window, origin }));
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
    source: fromStdin ? ({ config, stats }) => stdinFragments(process.stdin, args["stdin-name"], sizeOverride ?? config.maxFileBytes, stats) : directorySource({ cwd, paths, gitignore: args.gitignore, defaultIgnores: args["default-ignores"], extraAllowlist: fingerprintFileGlobs(cwd, args.baseline), ...sizeOverride !== void 0 ? { maxFileBytes: sizeOverride } : {} })
  });
  return result;
}
function directorySource(request) {
  return {
    listFiles: async ({ config, stats }) => {
      const options = {
        cwd: request.cwd,
        paths: request.paths,
        maxFileBytes: request.maxFileBytes ?? config.maxFileBytes,
        gitignore: request.gitignore,
        defaultIgnores: request.defaultIgnores && config.defaultIgnores ? DEFAULT_IGNORED_PATHS : [],
        allowlistPaths: [...config.allowlist.paths, ...request.extraAllowlist]
      };
      return { ...await listFiles(options, stats.skipped), read: readOptions(options) };
    }
  };
}

export {
  runScan,
  scanPaths,
  directorySource
};
