import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-SQKNY7G5.js";
import {
  PATCH_FLAGS,
  gitPathFilter,
  patchFragments
} from "./chunk-M5JKBDSV.js";
import "./chunk-4R5XGB3J.js";
import "./chunk-A7VOVMKD.js";
import {
  scan
} from "./chunk-PSVLYIHA.js";
import "./chunk-RRP6XRJH.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-2SQB45JB.js";
import "./chunk-ORESBMUW.js";
import "./chunk-227YVRHD.js";
import {
  EXIT_CLEAN
} from "./chunk-EV6M6SSA.js";
import "./chunk-G5DMYZBC.js";
import "./chunk-2OSGQ462.js";
import "./chunk-JA7RNSWQ.js";
import "./chunk-IWXFU2FD.js";
import "./chunk-WUDPO4A5.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-SEUV7MPY.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-DHBYJGE3.js";
import "./chunk-GIWBHFB6.js";
import {
  openRepository
} from "./chunk-HMUBN7PQ.js";
import "./chunk-NCXP747E.js";
import {
  loadSuppressions
} from "./chunk-PQH4FFIE.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-BYKN45GH.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-DYTORKG6.js";
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
    suppressions: await loadSuppressions(repo.root, args.baseline),
    source: ({ config, stats }) => stagedFragments(repo.root, stats, gitPathFilter(config))
  });
  const notes = [];
  if (result.stats.filesScanned === 0 && result.stats.skipped.length === 0)
    notes.push("no added lines are staged (git add stages changes)");
  if (!repo.hasHead) notes.push("first commit: every staged file was scanned as new");
  return finishCliScan(result, args, "staged", notes);
}
export {
  runStaged
};
