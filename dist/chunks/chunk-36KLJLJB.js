import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  checkPatternSyntax,
  parseYaml
} from "./chunk-IYFG77MX.js";
import {
  isKnownChecksum,
  validateRuleShape
} from "./chunk-NDTIYJFU.js";
import {
  packageRoot
} from "./chunk-NCXP747E.js";
import {
  RuleError
} from "./chunk-SBG2HJLT.js";

// src/rules/load-rules.ts
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

// src/rules/compile-rule.ts
var DEFAULT_PAIR_LINES = 5;
function compileRule(definition, source) {
  const flags = definition.flags ?? "";
  const problems = checkPatternSyntax(definition.pattern, flags);
  if (problems.length > 0) {
    throw new RuleError(`${source}#${definition.id}.pattern: ${problems.join("; ")}`, { file: source, ruleId: definition.id });
  }
  if (definition.checksum !== void 0 && !isKnownChecksum(definition.checksum)) {
    throw new RuleError(`${source}#${definition.id}.checksum: unknown checksum '${definition.checksum}'`, { file: source, ruleId: definition.id });
  }
  const allowlist = definition.allowlist ?? {};
  const compileAllowRegex = (pattern, index) => {
    try {
      return new RegExp(pattern);
    } catch (error) {
      throw new RuleError(`${source}#${definition.id}.allowlist.regexes[${index}]: ${error.message}`, {
        file: source,
        ruleId: definition.id
      });
    }
  };
  return {
    id: definition.id,
    title: definition.title,
    vendor: definition.vendor,
    severity: definition.severity,
    confidence: definition.confidence ?? "high",
    keywords: definition.keywords.map((k) => k.toLowerCase()),
    regex: new RegExp(definition.pattern, `${flags}gd`),
    multiline: definition.multiline ?? false,
    minEntropy: definition.min_entropy ?? 0,
    ...definition.checksum ? { checksum: definition.checksum } : {},
    ...definition.pair ? { pair: { ruleId: definition.pair.rule, withinLines: definition.pair.within_lines ?? DEFAULT_PAIR_LINES } } : {},
    standalone: definition.standalone ?? true,
    allowlist: {
      regexes: (allowlist.regexes ?? []).map(compileAllowRegex),
      stopwords: (allowlist.stopwords ?? []).map((s) => s.toLowerCase()),
      paths: allowlist.paths ?? []
    },
    references: definition.references ?? [],
    ...definition.rotation?.guide ? { rotationGuide: definition.rotation.guide } : {},
    tags: definition.tags ?? [],
    source
  };
}

// src/rules/load-rules.ts
var COMPILED_RULES_FILE = "dist/rules.json";
function builtinRulesDir() {
  return join(packageRoot(), "rules");
}
async function readRuleFiles(dir = builtinRulesDir()) {
  const files = [];
  const problems = [];
  const names = readdirSync(dir).filter((name) => name.endsWith(".yaml") || name.endsWith(".yml")).sort();
  for (const name of names) {
    const file = `rules/${name}`;
    let parsed;
    try {
      parsed = await parseYaml(readFileSync(join(dir, name), "utf8"));
    } catch (error) {
      problems.push(`${file}: YAML does not parse: ${error.message}`);
      continue;
    }
    if (!Array.isArray(parsed)) {
      problems.push(`${file}: must be a YAML list of rules`);
      continue;
    }
    const definitions = [];
    parsed.forEach((raw, index) => {
      const id = raw?.id;
      const where = `${file}#${typeof id === "string" ? id : `[${index}]`}`;
      const shapeProblems = validateRuleShape(raw, where);
      if (shapeProblems.length > 0) problems.push(...shapeProblems);
      else definitions.push(raw);
    });
    files.push({ file, definitions });
  }
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
  return files.flatMap(({ file, definitions }) => definitions.map((definition) => compileRule(definition, file)));
}

export {
  compileRule,
  COMPILED_RULES_FILE,
  builtinRulesDir,
  readRuleFiles,
  loadBuiltinDefinitions,
  compileRuleFiles
};
