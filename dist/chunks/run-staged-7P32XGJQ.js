import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-SPQQ7GPB.js";
import "./chunk-XQULZLTM.js";
import {
  PATCH_FLAGS,
  ReadAhead,
  gitPathFilter,
  patchFragments
} from "./chunk-ENXIS3YA.js";
import {
  loadScanSettings
} from "./chunk-GNJXKB5Z.js";
import "./chunk-QMNSO2LP.js";
import "./chunk-IQHZQQL6.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-B4DN4HVJ.js";
import "./chunk-PP2PTVK4.js";
import "./chunk-75IGMPQ5.js";
import {
  EXIT_CLEAN,
  EXIT_LEAKS
} from "./chunk-LEWFHLIX.js";
import "./chunk-5DY6PWZU.js";
import {
  scan
} from "./chunk-YJENZ4M4.js";
import "./chunk-WWJKY4QW.js";
import {
  IGNORE_FILE
} from "./chunk-DBFSX6Q5.js";
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
  openRepository,
  streamGit
} from "./chunk-A5CIQFFQ.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-HWL32VRT.js";
import "./chunk-G7RB6AHY.js";
import {
  DEFAULT_BASELINE_FILE
} from "./chunk-354T74UX.js";
import "./chunk-6VP5PA7T.js";
import "./chunk-ZDNC562W.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-EA75SS5A.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/sources/staged.ts
var STAGED_DIFF = ["diff", "--cached", ...PATCH_FLAGS];
var WHAT = "cannot read the staged changes";
var EARLY_PATCH_BYTES = 16 * 1024 * 1024;
function startStagedDiff(cwd) {
  return new ReadAhead(streamGit(cwd, STAGED_DIFF, WHAT), EARLY_PATCH_BYTES);
}
function stagedFragments(root, stats, skipPath, started) {
  return patchFragments({
    root,
    gitArgs: STAGED_DIFF,
    chunks: started?.drain(),
    kind: "staged",
    what: WHAT,
    stats,
    skipPath
  });
}

// src/hook/blocked-message.ts
function blockedCommitMessage(env) {
  const inCommit = env.GIT_INDEX_FILE !== void 0;
  return [
    "",
    inCommit ? "leakscan: the commit was NOT made: the staged changes add a secret (above)." : "leakscan: the staged changes add a secret (above): the pre-commit hook would block this commit.",
    "  fix:    remove the secret from the file (read it from the environment or a secret manager), `git add` the",
    "          file and commit again; if the key was ever pushed or shared, rotate it too.",
    `  accept: a false alarm or a test key: 'leakscan:allow' in a comment on its line, or its fingerprint in`,
    `          ${IGNORE_FILE} or in the baseline ${DEFAULT_BASELINE_FILE} (leakscan baseline create).`,
    "  bypass: emergencies only: LEAKSCAN_SKIP=1 git commit ... (or git commit --no-verify, which skips every hook).",
    ""
  ].join("\n");
}

// src/commands/run-staged.ts
async function runStaged(args, env = process.env) {
  if (env.LEAKSCAN_SKIP === "1") {
    process.stderr.write("leakscan: LEAKSCAN_SKIP=1: the staged changes were NOT scanned for secrets\n");
    return EXIT_CLEAN;
  }
  const repository = openRepository(process.cwd());
  const patch = startStagedDiff(process.cwd());
  try {
    return await scanStaged(args, env, await repository, patch);
  } finally {
    patch.abort();
  }
}
async function scanStaged(args, env, repo, patch) {
  const settings = await loadScanSettings(repo.root, { configFile: args.config, baseline: args.baseline });
  const result = await scan({
    cwd: repo.root,
    config: settings.config,
    suppressions: settings.suppressions,
    source: ({ config, stats }) => stagedFragments(repo.root, stats, gitPathFilter(config), patch)
  });
  const notes = [...settings.notes];
  if (result.stats.filesScanned === 0 && result.stats.skipped.length === 0)
    notes.push("no added lines are staged (git add stages changes)");
  if (!repo.hasHead) notes.push("first commit: every staged file was scanned as new");
  const code = await finishCliScan(
    result,
    { ...args, baseline: settings.baselineFile, quiet: args.quiet || !args.verbose },
    "staged",
    notes
  );
  if (code === EXIT_LEAKS) process.stderr.write(blockedCommitMessage(env));
  return code;
}
export {
  runStaged
};
