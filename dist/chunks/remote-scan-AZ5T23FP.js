import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-KGT426QZ.js";
import "./chunk-ODQPMOME.js";
import {
  withClone
} from "./chunk-W7SNBHXW.js";
import "./chunk-QMNSO2LP.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-74VAKDL7.js";
import "./chunk-7CFNU4YZ.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-2DNY6UIC.js";
import {
  loadSuppressions
} from "./chunk-DBFSX6Q5.js";
import "./chunk-DB6ABRK6.js";
import "./chunk-B4DN4HVJ.js";
import "./chunk-LEWFHLIX.js";
import "./chunk-FZDHZ4HG.js";
import "./chunk-YN5J2KRN.js";
import "./chunk-24KRALC4.js";
import "./chunk-J2TMB3A4.js";
import "./chunk-YY2XZFDB.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-VPXIAPUH.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-JTQSPYI6.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import {
  defaultConfig,
  loadConfig
} from "./chunk-YSZLKVWE.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-354T74UX.js";
import "./chunk-WPDMLG2U.js";
import "./chunk-ZJTWH4EI.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-A5VMOO3Q.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-WF6TNUFC.js";
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
