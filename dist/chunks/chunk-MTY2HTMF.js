import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  DEFAULT_MAX_FILE_BYTES
} from "./chunk-ADEIAQO6.js";
import {
  MIN_CONFIDENCE_LEVELS
} from "./chunk-XUXT2HE2.js";
import {
  emptyAllowlist
} from "./chunk-IWXFU2FD.js";
import {
  compileUserSecretPattern,
  compileUserTextTest,
  loadUserPatternEngine,
  parseYaml
} from "./chunk-CIM4RUF6.js";
import {
  ConfigError
} from "./chunk-SBG2HJLT.js";
import {
  parseRotationConfig
} from "./chunk-ZQ4PNIUJ.js";
import {
  validateRuleShape
} from "./chunk-NOCH2ITF.js";

// src/config/config-file.ts
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
var defaultConfig = () => ({
  disabledRules: [],
  customRules: [],
  allowlist: emptyAllowlist(),
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  defaultIgnores: true,
  rotation: parseRotationConfig(void 0).rotation
});
var TOP_LEVEL_FIELDS = ["rules", "allowlist", "maxFileSize", "defaultIgnores", "minConfidence", "rotation"];
function parseSize(value) {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  if (typeof value !== "string") return void 0;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(value);
  if (!match) return void 0;
  const unit = (match[2] ?? "b").toLowerCase()[0];
  const scale = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * scale);
}
function stringList(value, path, problems) {
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
      for (const key of Object.keys(section))
        if (!["disable", "custom"].includes(key)) problems.push(`rules.${key}: unknown field`);
      config.disabledRules = stringList(section.disable, "rules.disable", problems);
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
                  () => compileUserSecretPattern(definition.pattern, definition.flags ?? ""),
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
        if (!["paths", "regexes", "stopwords"].includes(key)) problems.push(`allowlist.${key}: unknown field`);
      config.allowlist.paths = stringList(section.paths, "allowlist.paths", problems);
      config.allowlist.stopwords = stringList(section.stopwords, "allowlist.stopwords", problems).map(
        (s) => s.toLowerCase()
      );
      config.allowlist.regexes = stringList(section.regexes, "allowlist.regexes", problems);
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
  if (doc.minConfidence !== void 0) {
    const level = MIN_CONFIDENCE_LEVELS.find((l) => l === doc.minConfidence);
    if (level === void 0) problems.push(`minConfidence: must be one of ${MIN_CONFIDENCE_LEVELS.join(", ")}`);
    else config.minConfidence = level;
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
  return { vendor: "custom", severity: "high", confidence: "medium", ...rule };
}
async function loadConfig(root, explicitFile) {
  const file = explicitFile ?? CONFIG_FILE_NAMES.map((name) => join(root, name)).find((path) => existsSync(path));
  if (!file) return defaultConfig();
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(file, [`cannot read: ${error.message}`]);
  }
  return parseConfigText(text, relative(root, file) || file);
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
  loadConfig,
  parseConfigText
};
