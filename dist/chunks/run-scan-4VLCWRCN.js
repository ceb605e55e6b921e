import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  remoteTarget
} from "./chunk-UCY4XCBM.js";
import {
  finishCliScan
} from "./chunk-SCX5OCWG.js";
import "./chunk-HZX5I5Y7.js";
import "./chunk-A7VOVMKD.js";
import {
  scan
} from "./chunk-LYEX5ESD.js";
import {
  parseSize
} from "./chunk-MTY2HTMF.js";
import {
  directorySource
} from "./chunk-LVQ4IZTG.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-B6UR4YG2.js";
import "./chunk-NHKUNTIP.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-EV6M6SSA.js";
import "./chunk-6I64PETV.js";
import "./chunk-JQQG2X3K.js";
import "./chunk-IWXFU2FD.js";
import "./chunk-WJYBGAJX.js";
import "./chunk-3HCE7QUY.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-K6HYPD47.js";
import "./chunk-KT7CGH3D.js";
import {
  DECODER_LABEL,
  TextWindows,
  decodeText,
  scanRoot,
  sniffEncoding
} from "./chunk-TU3KUYFU.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-NCXP747E.js";
import {
  loadSuppressions
} from "./chunk-NTV3KXKO.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import {
  UsageError
} from "./chunk-SBG2HJLT.js";
import "./chunk-ZQ4PNIUJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NOCH2ITF.js";
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
    const { scanRemote } = await import("./remote-scan-H63PV732.js");
    return scanRemote(target, args, "directory", async (clone, settings) => ({
      result: await scan({
        cwd: clone.root,
        ...settings,
        source: directorySource({ cwd: clone.root, root: clone.root, ...read })
      }),
      notes: []
    }));
  }
  if (args["keep-clone"] !== void 0) throw new UsageError("--keep-clone: only for a repository named by URL");
  const cwd = process.cwd();
  const root = fromStdin ? cwd : await scanRoot(cwd, paths);
  const result = await scan({
    cwd,
    configFile: args.config,
    suppressions: await loadSuppressions(root, args.baseline),
    source: fromStdin ? ({ config, stats }) => stdinFragments(process.stdin, args["stdin-name"], sizeOverride ?? config.maxFileBytes, stats) : directorySource({
      cwd,
      root,
      paths,
      ...read,
      baselineFile: args.baseline
    })
  });
  return finishCliScan(result, args, fromStdin ? "stdin" : "directory");
}
export {
  runScan
};
