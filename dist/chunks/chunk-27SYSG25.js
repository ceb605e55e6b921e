import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishScan
} from "./chunk-UO3FFETN.js";
import {
  REPORTERS,
  summarize,
  summaryLine
} from "./chunk-GUMX2PUJ.js";
import {
  OutputError
} from "./chunk-SBG2HJLT.js";

// src/output/write-report.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
function writeReport({ input }, destination) {
  const reporter = REPORTERS[destination.format] ?? REPORTERS.text;
  const color = destination.color && !process.env.NO_COLOR && !destination.output && Boolean(process.stdout.isTTY);
  const text = reporter.render({ ...input, color });
  const summary = summaryLine(summarize(input.stats, input.findings.length, input.elapsedMs));
  const quietClean = destination.quiet && input.findings.length === 0;
  if (destination.output) {
    writeOutputFile(destination.output, text);
    if (!quietClean) process.stderr.write(`${summary}
report written to ${destination.output}
`);
  } else if (destination.format === "text") {
    if (!quietClean) process.stdout.write(text);
  } else {
    process.stdout.write(text);
    if (!quietClean) process.stderr.write(`${summary}
`);
  }
}
function writeOutputFile(path, text) {
  try {
    createParents(dirname(path));
    writeFileSync(path, text);
  } catch (error) {
    const code = error.code;
    throw new OutputError(
      `cannot write ${path}: ${code ?? error.message}`,
      { file: path },
      { cause: error }
    );
  }
}
function createParents(directory) {
  if (existsSync(directory)) return;
  const parent = dirname(directory);
  if (parent !== directory) createParents(parent);
  mkdirSync(directory);
}

// src/commands/finish-cli-scan.ts
async function finishCliScan(scanned, args, mode, notes = []) {
  const outcome = await finishScan(scanned, finishOptions(args, mode, notes));
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
