import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-SPQQ7GPB.js";
import "./chunk-XQULZLTM.js";
import {
  remoteTarget
} from "./chunk-OBGJFIS4.js";
import {
  DEEPEN_FIX,
  boundariesIn,
  boundaryNote,
  fetchUntil,
  isShallow
} from "./chunk-GQ5BMKB2.js";
import {
  scanRevisions
} from "./chunk-2ZMXL2JE.js";
import "./chunk-ENXIS3YA.js";
import {
  loadScanSettings
} from "./chunk-GNJXKB5Z.js";
import "./chunk-QMNSO2LP.js";
import {
  formatBytes
} from "./chunk-IQHZQQL6.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-B4DN4HVJ.js";
import "./chunk-PP2PTVK4.js";
import "./chunk-75IGMPQ5.js";
import "./chunk-LEWFHLIX.js";
import "./chunk-5DY6PWZU.js";
import "./chunk-YJENZ4M4.js";
import "./chunk-WWJKY4QW.js";
import "./chunk-DBFSX6Q5.js";
import "./chunk-XBR7TLOJ.js";
import "./chunk-JBW4X3RT.js";
import "./chunk-Z5AEVAKK.js";
import "./chunk-FMLDEMHG.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-QDLW7BHU.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-R46I27HW.js";
import {
  countCommits,
  gitText,
  openRepository,
  resolveCommit
} from "./chunk-A5CIQFFQ.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-HWL32VRT.js";
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
  SourceError,
  UsageError
} from "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/commands/run-history.ts
import { existsSync } from "node:fs";

// src/commands/progress.ts
var REDRAW_MS = 200;
var Progress = class {
  constructor(stream, total) {
    this.stream = stream;
    this.total = total;
  }
  stream;
  total;
  commits = 0;
  bytes = 0;
  lastDraw = 0;
  drawn = false;
  started = performance.now();
  commit() {
    this.commits++;
    this.maybeDraw();
  }
  read(bytes) {
    this.bytes += bytes;
    this.maybeDraw();
  }
  done() {
    if (this.drawn) this.stream.write("\r\x1B[2K");
  }
  maybeDraw() {
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    const seconds = Math.max((now - this.started) / 1e3, 1e-3);
    const rate = (this.bytes / 1024 ** 2 / seconds).toFixed(1);
    const percent = this.total > 0 ? ` (${Math.min(100, Math.floor(this.commits / this.total * 100))}%)` : "";
    this.stream.write(
      `\r\x1B[2Kscanning history: ${this.commits}/${this.total} commits${percent}, ${formatBytes(this.bytes)} read, ${rate} MB/s`
    );
  }
};

// src/commands/run-history.ts
async function runHistory(args) {
  const maxCommits = args["max-commits"];
  if (maxCommits !== void 0 && (!Number.isInteger(maxCommits) || maxCommits < 1))
    throw new UsageError("--max-commits: expected a whole number >= 1");
  if (args.since !== void 0 && (args.since.startsWith("-") || args.since.trim() === ""))
    throw new UsageError(`--since: not a date: ${args.since}`);
  const given = args.repository;
  if (given !== void 0 && !existsSync(given)) {
    const target = remoteTarget(given);
    if (!target) throw new UsageError(`not a repository URL, nor a local directory: ${JSON.stringify(given)}`);
    const { scanRemote } = await import("./remote-scan-NYO3QCSQ.js");
    return scanRemote(target, args, "history", (clone, settings) => scanHistory(clone.root, args, settings));
  }
  if (args["keep-clone"] !== void 0) throw new UsageError("--keep-clone: only for a repository named by URL");
  const { result, notes, baselineFile } = await scanHistory(given ?? process.cwd(), args);
  return finishCliScan(result, { ...args, baseline: baselineFile }, "history", notes);
}
async function scanHistory(cwd, args, cloneSettings) {
  const maxCommits = args["max-commits"];
  const repo = await openRepository(cwd);
  const notes = [];
  if (!repo.hasHead && await gitText(repo.root, ["for-each-ref", "--count=1", "--format=%(refname)"], "cannot list refs") === "") {
    throw new SourceError("empty repository: there are no commits to scan");
  }
  const revisions = args.branch !== void 0 ? [await resolveCommit(repo.root, args.branch)] : ["--all"];
  const limits = [
    ...args.since !== void 0 ? [`--since=${args.since}`] : [],
    ...maxCommits !== void 0 ? [`--max-count=${maxCommits}`] : []
  ];
  if (repo.shallow) {
    if (args.deepen) {
      const fetched = await fetchUntil({
        root: repo.root,
        complete: async () => !await isShallow(repo.root),
        depthOption: "--deepen",
        unshallowFirst: true,
        what: "the full history",
        fix: DEEPEN_FIX
      });
      if (fetched.note) notes.push(fetched.note);
    }
    const boundaries = await boundariesIn(repo.root, [...revisions, ...limits]);
    if (boundaries.length > 0) notes.push(boundaryNote(boundaries, DEEPEN_FIX));
  }
  const settings = cloneSettings ? { ...cloneSettings, baselineFile: args.baseline, notes: [] } : await loadScanSettings(repo.root, { configFile: args.config, baseline: args.baseline });
  notes.push(...settings.notes);
  const showProgress = args.progress && !args.quiet && Boolean(process.stderr.isTTY);
  const progress = showProgress ? new Progress(process.stderr, await countCommits(repo.root, [...revisions, ...limits])) : void 0;
  let result;
  try {
    result = await scanRevisions({
      root: repo.root,
      revisions: [...revisions, ...limits],
      head: repo.hasHead ? "HEAD" : void 0,
      config: settings.config,
      suppressions: settings.suppressions,
      baselineFile: settings.baselineFile,
      ...progress ? { onCommit: () => progress.commit(), onBytes: (bytes) => progress.read(bytes) } : {}
    });
  } finally {
    progress?.done();
  }
  if (result.stats.commitsScanned === 0) notes.push("no commits matched (check --branch, --since and --max-commits)");
  return { result, notes, baselineFile: settings.baselineFile };
}
export {
  runHistory
};
