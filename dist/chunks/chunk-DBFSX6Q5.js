import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  DEFAULT_BASELINE_FILE
} from "./chunk-354T74UX.js";
import {
  droppedFinding
} from "./chunk-4DAEQZQN.js";
import {
  StateFileError,
  readStateFile
} from "./chunk-Z2QTASWP.js";
import {
  ConfigError
} from "./chunk-SBG2HJLT.js";

// src/findings/suppressions.ts
import { join, relative, resolve, sep } from "node:path";
var IGNORE_FILE = ".leakscanignore";
function fingerprintFileGlobs(root, baselineFile) {
  const globs = [`**/${IGNORE_FILE}`, `**/${DEFAULT_BASELINE_FILE}`];
  if (baselineFile) {
    const path = relative(root, resolve(baselineFile)).split(sep).join("/");
    if (path && !path.startsWith("..")) globs.push(path);
  }
  return globs;
}
var FINGERPRINT_LINE = /^(\S.*:[0-9a-f]{16})(?:\s+#.*)?$/;
function parseFingerprints(text, file) {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      const report = JSON.parse(trimmed);
      return new Set(
        (report.findings ?? []).map((f) => f.fingerprint).filter((f) => typeof f === "string")
      );
    } catch (error) {
      throw new ConfigError(file, [`not valid JSON: ${error.message}`]);
    }
  }
  const fingerprints = /* @__PURE__ */ new Set();
  const problems = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = FINGERPRINT_LINE.exec(line);
    if (match) fingerprints.add(match[1]);
    else problems.push(`line ${index + 1}: not a fingerprint (ruleId:path:16 hex digits): ${line.slice(0, 80)}`);
  });
  if (problems.length > 0) throw new ConfigError(file, problems);
  return fingerprints;
}
async function loadSuppressions(dir, baselineFile) {
  const suppressions = {};
  if (baselineFile) {
    let text;
    try {
      text = readStateFile(baselineFile, "the baseline");
    } catch (error) {
      if (error instanceof StateFileError) throw error;
      throw new ConfigError(baselineFile, [
        `cannot read the baseline: ${error.code ?? error.message}`
      ]);
    }
    if (text === void 0) throw new ConfigError(baselineFile, ["cannot read the baseline: ENOENT"]);
    suppressions.baseline = {
      file: baselineFile,
      filter: "baseline",
      fingerprints: parseFingerprints(text, baselineFile)
    };
  }
  if (dir === void 0) return suppressions;
  const ignorePath = join(dir, IGNORE_FILE);
  const ignoreText = readStateFile(ignorePath, IGNORE_FILE);
  if (ignoreText !== void 0)
    suppressions.ignore = {
      file: IGNORE_FILE,
      filter: "leakscanignore",
      fingerprints: parseFingerprints(ignoreText, ignorePath)
    };
  return suppressions;
}
function applySuppressions(findings, suppressions) {
  const lists = [suppressions.ignore, suppressions.baseline].filter((l) => l !== void 0);
  const result = { kept: [], suppressed: [], dropped: [], staleBaseline: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    seen.add(finding.fingerprint);
    const list = lists.find((l) => l.fingerprints.has(finding.fingerprint));
    if (!list) {
      result.kept.push(finding);
      continue;
    }
    result.suppressed.push(finding);
    result.dropped.push(droppedFinding(finding, list.filter, `fingerprint listed in ${list.file}`));
  }
  if (suppressions.baseline)
    result.staleBaseline = [...suppressions.baseline.fingerprints].filter((f) => !seen.has(f)).sort();
  return result;
}
var BASELINE_HEADER = [
  "# leakscan baseline: accepted findings, one fingerprint per line (ruleId:path:sha256(secret)[0..16]).",
  "# No line numbers, commits or dates, so it survives edits, rebases and squash merges; sorted so it merges cleanly.",
  "# Use: leakscan <scan|staged|diff|history> --baseline <this file>"
];
function renderBaseline(findings) {
  const fingerprints = [...new Set(findings.map((f) => f.fingerprint))].sort();
  return `${[...BASELINE_HEADER, ...fingerprints].join("\n")}
`;
}

export {
  IGNORE_FILE,
  fingerprintFileGlobs,
  parseFingerprints,
  loadSuppressions,
  applySuppressions,
  renderBaseline
};
