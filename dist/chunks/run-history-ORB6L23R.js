import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  remoteTarget
} from "./chunk-UCY4XCBM.js";
import {
  finishCliScan
} from "./chunk-SCX5OCWG.js";
import {
  DEEPEN_FIX,
  boundariesIn,
  boundaryNote,
  fetchUntil,
  isShallow,
  scanRevisions
} from "./chunk-CNZRHLZM.js";
import "./chunk-KUQGWWTN.js";
import "./chunk-HZX5I5Y7.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-LYEX5ESD.js";
import "./chunk-MTY2HTMF.js";
import "./chunk-ADEIAQO6.js";
import {
  formatBytes
} from "./chunk-B6UR4YG2.js";
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
import "./chunk-TU3KUYFU.js";
import "./chunk-GIWBHFB6.js";
import {
  countCommits,
  gitText,
  openRepository,
  resolveCommit
} from "./chunk-K6UU3W6D.js";
import "./chunk-NCXP747E.js";
import {
  loadSuppressions
} from "./chunk-NTV3KXKO.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import {
  SourceError,
  UsageError
} from "./chunk-SBG2HJLT.js";
import "./chunk-ZQ4PNIUJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NOCH2ITF.js";
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
    const { scanRemote } = await import("./remote-scan-H63PV732.js");
    return scanRemote(target, args, "history", (clone, settings) => scanHistory(clone.root, args, settings));
  }
  if (args["keep-clone"] !== void 0) throw new UsageError("--keep-clone: only for a repository named by URL");
  const { result, notes } = await scanHistory(given ?? process.cwd(), args);
  return finishCliScan(result, args, "history", notes);
}
async function scanHistory(cwd, args, settings) {
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
  const showProgress = args.progress && !args.quiet && Boolean(process.stderr.isTTY);
  const progress = showProgress ? new Progress(process.stderr, await countCommits(repo.root, [...revisions, ...limits])) : void 0;
  let result;
  try {
    result = await scanRevisions({
      root: repo.root,
      revisions: [...revisions, ...limits],
      head: repo.hasHead ? "HEAD" : void 0,
      ...settings ? { config: settings.config } : { configFile: args.config },
      suppressions: settings?.suppressions ?? await loadSuppressions(repo.root, args.baseline),
      baselineFile: args.baseline,
      onCommit: progress && (() => progress.commit()),
      onBytes: progress && ((bytes) => progress.read(bytes))
    });
  } finally {
    progress?.done();
  }
  if (result.stats.commitsScanned === 0) notes.push("no commits matched (check --branch, --since and --max-commits)");
  return { result, notes };
}
export {
  runHistory
};
