import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  withClone
} from "./chunk-UCY4XCBM.js";
import {
  finishCliScan
} from "./chunk-27SYSG25.js";
import "./chunk-UO3FFETN.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-TPG72OTZ.js";
import {
  defaultConfig,
  loadConfig
} from "./chunk-ULQLIO27.js";
import "./chunk-GUMX2PUJ.js";
import "./chunk-HRNSKBSI.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-LEWFHLIX.js";
import "./chunk-R4C5GHLD.js";
import "./chunk-MXDTCXSA.js";
import "./chunk-IWXFU2FD.js";
import "./chunk-KKTCCHCE.js";
import "./chunk-5GGEX4MS.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-WAEJR4HK.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-7I7KXCIU.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-7ADP4NDB.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-LO2HIFDE.js";
import {
  loadSuppressions
} from "./chunk-DBFSX6Q5.js";
import "./chunk-354T74UX.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/commands/remote-scan.ts
async function scanRemote(target, args, mode, scanClone) {
  const settings = {
    config: args.config ? await loadConfig(process.cwd(), args.config) : defaultConfig(),
    suppressions: await loadSuppressions(void 0, args.baseline)
  };
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
