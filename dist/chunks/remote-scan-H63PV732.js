import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  withClone
} from "./chunk-UCY4XCBM.js";
import {
  finishCliScan
} from "./chunk-SCX5OCWG.js";
import "./chunk-HZX5I5Y7.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-LYEX5ESD.js";
import {
  defaultConfig,
  loadConfig
} from "./chunk-MTY2HTMF.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-B6UR4YG2.js";
import "./chunk-NHKUNTIP.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-EV6M6SSA.js";
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
import "./chunk-K6UU3W6D.js";
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
