import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  readYamlLists
} from "./chunk-HKYFGOHU.js";
import {
  packageRoot
} from "./chunk-BU4ZIR32.js";
import {
  builtinSecretPattern,
  builtinTextTest,
  compileUserSecretPattern,
  compileUserTextTest
} from "./chunk-ZDNC562W.js";
import {
  isKnownChecksum,
  rulePattern,
  validateRuleShape
} from "./chunk-QUAOKGHR.js";
import {
  RuleError
} from "./chunk-SBG2HJLT.js";

// src/rules/load-rules.ts
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

// src/rules/pattern-safety.ts
var OPEN_QUANTIFIER = /\{(\d+),\}/y;
function findUnboundedQuantifiers(source) {
  const problems = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "*" || ch === "+") problems.push(`unbounded '${ch}' at offset ${i}`);
    else if (ch === "{") {
      OPEN_QUANTIFIER.lastIndex = i;
      const open = OPEN_QUANTIFIER.exec(source);
      if (open) problems.push(`unbounded '${open[0]}' at offset ${i}`);
    }
  }
  return problems;
}
function checkPatternSyntax(pattern, flags) {
  const problems = [];
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return [`does not compile: ${error.message}`];
  }
  if (!pattern.includes("(?<secret>")) problems.push("has no named group 'secret'");
  problems.push(...findUnboundedQuantifiers(pattern));
  return problems;
}

// src/rules/compile-rule.ts
var DEFAULT_PAIR_LINES = 5;
function compileRule(definition, source, origin = "builtin") {
  const flags = definition.flags ?? "";
  const fail = (field, problem) => {
    throw new RuleError(`${source}#${definition.id}.${field}: ${problem}`, { file: source, ruleId: definition.id });
  };
  const fullPattern = rulePattern(definition);
  let pattern;
  if (origin !== "config") {
    const problems = origin === "builtin" ? checkPatternSyntax(fullPattern, flags) : [];
    if (problems.length > 0) fail("pattern", problems.join("; "));
    pattern = builtinSecretPattern(fullPattern, flags);
  } else {
    pattern = attempt(
      () => compileUserSecretPattern(fullPattern, flags),
      (problem) => fail("pattern", problem)
    );
  }
  if (definition.checksum !== void 0 && !isKnownChecksum(definition.checksum))
    fail("checksum", `unknown checksum '${definition.checksum}'`);
  const allowlist = definition.allowlist ?? {};
  const compileAllowRegex = (source2, index) => attempt(
    () => origin === "config" ? compileUserTextTest(source2) : origin === "prebuilt" ? builtinTextTest(source2) : new RegExp(source2),
    (problem) => fail(`allowlist.regexes[${index}]`, problem)
  );
  return {
    id: definition.id,
    title: definition.title,
    vendor: definition.vendor,
    severity: definition.severity,
    confidence: definition.confidence ?? "high",
    keywords: definition.keywords.map((k) => k.toLowerCase()),
    pattern,
    multiline: definition.multiline ?? false,
    minEntropy: definition.min_entropy ?? 0,
    checksum: definition.checksum,
    ...definition.pair ? { pair: { ruleId: definition.pair.rule, withinLines: definition.pair.within_lines ?? DEFAULT_PAIR_LINES } } : {},
    standalone: definition.standalone ?? true,
    allowlist: {
      regexes: (allowlist.regexes ?? []).map(compileAllowRegex),
      stopwords: (allowlist.stopwords ?? []).map((s) => s.toLowerCase()),
      paths: allowlist.paths ?? []
    },
    references: definition.references ?? [],
    rotationGuide: definition.rotation?.guide,
    tags: definition.tags ?? [],
    source
  };
}
function attempt(compile, fail) {
  try {
    return compile();
  } catch (error) {
    return fail(error.message);
  }
}

// src/rules/load-rules.ts
var COMPILED_RULES_FILE = "dist/rules.json";
var KEYWORD_TABLE_FILE = "dist/keyword-table.json";
function builtinRulesDir() {
  return join(packageRoot(), "rules");
}
async function readRuleFiles(dir = builtinRulesDir()) {
  const { files: lists, problems } = await readYamlLists(dir, "rules", "rules");
  const files = lists.map(({ file, entries }) => {
    const definitions = [];
    for (const { where, raw } of entries) {
      const shapeProblems = validateRuleShape(raw, where);
      if (shapeProblems.length > 0) problems.push(...shapeProblems);
      else definitions.push(raw);
    }
    return { file, definitions };
  });
  return { files, problems };
}
async function loadBuiltinDefinitions() {
  const compiled = join(packageRoot(), COMPILED_RULES_FILE);
  if (existsSync(compiled)) return JSON.parse(readFileSync(compiled, "utf8"));
  const { files, problems } = await readRuleFiles();
  if (problems.length > 0) throw new RuleError(`built-in rules are invalid:
  ${problems.join("\n  ")}`);
  return files;
}
function compileRuleFiles(files) {
  return files.flatMap(
    ({ file, prebuilt, definitions }) => definitions.map((definition) => compileRule(definition, file, prebuilt ? "prebuilt" : "builtin"))
  );
}
function prebuiltKeywordTable(rules) {
  const path = join(packageRoot(), KEYWORD_TABLE_FILE);
  if (!existsSync(path)) return void 0;
  const { ruleIds, ...table } = JSON.parse(readFileSync(path, "utf8"));
  if (ruleIds.length !== rules.length || ruleIds.some((id, index) => rules[index]?.id !== id)) return void 0;
  return table;
}

export {
  compileRule,
  COMPILED_RULES_FILE,
  KEYWORD_TABLE_FILE,
  builtinRulesDir,
  readRuleFiles,
  loadBuiltinDefinitions,
  compileRuleFiles,
  prebuiltKeywordTable
};
