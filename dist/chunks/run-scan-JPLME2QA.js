import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-SPQQ7GPB.js";
import "./chunk-XQULZLTM.js";
import {
  remoteTarget
} from "./chunk-OBGJFIS4.js";
import {
  loadScanSettings
} from "./chunk-GNJXKB5Z.js";
import "./chunk-QMNSO2LP.js";
import "./chunk-IQHZQQL6.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-B4DN4HVJ.js";
import "./chunk-PP2PTVK4.js";
import "./chunk-75IGMPQ5.js";
import "./chunk-LEWFHLIX.js";
import "./chunk-5DY6PWZU.js";
import {
  scan
} from "./chunk-YJENZ4M4.js";
import "./chunk-WWJKY4QW.js";
import {
  directorySource
} from "./chunk-SGBU7TUY.js";
import "./chunk-DBFSX6Q5.js";
import "./chunk-XBR7TLOJ.js";
import "./chunk-JBW4X3RT.js";
import "./chunk-Z5AEVAKK.js";
import "./chunk-FMLDEMHG.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-QDLW7BHU.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-BU4ZIR32.js";
import {
  DECODER_LABEL,
  TextWindows,
  decodeText,
  rootOf,
  scannedDirectories,
  sniffEncoding
} from "./chunk-R46I27HW.js";
import "./chunk-A5CIQFFQ.js";
import "./chunk-GIWBHFB6.js";
import {
  parseSize
} from "./chunk-HWL32VRT.js";
import "./chunk-G7RB6AHY.js";
import "./chunk-354T74UX.js";
import "./chunk-6VP5PA7T.js";
import "./chunk-ZDNC562W.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-EA75SS5A.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-Z2QTASWP.js";
import {
  UsageError
} from "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/commands/run-scan.ts
import { existsSync } from "node:fs";

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
  const read = {
    gitignore: args.gitignore,
    defaultIgnores: args["default-ignores"],
    maxFileBytes: sizeOverride
  };
  const target = paths.length === 1 && !existsSync(paths[0]) ? remoteTarget(paths[0]) : void 0;
  if (target) {
    const { scanRemote } = await import("./remote-scan-NYO3QCSQ.js");
    return scanRemote(target, args, "directory", async (clone, settings2) => ({
      result: await scan({
        cwd: clone.root,
        ...settings2,
        source: directorySource({ cwd: clone.root, root: clone.root, ...read })
      }),
      notes: []
    }));
  }
  if (args["keep-clone"] !== void 0) throw new UsageError("--keep-clone: only for a repository named by URL");
  const cwd = process.cwd();
  const scanned = fromStdin ? [cwd] : await scannedDirectories(cwd, paths);
  const root = fromStdin ? cwd : await rootOf(scanned);
  const configFrom = scanned[0];
  const settings = await loadScanSettings(root, { configFile: args.config, baseline: args.baseline, configFrom });
  const result = await scan({
    cwd,
    config: settings.config,
    suppressions: settings.suppressions,
    source: fromStdin ? ({ config, stats }) => stdinFragments(process.stdin, args["stdin-name"], sizeOverride ?? config.maxFileBytes, stats) : directorySource({
      cwd,
      root,
      paths,
      ...read,
      baselineFile: settings.baselineFile
    })
  });
  return finishCliScan(
    result,
    { ...args, baseline: settings.baselineFile },
    fromStdin ? "stdin" : "directory",
    settings.notes
  );
}
export {
  runScan
};
