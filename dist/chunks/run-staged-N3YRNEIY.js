import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  gitSuppressions
} from "./chunk-DFEIZXVF.js";
import {
  PATCH_FLAGS,
  gitPathFilter,
  patchFragments
} from "./chunk-MVKAV65L.js";
import {
  finishScan,
  scan
} from "./chunk-XJA2QWIX.js";
import "./chunk-S4WU3JHJ.js";
import "./chunk-AKZJ3FS2.js";
import {
  EXIT_CLEAN
} from "./chunk-SZ44GOJX.js";
import "./chunk-227YVRHD.js";
import "./chunk-33P543TN.js";
import "./chunk-MZQDR4NT.js";
import "./chunk-XIW44XYJ.js";
import "./chunk-3ECGMMOJ.js";
import "./chunk-HHF677LR.js";
import "./chunk-HZEDDEF4.js";
import "./chunk-BSI3FXUE.js";
import "./chunk-EBZHPCRF.js";
import "./chunk-7LG7DLVJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NCXP747E.js";
import "./chunk-BQCVKMCL.js";
import "./chunk-7JIDB6FZ.js";
import {
  openRepository
} from "./chunk-USGU5MRX.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/sources/staged.ts
function stagedFragments(root, stats, skipPath) {
  return patchFragments({
    root,
    gitArgs: ["diff", "--cached", ...PATCH_FLAGS],
    kind: "staged",
    what: "cannot read the staged changes",
    stats,
    ...skipPath ? { skipPath } : {}
  });
}

// src/commands/run-staged.ts
async function runStaged(args, env = process.env, repository) {
  if (env.LEAKSCAN_SKIP === "1") {
    process.stderr.write("leakscan: LEAKSCAN_SKIP=1: the staged changes were NOT scanned for secrets\n");
    return EXIT_CLEAN;
  }
  const repo = await (repository ?? openRepository(process.cwd()));
  const result = await scan({
    cwd: repo.root,
    ...args.config ? { configFile: args.config } : {},
    suppressions: await gitSuppressions(repo.root, args),
    source: ({ config, stats }) => stagedFragments(repo.root, stats, gitPathFilter(config))
  });
  const notes = [];
  if (result.stats.filesScanned === 0 && result.stats.skipped.length === 0) notes.push("no added lines are staged (git add stages changes)");
  if (!repo.hasHead) notes.push("first commit: every staged file was scanned as new");
  return finishScan(result, args, "staged", notes);
}
export {
  runStaged
};
