import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/rules/assignment-context.ts
var ASSIGNED_NAME_PATTERN = /^(?:[a-z0-9_|?)-]|\(\?:|\\\.)+$/;
var caseFold = (name) => {
  let folded = "";
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === "\\") {
      folded += name.slice(i, i + 2);
      i++;
    } else folded += ch >= "a" && ch <= "z" ? `[${ch}${ch.toUpperCase()}]` : ch;
  }
  return folded;
};
var QUOTE = String.raw`["'\x60]|\\["']`;
var CREDENTIAL_WORD = `(?:${["api", "access", "auth", "client", "private", "personal", "secret", "key", "token", "pat"].map(caseFold).join("|")})`;
var TYPE_ANNOTATION = String.raw`(?:[ \t]{0,2}:?[ \t]{1,2}(?:[sS]tring|str))?`;
var OPERATOR = String.raw`(?::{1,3}=|=>|\|\|=|[?.]=|[=:(,>])`;
var LABEL = String.raw`(?:[ \t]{1,4}${CREDENTIAL_WORD}[\w.-]{0,8}){0,3}`;
var ASSIGNMENT = String.raw`[\w.-]{0,32}(?::[\w.-]{1,24})?${LABEL}(?:${QUOTE}|\]){0,2}${TYPE_ANNOTATION}(?:[ \t]{0,16}${OPERATOR}[ \t]{0,16}|[ \t]{1,4})`;
var GLUED = String.raw`[\w.-]{0,24}${CREDENTIAL_WORD}-`;
var AFTER_NAME = String.raw`(?:${ASSIGNMENT}|${GLUED})(?:${QUOTE}|\[|[bBrRfF]["']){0,2}`;
function rulePattern(definition) {
  const names = definition.assigned_to;
  if (names === void 0 || names.length === 0) return definition.pattern;
  return `(?:${names.map(caseFold).join("|")})${AFTER_NAME}${definition.pattern}`;
}

// src/rules/checksums.ts
var CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
  return c >>> 0;
});
function crc32(text) {
  let crc = 4294967295;
  for (const byte of Buffer.from(text, "utf8")) crc = CRC_TABLE[(crc ^ byte) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(value, width) {
  let out = "";
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, "0");
}
var prefixedCrc32 = (prefixes) => (token) => {
  const prefix = prefixes.find((p) => token.startsWith(p));
  if (prefix === void 0) return false;
  const body = token.slice(prefix.length);
  if (body.length !== 36 || !/^[A-Za-z0-9]{36}$/.test(body)) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
};
var CHECKSUM_VALIDATORS = {
  "github-crc32": prefixedCrc32(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]),
  "npm-crc32": prefixedCrc32(["npm_"])
};
var isKnownChecksum = (name) => Object.hasOwn(CHECKSUM_VALIDATORS, name);
function checksumFailure(name, token) {
  if (name === void 0) return void 0;
  const validator = CHECKSUM_VALIDATORS[name];
  if (validator === void 0) return `unknown checksum ${name}`;
  return validator(token) ? void 0 : `checksum ${name} failed`;
}

// src/rules/rule-definition.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
var CONFIDENCES = ["high", "medium", "low"];
var RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var isString = (v) => typeof v === "string" && v.length > 0 ? void 0 : "must be a non-empty string";
var isStringList = (v) => Array.isArray(v) && v.every((item) => typeof item === "string") ? void 0 : "must be a list of strings";
var isNonEmptyStringList = (v) => isStringList(v) ?? (v.length > 0 ? void 0 : "must have at least one entry");
var isBoolean = (v) => typeof v === "boolean" ? void 0 : "must be true or false";
var isNumber = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 ? void 0 : "must be a number >= 0";
var oneOf = (values) => (v) => typeof v === "string" && values.includes(v) ? void 0 : `must be one of ${values.join(", ")}`;
var STRING_LIST = { $ref: "#/definitions/stringList" };
var nonEmptyStringList = (description) => ({
  type: "array",
  minItems: 1,
  items: { type: "string" },
  description
});
var RULE_ID_SCHEMA = { type: "string", pattern: RULE_ID_PATTERN.source };
var MAX_PAIR_DISTANCE = 50;
var ALLOWLIST_KEYS = ["regexes", "stopwords", "paths"];
var RULE_FIELDS = {
  id: {
    required: true,
    check: (v) => isString(v) ?? (RULE_ID_PATTERN.test(v) ? void 0 : "must be kebab-case"),
    schema: { ...RULE_ID_SCHEMA, description: "kebab-case, unique across all files" }
  },
  title: { required: true, check: isString, schema: { type: "string", minLength: 1 } },
  vendor: { required: true, check: isString, schema: { type: "string", minLength: 1 } },
  severity: { required: true, check: oneOf(SEVERITIES), schema: { enum: SEVERITIES } },
  confidence: { required: false, check: oneOf(CONFIDENCES), schema: { enum: CONFIDENCES } },
  keywords: {
    required: true,
    check: (v) => isNonEmptyStringList(v) ?? (v.every((k) => k.length >= 3) ? void 0 : "every keyword must have at least 3 characters"),
    schema: {
      type: "array",
      minItems: 1,
      items: { type: "string", minLength: 3 },
      description: "case-insensitive prefilter literals; every example contains one"
    }
  },
  pattern: {
    required: true,
    check: isString,
    schema: {
      type: "string",
      minLength: 1,
      description: "JavaScript RegExp with a named group `secret`; bounded quantifiers only"
    }
  },
  assigned_to: {
    required: false,
    check: (v) => isNonEmptyStringList(v) ?? (v.every((name) => ASSIGNED_NAME_PATTERN.test(name)) ? void 0 : "names are lowercase letters, digits, _, -, \\., ?, | and (?: ) groups"),
    schema: {
      ...nonEmptyStringList(
        "names the value is assigned to (case-insensitive regex fragments); `pattern` is then only the value"
      ),
      items: { type: "string", pattern: ASSIGNED_NAME_PATTERN.source }
    }
  },
  flags: {
    required: false,
    check: (v) => v === "" || v === "i" ? void 0 : "may only be 'i'",
    schema: { enum: ["", "i"] }
  },
  multiline: { required: false, check: isBoolean, schema: { type: "boolean" } },
  min_entropy: { required: false, check: isNumber, schema: { type: "number", minimum: 0 } },
  checksum: {
    required: false,
    check: (v) => isString(v) ?? (isKnownChecksum(v) ? void 0 : `unknown checksum '${String(v)}'; known: ${Object.keys(CHECKSUM_VALIDATORS).join(", ")}`),
    schema: { enum: Object.keys(CHECKSUM_VALIDATORS), description: "name of a built-in offline validator" }
  },
  pair: {
    required: false,
    check: checkPair,
    schema: {
      type: "object",
      additionalProperties: false,
      required: ["rule"],
      properties: { rule: RULE_ID_SCHEMA, within_lines: { type: "integer", minimum: 0, maximum: MAX_PAIR_DISTANCE } }
    }
  },
  standalone: { required: false, check: isBoolean, schema: { type: "boolean" } },
  allowlist: {
    required: false,
    check: checkAllowlist,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(ALLOWLIST_KEYS.map((key) => [key, STRING_LIST]))
    }
  },
  // `rules check` also requires http(s) URLs for the built-in rules; custom rules may cite anything.
  references: {
    required: true,
    check: isNonEmptyStringList,
    schema: nonEmptyStringList("URLs of the vendor's documentation of the format")
  },
  rotation: {
    required: false,
    check: (v) => v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).every((k) => k === "guide") && typeof v.guide === "string" ? void 0 : "must be { guide: <URL> }",
    schema: {
      type: "object",
      additionalProperties: false,
      required: ["guide"],
      properties: { guide: { type: "string" } }
    }
  },
  tags: { required: false, check: isStringList, schema: STRING_LIST },
  examples: { required: true, check: isNonEmptyStringList, schema: nonEmptyStringList() },
  negative_examples: { required: true, check: isNonEmptyStringList, schema: nonEmptyStringList() }
};
function checkPair(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return "must be { rule: <rule id>, within_lines: <n> }";
  const pair = value;
  for (const key of Object.keys(pair)) if (key !== "rule" && key !== "within_lines") return `unknown field '${key}'`;
  if (typeof pair.rule !== "string" || !RULE_ID_PATTERN.test(pair.rule)) return "rule must be a rule id";
  if (pair.within_lines !== void 0 && !(Number.isInteger(pair.within_lines) && pair.within_lines >= 0 && pair.within_lines <= MAX_PAIR_DISTANCE)) {
    return `within_lines must be an integer from 0 to ${MAX_PAIR_DISTANCE}`;
  }
  return void 0;
}
function checkAllowlist(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "must be an object";
  for (const [key, list] of Object.entries(value)) {
    if (!ALLOWLIST_KEYS.includes(key)) return `unknown field '${key}'`;
    const problem = isStringList(list);
    if (problem) return `${key} ${problem}`;
  }
  return void 0;
}
function validateRuleShape(raw, where, requireExamples = true) {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return [`${where}: must be an object`];
  const record = raw;
  const problems = [];
  for (const [name, field] of Object.entries(RULE_FIELDS)) {
    const value = record[name];
    const optional = !field.required || !requireExamples && (name === "examples" || name === "negative_examples" || name === "references");
    if (value === void 0) {
      if (!optional) problems.push(`${where}.${name}: is required`);
      continue;
    }
    const problem = field.check(value);
    if (problem) problems.push(`${where}.${name}: ${problem}`);
  }
  for (const name of Object.keys(record)) {
    if (!(name in RULE_FIELDS)) problems.push(`${where}.${name}: unknown field`);
  }
  return problems;
}

export {
  rulePattern,
  isKnownChecksum,
  checksumFailure,
  SEVERITIES,
  CONFIDENCES,
  RULE_FIELDS,
  validateRuleShape
};
