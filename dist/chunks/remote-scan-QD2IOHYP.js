import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  withClone
} from "./chunk-QJGOJMS2.js";
import {
  finishCliScan
} from "./chunk-HIVMXKA7.js";
import "./chunk-QZI2O2QF.js";
import "./chunk-QMNSO2LP.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-AMTWZ4TT.js";
import "./chunk-HALST673.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-IONG2FTI.js";
import {
  defaultConfig,
  loadConfig
} from "./chunk-EIWNCEC5.js";
import "./chunk-F4DA7WH3.js";
import "./chunk-B4DN4HVJ.js";
import "./chunk-6WQMMV6P.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-LEWFHLIX.js";
import "./chunk-F7QAHCXJ.js";
import "./chunk-V7IYAX5I.js";
import "./chunk-WPDMLG2U.js";
import "./chunk-J2TMB3A4.js";
import "./chunk-EM4AOJ5O.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-52WUJQ64.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-IDIUZ333.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-NH4RV7HC.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-VV5ZBQR3.js";
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
