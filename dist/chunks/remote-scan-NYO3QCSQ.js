import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-SPQQ7GPB.js";
import "./chunk-XQULZLTM.js";
import {
  withClone
} from "./chunk-OBGJFIS4.js";
import "./chunk-QMNSO2LP.js";
import "./chunk-IQHZQQL6.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-B4DN4HVJ.js";
import "./chunk-PP2PTVK4.js";
import "./chunk-75IGMPQ5.js";
import "./chunk-LEWFHLIX.js";
import "./chunk-5DY6PWZU.js";
import "./chunk-YJENZ4M4.js";
import "./chunk-WWJKY4QW.js";
import {
  loadSuppressions
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
import "./chunk-A5CIQFFQ.js";
import "./chunk-GIWBHFB6.js";
import {
  defaultConfig,
  loadConfig
} from "./chunk-HWL32VRT.js";
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
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/commands/remote-scan.ts
async function scanRemote(target, args, mode, scanClone) {
  const settings = {
    config: args.config ? await loadConfig(process.cwd(), args.config) : defaultConfig(),
    suppressions: await loadSuppressions(void 0, args.baseline)
  };
  if (target.shorthand)
    process.stderr.write(`leakscan: no local path by that name: cloning ${target.url} (GitHub's owner/name)
`);
  const showProgress = args.progress !== false && !args.quiet && Boolean(process.stderr.isTTY);
  return withClone(
    {
      target,
      depth: mode === "history" ? "history" : "head",
      keepIn: args["keep-clone"],
      progress: showProgress ? process.stderr : void 0
    },
    async (clone) => {
      const { result, notes } = await scanClone(clone, settings);
      const at = clone.origin.commit ? ` at ${clone.origin.commit}` : "";
      const kept = args["keep-clone"] ? `; the clone is kept in ${clone.root}` : "";
      return finishCliScan({ ...result, remote: clone.origin }, args, mode, [
        `repository ${clone.origin.url}${at} (cloned; its .leakscan.yaml and .leakscanignore are not applied${kept})`,
        ...notes
      ]);
    }
  );
}
export {
  scanRemote
};
