import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-XP5SUGDC.js";
import "./chunk-XQULZLTM.js";
import {
  withClone
} from "./chunk-OOYFU5L4.js";
import "./chunk-QMNSO2LP.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-HBP2GM2P.js";
import "./chunk-RBBQTR3D.js";
import "./chunk-A7VOVMKD.js";
import "./chunk-T7NUUDWJ.js";
import {
  loadSuppressions
} from "./chunk-DBFSX6Q5.js";
import "./chunk-IQHZQQL6.js";
import "./chunk-B4DN4HVJ.js";
import "./chunk-LEWFHLIX.js";
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
import "./chunk-K6UU3W6D.js";
import "./chunk-BU4ZIR32.js";
import {
  defaultConfig,
  loadConfig
} from "./chunk-SUFDYU3G.js";
import "./chunk-G7RB6AHY.js";
import "./chunk-354T74UX.js";
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
