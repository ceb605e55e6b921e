import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  MIN_CONFIDENCE_LEVELS
} from "./chunk-G7RB6AHY.js";
import {
  CONFIG_FILE_NAMES,
  DEFAULT_BASELINE_FILE,
  DEFAULT_MAX_FILE_BYTES
} from "./chunk-354T74UX.js";
import {
  emptyAllowlist
} from "./chunk-6VP5PA7T.js";
import {
  compileUserSecretPattern,
  compileUserTextTest,
  loadUserPatternEngine
} from "./chunk-ZDNC562W.js";
import {
  parseYaml
} from "./chunk-ZNDBZIRQ.js";
import {
  DEFAULT_POLICY,
  GITHUB_FIELDS,
  VERIFICATION_FILTERS,
  WEBHOOK_FIELDS,
  parseRotationConfig
} from "./chunk-EA75SS5A.js";
import {
  RULE_FIELDS,
  SEVERITIES,
  rulePattern,
  validateRuleShape
} from "./chunk-QUAOKGHR.js";
import {
  ConfigError
} from "./chunk-SBG2HJLT.js";

// src/config/config-file.ts
import { existsSync, lstatSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, posix, relative, resolve } from "node:path";

// src/config/config-schema.ts
var stringList = (description) => ({ type: "array", items: { type: "string" }, description });
var CUSTOM_RULE_DEFAULTS = { vendor: "custom", severity: "high", confidence: "medium" };
var OPTIONAL_IN_CUSTOM = /* @__PURE__ */ new Set([
  ...Object.keys(CUSTOM_RULE_DEFAULTS),
  "examples",
  "negative_examples",
  "references"
]);
var ALLOWLIST_FIELDS = {
  paths: stringList("micromatch globs of paths whose findings are dropped (relative to the scanned root)"),
  regexes: stringList("regular expressions (linear-time engine) matched against the secret"),
  stopwords: stringList("a secret containing one of these words (case-insensitive) is dropped")
};
var RULES_FIELDS = {
  disable: stringList("built-in rule ids to turn off"),
  custom: {
    type: "array",
    description: "your own rules, in the format of rules/*.yaml (see rules/README.md)",
    items: {
      type: "object",
      additionalProperties: false,
      required: Object.entries(RULE_FIELDS).filter(([name, field]) => field.required && !OPTIONAL_IN_CUSTOM.has(name)).map(([name]) => name),
      properties: Object.fromEntries(Object.entries(RULE_FIELDS).map(([name, field]) => [name, field.schema]))
    }
  }
};
var POLICY = Object.fromEntries(
  Object.keys(DEFAULT_POLICY).map((name) => [name, { type: "integer", minimum: 0 }])
);
var TARGET_COMMON = {
  rules: stringList("rule id globs this target wants (default: all)"),
  tags: stringList("rule tags this target wants (any of them)"),
  minSeverity: { enum: SEVERITIES },
  allowInsecureHttp: { type: "boolean" },
  verification: {
    enum: VERIFICATION_FILTERS,
    description: "with --verify: which states this target receives (webhooks: live; githubRevoke: live-or-unknown)"
  }
};
var fieldsOf = (names, known) => Object.fromEntries(names.map((name) => [name, known[name] ?? {}]));
var CONFIG_FIELDS = {
  rules: { type: "object", additionalProperties: false, properties: RULES_FIELDS },
  allowlist: { type: "object", additionalProperties: false, properties: ALLOWLIST_FIELDS },
  maxFileSize: {
    description: "files and stdin larger than this are read in windows of this size (default 10MB)",
    oneOf: [
      { type: "integer", minimum: 1 },
      { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([iI]?[bB])?)?\\s*$" }
    ]
  },
  defaultIgnores: {
    type: "boolean",
    description: "skip node_modules, lockfiles, *.min.js, *.map (default true)"
  },
  minConfidence: {
    enum: MIN_CONFIDENCE_LEVELS,
    description: "report only findings at or above this confidence (default: medium for staged and diff, low otherwise; lowest: everything, test and fixture paths included)"
  },
  verify: {
    type: "boolean",
    description: "check each finding with its vendor, read-only, as --verify does (see docs/verification.md)"
  },
  baseline: {
    type: "string",
    minLength: 1,
    description: `accepted findings (a baseline file), relative to this config file and inside its directory; default: ${DEFAULT_BASELINE_FILE} beside it, when it exists`
  },
  rotation: {
    type: "object",
    additionalProperties: false,
    description: "rotation webhooks (see docs/rotation.md)",
    properties: {
      outbox: { type: "string", minLength: 1 },
      webhooks: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["url"],
          properties: fieldsOf(WEBHOOK_FIELDS, {
            ...POLICY,
            ...TARGET_COMMON,
            name: { type: "string", minLength: 1 },
            url: { type: "string", minLength: 1 },
            secretEnv: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
            includeSecret: { type: "boolean" }
          })
        }
      },
      githubRevoke: {
        oneOf: [
          { const: true },
          {
            type: "object",
            additionalProperties: false,
            properties: fieldsOf(GITHUB_FIELDS, {
              ...POLICY,
              ...TARGET_COMMON,
              enabled: { type: "boolean" },
              baseUrl: { type: "string", minLength: 1 }
            })
          }
        ]
      }
    }
  }
};

// src/config/config-file.ts
var defaultConfig = () => ({
  disabledRules: [],
  customRules: [],
  allowlist: emptyAllowlist(),
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  defaultIgnores: true,
  rotation: parseRotationConfig(void 0).rotation
});
var TOP_LEVEL_FIELDS = Object.keys(CONFIG_FIELDS);
function parseSize(value) {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  if (typeof value !== "string") return void 0;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(value);
  if (!match) return void 0;
  const unit = (match[2] ?? "b").toLowerCase()[0];
  const scale = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * scale);
}
function stringList2(value, path, problems) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    problems.push(`${path}: must be a list of strings`);
    return [];
  }
  return value;
}
function parseConfig(raw, file) {
  const config = { ...defaultConfig(), file };
  const problems = [];
  if (raw === null || raw === void 0) return { config, problems };
  if (typeof raw !== "object" || Array.isArray(raw)) return { config, problems: ["(root): must be a mapping"] };
  const doc = raw;
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL_FIELDS.includes(key))
      problems.push(`${key}: unknown field (expected one of ${TOP_LEVEL_FIELDS.join(", ")})`);
  }
  const rules = doc.rules;
  if (rules !== void 0) {
    if (typeof rules !== "object" || rules === null || Array.isArray(rules))
      problems.push("rules: must be a mapping with disable and/or custom");
    else {
      const section = rules;
      for (const key of Object.keys(section)) if (!(key in RULES_FIELDS)) problems.push(`rules.${key}: unknown field`);
      config.disabledRules = stringList2(section.disable, "rules.disable", problems);
      if (section.custom !== void 0) {
        if (!Array.isArray(section.custom)) problems.push("rules.custom: must be a list of rules");
        else
          section.custom.forEach((rule, index) => {
            const where = `rules.custom[${index}]`;
            const shape = validateRuleShape(withDefaults(rule), where, false);
            problems.push(...shape);
            if (shape.length === 0) {
              const definition = withDefaults(rule);
              const patternProblems = [
                checkUserRegex(
                  () => compileUserSecretPattern(rulePattern(definition), definition.flags ?? ""),
                  `${where}.pattern`
                ),
                ...(definition.allowlist?.regexes ?? []).map(
                  (source, i) => checkUserRegex(() => compileUserTextTest(source), `${where}.allowlist.regexes[${i}]`)
                )
              ].filter((problem) => problem !== void 0);
              problems.push(...patternProblems);
              if (patternProblems.length === 0) config.customRules.push(definition);
            }
          });
      }
    }
  }
  const allowlist = doc.allowlist;
  if (allowlist !== void 0) {
    if (typeof allowlist !== "object" || allowlist === null || Array.isArray(allowlist))
      problems.push("allowlist: must be a mapping");
    else {
      const section = allowlist;
      for (const key of Object.keys(section))
        if (!(key in ALLOWLIST_FIELDS)) problems.push(`allowlist.${key}: unknown field`);
      config.allowlist.paths = stringList2(section.paths, "allowlist.paths", problems);
      config.allowlist.stopwords = stringList2(section.stopwords, "allowlist.stopwords", problems).map(
        (s) => s.toLowerCase()
      );
      config.allowlist.regexes = stringList2(section.regexes, "allowlist.regexes", problems);
      config.allowlist.regexes.forEach((source, index) => {
        const problem = checkUserRegex(() => compileUserTextTest(source), `allowlist.regexes[${index}]`);
        if (problem) problems.push(problem);
      });
    }
  }
  if (doc.maxFileSize !== void 0) {
    const bytes = parseSize(doc.maxFileSize);
    if (bytes === void 0) problems.push(`maxFileSize: must be a size such as 10MB or a number of bytes`);
    else config.maxFileBytes = bytes;
  }
  if (doc.defaultIgnores !== void 0) {
    if (typeof doc.defaultIgnores !== "boolean") problems.push("defaultIgnores: must be true or false");
    else config.defaultIgnores = doc.defaultIgnores;
  }
  if (doc.verify !== void 0) {
    if (typeof doc.verify !== "boolean") problems.push("verify: must be true or false");
    else config.verify = doc.verify;
  }
  if (doc.minConfidence !== void 0) {
    const level = MIN_CONFIDENCE_LEVELS.find((l) => l === doc.minConfidence);
    if (level === void 0) problems.push(`minConfidence: must be one of ${MIN_CONFIDENCE_LEVELS.join(", ")}`);
    else config.minConfidence = level;
  }
  if (doc.baseline !== void 0) {
    const path = typeof doc.baseline === "string" ? posix.normalize(doc.baseline.replaceAll("\\", "/")) : "";
    if (!path || isAbsolute(path) || path === ".." || path.startsWith("../") || path === ".")
      problems.push("baseline: must be a file path relative to the config file, inside its directory");
    else config.baseline = path;
  }
  const rotation = parseRotationConfig(doc.rotation);
  config.rotation = rotation.rotation;
  problems.push(...rotation.problems);
  return { config, problems };
}
function checkUserRegex(compile, field) {
  try {
    compile();
    return void 0;
  } catch (error) {
    return `${field}: ${error.message}`;
  }
}
function withDefaults(rule) {
  if (rule === null || typeof rule !== "object" || Array.isArray(rule)) return rule;
  return { ...CUSTOM_RULE_DEFAULTS, ...rule };
}
function searchDirectories(start) {
  const dirs = [];
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (existsSync(join(dir, ".git"))) return dirs;
    if (dirname(dir) === dir) return [resolve(start)];
  }
}
var isRegularFile = (path) => {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
};
function findProjectFiles(start) {
  const dirs = searchDirectories(start);
  for (const dir of dirs) {
    const configFile = CONFIG_FILE_NAMES.map((name) => join(dir, name)).find(existsSync);
    if (configFile) {
      const baselineFile2 = join(dir, DEFAULT_BASELINE_FILE);
      return isRegularFile(baselineFile2) ? { configFile, baselineFile: baselineFile2 } : { configFile };
    }
  }
  const baselineFile = dirs.map((dir) => join(dir, DEFAULT_BASELINE_FILE)).find(isRegularFile);
  return baselineFile ? { baselineFile } : {};
}
async function loadConfig(root, explicitFile) {
  const found = explicitFile ? {} : findProjectFiles(root);
  const file = explicitFile ?? found.configFile;
  if (!file) return { ...defaultConfig(), baselineFile: found.baselineFile };
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(file, [`cannot read: ${error.message}`]);
  }
  const config = await parseConfigText(text, relative(root, file) || file);
  config.baselineFile = config.baseline ? resolve(dirname(file), config.baseline) : found.baselineFile;
  return config;
}
async function parseConfigText(text, file) {
  let raw;
  try {
    raw = await parseYaml(text);
  } catch (error) {
    throw new ConfigError(file, [`YAML does not parse: ${error.message}`]);
  }
  if (raw !== null && typeof raw === "object" && ("rules" in raw || "allowlist" in raw)) await loadUserPatternEngine();
  const { config, problems } = parseConfig(raw, file);
  if (problems.length > 0) throw new ConfigError(file, problems);
  return config;
}

export {
  defaultConfig,
  parseSize,
  parseConfig,
  findProjectFiles,
  loadConfig,
  parseConfigText
};
