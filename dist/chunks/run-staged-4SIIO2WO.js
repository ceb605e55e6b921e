import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-O6XM3ZOC.js";
import {
  PATCH_FLAGS,
  gitPathFilter,
  patchFragments
} from "./chunk-F6KLBWNL.js";
import "./chunk-Z2FTCAEQ.js";
import "./chunk-A7VOVMKD.js";
import {
  scan
} from "./chunk-I7SKV353.js";
import "./chunk-7NJFZE4G.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-QHIO2FPF.js";
import "./chunk-KHCZBBAH.js";
import "./chunk-227YVRHD.js";
import {
  EXIT_CLEAN
} from "./chunk-EV6M6SSA.js";
import "./chunk-CEWXIFX7.js";
import "./chunk-ST67UOIG.js";
import "./chunk-7I6H2TMK.js";
import "./chunk-XIW44XYJ.js";
import "./chunk-AOH5SHCC.js";
import "./chunk-BSI3FXUE.js";
import "./chunk-ONUFT2PR.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-FCLFQTNG.js";
import "./chunk-GIWBHFB6.js";
import {
  openRepository
} from "./chunk-USGU5MRX.js";
import "./chunk-NCXP747E.js";
import {
  loadSuppressions
} from "./chunk-4KWYUMLQ.js";
import "./chunk-7JIDB6FZ.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-IUW3QYBR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-7RIXAAME.js";
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
  if (result.stats.filesScanned === 0 && result.stats.skipped.length === 0) notes.push("no added lines are staged (git add stages changes)");
  if (!repo.hasHead) notes.push("first commit: every staged file was scanned as new");
  return finishCliScan(result, args, "staged", notes);
}
export {
  runStaged
};
