import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-SQKNY7G5.js";
import "./chunk-4R5XGB3J.js";
import "./chunk-A7VOVMKD.js";
import {
  scan
} from "./chunk-PSVLYIHA.js";
import {
  parseSize
} from "./chunk-RRP6XRJH.js";
import {
  directorySource
} from "./chunk-HAT73M6Q.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-2SQB45JB.js";
import "./chunk-ORESBMUW.js";
import "./chunk-227YVRHD.js";
import "./chunk-EV6M6SSA.js";
import "./chunk-G5DMYZBC.js";
import "./chunk-2OSGQ462.js";
import "./chunk-JA7RNSWQ.js";
import "./chunk-IWXFU2FD.js";
import "./chunk-WUDPO4A5.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-SEUV7MPY.js";
import "./chunk-KT7CGH3D.js";
import {
  DECODER_LABEL,
  TextWindows,
  decodeText,
  sniffEncoding
} from "./chunk-DHBYJGE3.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-HMUBN7PQ.js";
import "./chunk-NCXP747E.js";
import {
  loadSuppressions
} from "./chunk-PQH4FFIE.js";
import "./chunk-Z2QTASWP.js";
import {
  UsageError
} from "./chunk-SBG2HJLT.js";
import "./chunk-BYKN45GH.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-DYTORKG6.js";
import "./chunk-WF6X2IZB.js";

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
  const paths = args.paths ?? [];
  const fromStdin = args.stdin;
  if (fromStdin && paths.length > 0) throw new UsageError("'-' (stdin) cannot be combined with paths");
  const sizeOverride = args["max-file-size"] === void 0 ? void 0 : parseSize(args["max-file-size"]);
  if (args["max-file-size"] !== void 0 && sizeOverride === void 0)
    throw new UsageError(`--max-file-size: not a size: ${args["max-file-size"]}`);
  const cwd = process.cwd();
  const result = await scan({
    cwd,
    ...args.config ? { configFile: args.config } : {},
    suppressions: await loadSuppressions(cwd, args.baseline),
    source: fromStdin ? ({ config, stats }) => stdinFragments(process.stdin, args["stdin-name"], sizeOverride ?? config.maxFileBytes, stats) : directorySource({
      cwd,
      paths,
      gitignore: args.gitignore,
      defaultIgnores: args["default-ignores"],
      maxFileBytes: sizeOverride,
      baselineFile: args.baseline
    })
  });
  return finishCliScan(result, args, fromStdin ? "stdin" : "directory");
}
export {
  runScan
};
