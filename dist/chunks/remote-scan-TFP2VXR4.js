import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  withClone
} from "./chunk-QJGOJMS2.js";
import {
  finishCliScan
} from "./chunk-YDSU72AN.js";
import "./chunk-ZI4OD3UK.js";
import "./chunk-QMNSO2LP.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-P32KAGBF.js";
import "./chunk-I7TCGNMV.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-DFYJTNOE.js";
import {
  defaultConfig,
  loadConfig
} from "./chunk-AHMT7YPR.js";
import "./chunk-SF7UPQXC.js";
import "./chunk-B4DN4HVJ.js";
import "./chunk-KT5YVJUE.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-LEWFHLIX.js";
import "./chunk-T57UBVTG.js";
import "./chunk-DOVRXELP.js";
import "./chunk-WPDMLG2U.js";
import "./chunk-J2TMB3A4.js";
import "./chunk-TRZKU3ML.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-52WUJQ64.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-IDIUZ333.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-ZXDPB2PO.js";
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
