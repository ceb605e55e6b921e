import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  readVerifierFiles
} from "./chunk-QGFSZZQT.js";
import {
  defaultFilters
} from "./chunk-JBW4X3RT.js";
import {
  createDetector
} from "./chunk-Z5AEVAKK.js";
import {
  builtinRulesDir,
  compileRule,
  readRuleFiles
} from "./chunk-FMLDEMHG.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-GIWBHFB6.js";
import {
  defaultConfig
} from "./chunk-HWL32VRT.js";
import "./chunk-G7RB6AHY.js";
import "./chunk-354T74UX.js";
import "./chunk-6VP5PA7T.js";
import "./chunk-ZDNC562W.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-EA75SS5A.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/rules/check-rules.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
function checkRuleExamples(rule, definition, where) {
  const detector = createDetector([rule], defaultFilters(defaultConfig()));
  const problems = [];
  const detects = (text) => {
    const { findings, dropped } = detector.detect({
      text,
      origin: { kind: "file", path: `rules-check/${rule.id}.txt` },
      startLine: 1
    });
    return findings.some((f) => f.ruleId === rule.id) || !rule.standalone && dropped.some((d) => d.ruleId === rule.id && d.filter === "pair");
  };
  const explain = (text) => {
    const { dropped } = detector.detect({
      text,
      origin: { kind: "file", path: `rules-check/${rule.id}.txt` },
      startLine: 1
    });
    return dropped.length > 0 ? ` (dropped by ${dropped.map((d) => `${d.filter}: ${d.reason}`).join("; ")})` : " (pattern did not match)";
  };
  definition.examples.forEach((example, index) => {
    const lower = example.toLowerCase();
    if (!rule.keywords.some((keyword) => lower.includes(keyword)))
      problems.push(`${where}.examples[${index}]: contains none of the keywords ${JSON.stringify(rule.keywords)}`);
    else if (!detects(example)) problems.push(`${where}.examples[${index}]: not detected${explain(example)}`);
  });
  definition.negative_examples.forEach((example, index) => {
    if (detects(example)) problems.push(`${where}.negative_examples[${index}]: detected, but must not be`);
  });
  return problems;
}
async function checkRules(options) {
  const { files, problems } = await readRuleFiles(options.dir);
  const warnings = [];
  const seen = /* @__PURE__ */ new Map();
  let ruleCount = 0;
  const redosQueue = [];
  for (const { file, definitions } of files) {
    for (const definition of definitions) {
      const where = `${file}#${definition.id}`;
      const previous = seen.get(definition.id);
      if (previous) problems.push(`${where}.id: duplicate id, also in ${previous}`);
      seen.set(definition.id, file);
      ruleCount++;
      if (options.only && !definition.id.includes(options.only)) continue;
      let rule;
      try {
        rule = compileRule(definition, file);
      } catch (error) {
        problems.push(error.message);
        continue;
      }
      if (definition.references.some((ref) => !/^https?:\/\//.test(ref)))
        problems.push(`${where}.references: every reference must be an http(s) URL`);
      if (definition.examples.length < 2)
        warnings.push(`${where}.examples: only one example; two in different contexts are expected`);
      problems.push(...checkRuleExamples(rule, definition, where));
      if (options.redos) redosQueue.push({ where, definition });
    }
  }
  for (const { file, definitions } of files) {
    for (const definition of definitions) {
      if (definition.pair && !seen.has(definition.pair.rule))
        problems.push(`${file}#${definition.id}.pair.rule: no rule '${definition.pair.rule}'`);
    }
  }
  const verifiersDir = join(options.dir ?? builtinRulesDir(), "verifiers");
  if (existsSync(verifiersDir)) {
    const verifiers = await readVerifierFiles(verifiersDir);
    problems.push(...verifiers.problems);
    for (const verifier of verifiers.verifiers)
      for (const rule of verifier.rules)
        if (!seen.has(rule)) problems.push(`rules/verifiers#${verifier.id}.rules: no rule '${rule}'`);
  }
  if (redosQueue.length > 0) {
    const { assessBacktracking } = await import("./redos-check-FSXV2T5S.js");
    const { patternKey, readSafePatterns, writeSafePatterns } = await import("./redos-verdicts-HCJ34RXC.js");
    const known = options.recheckAll ? /* @__PURE__ */ new Set() : readSafePatterns(options.dir);
    const keyOf = ({ definition }) => patternKey(backtrackingSubject(definition), definition.flags ?? "");
    const unchecked = redosQueue.filter((entry) => !known.has(keyOf(entry)));
    const verdicts = await mapWithConcurrency(
      unchecked,
      2,
      ({ definition }) => assessBacktracking(backtrackingSubject(definition), definition.flags ?? "")
    );
    const safe = new Set(redosQueue.map(keyOf).filter((key) => known.has(key)));
    verdicts.forEach((verdict, index) => {
      const entry = unchecked[index];
      if (!verdict) safe.add(keyOf(entry));
      else (verdict.severity === "error" ? problems : warnings).push(`${entry.where}.pattern: ${verdict.message}`);
    });
    if (options.updateSafeFile) writeSafePatterns(safe, options.dir);
  }
  return { ruleCount, fileCount: files.length, problems, warnings };
}
var backtrackingSubject = (definition) => definition.assigned_to === void 0 ? definition.pattern : `^(?:${definition.pattern})`;
async function mapWithConcurrency(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
export {
  checkRuleExamples,
  checkRules
};
