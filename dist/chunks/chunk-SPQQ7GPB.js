import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  writeReport
} from "./chunk-XQULZLTM.js";
import {
  verifyOptions
} from "./chunk-QMNSO2LP.js";
import {
  finishScan
} from "./chunk-PP2PTVK4.js";
import {
  UsageError
} from "./chunk-SBG2HJLT.js";

// src/commands/finish-cli-scan.ts
async function finishCliScan(scanned, args, mode, notes = []) {
  const verify = verifyOptions(args, scanned.config.verify, process.cwd());
  if (args["only-verified"] && !verify)
    throw new UsageError("--only-verified needs --verify (or verify: true in the config)");
  const outcome = await finishScan(scanned, {
    ...finishOptions(args, mode, notes),
    verify,
    onlyVerified: args["only-verified"]
  });
  if (outcome.incomplete) process.stderr.write(`leakscan: error: ${outcome.incomplete}
`);
  return outcome.exitCode;
}
function finishOptions(args, mode, notes) {
  const rotate = args.rotate || args["rotate-dry-run"];
  return {
    mode,
    showSecrets: args["show-secrets"],
    explain: args.explain,
    listSkipped: args["list-skipped"],
    quiet: args.quiet,
    minConfidence: args["min-confidence"],
    allowEmpty: args["allow-empty"],
    baseline: args.baseline,
    writeBaseline: args["write-baseline"] ? { file: args["write-baseline"], includeAccepted: true } : void 0,
    rotation: rotate ? { dryRun: args["rotate-dry-run"], extraUrl: args["rotate-url"] } : void 0,
    notes,
    deliver: (report) => writeReport(report, { format: args.format, output: args.output, color: args.color, quiet: args.quiet })
  };
}

export {
  finishCliScan
};
