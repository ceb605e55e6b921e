import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-XP5SUGDC.js";
import "./chunk-XQULZLTM.js";
import {
  loadScanSettings
} from "./chunk-DCFG6UBL.js";
import {
  PATCH_FLAGS,
  gitPathFilter,
  patchFragments
} from "./chunk-MUY7M2WL.js";
import "./chunk-QMNSO2LP.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-HBP2GM2P.js";
import "./chunk-RBBQTR3D.js";
import "./chunk-A7VOVMKD.js";
import {
  scan
} from "./chunk-T7NUUDWJ.js";
import {
  IGNORE_FILE
} from "./chunk-DBFSX6Q5.js";
import "./chunk-IQHZQQL6.js";
import "./chunk-B4DN4HVJ.js";
import {
  EXIT_CLEAN,
  EXIT_LEAKS
} from "./chunk-LEWFHLIX.js";
import "./chunk-WWJKY4QW.js";
import "./chunk-RFMPTYPE.js";
import "./chunk-JGRKNXIW.js";
import "./chunk-ODNNQPAB.js";
import "./chunk-CM7OWFBP.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-VPXIAPUH.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-JTQSPYI6.js";
import "./chunk-GIWBHFB6.js";
import {
  openRepository
} from "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-SUFDYU3G.js";
import "./chunk-G7RB6AHY.js";
import {
  DEFAULT_BASELINE_FILE
} from "./chunk-354T74UX.js";
import "./chunk-WPDMLG2U.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-ICITSYZC.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-Z2QTASWP.js";
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
async function runStaged(args, env = process.env, repository) {
  if (env.LEAKSCAN_SKIP === "1") {
    process.stderr.write("leakscan: LEAKSCAN_SKIP=1: the staged changes were NOT scanned for secrets\n");
    return EXIT_CLEAN;
  }
  const repo = await (repository ?? openRepository(process.cwd()));
  const settings = await loadScanSettings(repo.root, { configFile: args.config, baseline: args.baseline });
  const result = await scan({
    cwd: repo.root,
    config: settings.config,
    suppressions: settings.suppressions,
    source: ({ config, stats }) => stagedFragments(repo.root, stats, gitPathFilter(config))
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
