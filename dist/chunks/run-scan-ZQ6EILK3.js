import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-XP5SUGDC.js";
import "./chunk-XQULZLTM.js";
import {
  remoteTarget
} from "./chunk-OOYFU5L4.js";
import {
  loadScanSettings
} from "./chunk-DCFG6UBL.js";
import "./chunk-QMNSO2LP.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-HBP2GM2P.js";
import "./chunk-RBBQTR3D.js";
import "./chunk-A7VOVMKD.js";
import {
  scan
} from "./chunk-T7NUUDWJ.js";
import {
  directorySource
} from "./chunk-7PZIXFAB.js";
import "./chunk-DBFSX6Q5.js";
import "./chunk-IQHZQQL6.js";
import "./chunk-B4DN4HVJ.js";
import "./chunk-LEWFHLIX.js";
import "./chunk-WWJKY4QW.js";
import "./chunk-RFMPTYPE.js";
import "./chunk-JGRKNXIW.js";
import "./chunk-ODNNQPAB.js";
import "./chunk-CM7OWFBP.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-VPXIAPUH.js";
import "./chunk-KT7CGH3D.js";
import {
  DECODER_LABEL,
  TextWindows,
  decodeText,
  rootOf,
  scannedDirectories,
  sniffEncoding
} from "./chunk-JTQSPYI6.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import {
  parseSize
} from "./chunk-SUFDYU3G.js";
import "./chunk-G7RB6AHY.js";
import "./chunk-354T74UX.js";
import "./chunk-WPDMLG2U.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-ICITSYZC.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-QUAOKGHR.js";
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
    const { scanRemote } = await import("./remote-scan-HW324NWC.js");
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
