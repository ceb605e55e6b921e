import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  REPORTERS,
  summarize,
  summaryLine
} from "./chunk-IQHZQQL6.js";
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
  const summary = summaryLine(summarize(input));
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

export {
  writeReport
};
