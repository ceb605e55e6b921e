import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-SCX5OCWG.js";
import {
  PATCH_FLAGS,
  gitPathFilter,
  patchFragments
} from "./chunk-KUQGWWTN.js";
import "./chunk-HZX5I5Y7.js";
import "./chunk-A7VOVMKD.js";
import {
  scan
} from "./chunk-LYEX5ESD.js";
import "./chunk-MTY2HTMF.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-B6UR4YG2.js";
import "./chunk-NHKUNTIP.js";
import "./chunk-XUXT2HE2.js";
import {
  EXIT_CLEAN
} from "./chunk-EV6M6SSA.js";
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
  openRepository
} from "./chunk-K6UU3W6D.js";
import "./chunk-NCXP747E.js";
import {
  loadSuppressions
} from "./chunk-NTV3KXKO.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-ZQ4PNIUJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NOCH2ITF.js";
import "./chunk-WF6X2IZB.js";

// src/sources/staged.ts
function stagedFragments(root, stats, skipPath) {
  return patchFragments({
    root,
    gitArgs: ["diff", "--cached", ...PATCH_FLAGS],
    kind: "staged",
    what: "cannot read the staged changes",
    stats,
    skipPath
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
    configFile: args.config,
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
