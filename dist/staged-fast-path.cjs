const __leakscanModuleUrl = require('node:url').pathToFileURL(__filename).href; const __leakscanDynamicImport = typeof __leakscanImport === 'function' ? __leakscanImport : (specifier) => import(specifier);
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/rules/package-root.ts
function packageRoot() {
  let dir = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(__leakscanModuleUrl));
  for (; ; ) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "package.json")) && (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "rules"))) return dir;
    const parent = (0, import_node_path.dirname)(dir);
    if (parent === dir) throw new Error("cannot find the leakscan package root (rules/ directory)");
    dir = parent;
  }
}
var import_node_fs, import_node_path, import_node_url;
var init_package_root = __esm({
  "src/rules/package-root.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    import_node_url = require("node:url");
  }
});

// src/output/exit-codes.ts
function toolVersion() {
  try {
    return JSON.parse((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(packageRoot(), "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}
var import_node_fs2, import_node_path2, EXIT_CLEAN, EXIT_LEAKS, EXIT_ERROR;
var init_exit_codes = __esm({
  "src/output/exit-codes.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path2 = require("node:path");
    init_package_root();
    EXIT_CLEAN = 0;
    EXIT_LEAKS = 1;
    EXIT_ERROR = 2;
  }
});

// src/errors.ts
function describeError(error) {
  if (error instanceof LeakscanError) {
    const where = [error.context.file, error.context.commit, error.context.ruleId].filter(Boolean).join(", ");
    return where && !error.message.includes(where) ? `${error.message} (${where})` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
var LeakscanError, UsageError, ConfigError, RuleError, SourceError, OutputError, InternalError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    LeakscanError = class extends Error {
      context;
      constructor(message, context = {}, options) {
        super(message, options);
        this.name = new.target.name;
        this.context = context;
      }
    };
    UsageError = class extends LeakscanError {
    };
    ConfigError = class extends LeakscanError {
      problems;
      constructor(file, problems) {
        super(`invalid config ${file}:
  ${problems.join("\n  ")}`, { file });
        this.problems = problems;
      }
    };
    RuleError = class extends LeakscanError {
    };
    SourceError = class extends LeakscanError {
    };
    OutputError = class extends LeakscanError {
    };
    InternalError = class extends LeakscanError {
    };
  }
});

// src/findings/secret.ts
function redactSecret(secret) {
  const visible = secret.length >= 20 ? 4 : secret.length >= 12 ? 2 : 0;
  return `${secret.slice(0, visible)}${"*".repeat(8)}`;
}
function hashSecret(secret) {
  return (0, import_node_crypto.createHash)("sha256").update(secret, "utf8").digest("hex");
}
function fingerprintOf(ruleId, path, secret) {
  return `${ruleId}:${path}:${hashSecret(secret).slice(0, 16)}`;
}
var import_node_crypto, INSPECT, Secret;
var init_secret = __esm({
  "src/findings/secret.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    INSPECT = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
    Secret = class {
      #raw;
      constructor(raw) {
        this.#raw = raw;
      }
      reveal() {
        return this.#raw;
      }
      get redacted() {
        return redactSecret(this.#raw);
      }
      /** The raw value with --show-secrets, else the redacted one. */
      shown(showSecrets) {
        return showSecrets ? this.#raw : this.redacted;
      }
      toString() {
        return this.redacted;
      }
      toJSON() {
        return this.redacted;
      }
      [INSPECT]() {
        return `Secret(${this.redacted})`;
      }
    };
  }
});

// src/findings/known-secrets.ts
function knownSecretValues(findings) {
  const values = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    for (const half of [finding.secret, finding.pairedWith?.secret]) {
      if (!half) continue;
      const raw = half.reveal();
      values.add(raw);
      if (raw.includes("\n")) {
        for (const line of raw.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET_LINE) values.add(line.trim());
      }
    }
  }
  return [...values];
}
function knownSecretRedactor(findings) {
  const values = knownSecretValues(findings).sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  const pattern = new RegExp(values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  return (text) => text.replace(pattern, (match) => redactSecret(match));
}
function redactStrings(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact));
  if (value === null || typeof value !== "object" || value instanceof Secret) return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      OWN_FIELDS.has(key) ? item : key === "fingerprint" && typeof item === "string" ? redactFingerprintPath(item, redact) : redactStrings(item, redact)
    ])
  );
}
function redactFingerprintPath(fingerprint, redact) {
  const first = fingerprint.indexOf(":");
  const last = fingerprint.lastIndexOf(":");
  if (first < 0 || last <= first) return redact(fingerprint);
  return `${fingerprint.slice(0, first + 1)}${redact(fingerprint.slice(first + 1, last))}${fingerprint.slice(last)}`;
}
var MIN_SECRET_LINE, OWN_FIELDS;
var init_known_secrets = __esm({
  "src/findings/known-secrets.ts"() {
    "use strict";
    init_secret();
    MIN_SECRET_LINE = 8;
    OWN_FIELDS = /* @__PURE__ */ new Set([
      "ruleId",
      "filter",
      "title",
      "vendor",
      "severity",
      "confidence",
      "rotationGuide",
      "references"
    ]);
  }
});

// src/rules/assignment-context.ts
function rulePattern(definition) {
  const names = definition.assigned_to;
  if (names === void 0 || names.length === 0) return definition.pattern;
  return `(?:${names.map(caseFold).join("|")})${AFTER_NAME}${definition.pattern}`;
}
var ASSIGNED_NAME_PATTERN, caseFold, QUOTE, CREDENTIAL_WORD, TYPE_ANNOTATION, OPERATOR, LABEL, ASSIGNMENT, GLUED, AFTER_NAME;
var init_assignment_context = __esm({
  "src/rules/assignment-context.ts"() {
    "use strict";
    ASSIGNED_NAME_PATTERN = /^(?:[a-z0-9_|?)-]|\(\?:|\\\.)+$/;
    caseFold = (name) => {
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
    QUOTE = String.raw`["'\x60]|\\["']`;
    CREDENTIAL_WORD = `(?:${["api", "access", "auth", "client", "private", "personal", "secret", "key", "token", "pat"].map(caseFold).join("|")})`;
    TYPE_ANNOTATION = String.raw`(?:[ \t]{0,2}:?[ \t]{1,2}(?:[sS]tring|str))?`;
    OPERATOR = String.raw`(?::{1,3}=|=>|\|\|=|[?.]=|[=:(,>])`;
    LABEL = String.raw`(?:[ \t]{1,4}${CREDENTIAL_WORD}[\w.-]{0,8}){0,3}`;
    ASSIGNMENT = String.raw`[\w.-]{0,32}(?::[\w.-]{1,24})?${LABEL}(?:${QUOTE}|\]){0,2}${TYPE_ANNOTATION}(?:[ \t]{0,16}${OPERATOR}[ \t]{0,16}|[ \t]{1,4})`;
    GLUED = String.raw`[\w.-]{0,24}${CREDENTIAL_WORD}-`;
    AFTER_NAME = String.raw`(?:${ASSIGNMENT}|${GLUED})(?:${QUOTE}|\[|[bBrRfF]["']){0,2}`;
  }
});

// src/rules/checksums.ts
function crc32(text) {
  let crc = 4294967295;
  for (const byte of Buffer.from(text, "utf8")) crc = CRC_TABLE[(crc ^ byte) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
function base62(value, width) {
  let out = "";
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, "0");
}
function checksumFailure(name, token) {
  if (name === void 0) return void 0;
  const validator = CHECKSUM_VALIDATORS[name];
  if (validator === void 0) return `unknown checksum ${name}`;
  return validator(token) ? void 0 : `checksum ${name} failed`;
}
var CRC_TABLE, BASE62, prefixedCrc32, CHECKSUM_VALIDATORS, isKnownChecksum;
var init_checksums = __esm({
  "src/rules/checksums.ts"() {
    "use strict";
    CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      return c >>> 0;
    });
    BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    prefixedCrc32 = (prefixes) => (token) => {
      const prefix = prefixes.find((p) => token.startsWith(p));
      if (prefix === void 0) return false;
      const body = token.slice(prefix.length);
      if (body.length !== 36 || !/^[A-Za-z0-9]{36}$/.test(body)) return false;
      return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
    };
    CHECKSUM_VALIDATORS = {
      "github-crc32": prefixedCrc32(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]),
      "npm-crc32": prefixedCrc32(["npm_"])
    };
    isKnownChecksum = (name) => Object.hasOwn(CHECKSUM_VALIDATORS, name);
  }
});

// src/rules/pattern-safety.ts
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
var OPEN_QUANTIFIER;
var init_pattern_safety = __esm({
  "src/rules/pattern-safety.ts"() {
    "use strict";
    OPEN_QUANTIFIER = /\{(\d+),\}/y;
  }
});

// src/rules/text-pattern.ts
function builtinSecretPattern(pattern, flags) {
  let compiled;
  return {
    source: pattern,
    forEachSecret(text, visit) {
      compiled ??= new RegExp(pattern, `${flags}gd`);
      const regex = compiled;
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
        if (match[0].length === 0) regex.lastIndex++;
        const span = match.indices?.groups?.secret;
        if (span) visit(span[0], span[1]);
      }
    }
  };
}
function findUnsupportedSyntax(source) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\" && inClass) {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      continue;
    }
    if (ch !== "\\" && ch !== "(") continue;
    const rest = source.slice(i, i + 4);
    for (const [syntax, problem] of UNSUPPORTED) if (syntax.test(rest)) return `${problem} at offset ${i}`;
    if (ch === "\\") i++;
  }
  return void 0;
}
async function loadUserPatternEngine() {
  engine ??= await __leakscanDynamicImport("./chunks/build-GC3BFMWV.js");
}
function re2js() {
  if (!engine) throw new InternalError("a config regex was compiled before loadUserPatternEngine()");
  return engine;
}
function compileLinear(source, flags) {
  const unsupported = findUnsupportedSyntax(source);
  if (unsupported) throw new UserPatternError(`${unsupported}: ${ENGINE_NOTE}`);
  const { RE2JS } = re2js();
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source), flags.includes("i") ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    throw new UserPatternError(
      `does not compile: ${error.message.replace(/^error parsing regexp: /, "")} (${ENGINE_NOTE})`
    );
  }
}
function builtinTextTest(source) {
  let compiled;
  return {
    source,
    test(text) {
      compiled ??= new RegExp(source);
      return compiled.test(text);
    }
  };
}
function compileUserTextTest(source) {
  const compiled = compileLinear(source, "");
  return { source, test: (text) => compiled.test(text) };
}
function compileUserSecretPattern(source, flags) {
  const compiled = compileLinear(source, flags);
  if (!("secret" in compiled.namedGroups())) throw new UserPatternError("has no named group 'secret'");
  return {
    source,
    forEachSecret(text, visit) {
      if (!compiled.test(text)) return;
      const matcher = compiled.matcher(text);
      while (matcher.find()) {
        const start = matcher.start("secret");
        if (start >= 0) visit(start, matcher.end("secret"));
      }
    }
  };
}
var UserPatternError, UNSUPPORTED, ENGINE_NOTE, engine;
var init_text_pattern = __esm({
  "src/rules/text-pattern.ts"() {
    "use strict";
    init_errors();
    UserPatternError = class extends Error {
    };
    UNSUPPORTED = [
      [/^\\[1-9]/, "backreferences (\\1) are not supported"],
      [/^\\k</, "named backreferences (\\k<name>) are not supported"],
      [/^\(\?<[=!]/, "lookbehind ((?<= \u2026), (?<! \u2026)) is not supported"],
      [/^\(\?[=!]/, "lookahead ((?= \u2026), (?! \u2026)) is not supported"]
    ];
    ENGINE_NOTE = "config regexes run on a linear-time engine (RE2 syntax)";
  }
});

// src/rules/compile-rule.ts
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
var DEFAULT_PAIR_LINES;
var init_compile_rule = __esm({
  "src/rules/compile-rule.ts"() {
    "use strict";
    init_assignment_context();
    init_checksums();
    init_errors();
    init_pattern_safety();
    init_text_pattern();
    DEFAULT_PAIR_LINES = 5;
  }
});

// src/rules/rule-definition.ts
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
    const optional2 = !field.required || !requireExamples && (name === "examples" || name === "negative_examples" || name === "references");
    if (value === void 0) {
      if (!optional2) problems.push(`${where}.${name}: is required`);
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
var SEVERITIES, CONFIDENCES, RULE_ID_PATTERN, isString, isStringList, isNonEmptyStringList, isBoolean, isNumber, oneOf, STRING_LIST, nonEmptyStringList, RULE_ID_SCHEMA, MAX_PAIR_DISTANCE, ALLOWLIST_KEYS, RULE_FIELDS;
var init_rule_definition = __esm({
  "src/rules/rule-definition.ts"() {
    "use strict";
    init_assignment_context();
    init_checksums();
    SEVERITIES = ["critical", "high", "medium", "low"];
    CONFIDENCES = ["high", "medium", "low"];
    RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    isString = (v) => typeof v === "string" && v.length > 0 ? void 0 : "must be a non-empty string";
    isStringList = (v) => Array.isArray(v) && v.every((item) => typeof item === "string") ? void 0 : "must be a list of strings";
    isNonEmptyStringList = (v) => isStringList(v) ?? (v.length > 0 ? void 0 : "must have at least one entry");
    isBoolean = (v) => typeof v === "boolean" ? void 0 : "must be true or false";
    isNumber = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 ? void 0 : "must be a number >= 0";
    oneOf = (values) => (v) => typeof v === "string" && values.includes(v) ? void 0 : `must be one of ${values.join(", ")}`;
    STRING_LIST = { $ref: "#/definitions/stringList" };
    nonEmptyStringList = (description) => ({
      type: "array",
      minItems: 1,
      items: { type: "string" },
      description
    });
    RULE_ID_SCHEMA = { type: "string", pattern: RULE_ID_PATTERN.source };
    MAX_PAIR_DISTANCE = 50;
    ALLOWLIST_KEYS = ["regexes", "stopwords", "paths"];
    RULE_FIELDS = {
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
  }
});

// src/config/parse-yaml.ts
async function parseYaml(text) {
  const yaml = await __leakscanDynamicImport("./chunks/dist-AZIM5WCA.js");
  const parse = yaml.parse ?? yaml.default?.parse;
  if (!parse) throw new Error("the yaml package has no parse()");
  return parse(text);
}
var init_parse_yaml = __esm({
  "src/config/parse-yaml.ts"() {
    "use strict";
  }
});

// src/rules/yaml-lists.ts
async function readYamlLists(dir, label, what) {
  const files = [];
  const problems = [];
  const names = (0, import_node_fs3.readdirSync)(dir).filter((name) => name.endsWith(".yaml") || name.endsWith(".yml")).sort();
  for (const name of names) {
    const file = `${label}/${name}`;
    let parsed;
    try {
      parsed = await parseYaml((0, import_node_fs3.readFileSync)((0, import_node_path3.join)(dir, name), "utf8"));
    } catch (error) {
      problems.push(`${file}: YAML does not parse: ${error.message}`);
      continue;
    }
    if (!Array.isArray(parsed)) {
      problems.push(`${file}: must be a YAML list of ${what}`);
      continue;
    }
    const entries = parsed.map((raw, index) => {
      const id = raw?.id;
      return { file, where: `${file}#${typeof id === "string" ? id : `[${index}]`}`, raw };
    });
    files.push({ file, entries });
  }
  return { files, problems };
}
var import_node_fs3, import_node_path3;
var init_yaml_lists = __esm({
  "src/rules/yaml-lists.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path3 = require("node:path");
    init_parse_yaml();
  }
});

// src/rules/load-rules.ts
function builtinRulesDir() {
  return (0, import_node_path4.join)(packageRoot(), "rules");
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
  const compiled = (0, import_node_path4.join)(packageRoot(), COMPILED_RULES_FILE);
  if ((0, import_node_fs4.existsSync)(compiled)) return JSON.parse((0, import_node_fs4.readFileSync)(compiled, "utf8"));
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
  const path = (0, import_node_path4.join)(packageRoot(), KEYWORD_TABLE_FILE);
  if (!(0, import_node_fs4.existsSync)(path)) return void 0;
  const { ruleIds, ...table } = JSON.parse((0, import_node_fs4.readFileSync)(path, "utf8"));
  if (ruleIds.length !== rules.length || ruleIds.some((id, index) => rules[index]?.id !== id)) return void 0;
  return table;
}
var import_node_fs4, import_node_path4, COMPILED_RULES_FILE, KEYWORD_TABLE_FILE;
var init_load_rules = __esm({
  "src/rules/load-rules.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path4 = require("node:path");
    init_errors();
    init_compile_rule();
    init_package_root();
    init_rule_definition();
    init_yaml_lists();
    COMPILED_RULES_FILE = "dist/rules.json";
    KEYWORD_TABLE_FILE = "dist/keyword-table.json";
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports2) {
    "use strict";
    exports2.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports2.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports2.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports2.isInteger(min) || !exports2.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports2.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports2.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports2.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports2.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports2.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    module2.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports2, module2) {
    "use strict";
    var isNumber2 = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber2(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber2(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey2 = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey2)) {
        return toRegexRange.cache[cacheKey2].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey2] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module2.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports2, module2) {
    "use strict";
    var util = require("util");
    var toRegexRange = require_to_regex_range();
    var isObject2 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber2 = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber2(start) && start.length > 1 || !isNumber2(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject2(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber2(step)) {
        if (step != null && !isObject2(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber2(start) && isNumber2(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module2.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module2.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module2.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module2.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module2.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var path = require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var path = require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports2.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants2 = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants2.globChars(win32);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var path = require("path");
    var scan2 = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants2 = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix2 = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan2(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants2;
    module2.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports2, module2) {
    "use strict";
    var util = require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch3 = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches2 = result.filter((item) => !omit.has(item));
      if (options && matches2.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches2;
    };
    micromatch3.match = micromatch3;
    micromatch3.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch3.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch3.any = micromatch3.isMatch;
    micromatch3.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches2 = new Set(micromatch3(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches2.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch3.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch3.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch3.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch3.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch3(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch3.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch3.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch3.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch3.capture = (glob, input, options) => {
      let posix2 = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix2 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch3.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch3.scan = (...args) => picomatch.scan(...args);
    micromatch3.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch3.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch3.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch3.braces(pattern, { ...options, expand: true });
    };
    micromatch3.hasBraces = hasBraces;
    module2.exports = micromatch3;
  }
});

// src/sources/glob-matcher.ts
function globMatcher(globs) {
  if (globs.length === 0) return () => false;
  let matchers;
  return (path) => {
    matchers ??= globs.map((glob) => import_micromatch.default.matcher(glob, { dot: true }));
    return matchers.some((matches2) => matches2(path));
  };
}
var import_micromatch;
var init_glob_matcher = __esm({
  "src/sources/glob-matcher.ts"() {
    "use strict";
    import_micromatch = __toESM(require_micromatch(), 1);
  }
});

// src/detect/keyword-trie.ts
function buildKeywordTrie(keywords) {
  const symbolOf = new Uint8Array(128);
  let symbols = 1;
  for (const keyword of keywords) {
    for (let i = 0; i < keyword.length; i++) {
      const code = FOLD[keyword.charCodeAt(i)];
      if (symbolOf[code] === 0) symbolOf[code] = symbols++;
    }
  }
  const symbolBits = Math.max(1, Math.ceil(Math.log2(symbols)));
  const width = 1 << symbolBits;
  const keyMask = (1 << 3 * symbolBits) - 1;
  const symbolAt = new Uint8Array(65536);
  for (let code = 0; code < 128; code++) symbolAt[code] = symbolOf[FOLD[code]];
  const nodes = distinctPrefixCount(keywords) + 1;
  const next = new Int32Array(nodes * width);
  const terminals = new Int32Array(nodes).fill(-1);
  const trigrams = new Uint8Array((keyMask >> 3) + 1);
  let nodeCount = 1;
  keywords.forEach((keyword, id) => {
    let node = 0;
    let key = 0;
    for (let i = 0; i < keyword.length; i++) {
      const symbol = symbolOf[FOLD[keyword.charCodeAt(i)]];
      if (i < 3) key = key << symbolBits | symbol;
      const slot = node * width + symbol;
      if (next[slot] === 0) next[slot] = nodeCount++;
      node = next[slot];
    }
    if (terminals[node] < 0) terminals[node] = id;
    trigrams[key >> 3] = trigrams[key >> 3] | 1 << (key & 7);
  });
  const lowMask = width - 1;
  return {
    scan(text, onHit) {
      const length = text.length;
      if (length < 3) return;
      let key = symbolAt[text.charCodeAt(0)] << symbolBits | symbolAt[text.charCodeAt(1)];
      for (let start = 0; start + 2 < length; start++) {
        key = (key << symbolBits | symbolAt[text.charCodeAt(start + 2)]) & keyMask;
        if ((trigrams[key >> 3] >> (key & 7) & 1) === 0) continue;
        let node = next[key >> 2 * symbolBits];
        node = next[node * width + (key >> symbolBits & lowMask)];
        node = next[node * width + (key & lowMask)];
        let longest = -1;
        for (let i = start + 3; node !== 0; i++) {
          const id = terminals[node];
          if (id >= 0) longest = id;
          if (i >= length) break;
          const symbol = symbolAt[text.charCodeAt(i)];
          if (symbol === 0) break;
          node = next[node * width + symbol];
        }
        if (longest >= 0) onHit(longest, start);
      }
    }
  };
}
function distinctPrefixCount(keywords) {
  const sorted = [...keywords].sort();
  let count = 0;
  let previous = "";
  for (const keyword of sorted) {
    let shared = 0;
    while (shared < keyword.length && shared < previous.length && keyword.charCodeAt(shared) === previous.charCodeAt(shared))
      shared++;
    count += keyword.length - shared;
    previous = keyword;
  }
  return count;
}
var FOLD, trieCanMatch;
var init_keyword_trie = __esm({
  "src/detect/keyword-trie.ts"() {
    "use strict";
    FOLD = new Uint8Array(65536);
    for (let code = 1; code < 128; code++) FOLD[code] = code >= 65 && code <= 90 ? code + 32 : code;
    trieCanMatch = (keyword) => /^[\x01-\x7f]{3,}$/.test(keyword);
  }
});

// src/detect/keyword-index.ts
function usePrebuiltKeywordTable(rules, table) {
  prebuiltTables.set(rules, table);
}
function keywordTable(rules) {
  const rulesByKeyword = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    for (const keyword of new Set(rule.keywords)) {
      const list = rulesByKeyword.get(keyword) ?? [];
      list.push(rule);
      rulesByKeyword.set(keyword, list);
    }
  }
  addRulesOfPrefixKeywords(rulesByKeyword);
  const keywords = [...rulesByKeyword.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(rules.map((rule, index) => [rule, index]));
  return {
    keywords,
    rulesOf: keywords.map((keyword) => (rulesByKeyword.get(keyword) ?? []).map((rule) => position.get(rule)))
  };
}
function buildKeywordIndex(rules, engine2 = "auto") {
  const { keywords, rulesOf } = prebuiltTables.get(rules) ?? keywordTable(rules);
  if (keywords.length === 0) return { findHits: () => /* @__PURE__ */ new Map() };
  const rulesById = rulesOf.map((indices) => indices.map((index) => rules[index]));
  if (engine2 === "auto" && keywords.every(trieCanMatch)) return trieIndex(keywords, rulesById);
  return regexIndex(keywords, rulesById);
}
function trieIndex(keywords, rulesById) {
  const trie = buildKeywordTrie(keywords);
  return {
    findHits(text) {
      const hits = /* @__PURE__ */ new Map();
      trie.scan(text, (id, start) => {
        for (const rule of rulesById[id]) {
          const offsets = hits.get(rule);
          if (offsets) offsets.push(start);
          else hits.set(rule, [start]);
        }
      });
      return hits;
    }
  };
}
function regexIndex(keywords, rulesById) {
  const rulesByKeyword = new Map(keywords.map((keyword, id) => [keyword, rulesById[id]]));
  const combined = new RegExp(keywords.map(escapeRegex).join("|"), "gi");
  return {
    findHits(text) {
      const hits = /* @__PURE__ */ new Map();
      combined.lastIndex = 0;
      for (let match = combined.exec(text); match !== null; match = combined.exec(text)) {
        const keyword = match[0].toLowerCase();
        for (const rule of rulesByKeyword.get(keyword) ?? []) {
          const offsets = hits.get(rule);
          if (offsets) offsets.push(match.index);
          else hits.set(rule, [match.index]);
        }
        combined.lastIndex = match.index + 1;
      }
      return hits;
    }
  };
}
function addRulesOfPrefixKeywords(rulesByKeyword) {
  const original = new Map(
    [...rulesByKeyword].map(([keyword, rules], order) => [keyword, { order, rules: [...rules] }])
  );
  for (const [keyword, rules] of rulesByKeyword) {
    const prefixes = [];
    for (let length = 1; length < keyword.length; length++) {
      const prefix = original.get(keyword.slice(0, length));
      if (prefix) prefixes.push(prefix);
    }
    prefixes.sort((a, b) => a.order - b.order);
    for (const prefix of prefixes) for (const rule of prefix.rules) if (!rules.includes(rule)) rules.push(rule);
  }
}
var escapeRegex, prebuiltTables;
var init_keyword_index = __esm({
  "src/detect/keyword-index.ts"() {
    "use strict";
    init_keyword_trie();
    escapeRegex = (literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    prebuiltTables = /* @__PURE__ */ new WeakMap();
  }
});

// src/detect/line-map.ts
function originLine(fragment, index) {
  return fragment.lineNumbers?.[index] ?? fragment.startLine + index;
}
var LineMap;
var init_line_map = __esm({
  "src/detect/line-map.ts"() {
    "use strict";
    LineMap = class {
      constructor(text) {
        this.text = text;
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
      }
      text;
      starts = [0];
      /** 0-based index of the line holding `offset`. */
      lineIndexAt(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (this.starts[mid] <= offset) low = mid;
          else high = mid - 1;
        }
        return low;
      }
      lineStart(index) {
        return this.starts[index] ?? this.text.length;
      }
      /** End of the line's content, before `\r\n` or `\n`. */
      lineEnd(index) {
        const next = this.starts[index + 1];
        if (next === void 0) return this.text.length;
        return this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
      }
      lineText(index) {
        return this.text.slice(this.lineStart(index), this.lineEnd(index));
      }
    };
  }
});

// src/detect/match-rule.ts
function matchRule(rule, text, lines, hitOffsets) {
  const candidates = [];
  const seenStarts = /* @__PURE__ */ new Set();
  const visitedLines = /* @__PURE__ */ new Set();
  let windowFrom = -1;
  let windowTo = -1;
  const search = (from, to) => {
    const slice = text.slice(from, to);
    rule.pattern.forEachSecret(slice, (spanStart, spanEnd) => {
      const captured = slice.slice(spanStart, spanEnd);
      const secret = captured.trimStart();
      if (secret.length === 0) return;
      const start = from + spanStart + (captured.length - secret.length);
      if (seenStarts.has(start)) return;
      seenStarts.add(start);
      candidates.push({ rule, secret, start, end: from + spanEnd });
    });
  };
  if (rule.multiline) {
    for (const [from, to] of multilineRegions(text, lines, hitOffsets)) search(from, to);
    return candidates;
  }
  for (const hit of hitOffsets) {
    const lineIndex = lines.lineIndexAt(hit);
    const lineStart = lines.lineStart(lineIndex);
    const lineEnd = lines.lineEnd(lineIndex);
    if (lineEnd - lineStart <= LONG_LINE_CHARS) {
      if (visitedLines.has(lineIndex)) continue;
      visitedLines.add(lineIndex);
      search(lineStart, lineEnd);
      continue;
    }
    if (hit - 256 >= windowFrom && hit + 512 <= windowTo) continue;
    windowFrom = Math.max(lineStart, hit - WINDOW_CHARS);
    windowTo = Math.min(lineEnd, hit + WINDOW_CHARS);
    search(windowFrom, windowTo);
  }
  return candidates;
}
function multilineRegions(text, lines, hitOffsets) {
  const regions = [];
  for (const hit of hitOffsets) {
    const lineStart = lines.lineStart(lines.lineIndexAt(hit));
    const from = Math.max(lineStart, hit - WINDOW_CHARS);
    const to = Math.min(text.length, hit + MULTILINE_WINDOW_CHARS);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}
var LONG_LINE_CHARS, WINDOW_CHARS, MULTILINE_WINDOW_CHARS;
var init_match_rule = __esm({
  "src/detect/match-rule.ts"() {
    "use strict";
    LONG_LINE_CHARS = 4096;
    WINDOW_CHARS = 1024;
    MULTILINE_WINDOW_CHARS = 16384;
  }
});

// src/detect/encoded-values.ts
function printableShare(text) {
  if (text.length === 0) return 0;
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code < 127 || code === 9 || code === 10 || code === 13) printable++;
  }
  return printable / text.length;
}
function decodeBase64(run) {
  const body = run.replace(/=+$/, "");
  if (body.length % 4 === 1) return void 0;
  if (body.length > 64 && !looksLikeText(Buffer.from(body.slice(0, 32), "base64").toString("latin1"))) return void 0;
  const text = Buffer.from(body, /[-_]/.test(body) ? "base64url" : "base64").toString("latin1");
  return looksLikeText(text) ? Buffer.from(text, "latin1").toString("utf8") : void 0;
}
function decodeHex(run) {
  if (run.length % 2 !== 0) return void 0;
  const text = Buffer.from(run, "hex").toString("latin1");
  return looksLikeText(text) ? text : void 0;
}
function decodePercent(run) {
  try {
    const text = decodeURIComponent(run.replace(/\+/g, " "));
    return text !== run && looksLikeText(text) ? text : void 0;
  } catch {
    return void 0;
  }
}
function* percentRuns(text) {
  if (!text.includes("%")) return;
  const escapes = new RegExp(PERCENT_ESCAPE.source, "g");
  let coveredTo = -1;
  for (let match = escapes.exec(text); match !== null; match = escapes.exec(text)) {
    if (match.index < coveredTo) continue;
    let start = match.index;
    while (start > 0 && match.index - start < 256 && isUrlTokenChar(text.charCodeAt(start - 1))) start--;
    let end = match.index;
    while (end < text.length && end - start < 4096 && isUrlTokenChar(text.charCodeAt(end))) end++;
    coveredTo = end;
    const run = text.slice(start, end);
    if ((run.match(PERCENT_ESCAPE) ?? []).length >= 2) yield { index: start, run };
  }
}
function isUrlTokenChar(code) {
  let known = urlTokenCache[code];
  if (known === 0) {
    known = URL_TOKEN_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    urlTokenCache[code] = known;
  }
  return known === 1;
}
function longRuns(text, bits, width, onRun) {
  const length = text.length;
  let last = width - 1;
  while (last < length) {
    const first = last - width + 1;
    let i = last;
    while (i >= first && classAt(text, i) & bits) i--;
    if (i >= first) {
      last = i + width;
      continue;
    }
    let start = first;
    while (start > 0 && classAt(text, start - 1) & bits) start--;
    let end = last + 1;
    while (end < length && classAt(text, end) & bits) end++;
    onRun(start, end);
    last = end + width;
  }
}
function base64Runs(text) {
  const runs = [];
  longRuns(text, BASE64_CHAR, 16, (start, runEnd) => {
    if (runEnd - start > MAX_BASE64_RUN) return;
    if (start > 0 && (classAt(text, start - 1) & VALUE_CONTEXT) === 0) return;
    let signed = false;
    for (let i = start; i < start + 65 && i < runEnd && !signed; i++) signed = (classAt(text, i) & BASE64_SIGN) !== 0;
    if (!signed) return;
    let end = runEnd;
    while (end < text.length && end - runEnd < 3 && text.charCodeAt(end) === 61) end++;
    if (end - runEnd > 2 || end < text.length && classAt(text, end) & BASE64_CHAR) return;
    runs.push({ index: start, run: text.slice(start, end) });
  });
  return runs;
}
function hexRuns(text) {
  const runs = [];
  longRuns(text, HEX_DIGIT, 32, (start, end) => {
    if (end - start > MAX_HEX_RUN || (classAt(text, start) & DIGIT) === 0) return;
    if (start > 0 && classAt(text, start - 1) & ALNUM || end < text.length && classAt(text, end) & ALNUM) return;
    runs.push({ index: start, run: text.slice(start, end) });
  });
  return runs;
}
function findEncodedValues(text, limits = DEFAULT_DECODE_LIMITS) {
  const values = [];
  let budget = limits.maxTotalChars;
  for (const [encoding, runs, decode] of DECODERS) {
    for (const { index, run } of runs(text)) {
      if (run.length > limits.maxValueChars) continue;
      const decoded = decode(run);
      if (decoded === void 0) continue;
      if (decoded.length > budget || values.length >= limits.maxValues) return sortByStart(values);
      budget -= decoded.length;
      values.push({ encoding, start: index, end: index + run.length, decoded });
    }
  }
  return sortByStart(values);
}
var DEFAULT_DECODE_LIMITS, PERCENT_ESCAPE, URL_TOKEN_CHAR, looksLikeText, urlTokenCache, BASE64_CHAR, BASE64_SIGN, VALUE_CONTEXT, ALNUM, DIGIT, HEX_DIGIT, CHAR_CLASS, classAt, MAX_BASE64_RUN, MAX_HEX_RUN, DECODERS, sortByStart;
var init_encoded_values = __esm({
  "src/detect/encoded-values.ts"() {
    "use strict";
    DEFAULT_DECODE_LIMITS = {
      maxValueChars: 64 * 1024,
      maxTotalChars: 256 * 1024,
      maxValues: 256
    };
    PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/g;
    URL_TOKEN_CHAR = /[^\s"'`<>()[\]{},;]/;
    looksLikeText = (text) => text.length >= 6 && printableShare(text) >= 0.95;
    urlTokenCache = new Uint8Array(65536);
    BASE64_CHAR = 1;
    BASE64_SIGN = 2;
    VALUE_CONTEXT = 4;
    ALNUM = 8;
    DIGIT = 16;
    HEX_DIGIT = 32;
    CHAR_CLASS = new Uint8Array(65536);
    {
      const markCode = (code, bits) => {
        CHAR_CLASS[code] = CHAR_CLASS[code] | bits;
      };
      const mark = (chars, bits) => {
        for (let i = 0; i < chars.length; i++) markCode(chars.charCodeAt(i), bits);
      };
      const lower = "abcdefghijklmnopqrstuvwxyz";
      const upper = lower.toUpperCase();
      mark(`${lower}${upper}0123456789+/_-`, BASE64_CHAR);
      mark("0123456789+/", BASE64_SIGN);
      mark(`${lower}${upper}0123456789`, ALNUM);
      mark("0123456789", DIGIT);
      mark("0123456789abcdefABCDEF", HEX_DIGIT);
      mark("\"'`=:>(, 	\n\v\f\r\xA0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF", VALUE_CONTEXT);
      for (let code = 8192; code <= 8202; code++) markCode(code, VALUE_CONTEXT);
    }
    classAt = (text, index) => CHAR_CLASS[text.charCodeAt(index)];
    MAX_BASE64_RUN = 65536;
    MAX_HEX_RUN = 65536;
    DECODERS = [
      ["base64", base64Runs, decodeBase64],
      ["hex", hexRuns, decodeHex],
      ["percent", percentRuns, decodePercent]
    ];
    sortByStart = (values) => values.sort((a, b) => a.start - b.start);
  }
});

// src/findings/finding.ts
function droppedFinding(finding, filter, reason) {
  const dropped = {
    ruleId: finding.ruleId,
    file: finding.file,
    line: finding.line,
    filter,
    reason,
    secret: finding.secret.redacted
  };
  if (finding.commit) dropped.commit = finding.commit.sha;
  return dropped;
}
var init_finding = __esm({
  "src/findings/finding.ts"() {
    "use strict";
  }
});

// src/detect/pair-findings.ts
function pairFindings(findings, rulesById, inlineAllowed = []) {
  const accepted = acceptedByPartner(findings, rulesById, inlineAllowed);
  findings = findings.filter((finding) => !accepted.has(finding));
  const absorbed = /* @__PURE__ */ new Set();
  const paired = findings.map((finding) => {
    const pair = rulesById.get(finding.ruleId)?.pair;
    if (!pair) return finding;
    let best;
    for (const other of findings) {
      if (other.ruleId !== pair.ruleId || absorbed.has(other)) continue;
      const distance = Math.abs(other.line - finding.line);
      if (distance > pair.withinLines) continue;
      if (!best || distance < Math.abs(best.line - finding.line)) best = other;
    }
    if (!best) return finding;
    absorbed.add(best);
    return {
      ...finding,
      pairedWith: { ruleId: best.ruleId, line: best.line, column: best.column, secret: best.secret }
    };
  });
  const dropped = [...accepted.values()];
  const kept = paired.filter((finding, index) => {
    if (absorbed.has(findings[index])) return false;
    if (rulesById.get(finding.ruleId)?.standalone === false) {
      dropped.push(droppedFinding(finding, "pair", "an id without its secret nearby is not a leak"));
      return false;
    }
    return true;
  });
  return { findings: kept, dropped };
}
function acceptedByPartner(findings, rulesById, inlineAllowed) {
  const accepted = /* @__PURE__ */ new Map();
  if (inlineAllowed.length === 0) return accepted;
  for (const finding of findings) {
    for (const allowed of inlineAllowed) {
      const ownPair = rulesById.get(finding.ruleId)?.pair;
      const theirPair = rulesById.get(allowed.ruleId)?.pair;
      const within = ownPair?.ruleId === allowed.ruleId ? ownPair.withinLines : theirPair?.ruleId === finding.ruleId ? theirPair.withinLines : void 0;
      if (within === void 0 || allowed.file !== finding.file || Math.abs(allowed.line - finding.line) > within)
        continue;
      accepted.set(finding, {
        ruleId: finding.ruleId,
        file: finding.file,
        line: finding.line,
        filter: "inline-ignore",
        reason: `its pair half ${allowed.ruleId} at line ${allowed.line} carries an inline allow comment`,
        secret: finding.secret.redacted
      });
      break;
    }
  }
  return accepted;
}
var init_pair_findings = __esm({
  "src/detect/pair-findings.ts"() {
    "use strict";
    init_finding();
  }
});

// src/filters/inline-ignore.ts
var INLINE_ALLOW, inlineIgnoreFilter;
var init_inline_ignore = __esm({
  "src/filters/inline-ignore.ts"() {
    "use strict";
    INLINE_ALLOW = /leakscan:allow|gitleaks:allow/;
    inlineIgnoreFilter = {
      name: "inline-ignore",
      check: ({ lineText }) => {
        const marker = INLINE_ALLOW.exec(lineText);
        return marker ? `inline '${marker[0]}' comment` : void 0;
      }
    };
  }
});

// src/detect/test-path.ts
function isTestPath(path) {
  const normalized = path.replace(/\\/g, "/");
  return TEST_DIR.test(normalized) || TEST_FILE.test(normalized);
}
function confidenceAt(rule, path) {
  if (rule.checksum) return "high";
  if (!isTestPath(path)) return rule.confidence;
  return rule.tags.some((tag) => SELF_MADE_TAGS.has(tag)) ? "lowest" : ONE_LEVEL_DOWN[rule.confidence];
}
var TEST_DIR, TEST_FILE, ONE_LEVEL_DOWN, SELF_MADE_TAGS;
var init_test_path = __esm({
  "src/detect/test-path.ts"() {
    "use strict";
    TEST_DIR = /(?:^|\/)(?:[Tt]ests?|[Ss]pecs?|__tests__|__mocks__|[Tt]est-?[Dd]ata|[Ff]ixtures?|__fixtures__|testing|[a-z]+Tests?|tests?(?:Fixtures|Support|Resources)|[a-z]+-tests?|tests?-[a-z]+)\//;
    TEST_FILE = /(?:^|\/)(?:[^/]*[_.-](?:test|tests|spec)|test[_-][^/]*|[^/]*[a-z0-9](?:Tests?|Spec|IT))\.[A-Za-z0-9]{1,8}$/;
    ONE_LEVEL_DOWN = {
      high: "medium",
      medium: "low",
      low: "lowest"
    };
    SELF_MADE_TAGS = /* @__PURE__ */ new Set(["generic", "private-key"]);
  }
});

// src/detect/detector.ts
function createDetector(rules, filters) {
  const index = buildKeywordIndex(rules);
  const pathMatchers = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    if (rule.allowlist.paths.length > 0) pathMatchers.set(rule, globMatcher(rule.allowlist.paths));
  }
  const ruleSkipsPath = (rule, path) => pathMatchers.get(rule)?.(path) ?? false;
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const detectLocated = (fragment) => {
    const located = [];
    const dropped = [];
    const hits = index.findHits(fragment.text);
    if (hits.size === 0) return { located, dropped };
    const lines = new LineMap(fragment.text);
    for (const [rule, offsets] of hits) {
      if (ruleSkipsPath(rule, fragment.origin.path)) continue;
      for (const candidate of matchRule(rule, fragment.text, lines, offsets)) {
        const lineIndex = lines.lineIndexAt(candidate.start);
        const lineText = lines.lineText(lineIndex);
        const line = originLine(fragment, lineIndex);
        let dropReason;
        for (const filter of filters) {
          const reason = filter.check({
            candidate,
            fragment,
            lineText,
            column: candidate.start - lines.lineStart(lineIndex)
          });
          if (reason !== void 0) {
            dropReason = { filter: filter.name, reason };
            break;
          }
        }
        if (dropReason) {
          const drop = {
            ruleId: rule.id,
            file: fragment.origin.path,
            line,
            secret: redactSecret(candidate.secret),
            ...dropReason
          };
          if (fragment.origin.commit) drop.commit = fragment.origin.commit.sha;
          dropped.push(drop);
          continue;
        }
        const identitySecret = rule.multiline ? candidate.secret.replace(/\s+/g, "") : candidate.secret;
        const endIndex = lines.lineIndexAt(Math.max(candidate.start, candidate.end - 1));
        located.push({
          start: candidate.start,
          end: candidate.end,
          vendorNamedOnLine: lineText.toLowerCase().includes(rule.vendor.toLowerCase().replace(/[^a-z0-9]/g, "")),
          ruleConfidence: rule.confidence,
          finding: {
            ruleId: rule.id,
            title: rule.title,
            vendor: rule.vendor,
            severity: rule.severity,
            // The checksum filter has passed by now: a valid checksum is the strongest evidence there is. In a
            // test path, anything else is one level lower (test-path.ts).
            confidence: confidenceAt(rule, fragment.origin.path),
            file: fragment.origin.path,
            line,
            column: columnOf(fragment, lines, lineIndex, candidate.start),
            endLine: originLine(fragment, endIndex),
            endColumn: columnOf(fragment, lines, endIndex, candidate.end),
            secret: new Secret(candidate.secret),
            fingerprint: fingerprintOf(rule.id, fragment.origin.path, identitySecret),
            secretHash: hashSecret(identitySecret),
            commit: fragment.origin.commit,
            part: fragment.origin.part,
            cell: fragment.origin.cell,
            decodedFrom: fragment.decodedFrom,
            rotationGuide: rule.rotationGuide,
            ...rule.references.length > 0 ? { references: rule.references } : {},
            tags: rule.tags
          }
        });
      }
    }
    return { located, dropped };
  };
  const detectWithDecoding = (fragment, depth) => {
    const own = detectLocated(fragment);
    if (depth >= MAX_DECODE_DEPTH) return own;
    const encoded = findEncodedValues(fragment.text);
    if (encoded.length === 0) return own;
    const lines = new LineMap(fragment.text);
    const decodedLocated = [];
    for (const value of encoded) {
      const derived = decodedFragment(fragment, lines, value);
      const inner = detectWithDecoding(derived.fragment, depth + 1);
      own.dropped.push(...inner.dropped);
      for (const found of inner.located) {
        if (found.end <= derived.decodedStart || found.start >= derived.decodedEnd) continue;
        const lineIndex = lines.lineIndexAt(value.start);
        const endIndex = lines.lineIndexAt(value.end - 1);
        decodedLocated.push({
          start: value.start,
          end: value.end,
          vendorNamedOnLine: found.vendorNamedOnLine,
          ruleConfidence: found.ruleConfidence,
          finding: {
            ...found.finding,
            line: originLine(fragment, lineIndex),
            column: columnOf(fragment, lines, lineIndex, value.start),
            endLine: originLine(fragment, endIndex),
            endColumn: columnOf(fragment, lines, endIndex, value.end)
          }
        });
      }
    }
    return { located: [...decodedLocated, ...own.located], dropped: own.dropped };
  };
  return {
    detect(fragment) {
      const detected = detectWithDecoding(fragment, fragment.decodedFrom ? 1 : 0);
      const { dropped } = detected;
      const located = fragment.overlap ? detected.located.filter((l) => l.end > fragment.overlap) : detected.located;
      const inlineAllowed = dropped.filter((d) => d.filter === inlineIgnoreFilter.name);
      const paired = pairFindings(keepStrongestOverlapping(located), rulesById, inlineAllowed);
      return { findings: paired.findings, dropped: uniqueDropped([...dropped, ...paired.dropped]) };
    }
  };
}
function columnOf(fragment, lines, lineIndex, offset) {
  return offset - lines.lineStart(lineIndex) + 1 + (lineIndex === 0 && fragment.firstColumn ? fragment.firstColumn - 1 : 0);
}
function uniqueDropped(dropped) {
  const seen = /* @__PURE__ */ new Set();
  return dropped.filter((d) => {
    const key = `${d.ruleId}\0${d.line}\0${d.secret}\0${d.filter}\0${d.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function decodedFragment(fragment, lines, value) {
  const lineIndex = lines.lineIndexAt(value.start);
  const prefix = fragment.text.slice(Math.max(lines.lineStart(lineIndex), value.start - WINDOW_CHARS), value.start);
  const suffix = fragment.text.slice(
    value.end,
    Math.min(lines.lineEnd(lines.lineIndexAt(value.end)), value.end + WINDOW_CHARS)
  );
  const label = fragment.decodedFrom ? `${fragment.decodedFrom}>${value.encoding}` : value.encoding;
  return {
    fragment: {
      text: `${prefix}${value.decoded}${suffix}`,
      origin: fragment.origin,
      startLine: originLine(fragment, lineIndex),
      decodedFrom: label
    },
    decodedStart: prefix.length,
    decodedEnd: prefix.length + value.decoded.length
  };
}
function keepStrongestOverlapping(located) {
  if (located.length < 2) return located.map((l) => l.finding);
  const rank = (l) => l.ruleConfidence === "low" ? 10 : (l.vendorNamedOnLine ? 0 : 3) + CONFIDENCE_RANK[l.ruleConfidence];
  const ranked = [...located].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept = [];
  for (const candidate of ranked) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start).map((l) => l.finding);
}
var MAX_DECODE_DEPTH, CONFIDENCE_RANK;
var init_detector = __esm({
  "src/detect/detector.ts"() {
    "use strict";
    init_secret();
    init_glob_matcher();
    init_keyword_index();
    init_line_map();
    init_match_rule();
    init_encoded_values();
    init_pair_findings();
    init_inline_ignore();
    init_test_path();
    MAX_DECODE_DEPTH = 2;
    CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
  }
});

// src/detect/key-like.ts
var key_like_exports = {};
__export(key_like_exports, {
  redactKeyLike: () => redactKeyLike
});
async function redactKeyLike(text) {
  const rules = compileRuleFiles(await loadBuiltinDefinitions()).map(({ pair: _pair, ...rule }) => ({
    ...rule,
    standalone: true
  }));
  const { findings } = createDetector(rules, []).detect({
    text,
    origin: { kind: "file", path: "<message>" },
    startLine: 1
  });
  return knownSecretRedactor(findings)(text);
}
var init_key_like = __esm({
  "src/detect/key-like.ts"() {
    "use strict";
    init_known_secrets();
    init_load_rules();
    init_detector();
  }
});

// src/filters/allowlist.ts
function allowlistReason(secret, regexes, stopwords, scope) {
  for (const regex of regexes) if (regex.test(secret)) return `${scope}.regexes: ${regex.source}`;
  if (stopwords.length > 0) {
    const lower = secret.toLowerCase();
    for (const word of stopwords) if (lower.includes(word)) return `${scope}.stopwords: ${word}`;
  }
  return void 0;
}
function globalAllowlistFilter(allowlist) {
  const regexes = allowlist.regexes.map(compileUserTextTest);
  return {
    name: "global-allowlist",
    check: ({ candidate }) => allowlistReason(candidate.secret, regexes, allowlist.stopwords, "config allowlist")
  };
}
var emptyAllowlist, ruleAllowlistFilter;
var init_allowlist = __esm({
  "src/filters/allowlist.ts"() {
    "use strict";
    init_text_pattern();
    emptyAllowlist = () => ({ regexes: [], stopwords: [], paths: [] });
    ruleAllowlistFilter = {
      name: "rule-allowlist",
      check: ({ candidate }) => allowlistReason(
        candidate.secret,
        candidate.rule.allowlist.regexes,
        candidate.rule.allowlist.stopwords,
        "allowlist"
      )
    };
  }
});

// src/filters/min-confidence.ts
function minConfidenceFor(mode, option, configured) {
  return option ?? configured ?? DEFAULT_MIN_CONFIDENCE[mode] ?? "low";
}
function applyMinConfidence(findings, level) {
  const kept = [];
  const dropped = [];
  for (const finding of findings) {
    if (RANK[finding.confidence] >= RANK[level]) kept.push(finding);
    else
      dropped.push(
        droppedFinding(finding, "min-confidence", `confidence ${finding.confidence} < ${level} (--min-confidence)`)
      );
  }
  return { kept, dropped };
}
var MIN_CONFIDENCE_LEVELS, DEFAULT_MIN_CONFIDENCE, RANK;
var init_min_confidence = __esm({
  "src/filters/min-confidence.ts"() {
    "use strict";
    init_finding();
    MIN_CONFIDENCE_LEVELS = [
      "lowest",
      "low",
      "medium",
      "high"
    ];
    DEFAULT_MIN_CONFIDENCE = {
      staged: "medium",
      diff: "medium",
      history: "low",
      directory: "low",
      stdin: "low"
    };
    RANK = { lowest: 0, low: 1, medium: 2, high: 3 };
  }
});

// src/notify/rotation-config.ts
var rotation_config_exports = {};
__export(rotation_config_exports, {
  DEFAULT_POLICY: () => DEFAULT_POLICY,
  DEFAULT_SECRET_ENV: () => DEFAULT_SECRET_ENV,
  GITHUB_API_URL: () => GITHUB_API_URL,
  GITHUB_FIELDS: () => GITHUB_FIELDS,
  LEGACY_OUTBOX: () => LEGACY_OUTBOX,
  VERIFICATION_FILTERS: () => VERIFICATION_FILTERS,
  WEBHOOK_FIELDS: () => WEBHOOK_FIELDS,
  checkUrl: () => checkUrl,
  isLoopbackHost: () => isLoopbackHost,
  parseRotationConfig: () => parseRotationConfig,
  wantsFinding: () => wantsFinding
});
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if ((0, import_node_net.isIP)(host) === 4) return host.startsWith("127.");
  return host === "::1";
}
function checkUrl(value, allowInsecureHttp) {
  if (typeof value !== "string" || value === "") return "must be a URL";
  let url;
  try {
    url = new URL(value);
  } catch {
    return `not a URL: ${value}`;
  }
  if (url.username || url.password) return "must not carry credentials; sign with secretEnv instead";
  if (url.protocol === "https:") return void 0;
  if (url.protocol !== "http:") return `unsupported scheme ${url.protocol} (use https)`;
  if (isLoopbackHost(url.hostname) || allowInsecureHttp) return void 0;
  return "must use https (plain http is only allowed for loopback hosts, or with allowInsecureHttp: true)";
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringList(value, path, problems) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && v !== "")) {
    problems.push(`${path}: must be a list of non-empty strings`);
    return [];
  }
  return value;
}
function booleanField(section, key, path, problems, fallback) {
  const value = section[key];
  if (value === void 0) return fallback;
  if (typeof value !== "boolean") {
    problems.push(`${path}.${key}: must be true or false`);
    return fallback;
  }
  return value;
}
function policyOf(section, path, problems) {
  const policy = { ...DEFAULT_POLICY };
  for (const key of Object.keys(DEFAULT_POLICY)) {
    const value = section[key];
    if (value === void 0) continue;
    const minimum = key === "retries" || key === "backoffMs" || key === "maxRetryAfterMs" ? 0 : 1;
    if (typeof value !== "number" || !Number.isInteger(value) || value < minimum)
      problems.push(`${path}.${key}: must be an integer \u2265 ${minimum}`);
    else policy[key] = value;
  }
  if (policy.retries > 20) problems.push(`${path}.retries: at most 20`);
  return policy;
}
function filterOf(section, path, problems) {
  const filter = {
    rules: stringList(section.rules, `${path}.rules`, problems),
    tags: stringList(section.tags, `${path}.tags`, problems)
  };
  const verification = section.verification;
  if (verification !== void 0) {
    if (VERIFICATION_FILTERS.includes(verification))
      filter.verification = verification;
    else problems.push(`${path}.verification: must be one of ${VERIFICATION_FILTERS.join(", ")}`);
  }
  if (section.minSeverity !== void 0) {
    if (typeof section.minSeverity === "string" && SEVERITIES.includes(section.minSeverity))
      filter.minSeverity = section.minSeverity;
    else problems.push(`${path}.minSeverity: must be one of ${SEVERITIES.join(", ")}`);
  }
  return filter;
}
function unknownFields(section, allowed, path, problems) {
  for (const key of Object.keys(section))
    if (!allowed.includes(key)) problems.push(`${path}.${key}: unknown field (expected one of ${allowed.join(", ")})`);
}
function webhookOf(raw, path, problems) {
  if (!isMapping(raw)) {
    problems.push(`${path}: must be a mapping with at least url`);
    return void 0;
  }
  const before = problems.length;
  unknownFields(raw, WEBHOOK_FIELDS, path, problems);
  const allowInsecureHttp = booleanField(raw, "allowInsecureHttp", path, problems, false);
  const urlProblem = checkUrl(raw.url, allowInsecureHttp);
  if (urlProblem) problems.push(`${path}.url: ${urlProblem}`);
  const secretEnv = raw.secretEnv ?? DEFAULT_SECRET_ENV;
  if (typeof secretEnv !== "string" || !ENV_NAME.test(secretEnv))
    problems.push(
      `${path}.secretEnv: must be the NAME of an environment variable (the secret itself never goes in the file)`
    );
  if (raw.name !== void 0 && (typeof raw.name !== "string" || raw.name === ""))
    problems.push(`${path}.name: must be a non-empty string`);
  const target = {
    kind: "webhook",
    name: typeof raw.name === "string" && raw.name ? raw.name : String(raw.url),
    url: String(raw.url),
    secretEnv: String(secretEnv),
    includeSecret: booleanField(raw, "includeSecret", path, problems, false),
    ...filterOf(raw, path, problems),
    policy: policyOf(raw, path, problems)
  };
  return problems.length === before ? target : void 0;
}
function githubOf(raw, path, problems) {
  if (raw === void 0 || raw === false) return void 0;
  const section = raw === true ? {} : raw;
  if (!isMapping(section)) {
    problems.push(`${path}: must be true or a mapping (enabled, baseUrl, \u2026)`);
    return void 0;
  }
  const before = problems.length;
  unknownFields(section, GITHUB_FIELDS, path, problems);
  if (!booleanField(section, "enabled", path, problems, true)) return void 0;
  const allowInsecureHttp = booleanField(section, "allowInsecureHttp", path, problems, false);
  const baseUrl = section.baseUrl ?? GITHUB_API_URL;
  const urlProblem = checkUrl(baseUrl, allowInsecureHttp);
  if (urlProblem) problems.push(`${path}.baseUrl: ${urlProblem}`);
  const target = {
    kind: "github-revoke",
    name: "github-revoke",
    baseUrl: String(baseUrl).replace(/\/+$/, ""),
    ...filterOf(section, path, problems),
    policy: policyOf(section, path, problems)
  };
  return problems.length === before ? target : void 0;
}
function parseRotationConfig(raw) {
  const rotation = { targets: [] };
  const problems = [];
  if (raw === void 0 || raw === null) return { rotation, problems };
  if (!isMapping(raw)) return { rotation, problems: ["rotation: must be a mapping with webhooks and/or githubRevoke"] };
  unknownFields(raw, ["webhooks", "githubRevoke", "outbox"], "rotation", problems);
  if (raw.outbox !== void 0) {
    if (typeof raw.outbox !== "string" || raw.outbox === "") problems.push("rotation.outbox: must be a file path");
    else if ((0, import_node_path5.isAbsolute)(raw.outbox) || (0, import_node_path5.normalize)(raw.outbox).split(/[\\/]/)[0] === "..")
      problems.push(
        "rotation.outbox: must be a relative path inside the working directory (use --outbox for another place)"
      );
    else rotation.outbox = raw.outbox;
  }
  if (raw.webhooks !== void 0) {
    if (!Array.isArray(raw.webhooks)) problems.push("rotation.webhooks: must be a list of targets");
    else
      raw.webhooks.forEach((entry, index) => {
        const target = webhookOf(entry, `rotation.webhooks[${index}]`, problems);
        if (target) rotation.targets.push(target);
      });
  }
  const github = githubOf(raw.githubRevoke, "rotation.githubRevoke", problems);
  if (github) rotation.targets.push(github);
  const names = rotation.targets.map((t) => t.name);
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index)
      problems.push(`rotation.webhooks: two targets share the name ${name}; give each a distinct name`);
  });
  return { rotation, problems };
}
function wantsFinding(filter, finding) {
  const state = finding.verification?.state;
  const wanted = filter.verification ?? (filter.kind === "github-revoke" ? "live-or-unknown" : "live");
  if (state !== void 0 && wanted !== "any") {
    if (state === "invalid") return false;
    if (state === "unknown" && wanted === "live") return false;
  }
  if (filter.rules.length > 0 && !import_micromatch2.default.isMatch(finding.ruleId, filter.rules)) return false;
  if (filter.tags.length > 0 && !filter.tags.some((tag) => finding.tags.includes(tag))) return false;
  if (filter.minSeverity && SEVERITY_RANK[finding.severity] < SEVERITY_RANK[filter.minSeverity]) return false;
  return true;
}
var import_node_net, import_node_path5, import_micromatch2, VERIFICATION_FILTERS, LEGACY_OUTBOX, DEFAULT_SECRET_ENV, GITHUB_API_URL, DEFAULT_POLICY, WEBHOOK_FIELDS, GITHUB_FIELDS, ENV_NAME, SEVERITY_RANK;
var init_rotation_config = __esm({
  "src/notify/rotation-config.ts"() {
    "use strict";
    import_node_net = require("node:net");
    import_node_path5 = require("node:path");
    import_micromatch2 = __toESM(require_micromatch(), 1);
    init_rule_definition();
    VERIFICATION_FILTERS = ["live", "live-or-unknown", "any"];
    LEGACY_OUTBOX = ".leakscan/outbox.jsonl";
    DEFAULT_SECRET_ENV = "LEAKSCAN_WEBHOOK_SECRET";
    GITHUB_API_URL = "https://api.github.com";
    DEFAULT_POLICY = {
      connectTimeoutMs: 5e3,
      timeoutMs: 1e4,
      retries: 3,
      backoffMs: 500,
      maxBackoffMs: 8e3,
      maxRetryAfterMs: 3e4
    };
    WEBHOOK_FIELDS = [
      "name",
      "url",
      "secretEnv",
      "rules",
      "tags",
      "minSeverity",
      "includeSecret",
      "allowInsecureHttp",
      "verification",
      ...Object.keys(DEFAULT_POLICY)
    ];
    GITHUB_FIELDS = [
      "enabled",
      "baseUrl",
      "allowInsecureHttp",
      "rules",
      "tags",
      "minSeverity",
      "verification",
      ...Object.keys(DEFAULT_POLICY)
    ];
    ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
    SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 };
  }
});

// src/config/defaults.ts
var DEFAULT_MAX_FILE_BYTES, CONFIG_FILE_NAMES, DEFAULT_BASELINE_FILE;
var init_defaults = __esm({
  "src/config/defaults.ts"() {
    "use strict";
    DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
    CONFIG_FILE_NAMES = [".leakscan.yaml", ".leakscan.yml"];
    DEFAULT_BASELINE_FILE = ".leakscan-baseline";
  }
});

// src/config/config-schema.ts
var stringList2, CUSTOM_RULE_DEFAULTS, OPTIONAL_IN_CUSTOM, ALLOWLIST_FIELDS, RULES_FIELDS, POLICY, TARGET_COMMON, fieldsOf, CONFIG_FIELDS;
var init_config_schema = __esm({
  "src/config/config-schema.ts"() {
    "use strict";
    init_min_confidence();
    init_rotation_config();
    init_rule_definition();
    init_defaults();
    stringList2 = (description) => ({ type: "array", items: { type: "string" }, description });
    CUSTOM_RULE_DEFAULTS = { vendor: "custom", severity: "high", confidence: "medium" };
    OPTIONAL_IN_CUSTOM = /* @__PURE__ */ new Set([
      ...Object.keys(CUSTOM_RULE_DEFAULTS),
      "examples",
      "negative_examples",
      "references"
    ]);
    ALLOWLIST_FIELDS = {
      paths: stringList2("micromatch globs of paths whose findings are dropped (relative to the scanned root)"),
      regexes: stringList2("regular expressions (linear-time engine) matched against the secret"),
      stopwords: stringList2("a secret containing one of these words (case-insensitive) is dropped")
    };
    RULES_FIELDS = {
      disable: stringList2("built-in rule ids to turn off"),
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
    POLICY = Object.fromEntries(
      Object.keys(DEFAULT_POLICY).map((name) => [name, { type: "integer", minimum: 0 }])
    );
    TARGET_COMMON = {
      rules: stringList2("rule id globs this target wants (default: all)"),
      tags: stringList2("rule tags this target wants (any of them)"),
      minSeverity: { enum: SEVERITIES },
      allowInsecureHttp: { type: "boolean" },
      verification: {
        enum: VERIFICATION_FILTERS,
        description: "with --verify: which states this target receives (webhooks: live; githubRevoke: live-or-unknown)"
      }
    };
    fieldsOf = (names, known) => Object.fromEntries(names.map((name) => [name, known[name] ?? {}]));
    CONFIG_FIELDS = {
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
  }
});

// src/config/config-file.ts
function parseSize(value) {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  if (typeof value !== "string") return void 0;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(value);
  if (!match) return void 0;
  const unit = (match[2] ?? "b").toLowerCase()[0];
  const scale = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * scale);
}
function stringList3(value, path, problems) {
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
      config.disabledRules = stringList3(section.disable, "rules.disable", problems);
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
      config.allowlist.paths = stringList3(section.paths, "allowlist.paths", problems);
      config.allowlist.stopwords = stringList3(section.stopwords, "allowlist.stopwords", problems).map(
        (s) => s.toLowerCase()
      );
      config.allowlist.regexes = stringList3(section.regexes, "allowlist.regexes", problems);
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
    const path = typeof doc.baseline === "string" ? import_node_path6.posix.normalize(doc.baseline.replaceAll("\\", "/")) : "";
    if (!path || (0, import_node_path6.isAbsolute)(path) || path === ".." || path.startsWith("../") || path === ".")
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
  for (let dir = (0, import_node_path6.resolve)(start); ; dir = (0, import_node_path6.dirname)(dir)) {
    dirs.push(dir);
    if ((0, import_node_fs5.existsSync)((0, import_node_path6.join)(dir, ".git"))) return dirs;
    if ((0, import_node_path6.dirname)(dir) === dir) return [(0, import_node_path6.resolve)(start)];
  }
}
function findProjectFiles(start) {
  const dirs = searchDirectories(start);
  for (const dir of dirs) {
    const configFile = CONFIG_FILE_NAMES.map((name) => (0, import_node_path6.join)(dir, name)).find(import_node_fs5.existsSync);
    if (configFile) {
      const baselineFile2 = (0, import_node_path6.join)(dir, DEFAULT_BASELINE_FILE);
      return isRegularFile(baselineFile2) ? { configFile, baselineFile: baselineFile2 } : { configFile };
    }
  }
  const baselineFile = dirs.map((dir) => (0, import_node_path6.join)(dir, DEFAULT_BASELINE_FILE)).find(isRegularFile);
  return baselineFile ? { baselineFile } : {};
}
async function loadConfig(root, explicitFile) {
  const found = explicitFile ? {} : findProjectFiles(root);
  const file = explicitFile ?? found.configFile;
  if (!file) return { ...defaultConfig(), baselineFile: found.baselineFile };
  let text;
  try {
    text = (0, import_node_fs5.readFileSync)(file, "utf8");
  } catch (error) {
    throw new ConfigError(file, [`cannot read: ${error.message}`]);
  }
  const config = await parseConfigText(text, (0, import_node_path6.relative)(root, file) || file);
  config.baselineFile = config.baseline ? (0, import_node_path6.resolve)((0, import_node_path6.dirname)(file), config.baseline) : found.baselineFile;
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
var import_node_fs5, import_node_path6, defaultConfig, TOP_LEVEL_FIELDS, isRegularFile;
var init_config_file = __esm({
  "src/config/config-file.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path6 = require("node:path");
    init_errors();
    init_allowlist();
    init_min_confidence();
    init_rotation_config();
    init_assignment_context();
    init_rule_definition();
    init_text_pattern();
    init_parse_yaml();
    init_config_schema();
    init_defaults();
    defaultConfig = () => ({
      disabledRules: [],
      customRules: [],
      allowlist: emptyAllowlist(),
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      defaultIgnores: true,
      rotation: parseRotationConfig(void 0).rotation
    });
    TOP_LEVEL_FIELDS = Object.keys(CONFIG_FIELDS);
    isRegularFile = (path) => {
      try {
        return (0, import_node_fs5.lstatSync)(path).isFile();
      } catch {
        return false;
      }
    };
  }
});

// src/detect/detect-fragment.ts
function detectFragment(detector, fragment) {
  const detection = detector.detect(fragment);
  const { startColumn = 1, unseenFrom } = fragment;
  if (startColumn === 1 && !unseenFrom) return detection;
  const shift = (line, column) => line === fragment.startLine ? column + startColumn - 1 : column;
  const findings = detection.findings.map(
    (finding) => ({
      ...finding,
      column: shift(finding.line, finding.column),
      endColumn: shift(finding.endLine, finding.endColumn),
      ...finding.pairedWith ? { pairedWith: { ...finding.pairedWith, column: shift(finding.pairedWith.line, finding.pairedWith.column) } } : {}
    })
  ).filter(
    (finding) => !unseenFrom || finding.endLine > unseenFrom.line || finding.endLine === unseenFrom.line && finding.endColumn > unseenFrom.column
  );
  const dropped = unseenFrom ? detection.dropped.filter((candidate) => candidate.line >= unseenFrom.line) : detection.dropped;
  return { findings, dropped };
}
var init_detect_fragment = __esm({
  "src/detect/detect-fragment.ts"() {
    "use strict";
  }
});

// src/state/state-file.ts
function refusal(path, what, problem) {
  return new StateFileError(`refusing to use ${what} ${path}: ${problem}`, { file: path });
}
function kindOf(stat) {
  if (stat.isSymbolicLink()) return SYMLINK;
  if (stat.isDirectory()) return "a directory, not a file";
  if (stat.isFIFO()) return "a FIFO, not a file";
  return "a device or socket, not a file";
}
function checkStateFile(path, what) {
  let stat;
  try {
    stat = (0, import_node_fs6.lstatSync)(path);
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw refusal(path, what, error.message);
  }
  if (!stat.isFile()) throw refusal(path, what, kindOf(stat));
}
function checkNoLinkedDirectories(root, path, what) {
  const inside = (0, import_node_path7.relative)(root, (0, import_node_path7.dirname)(path));
  if (inside === "" || inside.startsWith("..") || (0, import_node_path7.isAbsolute)(inside)) return;
  let current = root;
  for (const part of inside.split(import_node_path7.sep)) {
    current = (0, import_node_path7.join)(current, part);
    try {
      if ((0, import_node_fs6.lstatSync)(current).isSymbolicLink()) throw refusal(path, what, `${current} is a symbolic link`);
    } catch (error) {
      if (error instanceof StateFileError) throw error;
      return;
    }
  }
}
function openChecked(path, flags, what, mode) {
  checkStateFile(path, what);
  let fd;
  try {
    fd = (0, import_node_fs6.openSync)(path, flags, mode);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP") throw refusal(path, what, SYMLINK);
    throw error;
  }
  const stat = (0, import_node_fs6.fstatSync)(fd);
  if (!stat.isFile()) {
    (0, import_node_fs6.closeSync)(fd);
    throw refusal(path, what, kindOf(stat));
  }
  return fd;
}
function openForReading(path, what) {
  try {
    return openChecked(path, READ_FLAGS, what);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
function readStateFile(path, what) {
  const fd = openForReading(path, what);
  if (fd === void 0) return void 0;
  try {
    return (0, import_node_fs6.readFileSync)(fd, "utf8");
  } finally {
    (0, import_node_fs6.closeSync)(fd);
  }
}
function stateFileEnding(path, what) {
  const fd = openForReading(path, what);
  if (fd === void 0) return "missing";
  try {
    const size = (0, import_node_fs6.fstatSync)(fd).size;
    if (size === 0) return "terminated";
    const last = Buffer.alloc(1);
    (0, import_node_fs6.readSync)(fd, last, 0, 1, size - 1);
    return last[0] === 10 ? "terminated" : "unterminated";
  } finally {
    (0, import_node_fs6.closeSync)(fd);
  }
}
function appendStateFile(path, text, what, mode = 384) {
  const fd = openChecked(path, APPEND_FLAGS, what, mode);
  try {
    (0, import_node_fs6.writeSync)(fd, text);
    (0, import_node_fs6.fsyncSync)(fd);
  } finally {
    (0, import_node_fs6.closeSync)(fd);
  }
}
function checkAppendable(path, what) {
  try {
    (0, import_node_fs6.closeSync)(openChecked(path, APPEND_FLAGS, what, 384));
  } catch (error) {
    if (error instanceof StateFileError) throw error;
    throw new StateFileError(`cannot write ${what} ${path}: ${error.message}`, { file: path });
  }
}
function replaceStateFile(path, text, what, mode = 384) {
  checkStateFile(path, what);
  const temporary = (0, import_node_path7.join)((0, import_node_path7.dirname)(path), `.${(0, import_node_path7.basename)(path)}.${process.pid}.tmp`);
  let fd;
  try {
    fd = (0, import_node_fs6.openSync)(temporary, import_node_fs6.constants.O_WRONLY | import_node_fs6.constants.O_CREAT | import_node_fs6.constants.O_EXCL | NOFOLLOW, mode);
  } catch (error) {
    throw new StateFileError(`cannot write ${what} ${path}: ${error.message}`, { file: path });
  }
  try {
    (0, import_node_fs6.writeSync)(fd, text);
    (0, import_node_fs6.fsyncSync)(fd);
  } catch (error) {
    (0, import_node_fs6.closeSync)(fd);
    (0, import_node_fs6.unlinkSync)(temporary);
    throw error;
  }
  (0, import_node_fs6.closeSync)(fd);
  (0, import_node_fs6.renameSync)(temporary, path);
  syncDirectory((0, import_node_path7.dirname)(path));
}
function syncDirectory(path) {
  try {
    const fd = (0, import_node_fs6.openSync)(path, "r");
    try {
      (0, import_node_fs6.fsyncSync)(fd);
    } finally {
      (0, import_node_fs6.closeSync)(fd);
    }
  } catch {
  }
}
function checkBaselineTarget(file) {
  const path = (0, import_node_path7.resolve)(file);
  checkNoLinkedDirectories(process.cwd(), path, BASELINE);
  checkStateFile(path, BASELINE);
}
function writeBaselineFile(file, text) {
  checkBaselineTarget(file);
  replaceStateFile((0, import_node_path7.resolve)(file), text, BASELINE, 420);
}
var import_node_fs6, import_node_path7, StateFileError, NOFOLLOW, READ_FLAGS, APPEND_FLAGS, SYMLINK, BASELINE;
var init_state_file = __esm({
  "src/state/state-file.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path7 = require("node:path");
    init_errors();
    StateFileError = class extends LeakscanError {
    };
    NOFOLLOW = import_node_fs6.constants.O_NOFOLLOW ?? 0;
    READ_FLAGS = import_node_fs6.constants.O_RDONLY | NOFOLLOW | (import_node_fs6.constants.O_NONBLOCK ?? 0);
    APPEND_FLAGS = import_node_fs6.constants.O_WRONLY | import_node_fs6.constants.O_APPEND | import_node_fs6.constants.O_CREAT | NOFOLLOW | (import_node_fs6.constants.O_NONBLOCK ?? 0);
    SYMLINK = "a symbolic link (leakscan never reads or writes its state through a link)";
    BASELINE = "the baseline";
  }
});

// src/findings/suppressions.ts
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
  const ignorePath = (0, import_node_path8.join)(dir, IGNORE_FILE);
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
function renderBaseline(findings) {
  const fingerprints = [...new Set(findings.map((f) => f.fingerprint))].sort();
  return `${[...BASELINE_HEADER, ...fingerprints].join("\n")}
`;
}
var import_node_path8, IGNORE_FILE, FINGERPRINT_LINE, BASELINE_HEADER;
var init_suppressions = __esm({
  "src/findings/suppressions.ts"() {
    "use strict";
    init_defaults();
    import_node_path8 = require("node:path");
    init_errors();
    init_finding();
    init_state_file();
    IGNORE_FILE = ".leakscanignore";
    FINGERPRINT_LINE = /^(\S.*:[0-9a-f]{16})(?:\s+#.*)?$/;
    BASELINE_HEADER = [
      "# leakscan baseline: accepted findings, one fingerprint per line (ruleId:path:sha256(secret)[0..16]).",
      "# No line numbers, commits or dates, so it survives edits, rebases and squash merges; sorted so it merges cleanly.",
      "# Use: leakscan <scan|staged|diff|history> --baseline <this file>"
    ];
  }
});

// src/filters/checksum.ts
var checksumFilter;
var init_checksum = __esm({
  "src/filters/checksum.ts"() {
    "use strict";
    init_checksums();
    checksumFilter = {
      name: "checksum",
      check: ({ candidate }) => checksumFailure(candidate.rule.checksum, candidate.secret)
    };
  }
});

// src/filters/placeholder.ts
function placeholderReason(value) {
  if (BRACKETED.test(value)) return "bracketed placeholder";
  if (value.length >= LONG_VALUE_CHARS) return mostlyFiller(value) ? "mostly filler characters" : void 0;
  if (ELIDED.test(value)) return "an elided value (\u2026)";
  const filler = FILLER.exec(value);
  if (filler) return `placeholder word '${filler[0]}'`;
  if (value.startsWith("fake")) return "placeholder word 'fake'";
  const marker = MARKER_WORDS.exec(value);
  if (marker) return `placeholder word '${marker[0]}'`;
  const run = longestRepeat(value);
  if (run >= 6 && run >= value.length / 4) return `a character repeated ${run} times`;
  if (typedSequence(value)) return "typed in sequence (abcdef1234, a1b2c3d4\u2026)";
  for (const run2 of SEQUENTIAL_RUNS) {
    for (let i = 0; i + 8 <= run2.length; i++) {
      if (value.includes(run2.slice(i, i + 8))) return `sequential run '${run2.slice(i, i + 8)}'`;
    }
  }
  return void 0;
}
function typedSequence(value) {
  if (value.length < 8 || value.length > 16) return false;
  const next = (a, b) => b === a + 1 && /^[0-9a-z]{2}$/.test(String.fromCharCode(a, b));
  const lower = value.toLowerCase();
  let following = 0;
  for (let i = 1; i < lower.length; i++) {
    const ch = lower.charCodeAt(i);
    if (next(lower.charCodeAt(i - 1), ch) || i >= 2 && next(lower.charCodeAt(i - 2), ch)) following++;
  }
  return following >= 0.6 * (lower.length - 1);
}
function longestRepeat(value) {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    current = i > 0 && ch === value.charCodeAt(i - 1) && ch > 32 ? current + 1 : 1;
    if (current > longest) longest = current;
  }
  return longest;
}
function mostlyFiller(value) {
  const compact = value.replace(/\s/g, "");
  let filler = 0;
  for (const run of compact.matchAll(/(.)\1{5,}/g)) filler += run[0].length;
  return filler * 2 > compact.length;
}
var BRACKETED, ELIDED, MARKER_WORDS, SEQUENTIAL_RUNS, LONG_VALUE_CHARS, FILLER, placeholderFilter;
var init_placeholder = __esm({
  "src/filters/placeholder.ts"() {
    "use strict";
    BRACKETED = /^<[^>]{1,200}>$|^\[[^\]]{1,200}\]$|^&lt;.{1,200}&gt;$/;
    ELIDED = /\.{3}|…/;
    MARKER_WORDS = /example|placeholder|invalid|your[-_ ]?(?:api|secret|access|own|key|token|password)|(?:api|secret|access)[-_]?key[-_]?here|token[-_]?here|redacted|changeme|change[-_]me|dummy|sample|\*\*\*\*|fake[-_]|insert[-_ ]|replace[-_ ]?(?:me|with)|lorem|ipsum/i;
    SEQUENTIAL_RUNS = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
    LONG_VALUE_CHARS = 100;
    FILLER = /xxxx|XXXX/;
    placeholderFilter = {
      name: "placeholder",
      check: ({ candidate }) => placeholderReason(candidate.secret)
    };
  }
});

// src/filters/filter.ts
function firstMatchingReason(patterns, value) {
  for (const [pattern, reason] of patterns) if (pattern.test(value)) return reason;
  return void 0;
}
var init_filter = __esm({
  "src/filters/filter.ts"() {
    "use strict";
  }
});

// src/filters/template-reference.ts
function templateReferenceReason(value) {
  return firstMatchingReason(REFERENCES, value);
}
var REFERENCES, templateReferenceFilter;
var init_template_reference = __esm({
  "src/filters/template-reference.ts"() {
    "use strict";
    init_filter();
    REFERENCES = [
      // Shell, Compose, Terraform, Spring: ${VAR}, ${VAR:-default}, ${VAR:?message}, ${env.X}.
      [/\$\{/, "a ${\u2026} reference"],
      // Make, Azure Pipelines, shell command substitution: $(VAR).
      [/\$\(/, "a $(\u2026) reference"],
      // Helm, Go templates, Jinja, Mustache, Handlebars, GitHub Actions: {{ .Values.x }}, ${{ secrets.X }}.
      [/\{\{|\}\}/, "a {{\u2026}} template"],
      // ERB, EJS, JSP, ASP: <%= ENV['X'] %>.
      [/<%|%>/, "a <%\u2026%> template"],
      // Octopus Deploy and token-replacement tasks: #{DB_PASSWORD}.
      [/#\{[A-Z_][A-Z0-9_.:-]{0,100}\}/, "a #{VAR} variable"],
      // Python %-formatting and configparser interpolation: %(password)s.
      [/%\([A-Za-z_][\w.-]{0,100}\)[sdr]/, "a %(name)s substitution"],
      // Windows %VAR%, shell $VAR, Gradle/Ant @VAR@: the whole value is the variable.
      [/^%[A-Za-z_][\w]{0,100}%$|^\$[A-Za-z_][\w]{0,100}$|^@[A-Za-z_][\w.]{0,100}@$/, "an environment variable reference"],
      [
        /process\.env|os\.environ|getenv|ENV\[|System\.getProperty|Environment\.GetEnvironmentVariable/i,
        "an environment lookup"
      ]
    ];
    templateReferenceFilter = {
      name: "template-reference",
      check: ({ candidate }) => templateReferenceReason(candidate.secret)
    };
  }
});

// src/filters/decoded-placeholder.ts
function decodedText(value) {
  const jwt = JWT.exec(value);
  const body = jwt ? jwt[1] : BASE64.test(value) ? value : void 0;
  if (body === void 0 || body.replace(/=+$/, "").length % 4 === 1) return void 0;
  const text = Buffer.from(body, /[-_]/.test(body) ? "base64url" : "base64").toString("latin1");
  return /^[\x20-\x7e\t\r\n]{4,}$/.test(text) ? text : void 0;
}
function decodedPlaceholderReason(value) {
  const text = decodedText(value);
  if (text === void 0) return void 0;
  const reason = templateReferenceReason(text) ?? placeholderReason(text);
  return reason ? `decodes to a placeholder: ${reason}` : void 0;
}
var BASE64, JWT, decodedPlaceholderFilter;
var init_decoded_placeholder = __esm({
  "src/filters/decoded-placeholder.ts"() {
    "use strict";
    init_placeholder();
    init_template_reference();
    BASE64 = /^[A-Za-z0-9+/_-]{8,}={0,2}$/;
    JWT = /^eyJ[A-Za-z0-9_-]{4,}\.(eyJ[A-Za-z0-9_-]{4,})\.[A-Za-z0-9_-]{0,}$/;
    decodedPlaceholderFilter = {
      name: "decoded-placeholder",
      check: ({ candidate }) => decodedPlaceholderReason(candidate.secret)
    };
  }
});

// src/filters/dummy-credential.ts
function typedDummyReason(value) {
  const dummy = TYPED_DUMMY.exec(value);
  return dummy ? `a typed dummy value ('${dummy[0]}')` : void 0;
}
function dummyCredentialReason(user, password) {
  const bare = password.toLowerCase();
  if (bare === user.toLowerCase() || bare.replace(/\d{1,4}$/, "") === user.toLowerCase())
    return "a dummy credential (the password is the user name)";
  if (DUMMY_PASSWORD.test(password)) return 'a dummy credential (a password made of the word "pass")';
  if (DUMMY_WORDS.test(
    percentDecoded(password).toLowerCase().replace(/[^a-z]/g, "")
  ))
    return "a dummy credential (placeholder words)";
  return typedDummyReason(password) ? "a dummy credential (typed by hand: abc123, asdf, qwerty\u2026)" : void 0;
}
function percentDecoded(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
function basicAuthPair(value) {
  if (!BASE642.test(value)) return void 0;
  const decoded = Buffer.from(value, "base64").toString("latin1");
  const match = /^([\x21-\x39\x3b-\x7e]{1,64}):([\x20-\x7e]{1,128})$/.exec(decoded);
  return match ? [match[1], match[2]] : void 0;
}
var DUMMY_PREFIX, DUMMY_PASSWORD, DUMMY_WORDS, TYPED_DUMMY, ENCODER_PREFIXED_WORD, URL_USER_BEFORE, BASE642, dummyCredentialFilter;
var init_dummy_credential = __esm({
  "src/filters/dummy-credential.ts"() {
    "use strict";
    DUMMY_PREFIX = "(?:my|bad|test|dummy|fake|foo|some|your|db|cache|demo|sample|default|local|dev|app|example|user)?[-_]?";
    DUMMY_PASSWORD = new RegExp(
      `^${DUMMY_PREFIX}(?:pass|passwd|password|passw0rd|pwd|pw|secret|pass[-_]?word)[-_]?\\d{0,4}$`,
      "i"
    );
    DUMMY_WORDS = /^(?:foo|bar|baz|qux|quux|test|demo|pass|secret|user|admin|root|guest|asdf|qwer|qwerty|abc|xyz|opensesame|open|sesame)+$/;
    TYPED_DUMMY = /abc123|123abc|xyz\d{3}|12345|qwerty|asdf|foobar|foo_bar|hunter2|p[a@]ssw[o0]rd|a1b2c3|1a2b3c/i;
    ENCODER_PREFIXED_WORD = /^\{[a-z0-9-]{1,20}\}[A-Za-z]{1,30}\d{0,3}$/;
    URL_USER_BEFORE = /:\/\/([^:/@\s]{1,64}):$/;
    BASE642 = /^[A-Za-z0-9+/]{8,}={0,2}$/;
    dummyCredentialFilter = {
      name: "dummy-credential",
      check: ({ candidate, lineText, column }) => {
        const value = candidate.secret;
        if (ENCODER_PREFIXED_WORD.test(value)) return "a plain word behind a password-encoder prefix ({noop}\u2026)";
        const userInUrl = URL_USER_BEFORE.exec(lineText.slice(Math.max(0, column - 80), column));
        if (userInUrl && lineText[column + value.length] === "@")
          return dummyCredentialReason(userInUrl[1], value);
        const basic = /basic/i.test(lineText.slice(Math.max(0, column - 24), column)) ? basicAuthPair(value) : void 0;
        return basic ? dummyCredentialReason(basic[0], basic[1]) : void 0;
      }
    };
  }
});

// src/filters/encoded-media.ts
function base64RunStart(lineText, column) {
  let start = column;
  while (start > 0 && isBase64Char(lineText.charCodeAt(start - 1))) start--;
  return start;
}
function insideMedia(lineText, column) {
  const runStart = base64RunStart(lineText, column);
  if (BASE64_MEDIA.test(lineText.slice(runStart, runStart + 12))) return true;
  if (!lineText.startsWith(";base64,", runStart - ";base64,".length)) return false;
  return DATA_URI_HEAD.test(lineText.slice(Math.max(0, runStart - 220), runStart));
}
function encodedMediaReason(value, lineText, column) {
  if (value.startsWith("data:")) return "a data URI";
  if (BASE64_MEDIA.test(value)) return "base64 of an image or font";
  if (insideMedia(lineText, column)) return "inside a base64 image or font";
  return void 0;
}
var BASE64_MEDIA, DATA_URI_HEAD, isBase64Char, encodedMediaFilter;
var init_encoded_media = __esm({
  "src/filters/encoded-media.ts"() {
    "use strict";
    BASE64_MEDIA = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|PHN2Zy|PD94bWwg|UklGR|d09GRg|d09GMg|AAEAAAA|T1RUTw|AAABAA|JVBERi0)/;
    DATA_URI_HEAD = /data:[\w.+-]{1,100}\/[\w.+-]{1,100}(?:;[\w.+-]{1,100}=[\w.+-]{1,100}){0,4};base64,$/;
    isBase64Char = (code) => code >= 65 && code <= 90 || code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 43 || code === 47;
    encodedMediaFilter = {
      name: "encoded-media",
      check: ({ candidate, lineText, column }) => encodedMediaReason(candidate.secret, lineText, column)
    };
  }
});

// src/filters/entropy.ts
function shannonEntropy(value) {
  if (value.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  const length = [...value].length;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
var entropyFilter;
var init_entropy = __esm({
  "src/filters/entropy.ts"() {
    "use strict";
    entropyFilter = {
      name: "entropy",
      check: ({ candidate }) => {
        const floor = candidate.rule.minEntropy;
        if (floor <= 0) return void 0;
        const entropy = shannonEntropy(candidate.secret);
        return entropy < floor ? `entropy ${entropy.toFixed(2)} < ${floor.toFixed(2)}` : void 0;
      }
    };
  }
});

// src/filters/fingerprint-line.ts
function withinFingerprint(secret, lineText) {
  for (const match of lineText.matchAll(FINGERPRINT_IN_TEXT)) if (match[0].includes(secret)) return true;
  return false;
}
var FINGERPRINT_LINE2, FINGERPRINT_IN_TEXT, fingerprintLineFilter;
var init_fingerprint_line = __esm({
  "src/filters/fingerprint-line.ts"() {
    "use strict";
    FINGERPRINT_LINE2 = /^\s*[a-z0-9][a-z0-9-]*:\S.*:[0-9a-f]{16}\s*(?:#.*)?$/;
    FINGERPRINT_IN_TEXT = /(?<![\w-])[a-z0-9][a-z0-9-]{0,80}:[^\s`'"]{1,400}:[0-9a-f]{16}(?![0-9a-f])/g;
    fingerprintLineFilter = {
      name: "fingerprint-line",
      check: ({ candidate, lineText }) => {
        if (candidate.rule.confidence !== "low") return void 0;
        if (FINGERPRINT_LINE2.test(lineText)) {
          return "the line is a leakscan fingerprint (rule:path:hash), not an assignment";
        }
        if (withinFingerprint(candidate.secret, lineText)) {
          return "the value is part of a leakscan fingerprint (rule:path:hash) quoted in text";
        }
        return void 0;
      }
    };
  }
});

// src/filters/identifier.ts
function hasRandomRun(value) {
  for (const run of value.match(RANDOM_RUN) ?? [])
    if (/[A-Za-z]/.test(run) && (run.match(/[0-9]+/g)?.length ?? 0) >= 3) return true;
  return false;
}
function identifierReason(value) {
  const bare = value.replace(/[,;)]{1,3}$/, "");
  if (hasRandomRun(bare)) return void 0;
  return firstMatchingReason(IDENTIFIERS, bare);
}
var IDENTIFIERS, RANDOM_RUN, KEBAB_CASE_NAME, identifierFilter;
var init_identifier = __esm({
  "src/filters/identifier.ts"() {
    "use strict";
    init_filter();
    IDENTIFIERS = [
      [/^:[A-Za-z_][\w]{0,100}[?!]?$/, "a Ruby symbol"],
      [/^:{0,2}[A-Z][\w]{0,100}(?:::[A-Z][\w]{0,100}){1,10}$/, "a class or constant path"],
      [/^[a-z_][\w]{0,100}(?:\/[a-z_][\w]{0,100}){0,10}#[a-z_][\w]{0,100}[?!]?$/, "a route (controller#action)"],
      [/^[a-z_][a-z0-9_-]{0,100}(?:\.(?:[a-z_][a-z0-9_-]{0,100}|%[sd])){2,10}$/, "a dotted key (i18n or settings path)"],
      // `org.acme.auth.TokenService`, JVM internal names `io/ktor/server/auth/AuthenticationFailedCause$NoCredentials`.
      [/^(?:[a-z_][\w]{0,100}[./]){1,15}[A-Z][\w]{0,100}(?:[.$][A-Z][\w]{0,100}){0,5}$/, "a qualified class name"],
      // Django migration names, enum members, snake_case settings: `0003_tokenproxy`, `session_token_store`.
      [/^(?=[a-z0-9_]*[a-z]{3})(?:[a-z]+|[0-9]+)(?:_(?:[a-z]+|[0-9]+)){1,20}$/, "a snake_case name"],
      // Laravel and Rails validation lists, scopes: `required|confirmed`, `read:user,repo`.
      [/^[a-z_.]{2,40}(?:[|,:][a-z0-9_.]{1,40}){1,20}$/, "a list of words (rules or scopes)"]
    ];
    RANDOM_RUN = /[A-Za-z0-9]{16,}/g;
    KEBAB_CASE_NAME = /^[a-z]{2,24}(?:-[a-z]{2,24}){2,12}$/;
    identifierFilter = {
      name: "identifier",
      check: ({ candidate }) => {
        if (candidate.rule.confidence === "low") return identifierReason(candidate.secret);
        return KEBAB_CASE_NAME.test(candidate.secret) ? "a kebab-case name (words joined by hyphens)" : void 0;
      }
    };
  }
});

// src/filters/interpolation.ts
function interpolationReason(value, lineText, column, path) {
  if (HASH_BRACE.test(value)) return "string interpolation #{\u2026}";
  if (SWIFT.test(value)) return "string interpolation \\(\u2026)";
  if (WHOLE_HOLE.test(value)) return "a {name} hole of a format or interpolated string";
  const opening = lineText.slice(Math.max(0, column - 4), column);
  if (BRACE_EXPR.test(value) && INTERPOLATING_QUOTE.test(opening)) return "an interpolated string ({\u2026})";
  if (DOLLAR_NAME.test(value) && opening.endsWith('"') && DOUBLE_QUOTED_LANGUAGES.test(path))
    return "string interpolation ($name)";
  return void 0;
}
var HASH_BRACE, SWIFT, DOLLAR_NAME, BRACE_EXPR, WHOLE_HOLE, INTERPOLATING_QUOTE, DOUBLE_QUOTED_LANGUAGES, interpolationFilter;
var init_interpolation = __esm({
  "src/filters/interpolation.ts"() {
    "use strict";
    HASH_BRACE = /#\{[^}]{1,200}\}/;
    SWIFT = /\\\([^)]{1,200}\)/;
    DOLLAR_NAME = /\$[a-z_][\w]{0,100}/;
    BRACE_EXPR = /\{[A-Za-z_][\w.[\]()'"]{0,200}\}/;
    WHOLE_HOLE = /^\{[A-Za-z_][\w.]{0,100}\}$/;
    INTERPOLATING_QUOTE = /(?:^|[^A-Za-z0-9_])(?:[fF][rR]?|[rR][fF]|\$@?|@\$)["']$/;
    DOUBLE_QUOTED_LANGUAGES = /\.(?:kt|kts|groovy|gradle|dart|php|pl|pm)$/i;
    interpolationFilter = {
      name: "interpolation",
      check: ({ candidate, lineText, column, fragment }) => interpolationReason(candidate.secret, lineText, column, fragment.origin.path)
    };
  }
});

// src/filters/known-non-secret.ts
function spellsItsKind(value) {
  if (value.length > 40) return void 0;
  const plain = value.toLowerCase().replace(/[013457@$]/g, (c) => LEET[c] ?? c).replace(/[^a-z]/g, "");
  return SELF_NAMING_WORD.exec(plain)?.[0];
}
function base64OfProse(value) {
  if (value.length < 12 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, "base64").toString("latin1");
  return /^[A-Za-z]+(?:[ ,.'!?-]{1,2}[A-Za-z]+){1,20}[.!]?$/.test(decoded) && decoded.includes(" ");
}
function characterClasses(value) {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
}
function assignedName(lineText, value) {
  const at = lineText.indexOf(value);
  if (at <= 0) return "";
  const before = lineText.slice(Math.max(0, at - 120), at);
  const match = /([A-Za-z0-9_.-]{1,80})["'\]]?\s{0,4}(?::=|=>|=|:)\s{0,4}["'`]?$/.exec(before);
  return (match?.[1] ?? "").toLowerCase();
}
function unquotedInCode(value, lineText, path) {
  if (!SOURCE_CODE_FILE.test(path)) return false;
  const at = lineText.indexOf(value);
  if (at < 0 || /["'`]/.test(lineText[at - 1] ?? "")) return false;
  const before = lineText.slice(0, at);
  return !['"', "'", "`"].some((quote) => before.split(quote).length % 2 === 0);
}
function inUrlPath(value, lineText) {
  const at = lineText.indexOf(value);
  if (at < 0) return false;
  const token = /[^\s"'`<>(]*$/.exec(lineText.slice(Math.max(0, at - 300), at))?.[0] ?? "";
  const scheme = token.indexOf("://");
  return scheme >= 0 && /\/[^?&#;/]*$/.test(token.slice(scheme + 3));
}
function knownNonSecretReason(value, lineText, secretHalf = true, path = "") {
  if (unquotedInCode(value, lineText, path)) return "an unquoted expression in source code";
  if (inUrlPath(value, lineText)) return "part of a URL path";
  if (/\\[nrt]/.test(value)) return "text spanning an escaped line break (\\n)";
  const context = { line: lineText.toLowerCase(), name: assignedName(lineText, value), secretHalf };
  for (const check of CHECKS) {
    const reason = check(value, context);
    if (reason !== void 0) return reason;
  }
  return void 0;
}
var UUID, HEX_DIGEST, HASH_CONTEXT, INTEGRITY, PUBLIC_KEY_VALUE, PUBLIC_NAME, MEMBER_ACCESS, CODE_CHARS, IDENTIFIER_ONLY, CONSTANT_NAME, VERSIONED_ARTIFACT, CAMEL_CASE_WORDS, URL_OR_PATH, NAME_NOT_THE_SECRET, mashed, MAVEN_ENCRYPTED, PASSWORD_HASH, NAME_SAYS_NOT_REAL, CSRF_NAME, LEET, SELF_NAMING_WORD, MINIFIED_LINE_CHARS, CHECKS, SOURCE_CODE_FILE, knownNonSecretFilter;
var init_known_non_secret = __esm({
  "src/filters/known-non-secret.ts"() {
    "use strict";
    init_dummy_credential();
    UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
    HASH_CONTEXT = /sha\d{0,3}|md5|hash|digest|checksum|integrity|commit|revision|\brev\b|etag|fingerprint|content[_-]?id|git/;
    INTEGRITY = /^(?:sha1|sha256|sha384|sha512|md5)-[A-Za-z0-9+/]{20,}={0,2}$/i;
    PUBLIC_KEY_VALUE = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-|sk-ssh-|AAAA[BC]3NzaC1|AAAAE2VjZHNh)|BEGIN (?:PUBLIC KEY|CERTIFICATE|RSA PUBLIC KEY|PGP PUBLIC)/;
    PUBLIC_NAME = /public|pub[_-]?key|certificate|\bcert\b|[_-]cert/;
    MEMBER_ACCESS = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+[;,)]*$/;
    CODE_CHARS = /[()]|^[$@&*!]?[A-Za-z_][\w]*\[|^(?:this|self|props|state|config|options|opts|args|params|settings|ctx|req|request|res|response|process|env|window|document)\b/;
    IDENTIFIER_ONLY = /^[A-Za-z_$][A-Za-z_$.-]*$/;
    CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
    VERSIONED_ARTIFACT = /^[a-z]{2,}\d{0,3}(?:[-_.][a-z]{2,}\d{0,3})*[-@]v?\d{1,4}\.\d{1,4}(?:\.\d{1,4})?(?:[-.+][\w.]{1,20})?$/;
    CAMEL_CASE_WORDS = /(?:[A-Z][a-z]{3,}){5}/;
    URL_OR_PATH = /^(?:[a-z][a-z0-9+.-]{1,20}:\/\/[^@\s]*|(?:classpath\*?|file|jar|resource):[\w.~/-]+|\.{0,2}\/[\w.~/@-]*|[A-Za-z]:\\.*|[\w.-]+\/[\w./-]*\.[a-z]{1,5})$/;
    NAME_NOT_THE_SECRET = /(?:url|uri|endpoint|path|file|dir|name|type|field|label|length|len|size|count|format|prefix|suffix|pattern|regex|header|param|hint|placeholder|policy|provider|mode|version|expires?|expiry|expiration|ttl|timeout|index|class|style|selector|event|storage|limit|message|msg|error|description|title|key_id|_id|ids|tokeniz|tokens|_hash|hash|_sha|digest|_at)$/;
    mashed = (value) => value.length >= 16 && /^[a-z0-9]+$/.test(value) && (value.match(/[asdfghjkl]/g)?.length ?? 0) >= value.length * 0.65;
    MAVEN_ENCRYPTED = /^\{[A-Za-z0-9+/]{16,}={0,2}\}$/;
    PASSWORD_HASH = /^(?:\$(?:argon2(?:id|i|d)|2[abxy]?|1|5|6|y|gy|7|pbkdf2(?:-sha\d+)?|scrypt)\$|(?:pbkdf2_sha\d+|bcrypt(?:_sha256)?|argon2|scrypt)\$|\{(?:SSHA|SHA|SSHA256|SSHA512|bcrypt|pbkdf2)[^}]{0,20}\})/;
    NAME_SAYS_NOT_REAL = /(?:^|[-_.])(?:non[-_]?matching|not[-_]?(?:a[-_]?)?(?:real|valid|matching)|invalid|fake|dummy|bogus|wrong)/;
    CSRF_NAME = /csrf|xsrf|authenticity_token|requestverificationtoken|^_token$/;
    LEET = {
      "0": "o",
      "1": "i",
      "3": "e",
      "4": "a",
      "5": "s",
      "7": "t",
      "@": "a",
      $: "s"
    };
    SELF_NAMING_WORD = /secret|passw(?:or)?d|token|apikey|credential/;
    MINIFIED_LINE_CHARS = 1e3;
    CHECKS = [
      (v) => UUID.test(v) ? "a UUID" : void 0,
      (v) => typedDummyReason(v),
      (v) => mashed(v) ? "keyboard mashing (home-row letters)" : void 0,
      (v) => INTEGRITY.test(v) ? "an integrity hash (sha512-\u2026)" : void 0,
      (v) => PASSWORD_HASH.test(v) ? "a password hash" : void 0,
      (v) => MAVEN_ENCRYPTED.test(v) ? "an encrypted value ({\u2026}, Maven settings-security)" : void 0,
      (v, c) => HEX_DIGEST.test(v) && (HASH_CONTEXT.test(c.name) || HASH_CONTEXT.test(c.line)) ? "a hex digest in a hash context" : void 0,
      (v) => base64OfProse(v) ? "base64 of plain words" : void 0,
      (_, c) => CSRF_NAME.test(c.name) ? "an anti-forgery (CSRF) token, made per form or session" : void 0,
      (_, c) => NAME_SAYS_NOT_REAL.test(c.name) ? `the name '${c.name}' says it is not a real credential` : void 0,
      (v, c) => PUBLIC_KEY_VALUE.test(v) || PUBLIC_NAME.test(c.name) ? "a public key or certificate" : void 0,
      // Digits in every dotted literal we know of (SendGrid `SG.…`, Mapbox `sk.…`); a JWT (`eyJ….eyJ….sig`) has the
      // shape of a member access, but its base64url JSON header says otherwise. Member names rarely have digits.
      (v) => MEMBER_ACCESS.test(v) && !/[0-9]/.test(v) && !v.startsWith("eyJ") || CODE_CHARS.test(v) ? "code, not a literal" : void 0,
      (v) => CONSTANT_NAME.test(v) ? "a constant name, not a literal" : void 0,
      (v) => URL_OR_PATH.test(v) ? "a URL or path" : void 0,
      (v) => VERSIONED_ARTIFACT.test(v) ? "a package name and version" : void 0,
      (v) => CAMEL_CASE_WORDS.test(v) ? "CamelCase words: a type or enum name" : void 0,
      (v) => IDENTIFIER_ONLY.test(v) ? "letters only: a word or identifier" : void 0,
      (v) => characterClasses(v) < 2 ? "a single character class" : void 0,
      (_, c) => c.secretHalf && NAME_NOT_THE_SECRET.test(c.name) ? `the name '${c.name}' describes something else than the secret` : void 0,
      (_, c) => c.line.length > MINIFIED_LINE_CHARS ? "a minified line" : void 0,
      (v) => {
        const word = spellsItsKind(v);
        return word ? `the value spells '${word}': a stand-in, not a key` : void 0;
      }
    ];
    SOURCE_CODE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|cs|php|rs|swift|c|cc|cpp|h|hpp|m|dart|lua|pl|ex|exs|groovy)$/i;
    knownNonSecretFilter = {
      name: "known-non-secret",
      check: ({ candidate, lineText, fragment }) => candidate.rule.confidence === "low" ? knownNonSecretReason(candidate.secret, lineText, candidate.rule.standalone, fragment.origin.path) : void 0
    };
  }
});

// src/filters/secret-manager-reference.ts
function secretManagerReason(value) {
  return firstMatchingReason(MANAGER_REFERENCES, value);
}
var MANAGER_REFERENCES, secretManagerReferenceFilter;
var init_secret_manager_reference = __esm({
  "src/filters/secret-manager-reference.ts"() {
    "use strict";
    init_filter();
    MANAGER_REFERENCES = [
      [/^vault:[\w./-]{1,200}(?:#[\w.-]{1,100})?$/, "a HashiCorp Vault reference (vault:path#key)"],
      [/^op:\/\/[^\s/]{1,100}\/[^\s/]{1,200}/, "a 1Password secret reference (op://vault/item/field)"],
      [/^arn:aws[\w-]{0,20}:(?:secretsmanager|ssm|kms):/, "an AWS ARN (Secrets Manager, SSM or KMS)"],
      [
        /^(?:\/\/secretmanager\.googleapis\.com\/)?projects\/[^\s/]{1,100}\/secrets\/[^\s/]{1,255}/,
        "a Google Secret Manager resource name"
      ],
      [/^https:\/\/[\w-]{1,64}\.vault\.azure\.net\/(?:secrets|keys|certificates)\//, "an Azure Key Vault URI"],
      [/^@Microsoft\.KeyVault\(/, "an Azure Key Vault reference"],
      [/^(?:sm|gcpsm|awssm|ssm|secretsmanager|azurekeyvault|akv|doppler|infisical|bws):\/\//, "a secret-manager URI"]
    ];
    secretManagerReferenceFilter = {
      name: "secret-manager-reference",
      check: ({ candidate }) => secretManagerReason(candidate.secret)
    };
  }
});

// src/filters/default-filters.ts
function defaultFilters(config) {
  return [
    checksumFilter,
    entropyFilter,
    templateReferenceFilter,
    secretManagerReferenceFilter,
    interpolationFilter,
    placeholderFilter,
    decodedPlaceholderFilter,
    dummyCredentialFilter,
    encodedMediaFilter,
    identifierFilter,
    knownNonSecretFilter,
    fingerprintLineFilter,
    ruleAllowlistFilter,
    globalAllowlistFilter(config.allowlist),
    inlineIgnoreFilter
  ];
}
var init_default_filters = __esm({
  "src/filters/default-filters.ts"() {
    "use strict";
    init_allowlist();
    init_checksum();
    init_decoded_placeholder();
    init_dummy_credential();
    init_encoded_media();
    init_entropy();
    init_fingerprint_line();
    init_identifier();
    init_inline_ignore();
    init_interpolation();
    init_known_non_secret();
    init_placeholder();
    init_secret_manager_reference();
    init_template_reference();
  }
});

// src/findings/secret-groups.ts
function groupBySecret(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const id = finding.secretId ?? secretIdOf(finding);
    let entry = groups.get(id);
    if (!entry) {
      entry = {
        group: {
          id,
          family: ruleFamily(finding),
          ruleIds: [],
          title: finding.title,
          vendor: finding.vendor,
          severity: finding.severity,
          confidence: finding.confidence,
          secretHash: finding.secretHash,
          secret: finding.secret,
          rotationGuide: finding.rotationGuide,
          references: finding.references,
          reusedIn: 0,
          locations: [],
          exposure: finding.exposure,
          verification: finding.verification
        },
        places: /* @__PURE__ */ new Set(),
        rules: /* @__PURE__ */ new Set()
      };
      groups.set(id, entry);
    }
    const { group } = entry;
    entry.places.add(placeOf(finding));
    entry.rules.add(finding.ruleId);
    if (SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(group.severity)) group.severity = finding.severity;
    if (!group.rotationGuide && finding.rotationGuide) group.rotationGuide = finding.rotationGuide;
    group.locations.push({
      file: finding.file,
      line: finding.line,
      column: finding.column,
      part: finding.part,
      repository: finding.repository,
      fingerprint: finding.fingerprint,
      commit: finding.commit,
      presentAtHead: finding.presentAtHead
    });
  }
  return [...groups.values()].map(({ group, places, rules }) => ({
    ...group,
    ruleIds: [...rules],
    reusedIn: places.size,
    // Oldest first, as the key spread; a stable sort keeps the scan order of places without commits.
    locations: group.locations.sort(
      (a, b) => a.commit && b.commit ? Date.parse(a.commit.date) - Date.parse(b.commit.date) : 0
    )
  }));
}
function markReuse(findings) {
  const reuse = new Map(groupBySecret(findings).map((group) => [group.id, group.reusedIn]));
  return findings.map((finding) => {
    const secretId = finding.secretId ?? secretIdOf(finding);
    return { ...finding, secretId, reusedIn: reuse.get(secretId) ?? 1 };
  });
}
function reuseNote(finding) {
  return (finding.reusedIn ?? 1) > 1 ? `REUSED: the same key is in ${finding.reusedIn} places (secret ${finding.secretId}); rotating it affects each of them` : void 0;
}
var ruleFamily, secretIdOf, placeOf;
var init_secret_groups = __esm({
  "src/findings/secret-groups.ts"() {
    "use strict";
    init_rule_definition();
    ruleFamily = (finding) => finding.vendor.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "unknown";
    secretIdOf = (finding) => `${ruleFamily(finding)}:${finding.secretHash.slice(0, 16)}`;
    placeOf = (finding) => `${finding.repository ?? ""}\0${finding.part === "commit-message" ? `commit ${finding.commit?.sha ?? ""}` : finding.file}`;
  }
});

// src/rules/select-rules.ts
async function selectRules(config) {
  if (config.customRules.length > 0 || config.allowlist.regexes.length > 0) await loadUserPatternEngine();
  const builtin = compileRuleFiles(await loadBuiltinDefinitions());
  const known = new Set(builtin.map((rule) => rule.id));
  const problems = [];
  config.disabledRules.forEach((id, index) => {
    if (!known.has(id)) problems.push(`rules.disable[${index}]: no built-in rule '${id}' (see 'leakscan rules list')`);
  });
  const disabled = new Set(config.disabledRules);
  const rules = builtin.filter((rule) => !disabled.has(rule.id));
  const file = config.file ?? ".leakscan.yaml";
  for (const [index, definition] of config.customRules.entries()) {
    if (known.has(definition.id))
      problems.push(
        `rules.custom[${index}].id: '${definition.id}' is a built-in rule id; disable it or pick another id`
      );
    else rules.push(compileRule(definition, file, "config"));
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  const table = rules.length === builtin.length ? prebuiltKeywordTable(rules) : void 0;
  if (table) usePrebuiltKeywordTable(rules, table);
  return rules;
}
var init_select_rules = __esm({
  "src/rules/select-rules.ts"() {
    "use strict";
    init_keyword_index();
    init_errors();
    init_compile_rule();
    init_load_rules();
    init_text_pattern();
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString2 = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString2(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString2(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString2(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString2(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString2(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/sources/decode-text.ts
function sniffEncoding(bytes) {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  const signature = signatureLength(sample);
  const rest = sample.length - signature;
  const limit = signature > 0 ? SIGNATURE_CONTROL_RATIO : CONTROL_RATIO;
  if (rest > 0 && controlCount(sample, signature, sample.length, 1) / rest > limit) return void 0;
  return (0, import_node_buffer.isUtf8)(withoutPartialTail(sample)) ? "utf8" : "latin1";
}
function looksBinary(bytes) {
  return sniffEncoding(bytes) === void 0;
}
function decodeText(bytes, encoding = sniffEncoding(bytes) ?? "latin1") {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const bomLength = bomEncoding(bytes) === encoding ? encoding === "utf8" ? 3 : 2 : 0;
  const body = buffer.subarray(bomLength);
  switch (encoding) {
    case "utf16le":
      return body.subarray(0, body.length - body.length % 2).toString("utf16le");
    case "utf16be":
      return Buffer.from(body.subarray(0, body.length - body.length % 2)).swap16().toString("utf16le");
    case "utf8":
      return (0, import_node_buffer.isUtf8)(body) ? body.toString("utf8") : body.toString("latin1");
    case "latin1":
      return body.toString("latin1");
  }
}
function bomEncoding(bytes) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return "utf8";
  if (bytes[0] === 255 && bytes[1] === 254) return "utf16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf16be";
  return void 0;
}
function signatureLength(bytes) {
  return BINARY_SIGNATURES.find(
    (signature) => signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte)
  )?.length ?? 0;
}
function controlCount(bytes, from, to, step) {
  let count = 0;
  for (let i = from; i < to; i += step) count += CONTROL_BYTE[bytes[i]];
  return count;
}
function utf16WithoutBom(sample) {
  const length = Math.min(sample.length, UTF16_SAMPLE_BYTES) & ~1;
  const pairs = length / 2;
  if (pairs === 0 || sample.subarray(0, length).indexOf(0) === -1) return void 0;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  const textSide = (low) => controlCount(sample, low, length, 2) / pairs <= CONTROL_RATIO;
  if (zeroOdd / pairs >= UTF16_ZERO_HALF && zeroEven / pairs < CONTROL_RATIO && textSide(0)) return "utf16le";
  if (zeroEven / pairs >= UTF16_ZERO_HALF && zeroOdd / pairs < CONTROL_RATIO && textSide(1)) return "utf16be";
  return void 0;
}
function withoutPartialTail(sample) {
  for (let back = 1; back <= Math.min(3, sample.length); back++) {
    const byte = sample[sample.length - back];
    if (byte < 128) return sample;
    if (byte >= 192) {
      const needed = byte >= 240 ? 4 : byte >= 224 ? 3 : 2;
      return needed > back ? sample.subarray(0, sample.length - back) : sample;
    }
  }
  return sample;
}
var import_node_buffer, BINARY_SIGNATURES, SNIFF_BYTES, CONTROL_RATIO, SIGNATURE_CONTROL_RATIO, UTF16_ZERO_HALF, UTF16_SAMPLE_BYTES, DECODER_LABEL, CONTROL_BYTE;
var init_decode_text = __esm({
  "src/sources/decode-text.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
    BINARY_SIGNATURES = [
      [137, 80, 78, 71],
      // PNG
      [255, 216, 255],
      // JPEG
      [71, 73, 70, 56],
      // GIF
      [80, 75, 3, 4],
      // ZIP, JAR, DOCX
      [31, 139],
      // gzip
      [127, 69, 76, 70],
      // ELF
      [207, 250, 237, 254],
      // Mach-O
      [77, 90],
      // PE / DOS executable
      [37, 80, 68, 70],
      // PDF
      [119, 79, 70],
      // WOFF
      [0, 97, 115, 109],
      // WebAssembly
      [83, 81, 76, 105, 116, 101],
      // SQLite
      [202, 254, 186, 190],
      // Java class
      [66, 90, 104],
      // bzip2
      [253, 55, 122, 88, 90],
      // xz
      [40, 181, 47, 253]
      // zstd
    ];
    SNIFF_BYTES = 1024 * 1024;
    CONTROL_RATIO = 0.1;
    SIGNATURE_CONTROL_RATIO = 0.05;
    UTF16_ZERO_HALF = 0.5;
    UTF16_SAMPLE_BYTES = 64 * 1024;
    DECODER_LABEL = {
      utf8: "utf-8",
      utf16le: "utf-16le",
      utf16be: "utf-16be",
      latin1: "latin1"
    };
    CONTROL_BYTE = new Uint8Array(256);
    for (let byte = 0; byte < 32; byte++) CONTROL_BYTE[byte] = [9, 10, 12, 13, 27].includes(byte) ? 0 : 1;
    CONTROL_BYTE[127] = 1;
  }
});

// src/sources/minified.ts
function withoutMinifiedLines(text, path) {
  if (!BUNDLE_EXTENSION.test(path) || text.length < MIN_BUNDLE_CHARS) return void 0;
  if (!SOURCE_MAP_COMMENT.test(text.slice(-512))) return void 0;
  const lines = text.split("\n");
  let minifiedChars = 0;
  let minifiedLines = 0;
  for (const line of lines) {
    if (line.length >= MINIFIED_LINE) {
      minifiedChars += line.length;
      minifiedLines++;
    }
  }
  if (minifiedChars / text.length < MINIFIED_SHARE) return void 0;
  return {
    text: lines.map((line) => line.length >= MINIFIED_LINE ? "" : line).join("\n"),
    lines: minifiedLines,
    chars: minifiedChars
  };
}
var BUNDLE_EXTENSION, SOURCE_MAP_COMMENT, MIN_BUNDLE_CHARS, MINIFIED_LINE, MINIFIED_SHARE;
var init_minified = __esm({
  "src/sources/minified.ts"() {
    "use strict";
    BUNDLE_EXTENSION = /\.(?:[cm]?js|css)$/i;
    SOURCE_MAP_COMMENT = /[#@] sourceMappingURL=/;
    MIN_BUNDLE_CHARS = 2048;
    MINIFIED_LINE = 500;
    MINIFIED_SHARE = 0.9;
  }
});

// src/sources/git.ts
function gitEnv() {
  return {
    ...process.env,
    GIT_PAGER: "cat",
    PAGER: "cat",
    LC_ALL: "C",
    GIT_TERMINAL_PROMPT: "0",
    GIT_NO_REPLACE_OBJECTS: "1",
    GIT_GRAFT_FILE: import_node_os.devNull,
    GIT_PROXY_COMMAND: process.env.GIT_PROXY_COMMAND ?? "",
    // Transports: the usual ones only, whatever `protocol.*.allow` says (this variable overrides that config):
    // `ext::` runs a command, and any other `name::` runs a remote helper.
    GIT_ALLOW_PROTOCOL: process.env.GIT_ALLOW_PROTOCOL ?? "file:git:ssh:http:https"
  };
}
function spawnGit(cwd, args, options = {}) {
  const config = options.configuredHooksPath ? HOOKS_PATH_FREE : HARDENED_CONFIG;
  return (0, import_node_child_process.spawn)("git", ["--no-pager", ...config, ...options.extraConfig ?? [], ...args], {
    cwd,
    env: gitEnv(),
    stdio: ["pipe", "pipe", "pipe"]
  });
}
function runGit(cwd, args, options = {}) {
  return new Promise((resolve5, reject) => {
    const child = spawnGit(cwd, args, options);
    const out = [];
    let stderr = "";
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => stderr += chunk.toString("utf8"));
    child.on(
      "error",
      (error) => reject(new SourceError(`cannot run git: ${error.message}; is git installed and on PATH?`, {}, { cause: error }))
    );
    child.on("close", (code) => resolve5({ stdout: Buffer.concat(out), stderr, code: code ?? 1 }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
  });
}
async function* streamGit(cwd, args, what, input) {
  const child = spawnGit(cwd, args);
  child.stdin.on("error", () => void 0);
  child.stdin.end(input ?? "");
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 16384) stderr += chunk.toString("utf8");
  });
  const exited = new Promise((resolve5, reject) => {
    child.on("error", (error) => reject(new SourceError(`cannot run git: ${error.message}`, {}, { cause: error })));
    child.on("close", (code2, signal) => resolve5(code2 ?? (signal ? 128 : 1)));
  });
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk;
    finished = true;
  } finally {
    if (!finished) child.kill();
  }
  const code = await exited;
  if (code !== 0) throw new SourceError(`${what}: ${firstLines(stderr) || `git exited with ${code}`}`);
}
function firstLines(text, count = 4) {
  return text.trim().split("\n").slice(0, count).join("; ");
}
async function openRepository(cwd) {
  const result = await runGit(cwd, [
    "rev-parse",
    "--show-toplevel",
    "--is-shallow-repository",
    "--verify",
    "--quiet",
    "HEAD^{commit}"
  ]);
  const lines = result.stdout.toString("utf8").replace(/\n$/, "").split("\n");
  const hasHead = result.code === 0;
  if (result.code !== 0 && result.code !== 1 || lines.length < (hasHead ? 3 : 2)) {
    if (/not a git repository/i.test(result.stderr))
      throw new SourceError(
        `not a git repository: ${cwd} (run leakscan inside a git work tree, or use 'leakscan scan' for plain files)`,
        { file: cwd }
      );
    throw new SourceError(
      `cannot read the git repository at ${cwd}: ${firstLines(result.stderr) || `git exited with ${result.code}`}`,
      { file: cwd }
    );
  }
  if (hasHead) lines.pop();
  const shallow = lines.pop() === "true";
  return { root: lines.join("\n").trim(), hasHead, shallow };
}
async function originUrl(cwd) {
  try {
    const result = await runGit(cwd, ["config", "--get", "remote.origin.url"]);
    const url = result.stdout.toString("utf8").trim();
    return result.code === 0 && url ? url : void 0;
  } catch {
    return void 0;
  }
}
var import_node_child_process, import_node_os, HARDENING, asConfigArgs, HARDENED_CONFIG, HOOKS_PATH_FREE;
var init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_os = require("node:os");
    init_errors();
    HARDENING = [
      // Programs git would run on the repository's say.
      "core.fsmonitor=false",
      `core.hooksPath=${import_node_os.devNull}`,
      "core.pager=cat",
      // Empty: no askpass program from config (a GIT_ASKPASS the user exported still wins, as git reads it first).
      "core.askPass=",
      // Only consulted when the repository has alternates; `true` prints no refs, so none are advertised.
      "core.alternateRefsCommand=true",
      "log.showSignature=false",
      "gpg.program=gpg",
      "gpg.ssh.program=ssh-keygen",
      "gpg.x509.program=gpgsm",
      "maintenance.auto=false",
      "gc.auto=0",
      // What is read: stored objects and history as they are, output in a fixed, parseable shape.
      "core.useReplaceRefs=false",
      "core.bigFileThreshold=512m",
      "log.showRoot=true",
      "i18n.logOutputEncoding=UTF-8",
      "core.quotePath=false",
      "color.ui=false",
      "diff.noprefix=false",
      "diff.mnemonicPrefix=false",
      "diff.relative=false"
    ];
    asConfigArgs = (settings) => settings.flatMap((setting) => ["-c", setting]);
    HARDENED_CONFIG = asConfigArgs(HARDENING);
    HOOKS_PATH_FREE = asConfigArgs(HARDENING.filter((setting) => !setting.startsWith("core.hooksPath=")));
  }
});

// src/sources/text-windows.ts
var OVERLAP_CHARS, MIN_WINDOW_CHARS, TextWindows, isHighSurrogate, isLowSurrogate;
var init_text_windows = __esm({
  "src/sources/text-windows.ts"() {
    "use strict";
    OVERLAP_CHARS = 64 * 1024;
    MIN_WINDOW_CHARS = 4 * OVERLAP_CHARS;
    TextWindows = class {
      buffer = "";
      /** Position of buffer[0] in the whole text. */
      line = 1;
      column = 1;
      /** Offset in `buffer` where text no window has seen begins. */
      unseen = 0;
      emitted = 0;
      windowChars;
      constructor(windowChars) {
        this.windowChars = Math.max(windowChars, MIN_WINDOW_CHARS);
      }
      push(piece) {
        this.buffer += piece;
        const windows = [];
        while (this.buffer.length > this.windowChars) windows.push(this.cut());
        return windows;
      }
      end() {
        if (this.emitted > 0 && this.unseen >= this.buffer.length) return [];
        const last = this.window(this.buffer.length);
        this.buffer = "";
        return [last];
      }
      cut() {
        const limit = this.windowChars;
        let cut = this.buffer.lastIndexOf("\n", limit - 1) + 1;
        if (cut < limit / 2) cut = limit;
        if (isHighSurrogate(this.buffer.charCodeAt(cut - 1))) cut--;
        const window = this.window(cut);
        const newline = this.buffer.indexOf("\n", cut - OVERLAP_CHARS - 1);
        let next = newline !== -1 && newline + 1 < cut ? newline + 1 : cut - OVERLAP_CHARS;
        if (isLowSurrogate(this.buffer.charCodeAt(next))) next++;
        const start = this.advance(0, next, this.line, this.column);
        this.buffer = this.buffer.slice(next);
        this.line = start.line;
        this.column = start.column;
        this.unseen = cut - next;
        return window;
      }
      window(end) {
        const unseenFrom = this.emitted > 0 ? this.advance(0, this.unseen, this.line, this.column) : void 0;
        this.emitted++;
        return {
          text: this.buffer.slice(0, end),
          startLine: this.line,
          startColumn: this.column,
          unseenFrom: unseenFrom || void 0
        };
      }
      /** The position reached from (line, column) after the buffer's characters [from, to). */
      advance(from, to, line, column) {
        let lastNewline = -1;
        for (let i = this.buffer.indexOf("\n", from); i !== -1 && i < to; i = this.buffer.indexOf("\n", i + 1)) {
          line++;
          lastNewline = i;
        }
        return lastNewline === -1 ? { line, column: column + (to - from) } : { line, column: to - lastNewline };
      }
    };
    isHighSurrogate = (code) => code >= 55296 && code <= 56319;
    isLowSurrogate = (code) => code >= 56320 && code <= 57343;
  }
});

// src/sources/directory.ts
function readListedFile(file, read) {
  const skip = (reason, detail) => ({
    skipped: { path: file.path, reason, detail: detail || void 0 }
  });
  const origin = { kind: "file", path: file.path };
  let fd;
  try {
    fd = (0, import_node_fs7.openSync)(file.absolute, "r");
    const { size } = (0, import_node_fs7.fstatSync)(fd);
    const headSize = Math.min(size, read.maxFileBytes + 1);
    const probe = Buffer.allocUnsafe(Math.min(headSize, SNIFF_BYTES));
    const probeLength = readFully(fd, probe, 0);
    const encoding = sniffEncoding(probe.subarray(0, probeLength));
    if (encoding === void 0) return skip("binary");
    let bytes = probe.subarray(0, probeLength);
    if (probeLength === probe.length && headSize > probe.length) {
      const head = Buffer.allocUnsafe(headSize);
      probe.copy(head);
      bytes = head.subarray(0, probeLength + readFully(fd, head.subarray(probeLength), probeLength));
    }
    const headLength = bytes.length;
    if (headLength <= read.maxFileBytes) {
      const text = decodeText(bytes, encoding);
      const bundle = read.skipMinifiedBundles ? withoutMinifiedLines(text, file.path) : void 0;
      if (bundle) {
        const unscanned = {
          path: file.path,
          reason: "minified-bundle",
          detail: `${bundle.lines} minified line(s) of ${bundle.chars} characters not scanned`
        };
        return { fragments: [{ text: bundle.text, origin, startLine: 1 }], bytes: headLength, unscanned };
      }
      return { fragments: [{ text, origin, startLine: 1 }], bytes: headLength };
    }
    const windowed = { fragments: fileWindows(fd, bytes, encoding, read.maxFileBytes, origin), bytes: size };
    fd = void 0;
    return windowed;
  } catch (error) {
    return skip("unreadable", error.code ?? error.message);
  } finally {
    if (fd !== void 0) (0, import_node_fs7.closeSync)(fd);
  }
}
function readFully(fd, buffer, position) {
  let filled = 0;
  while (filled < buffer.length) {
    const count = (0, import_node_fs7.readSync)(fd, buffer, filled, buffer.length - filled, position + filled);
    if (count === 0) break;
    filled += count;
  }
  return filled;
}
function* fileWindows(fd, head, encoding, windowBytes, origin) {
  try {
    const decoder = new TextDecoder(DECODER_LABEL[encoding]);
    const windows = new TextWindows(windowBytes);
    const toFragment = (window) => ({ ...window, origin });
    for (const window of windows.push(decoder.decode(head, { stream: true }))) yield toFragment(window);
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = head.length; ; ) {
      const count = readFully(fd, chunk, position);
      if (count === 0) break;
      position += count;
      for (const window of windows.push(decoder.decode(chunk.subarray(0, count), { stream: true })))
        yield toFragment(window);
    }
    for (const window of windows.push(decoder.decode())) yield toFragment(window);
    for (const window of windows.end()) yield toFragment(window);
  } finally {
    (0, import_node_fs7.closeSync)(fd);
  }
}
function fileNameFragment(path) {
  return {
    text: path.slice(path.replace(/\/+$/, "").lastIndexOf("/") + 1),
    origin: { kind: "file", path },
    startLine: 1,
    decodedFrom: "file name"
  };
}
var import_node_fs7, import_ignore, CHUNK_BYTES;
var init_directory = __esm({
  "src/sources/directory.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_ignore = __toESM(require_ignore(), 1);
    init_errors();
    init_decode_text();
    init_minified();
    init_git();
    init_glob_matcher();
    init_text_windows();
    CHUNK_BYTES = 1024 * 1024;
  }
});

// src/sources/notebook.ts
function notebookFragments(fragment) {
  if (!/\.ipynb$/i.test(fragment.origin.path) || fragment.decodedFrom) return void 0;
  if (fragment.lineNumbers === void 0) {
    const cells = parseNotebook(fragment.text);
    if (cells) return cells.map((cell2) => cellFragment(fragment, cell2)).filter((cell2) => cell2.text.length > 0);
  }
  return [{ ...fragment, text: fragment.text.split("\n").map(unescapeStringLine).join("\n") }];
}
function cellFragment(notebook, cell2) {
  return {
    text: cell2.lines.join("\n"),
    origin: { ...notebook.origin, cell: cell2.cell },
    startLine: cell2.lineNumbers[0] ?? notebook.startLine,
    lineNumbers: cell2.lineNumbers.map((line) => notebook.startLine - 1 + line)
  };
}
function unescapeStringLine(line) {
  const match = STRING_LINE.exec(line);
  if (!match) return line;
  try {
    return `${match[1]}${JSON.parse(`"${match[2]}"`).replace(/\r?\n$/, "")}`;
  } catch {
    return line;
  }
}
function parseNotebook(text) {
  let root;
  try {
    root = new LocatingParser(text).parseDocument();
  } catch {
    return void 0;
  }
  const cellsOf = (holder) => isObject(holder) && Array.isArray(holder.cells) ? holder.cells : void 0;
  const cells = cellsOf(root) ?? (isObject(root) && Array.isArray(root.worksheets) ? root.worksheets.flatMap((sheet) => cellsOf(sheet) ?? []) : void 0);
  if (!cells) return void 0;
  const texts = [];
  cells.forEach((cell2, index) => {
    if (!isObject(cell2)) return;
    texts.push(textOf(cell2.source ?? cell2.input, index));
    if (!Array.isArray(cell2.outputs)) return;
    for (const output of cell2.outputs) {
      if (!isObject(output)) continue;
      for (const field of ["text", "traceback"])
        if (output[field] !== void 0) texts.push(textOf(output[field], index));
      const data = output.data;
      if (!isObject(data)) continue;
      for (const [mime, value] of Object.entries(data)) if (TEXT_OUTPUT.test(mime)) texts.push(textOf(value, index));
    }
  });
  return texts;
}
function textOf(value, cell2) {
  const lines = [];
  const lineNumbers = [];
  const strings = Array.isArray(value) ? value : [value];
  for (const item of strings) {
    if (!(item instanceof Located)) continue;
    for (const line of item.value.replace(/\r?\n$/, "").split(/\r?\n/)) {
      lines.push(line);
      lineNumbers.push(item.line);
    }
  }
  return { cell: cell2, lines, lineNumbers };
}
var STRING_LINE, Located, TEXT_OUTPUT, isObject, MAX_DEPTH, LocatingParser;
var init_notebook = __esm({
  "src/sources/notebook.ts"() {
    "use strict";
    STRING_LINE = /^(\s*)"((?:[^"\\]|\\.)*)"(,?\s*)$/;
    Located = class {
      constructor(value, line) {
        this.value = value;
        this.line = line;
      }
      value;
      line;
    };
    TEXT_OUTPUT = /^(?:text\/|application\/(?:json|javascript|x-ipynb|vnd\.[\w.+-]*json))/;
    isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Located);
    MAX_DEPTH = 64;
    LocatingParser = class {
      constructor(text) {
        this.text = text;
      }
      text;
      at = 0;
      line = 1;
      parseDocument() {
        const value = this.value(0);
        this.skipSpace();
        if (this.at < this.text.length) throw new SyntaxError("trailing text");
        return value;
      }
      value(depth) {
        if (depth > MAX_DEPTH) throw new SyntaxError("nested too deeply");
        this.skipSpace();
        const ch = this.text[this.at];
        if (ch === '"') return this.string();
        if (ch === "{") return this.object(depth);
        if (ch === "[") return this.array(depth);
        const literal = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|NaN|-?Infinity)/.exec(
          this.text.slice(this.at, this.at + 40)
        );
        if (!literal) throw new SyntaxError(`unexpected ${ch ?? "end"} at ${this.at}`);
        this.at += literal[0].length;
        const word = literal[0];
        return word === "true" ? true : word === "false" ? false : word === "null" ? null : Number(word);
      }
      object(depth) {
        const result = {};
        this.at++;
        this.skipSpace();
        if (this.text[this.at] === "}") {
          this.at++;
          return result;
        }
        for (; ; ) {
          this.skipSpace();
          if (this.text[this.at] !== '"') throw new SyntaxError(`expected a key at ${this.at}`);
          const key = this.string().value;
          this.skipSpace();
          if (this.text[this.at++] !== ":") throw new SyntaxError(`expected : at ${this.at}`);
          Object.defineProperty(result, key, {
            value: this.value(depth + 1),
            enumerable: true,
            writable: true,
            configurable: true
          });
          this.skipSpace();
          const next = this.text[this.at++];
          if (next === "}") return result;
          if (next !== ",") throw new SyntaxError(`expected , or } at ${this.at}`);
        }
      }
      array(depth) {
        const result = [];
        this.at++;
        this.skipSpace();
        if (this.text[this.at] === "]") {
          this.at++;
          return result;
        }
        for (; ; ) {
          result.push(this.value(depth + 1));
          this.skipSpace();
          const next = this.text[this.at++];
          if (next === "]") return result;
          if (next !== ",") throw new SyntaxError(`expected , or ] at ${this.at}`);
        }
      }
      string() {
        const start = this.at;
        let end = this.at + 1;
        let escaped = false;
        for (; ; ) {
          const quote = this.text.indexOf('"', end);
          if (quote < 0) throw new SyntaxError("unterminated string");
          let backslashes = 0;
          while (this.text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
          if (backslashes > 0) escaped = true;
          end = quote + 1;
          if (backslashes % 2 === 0) break;
        }
        this.at = end;
        const raw = this.text.slice(start, end);
        if (raw.includes("\n")) throw new SyntaxError("raw newline in a string");
        return new Located(escaped ? JSON.parse(raw) : raw.slice(1, -1), this.line);
      }
      skipSpace() {
        for (; ; ) {
          const code = this.text.charCodeAt(this.at);
          if (code === 10) this.line++;
          else if (code !== 32 && code !== 9 && code !== 13) return;
          this.at++;
        }
      }
    };
  }
});

// src/sources/expand-fragment.ts
function expandFragment(fragment) {
  for (const transform of TRANSFORMS) {
    const parts = transform(fragment);
    if (parts) return parts;
  }
  return [fragment];
}
var TRANSFORMS;
var init_expand_fragment = __esm({
  "src/sources/expand-fragment.ts"() {
    "use strict";
    init_notebook();
    TRANSFORMS = [notebookFragments];
  }
});

// src/sources/scan-stats.ts
var emptyStats;
var init_scan_stats = __esm({
  "src/sources/scan-stats.ts"() {
    "use strict";
    emptyStats = () => ({
      filesScanned: 0,
      bytesScanned: 0,
      linesScanned: 0,
      commitsScanned: 0,
      skipped: []
    });
  }
});

// src/detect/file-scan.ts
function scanListedFile(detector, file, options) {
  const read = readListedFile(file, options);
  if ("skipped" in read) return { findings: [], dropped: [], skipped: read.skipped, bytes: 0 };
  const findings = [];
  const dropped = [];
  for (const fragment of read.fragments) {
    for (const part of expandFragment(fragment)) {
      const detection = detectFragment(detector, part);
      findings.push(...detection.findings);
      dropped.push(...detection.dropped);
    }
  }
  return { findings, dropped, bytes: read.bytes, skipped: read.unscanned };
}
function fromWire(scan2) {
  return {
    ...scan2,
    findings: scan2.findings.map(({ secret, pairedWith, ...rest }) => ({
      ...rest,
      secret: new Secret(secret),
      pairedWith: pairedWith && { ...pairedWith, secret: new Secret(pairedWith.secret) }
    }))
  };
}
var init_file_scan = __esm({
  "src/detect/file-scan.ts"() {
    "use strict";
    init_secret();
    init_directory();
    init_expand_fragment();
    init_detect_fragment();
  }
});

// src/detect/scan-workers.ts
var scan_workers_exports = {};
__export(scan_workers_exports, {
  FileScanPool: () => FileScanPool
});
var import_node_path9, import_node_url2, BATCH_FILES, IN_FLIGHT_PER_WORKER, workerEntry, FileScanPool;
var init_scan_workers = __esm({
  "src/detect/scan-workers.ts"() {
    "use strict";
    import_node_path9 = require("node:path");
    import_node_url2 = require("node:url");
    init_errors();
    init_package_root();
    init_file_scan();
    BATCH_FILES = 16;
    IN_FLIGHT_PER_WORKER = 2;
    workerEntry = () => (0, import_node_url2.pathToFileURL)((0, import_node_path9.join)(packageRoot(), "dist", "detect", "scan-worker.js"));
    FileScanPool = class {
      constructor(options) {
        this.options = options;
      }
      options;
      queue = [];
      results = [];
      workers = [];
      batch = [];
      batches = 0;
      done = 0;
      listed = 0;
      failure;
      startingWorkers = 0;
      closed = false;
      /** Wakes `finish` when a worker answers or fails. */
      wake;
      add(file) {
        this.batch.push(file);
        this.listed++;
        if (this.batch.length >= BATCH_FILES) this.enqueue();
        const wanted = Math.min(this.options.maxWorkers, Math.floor(this.listed / this.options.filesPerWorker));
        if (this.workers.length + this.startingWorkers < wanted) this.startWorker();
      }
      /** Every file's scan, in the order added; the pool cannot be used afterwards. */
      async finish() {
        if (this.batch.length > 0) this.enqueue();
        try {
          while (this.done < this.batches) {
            this.throwIfFailed();
            const next = this.queue.shift();
            if (next) {
              const read = this.options.setup.read;
              this.results[next.index] = next.files.map((file) => scanListedFile(this.options.detector, file, read));
              this.done++;
              await new Promise((resolve5) => setImmediate(resolve5));
            } else await new Promise((resolve5) => this.wake = resolve5);
          }
          this.throwIfFailed();
          return this.results.flat();
        } finally {
          this.closed = true;
          for (const { worker } of this.workers) void worker.terminate();
        }
      }
      enqueue() {
        this.queue.push({ index: this.batches++, files: this.batch });
        this.batch = [];
        this.dispatch();
      }
      dispatch() {
        for (const slot of this.workers) {
          while (slot.inFlight < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
            const { index, files } = this.queue.shift();
            slot.inFlight++;
            slot.worker.postMessage({ batch: index, files });
          }
        }
      }
      startWorker() {
        this.startingWorkers++;
        __leakscanDynamicImport("node:worker_threads").then(
          ({ Worker }) => {
            this.startingWorkers--;
            if (this.closed || this.failure !== void 0) return;
            const slot = { worker: new Worker(workerEntry(), { workerData: this.options.setup }), inFlight: 0 };
            this.workers.push(slot);
            slot.worker.on("message", ({ batch, scans }) => {
              this.results[batch] = scans.map(fromWire);
              this.done++;
              slot.inFlight--;
              this.dispatch();
              this.wakeUp();
            });
            slot.worker.on("error", (error) => this.fail(error));
            slot.worker.on("exit", (code) => {
              if (this.done < this.batches || slot.inFlight > 0)
                this.fail(new Error(`worker exited with code ${code} before the scan finished`));
            });
            this.dispatch();
          },
          (error) => this.fail(error)
        );
      }
      fail(error) {
        if (this.failure !== void 0) return;
        this.failure = error;
        this.wakeUp();
      }
      wakeUp() {
        const wake = this.wake;
        this.wake = void 0;
        wake?.();
      }
      throwIfFailed() {
        if (this.failure === void 0) return;
        const error = this.failure;
        throw new InternalError(`scan worker failed: ${error?.message ?? String(error)}`, {}, { cause: error });
      }
    };
  }
});

// src/scan.ts
async function scan(request) {
  const started = performance.now();
  const config = request.config ?? await loadConfig(request.cwd, request.configFile);
  const rules = await selectRules(config);
  const detector = createDetector(rules, defaultFilters(config));
  const stats = emptyStats();
  const findings = [];
  const dropped = [];
  let droppedOmitted = 0;
  let root = request.cwd;
  const keepDropped = (items) => {
    const room = Math.max(0, MAX_DROPPED_KEPT - dropped.length);
    if (items.length > room) droppedOmitted += items.length - room;
    for (let i = 0; i < Math.min(room, items.length); i++) dropped.push(items[i]);
  };
  if (typeof request.source === "function") {
    for await (const fragment of request.source({ cwd: request.cwd, config, stats })) {
      for (const part of expandFragment(fragment)) {
        const detection = detectFragment(detector, part);
        findings.push(...detection.findings);
        keepDropped(detection.dropped);
      }
    }
  } else {
    const { FileScanPool: FileScanPool2 } = await Promise.resolve().then(() => (init_scan_workers(), scan_workers_exports));
    const pool = new FileScanPool2({
      detector,
      setup: { config, read: request.source.readOptions(config) },
      maxWorkers: WORKERS_AVAILABLE ? (0, import_node_os2.availableParallelism)() - 1 : 0,
      filesPerWorker: FILES_PER_WORKER
    });
    const listing = await request.source.listFiles({ cwd: request.cwd, config, stats }, (file) => pool.add(file));
    root = listing.root ?? root;
    for (const name of listing.names) findings.push(...detector.detect(fileNameFragment(name)).findings);
    for (const fileScan of await pool.finish()) {
      if (fileScan.skipped) stats.skipped.push(fileScan.skipped);
      if (!fileScan.skipped || fileScan.bytes > 0) {
        stats.filesScanned++;
        stats.bytesScanned += fileScan.bytes;
      }
      findings.push(...fileScan.findings);
      keepDropped(fileScan.dropped);
    }
  }
  const accepted = request.suppressions ? applySuppressions(findings, request.suppressions) : void 0;
  if (accepted) dropped.push(...accepted.dropped);
  return {
    findings: markReuse(accepted ? accepted.kept : findings),
    dropped,
    ...droppedOmitted > 0 ? { droppedOmitted } : {},
    stats,
    ruleCount: rules.length,
    config,
    root,
    elapsedMs: performance.now() - started,
    ...accepted ? { suppressed: accepted.suppressed, staleBaseline: accepted.staleBaseline } : {}
  };
}
function withMinConfidence(result, level) {
  const { kept, dropped } = applyMinConfidence(result.findings, level);
  const minConfidence = { level, hidden: dropped.length };
  return dropped.length === 0 ? { ...result, minConfidence } : { ...result, findings: kept, dropped: [...result.dropped, ...dropped], minConfidence };
}
var import_node_os2, FILES_PER_WORKER, WORKERS_AVAILABLE, MAX_DROPPED_KEPT;
var init_scan = __esm({
  "src/scan.ts"() {
    "use strict";
    import_node_os2 = require("node:os");
    init_config_file();
    init_detector();
    init_detect_fragment();
    init_suppressions();
    init_default_filters();
    init_min_confidence();
    init_secret_groups();
    init_select_rules();
    init_directory();
    init_expand_fragment();
    init_scan_stats();
    FILES_PER_WORKER = 128;
    WORKERS_AVAILABLE = !__leakscanModuleUrl.endsWith(".ts");
    MAX_DROPPED_KEPT = 1e4;
  }
});

// src/sources/git-path-filter.ts
function gitPathFilter(config) {
  if (config.allowlist.paths.length === 0) return void 0;
  const allowlisted = globMatcher(config.allowlist.paths);
  const cache = /* @__PURE__ */ new Map();
  return (path) => {
    if (cache.has(path)) return cache.get(path);
    const reason = allowlisted(path) ? "allowlisted-path" : void 0;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(path, reason);
    return reason;
  };
}
var CACHE_LIMIT;
var init_git_path_filter = __esm({
  "src/sources/git-path-filter.ts"() {
    "use strict";
    init_glob_matcher();
    CACHE_LIMIT = 1e4;
  }
});

// src/sources/added-lines.ts
var WINDOW_CHARS2, OVERLAP_CHARS2, AddedLines;
var init_added_lines = __esm({
  "src/sources/added-lines.ts"() {
    "use strict";
    WINDOW_CHARS2 = 1024 * 1024;
    OVERLAP_CHARS2 = 16 * 1024;
    AddedLines = class {
      constructor(origin, emit) {
        this.origin = origin;
        this.emit = emit;
      }
      origin;
      emit;
      lines = [];
      numbers = [];
      chars = 0;
      firstColumn = 1;
      overlap = 0;
      last = -1;
      /** A whole added line, or the first part of a long one (more follows through `append`). */
      line(lineNumber, text) {
        if (this.lines.length > 0 && lineNumber !== this.last + 1) this.flush();
        this.chars += (this.lines.length > 0 ? 1 : 0) + text.length;
        this.lines.push(text);
        this.numbers.push(lineNumber);
        this.last = lineNumber;
        if (this.chars > WINDOW_CHARS2) this.window();
      }
      /** More of the last line. */
      append(text) {
        if (this.lines.length === 0) return;
        this.lines[this.lines.length - 1] += text;
        this.chars += text.length;
        if (this.chars > WINDOW_CHARS2) this.window();
      }
      /** Emits what is collected (unless it is only the overlap already scanned) and starts afresh. */
      flush() {
        if (this.lines.length > 0 && this.chars > this.overlap) this.emitCurrent();
        this.lines = [];
        this.numbers = [];
        this.chars = 0;
        this.firstColumn = 1;
        this.overlap = 0;
      }
      emitCurrent() {
        this.emit({
          text: this.lines.join("\n"),
          origin: this.origin,
          startLine: this.numbers[0],
          lineNumbers: this.numbers,
          ...this.overlap > 0 ? { overlap: this.overlap } : {},
          ...this.firstColumn > 1 ? { firstColumn: this.firstColumn } : {}
        });
      }
      /** Emits the window and keeps its last `OVERLAP_CHARS` characters as the start of the next one. */
      window() {
        this.emitCurrent();
        const lines = [];
        const numbers = [];
        let room = OVERLAP_CHARS2;
        let firstColumn = 1;
        for (let i = this.lines.length - 1; i >= 0 && room > 0; i--) {
          const line = this.lines[i];
          const lineColumn = i === 0 ? this.firstColumn : 1;
          const take = Math.min(line.length, room);
          lines.unshift(take === line.length ? line : line.slice(line.length - take));
          numbers.unshift(this.numbers[i]);
          firstColumn = lineColumn + line.length - take;
          room -= take + 1;
        }
        this.lines = lines;
        this.numbers = numbers;
        this.chars = lines.reduce((sum, line) => sum + line.length, lines.length - 1);
        this.overlap = this.chars;
        this.firstColumn = firstColumn;
      }
    };
  }
});

// src/sources/git-blobs.ts
async function readAlone(root, name, limit) {
  const result = await runGit(root, ["cat-file", "blob", name]);
  if (result.code !== 0) return void 0;
  return { size: result.stdout.length, bytes: result.stdout.length <= limit ? result.stdout : void 0 };
}
function startCatFile(root, mode, queue, receive) {
  const child = spawnGit(root, ["cat-file", mode]);
  let stderr = "";
  child.stdin.on("error", () => void 0);
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 4096) stderr += chunk.toString("utf8");
  });
  child.stdout.on("data", receive);
  const fail = (why) => {
    for (const pending of queue.splice(0))
      pending.reject(
        new SourceError(`git cat-file ${mode} stopped (${why}) before answering ${pending.name}: ${stderr.trim()}`)
      );
  };
  child.on("error", (error) => fail(error.message));
  child.on("close", (code) => fail(`exit ${code}`));
  return child;
}
var BlobReader;
var init_git_blobs = __esm({
  "src/sources/git-blobs.ts"() {
    "use strict";
    init_errors();
    init_git();
    BlobReader = class {
      constructor(root) {
        this.root = root;
      }
      root;
      child;
      queue = [];
      chunks = [];
      /** The blob being received: its declared size, what is kept, what is left to drain. */
      body;
      /** The object `name` names (a SHA, or `rev:path`), or undefined when missing or not a blob. */
      read(name, limit = Number.POSITIVE_INFINITY) {
        if (/[\r\n]/.test(name)) return readAlone(this.root, name, limit);
        return new Promise((resolve5, reject) => {
          this.queue.push({ name, limit, resolve: resolve5, reject });
          this.start().stdin.write(`${name}
`);
        });
      }
      close() {
        this.child?.stdin.end();
        this.child = void 0;
      }
      start() {
        this.child ??= startCatFile(this.root, "--batch", this.queue, (chunk) => this.receive(chunk));
        return this.child;
      }
      receive(chunk) {
        let data = chunk;
        while (data.length > 0) {
          if (this.body) {
            const take = Math.min(this.body.left, data.length);
            this.body.keep?.push(data.subarray(0, take));
            this.body.left -= take;
            data = data.subarray(take);
            if (this.body.left > 0) return;
            const { blob: blob2, size: size2, keep } = this.body;
            this.body = void 0;
            this.queue.shift()?.resolve(blob2 ? { size: size2, bytes: keep ? Buffer.concat(keep).subarray(0, size2) : void 0 } : void 0);
            continue;
          }
          const newline = data.indexOf(10);
          if (newline === -1) {
            this.chunks.push(data);
            return;
          }
          const header2 = Buffer.concat([...this.chunks, data.subarray(0, newline)]).toString("utf8");
          this.chunks = [];
          data = data.subarray(newline + 1);
          const [, type, sizeText] = header2.split(" ");
          const size = Number(sizeText);
          if (header2.endsWith(" missing") || header2.endsWith(" ambiguous") || !Number.isFinite(size)) {
            this.queue.shift()?.resolve(void 0);
            continue;
          }
          const blob = type === "blob";
          this.body = { blob, size, keep: blob && size <= (this.queue[0]?.limit ?? 0) ? [] : void 0, left: size + 1 };
        }
      }
    };
  }
});

// src/sources/parse-patch.ts
function startsWith(line, prefix) {
  if (line.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[i] !== prefix.charCodeAt(i)) return false;
  return true;
}
function stripPrefix(path, prefix) {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
function decodeLine(bytes) {
  return (0, import_node_buffer2.isUtf8)(bytes) ? bytes.toString("utf8") : bytes.toString("latin1");
}
function decodePath(raw) {
  let bytes = raw;
  if (bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, -1);
  if (bytes[0] !== 34) return decodeLine(bytes);
  return decodeLine(unquote(bytes, 0).bytes);
}
function unquote(text, start) {
  const out = [];
  let i = start + 1;
  while (i < text.length && text[i] !== 34) {
    const c = text[i];
    if (c !== 92) {
      out.push(c);
      i++;
      continue;
    }
    const next = String.fromCharCode(text[i + 1] ?? 0);
    if (/[0-7]/.test(next)) {
      const octal = text.subarray(i + 1, i + 4).toString("latin1");
      out.push(Number.parseInt(octal, 8) & 255);
      i += 4;
    } else {
      out.push(C_ESCAPES[next] ?? next.charCodeAt(0));
      i += 2;
    }
  }
  return { bytes: Buffer.from(out), end: i + 1 };
}
function pathFromDiffGit(rest) {
  if (rest[0] === 34) {
    const first = unquote(rest, 0);
    const second = rest.subarray(first.end + 1);
    return stripPrefix(decodePath(second), "b/");
  }
  const text = rest;
  if ((text.length - 1) % 2 === 0) {
    const half = (text.length - 1) / 2;
    const a = text.subarray(0, half);
    const b = text.subarray(half + 1);
    if (text[half] === 32 && a.subarray(2).equals(b.subarray(2))) return decodeLine(b.subarray(2));
  }
  const quotedSecond = text.indexOf(' "b/');
  if (quotedSecond !== -1) return stripPrefix(decodePath(text.subarray(quotedSecond + 1)), "b/");
  const marker = text.lastIndexOf(" b/");
  return decodeLine(marker === -1 ? text : text.subarray(marker + 3));
}
var import_node_buffer2, HEADER_TAG, MESSAGE_END, COMMIT_MESSAGE_PATH, LINE_PART_BYTES, isBlobCheck, IGNORE, PatchParser, C_ESCAPES;
var init_parse_patch = __esm({
  "src/sources/parse-patch.ts"() {
    "use strict";
    import_node_buffer2 = require("node:buffer");
    init_added_lines();
    HEADER_TAG = "leakscan-commit";
    MESSAGE_END = Buffer.from("\0leakscan-message-end");
    COMMIT_MESSAGE_PATH = "commit-message";
    LINE_PART_BYTES = 256 * 1024;
    isBlobCheck = (item) => "blobCheck" in item;
    IGNORE = () => void 0;
    PatchParser = class {
      totals = { commits: 0, files: 0, lines: 0, bytes: 0 };
      options;
      /** The unfinished last line, in pieces: joined once, when its newline arrives (no quadratic re-copying). */
      pending = [];
      pendingLength = 0;
      /** Set while a long line is being read in parts. */
      continuation;
      state = "outside";
      commit;
      message;
      messageLine = 0;
      path;
      pathIsNew = false;
      blobs;
      fileSkipped = false;
      skipReason;
      fileCounted = false;
      /** Number of parents in a combined (`--cc`) diff: the width of each line's prefix. */
      parents = 1;
      nextLine = 0;
      added;
      out = [];
      /** Set while the lines being parsed are whole lines of a chunk that is valid UTF-8 throughout. */
      utf8Lines = false;
      constructor(options) {
        this.options = options;
      }
      push(chunk) {
        let start = 0;
        let newline = chunk.indexOf(10);
        if (newline !== -1 && (this.pendingLength > 0 || this.continuation)) {
          this.hold(chunk.subarray(0, newline), false);
          this.finishLine(this.takePending());
          start = newline + 1;
          newline = chunk.indexOf(10, start);
        }
        const last = chunk.lastIndexOf(10);
        this.utf8Lines = last >= start && (0, import_node_buffer2.isUtf8)(chunk.subarray(start, last + 1));
        for (; newline !== -1; newline = chunk.indexOf(10, start)) {
          if (chunk[start] !== 45 || this.state !== "hunk" || this.parents !== 1)
            this.line(chunk.subarray(start, newline));
          start = newline + 1;
        }
        this.utf8Lines = false;
        if (start < chunk.length) this.hold(chunk.subarray(start), true);
        return this.take();
      }
      /** Added text is decoded leniently (see `decodeLine`); lines of a chunk already known to be UTF-8 directly. */
      decode(bytes) {
        return this.utf8Lines ? bytes.toString("utf8") : decodeLine(bytes);
      }
      end() {
        if (this.pendingLength > 0 || this.continuation) this.finishLine(this.takePending());
        this.endFile();
        this.endMessage();
        return this.take();
      }
      /** Keeps part of an unfinished line; past `LINE_PART_BYTES` the line is handled in parts. */
      hold(part, mayCut) {
        this.pending.push(Buffer.from(part));
        this.pendingLength += part.length;
        if (!mayCut || this.pendingLength < LINE_PART_BYTES) return;
        const piece = this.takePending();
        if (this.continuation) this.continuation(piece);
        else this.continuation = this.line(piece) ?? IGNORE;
      }
      finishLine(last) {
        const continuation = this.continuation;
        this.continuation = void 0;
        if (continuation) continuation(last);
        else this.line(last);
      }
      takePending() {
        const line = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
        this.pending = [];
        this.pendingLength = 0;
        return line;
      }
      take() {
        const out = this.out;
        this.out = [];
        return out;
      }
      /** One line (or the first part of a long one: the returned continuation takes the rest). */
      line(line) {
        if (line[0] === 0) return this.nulLine(line);
        if (this.state === "message") return this.messageText(line);
        if (this.state === "hunk") {
          const first = line[0];
          const isContent = this.parents > 1 ? this.isCombinedContent(line) : first === 43 || first === 32 || first === 45;
          if (isContent) return this.content(line);
          if (first === 92 || line.length === 0) return void 0;
          this.state = "file-header";
        }
        if (startsWith(line, "diff --git ")) return this.startFile(pathFromDiffGit(line.subarray(11)), 1);
        if (startsWith(line, "diff --cc ")) return this.startFile(decodePath(line.subarray(10)), 2);
        if (startsWith(line, "diff --combined ")) return this.startFile(decodePath(line.subarray(16)), 2);
        if (this.state !== "file-header") return void 0;
        if (line[0] === 64 && line[1] === 64) return this.hunkHeader(line);
        if (startsWith(line, "+++ ")) {
          const target = line.subarray(4);
          const name = target[0] !== 34 && target[target.length - 1] === 9 ? target.subarray(0, -1) : target;
          if (!startsWith(name, "/dev/null")) this.path = stripPrefix(decodePath(name), "b/");
          return void 0;
        }
        const text = line.toString("latin1");
        if (startsWith(line, "new file mode ")) this.pathIsNew = true;
        if (startsWith(line, "rename to ")) this.newPath(decodePath(line.subarray(10)));
        else if (startsWith(line, "copy to ")) this.newPath(decodePath(line.subarray(8)));
        else if (startsWith(line, "Binary files ") || startsWith(line, "GIT binary patch")) this.binaryFile();
        else if (/^(new file mode|new mode|mode|index \S+) .*160000/.test(text)) this.skipFile("submodule");
        else if (/^(new file mode|new mode|index \S+) 120000/.test(text)) this.skipFile("symlink");
        else if (startsWith(line, "index ")) this.blobIds(text.slice(6));
        return void 0;
      }
      /** `index OLD..NEW [mode]`, or `index A,B..NEW` for a merge: full object names (`--full-index`). */
      blobIds(text) {
        const match = /^([0-9a-f,]+)\.\.([0-9a-f]+)/.exec(text);
        if (match) this.blobs = { old: match[1].split(","), new: match[2] };
      }
      nulLine(line) {
        if (this.state === "message" && line.indexOf(MESSAGE_END) === 0) return this.endMessage();
        const fields = line.toString("utf8").split("\0");
        if (fields[1] !== HEADER_TAG) return this.state === "message" ? this.messageText(line) : void 0;
        this.endFile();
        this.endMessage();
        const [, , sha = "", author = "", email = "", date = "", subject = ""] = fields;
        this.commit = { sha, author, email, date, message: subject };
        this.totals.commits++;
        this.options.onCommit?.(this.commit);
        this.state = "message";
        this.messageLine = 0;
        this.message = new AddedLines(
          { kind: this.options.kind, path: COMMIT_MESSAGE_PATH, commit: this.commit, part: "commit-message" },
          (fragment) => this.out.push(fragment)
        );
        return IGNORE;
      }
      /** A line of the commit message (a message without a final newline ends in the marker itself). */
      messageText(line) {
        const end = line.indexOf(MESSAGE_END);
        const text = end === -1 ? line : line.subarray(0, end);
        this.messageLine++;
        this.message?.line(this.messageLine, this.decode(text));
        if (end === -1) return this.appendToMessage;
        this.endMessage();
        return IGNORE;
      }
      appendToMessage = (part) => {
        const end = part.indexOf(MESSAGE_END);
        this.message?.append(decodeLine(end === -1 ? part : part.subarray(0, end)));
        if (end !== -1) this.endMessage();
      };
      endMessage() {
        this.message?.flush();
        this.message = void 0;
        if (this.state === "message") this.state = "outside";
        return void 0;
      }
      startFile(path, parents) {
        this.endFile();
        this.endMessage();
        this.state = "file-header";
        this.path = path;
        this.pathIsNew = false;
        this.blobs = void 0;
        this.parents = parents;
        this.fileSkipped = false;
        this.skipReason = void 0;
        this.fileCounted = false;
        return void 0;
      }
      newPath(path) {
        this.path = path;
        this.pathIsNew = true;
      }
      origin() {
        return { kind: this.options.kind, path: this.path, commit: this.commit };
      }
      /** The config's allowlist.paths, checked once the path is final (after `rename to` and `+++`). */
      pathAllowed() {
        if (this.fileSkipped || this.path === void 0) return false;
        const reason = this.options.skipPath?.(this.path);
        if (reason) this.skipFile(reason);
        return !reason;
      }
      binaryFile() {
        if (!this.pathAllowed() || !this.blobs) return;
        this.out.push({ blobCheck: true, origin: this.origin(), oldBlobs: this.blobs.old, newBlob: this.blobs.new });
      }
      hunkHeader(line) {
        const text = line.toString("latin1");
        let ats = 0;
        while (text[ats] === "@") ats++;
        const match = /\+(\d+)(?:,\d+)?/.exec(text.slice(ats, text.indexOf("@".repeat(ats), ats)));
        this.parents = Math.max(1, ats - 1);
        this.nextLine = match ? Number(match[1]) : 1;
        if (this.state === "file-header") this.pathAllowed();
        this.state = "hunk";
        return void 0;
      }
      isCombinedContent(line) {
        for (let i = 0; i < this.parents; i++) {
          const c = line[i];
          if (c !== 43 && c !== 45 && c !== 32) return false;
        }
        return true;
      }
      /**
       * One line of a hunk. A line is in the new file unless a parent column says `-`; it is *added* when every
       * column says `+` (for a merge: new relative to every parent, i.e. a conflict resolution or an evil merge).
       */
      content(line) {
        let inResult = true;
        let added = true;
        for (let i = 0; i < this.parents; i++) {
          const c = line[i];
          if (c === 45) inResult = false;
          if (c !== 43) added = false;
        }
        if (!inResult) return void 0;
        const lineNumber = this.nextLine++;
        if (!added || this.fileSkipped || this.path === void 0) return void 0;
        const body = line.subarray(this.parents);
        if (!this.fileCounted) {
          this.fileCounted = true;
          this.totals.files++;
        }
        this.totals.lines++;
        this.count(body);
        this.added ??= new AddedLines(this.origin(), (fragment) => this.out.push(fragment));
        this.added.line(lineNumber, this.decode(body));
        return this.appendToAdded;
      }
      appendToAdded = (part) => {
        this.count(part);
        this.added?.append(decodeLine(part));
      };
      count(bytes) {
        this.totals.bytes += bytes.length + 1;
      }
      endFile() {
        this.added?.flush();
        this.added = void 0;
        if (this.pathIsNew && this.path !== void 0 && this.skipReason !== "allowlisted-path") {
          this.out.push({ text: this.path, origin: { ...this.origin(), part: "file-name" }, startLine: 1 });
        }
        this.pathIsNew = false;
        this.path = void 0;
        this.parents = 1;
      }
      skipFile(reason, detail) {
        if (this.fileSkipped) return;
        this.fileSkipped = true;
        this.skipReason = reason;
        if (this.fileCounted) {
          this.totals.files--;
          this.fileCounted = false;
        }
        this.added = void 0;
        const where = this.path ?? "<unknown>";
        this.options.onSkip?.({
          path: where,
          reason,
          detail: detail || void 0,
          commit: this.commit?.sha
        });
      }
    };
    C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  }
});

// src/sources/patch-stream.ts
async function* patchFragments(options) {
  const { stats } = options;
  const skip = (skip2) => {
    const { commit, ...rest } = skip2;
    stats.skipped.push(commit ? { ...rest, detail: `${rest.detail ? `${rest.detail}; ` : ""}commit ${commit}` } : rest);
  };
  const parser = new PatchParser({
    kind: options.kind,
    skipPath: options.skipPath,
    onSkip: skip,
    onCommit: (commit) => {
      stats.commitsScanned++;
      options.onCommit?.(commit);
    }
  });
  const fromBlobs = { files: 0, lines: 0, bytes: 0 };
  const sync = () => {
    stats.filesScanned = parser.totals.files + fromBlobs.files;
    stats.linesScanned = parser.totals.lines + fromBlobs.lines;
    stats.bytesScanned = parser.totals.bytes + fromBlobs.bytes;
  };
  let blobs;
  const expand = async function* (items) {
    for (const item of items) {
      if (!isBlobCheck(item)) yield item;
      else {
        blobs ??= new BlobReader(options.root);
        yield* addedInBlob(item, blobs, fromBlobs, skip);
      }
    }
  };
  try {
    for await (const chunk of options.chunks ?? streamGit(options.root, options.gitArgs, options.what)) {
      options.onBytes?.(chunk.length);
      yield* expand(parser.push(chunk));
      sync();
    }
    yield* expand(parser.end());
    sync();
  } finally {
    blobs?.close();
  }
}
async function* addedInBlob(check, reader, totals, skip) {
  if (NO_BLOB.test(check.newBlob)) return;
  const where = { path: check.origin.path, commit: check.origin.commit?.sha };
  const blob = await reader.read(check.newBlob, MAX_BLOB_BYTES);
  if (!blob) return skip({ ...where, reason: "unreadable", detail: `blob ${check.newBlob} is not in the repository` });
  if (!blob.bytes)
    return skip({
      ...where,
      reason: "too-large",
      detail: `git labels it binary and its ${blob.size} bytes are more than ${MAX_BLOB_BYTES} leakscan reads to judge it`
    });
  if (looksBinary(blob.bytes)) return skip({ ...where, reason: "binary" });
  const oldLines = /* @__PURE__ */ new Set();
  for (const id of check.oldBlobs) {
    if (NO_BLOB.test(id)) continue;
    const old = await reader.read(id, MAX_BLOB_BYTES);
    if (old?.bytes) for (const line of decodeText(old.bytes).split("\n")) oldLines.add(line);
  }
  const fragments = [];
  const added = new AddedLines(check.origin, (fragment) => fragments.push(fragment));
  let counted = false;
  const lines = decodeText(blob.bytes).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (oldLines.has(line) || line === "" && i === lines.length - 1) continue;
    if (!counted) totals.files++;
    counted = true;
    totals.lines++;
    totals.bytes += line.length + 1;
    added.line(i + 1, line);
    yield* fragments.splice(0);
  }
  added.flush();
  yield* fragments.splice(0);
}
var PATCH_FLAGS, MAX_BLOB_BYTES, NO_BLOB;
var init_patch_stream = __esm({
  "src/sources/patch-stream.ts"() {
    "use strict";
    init_added_lines();
    init_decode_text();
    init_git();
    init_git_blobs();
    init_parse_patch();
    PATCH_FLAGS = [
      "-U0",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--full-index",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      "-M",
      "--ignore-submodules=none",
      "--submodule=short"
    ];
    MAX_BLOB_BYTES = 64 * 1024 * 1024;
    NO_BLOB = /^0+$/;
  }
});

// src/sources/read-ahead.ts
var ReadAhead;
var init_read_ahead = __esm({
  "src/sources/read-ahead.ts"() {
    "use strict";
    ReadAhead = class {
      chunks = [];
      bytes = 0;
      done = false;
      failure;
      aborted = false;
      wakeConsumer;
      wakeReader;
      constructor(source, limit) {
        void this.read(source, limit);
      }
      async read(source, limit) {
        try {
          for await (const chunk of source) {
            if (this.aborted) break;
            this.chunks.push(chunk);
            this.bytes += chunk.length;
            this.wake();
            while (this.bytes > limit && !this.aborted) await new Promise((resolve5) => this.wakeReader = resolve5);
            if (this.aborted) break;
          }
        } catch (error) {
          this.failure = { error };
        } finally {
          this.done = true;
          this.wake();
        }
      }
      wake() {
        const wake = this.wakeConsumer;
        this.wakeConsumer = void 0;
        wake?.();
      }
      async *drain() {
        for (; ; ) {
          const chunk = this.chunks.shift();
          if (chunk) {
            this.bytes -= chunk.length;
            const wakeReader = this.wakeReader;
            this.wakeReader = void 0;
            wakeReader?.();
            yield chunk;
            continue;
          }
          if (this.failure) throw this.failure.error;
          if (this.done) return;
          await new Promise((resolve5) => this.wakeConsumer = resolve5);
        }
      }
      /** Stops reading; breaking out of the source's loop kills its git process. */
      abort() {
        this.aborted = true;
        const wakeReader = this.wakeReader;
        this.wakeReader = void 0;
        wakeReader?.();
      }
    };
  }
});

// src/sources/staged.ts
function startStagedDiff(cwd) {
  return new ReadAhead(streamGit(cwd, STAGED_DIFF, WHAT), EARLY_PATCH_BYTES);
}
function stagedFragments(root, stats, skipPath, started) {
  return patchFragments({
    root,
    gitArgs: STAGED_DIFF,
    chunks: started?.drain(),
    kind: "staged",
    what: WHAT,
    stats,
    skipPath
  });
}
var STAGED_DIFF, WHAT, EARLY_PATCH_BYTES;
var init_staged = __esm({
  "src/sources/staged.ts"() {
    "use strict";
    init_git();
    init_patch_stream();
    init_read_ahead();
    STAGED_DIFF = ["diff", "--cached", ...PATCH_FLAGS];
    WHAT = "cannot read the staged changes";
    EARLY_PATCH_BYTES = 16 * 1024 * 1024;
  }
});

// src/hook/blocked-message.ts
function blockedCommitMessage(env) {
  const inCommit = env.GIT_INDEX_FILE !== void 0;
  return [
    "",
    inCommit ? "leakscan: the commit was NOT made: the staged changes add a secret (above)." : "leakscan: the staged changes add a secret (above): the pre-commit hook would block this commit.",
    "  fix:    remove the secret from the file (read it from the environment or a secret manager), `git add` the",
    "          file and commit again; if the key was ever pushed or shared, rotate it too.",
    `  accept: a false alarm or a test key: 'leakscan:allow' in a comment on its line, or its fingerprint in`,
    `          ${IGNORE_FILE} or in the baseline ${DEFAULT_BASELINE_FILE} (leakscan baseline create).`,
    "  bypass: emergencies only: LEAKSCAN_SKIP=1 git commit ... (or git commit --no-verify, which skips every hook).",
    ""
  ].join("\n");
}
var init_blocked_message = __esm({
  "src/hook/blocked-message.ts"() {
    "use strict";
    init_defaults();
    init_suppressions();
  }
});

// src/report/redact-result.ts
function outputView(result, showSecrets) {
  if (showSecrets) return { shown: result, redact: (text) => text };
  const redact = knownSecretRedactor([...result.findings, ...result.suppressed ?? []]);
  const shown = {
    ...result,
    findings: redactStrings(result.findings, redact),
    dropped: redactStrings(result.dropped, redact),
    stats: redactStrings(result.stats, redact),
    suppressed: result.suppressed && redactStrings(result.suppressed, redact)
  };
  return { shown, redact };
}
var init_redact_result = __esm({
  "src/report/redact-result.ts"() {
    "use strict";
    init_known_secrets();
  }
});

// src/output/baseline-outputs.ts
function baselineOutputs(result, request) {
  const notes = [];
  if (request.write) {
    const present = request.write.includeAccepted ? [...result.findings, ...result.suppressed ?? []] : result.findings;
    writeBaselineFile(request.write.file, renderBaseline(present));
    notes.push(
      `baseline written to ${request.write.file}: ${new Set(present.map((f) => f.fingerprint)).size} fingerprint(s)`
    );
  }
  const stale = result.staleBaseline ?? [];
  if (request.baseline && stale.length > 0 && COMPLETE_MODES.has(request.mode)) {
    const listed = stale.slice(0, MAX_STALE_LISTED).map((f) => `
  ${f}`).join("");
    const more = stale.length > MAX_STALE_LISTED ? `
  \u2026 and ${stale.length - MAX_STALE_LISTED} more` : "";
    notes.push(
      `${stale.length} stale baseline entr${stale.length === 1 ? "y" : "ies"} in ${request.baseline} (no longer found; remove ${stale.length === 1 ? "it" : "them"} or rewrite with --write-baseline):${listed}${more}`
    );
  }
  return notes;
}
var COMPLETE_MODES, MAX_STALE_LISTED;
var init_baseline_outputs = __esm({
  "src/output/baseline-outputs.ts"() {
    "use strict";
    init_suppressions();
    init_state_file();
    COMPLETE_MODES = /* @__PURE__ */ new Set(["directory", "history"]);
    MAX_STALE_LISTED = 20;
  }
});

// src/output/incomplete-scan.ts
function incompleteScanReason(result, mode, allowEmpty) {
  const tooLarge = result.stats.skipped.filter((skip) => skip.reason === "too-large");
  if (tooLarge.length > 0) {
    const listed = tooLarge.slice(0, MAX_LISTED).map((skip) => skip.detail ? `${skip.path} (${skip.detail})` : skip.path);
    const more = tooLarge.length > MAX_LISTED ? `, and ${tooLarge.length - MAX_LISTED} more` : "";
    return `${tooLarge.length} file(s) too large were NOT scanned: ${listed.join(", ")}${more}; raise maxFileSize in the config to scan them`;
  }
  if (result.stats.bytesScanned === 0 && NAMED_CONTENT_MODES.has(mode) && !allowEmpty) {
    const reasons = /* @__PURE__ */ new Map();
    for (const skip of result.stats.skipped) reasons.set(skip.reason, (reasons.get(skip.reason) ?? 0) + 1);
    const why = reasons.size > 0 ? `everything was skipped (${[...reasons].map(([reason, count]) => `${reason}: ${count}`).join(", ")})` : mode === "stdin" ? "stdin was empty" : "no files were found";
    return `nothing was scanned (0 bytes read): ${why}; check the paths and ignores (the CLI's --allow-empty accepts an empty scan)`;
  }
  return void 0;
}
var NAMED_CONTENT_MODES, MAX_LISTED;
var init_incomplete_scan = __esm({
  "src/output/incomplete-scan.ts"() {
    "use strict";
    NAMED_CONTENT_MODES = /* @__PURE__ */ new Set(["directory", "stdin"]);
    MAX_LISTED = 5;
  }
});

// src/notify/deliver.ts
function describeOutcome(outcome) {
  switch (outcome.kind) {
    case "response":
      return `HTTP ${outcome.status}`;
    case "network-error":
      return `network error: ${outcome.message}`;
    case "timeout":
      return outcome.phase === "connect" ? "connect timeout" : "timeout waiting for the response";
    case "redirect-refused":
      return `redirect (${outcome.status}) to ${outcome.location} not followed`;
  }
}
function parseRetryAfter(value, now2 = Date.now()) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now2);
}
function backoffDelay(retryIndex, policy, random = Math.random) {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** retryIndex);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
function isRetryable(outcome) {
  if (outcome.kind === "network-error" || outcome.kind === "timeout") return true;
  if (outcome.kind === "redirect-refused") return false;
  return outcome.status >= 500 || outcome.status === 408 || outcome.status === 429;
}
function decide(outcome, retriesDone, policy, now2 = Date.now(), random = Math.random) {
  if (outcome.kind === "response" && outcome.status >= 200 && outcome.status < 300) return { action: "delivered" };
  if (!isRetryable(outcome)) return { action: "stop", state: "failed" };
  if (retriesDone >= policy.retries) return { action: "stop", state: "pending" };
  const retryAfter = outcome.kind === "response" ? parseRetryAfter(outcome.retryAfter, now2) : void 0;
  if (retryAfter !== void 0) {
    if (retryAfter > policy.maxRetryAfterMs) return { action: "stop", state: "pending" };
    return { action: "retry", delayMs: retryAfter };
  }
  return { action: "retry", delayMs: backoffDelay(retriesDone, policy, random) };
}
async function postOnce(request, policy) {
  let url = new URL(request.url);
  for (let hop = 0; ; hop++) {
    const outcome = await postTo(url, request, policy);
    if (outcome.kind !== "redirect-refused") return outcome;
    const next = new URL(outcome.location, url);
    const followable = (outcome.status === 307 || outcome.status === 308) && next.origin === url.origin && hop < MAX_SAME_ORIGIN_REDIRECTS;
    if (!followable) return { ...outcome, location: next.origin === url.origin ? next.pathname : next.origin };
    url = next;
  }
}
function postTo(url, request, policy) {
  return new Promise((resolve5) => {
    let settled = false;
    const timers = [];
    const finish = (outcome) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      resolve5(outcome);
    };
    const client = url.protocol === "https:" ? import_node_https.default : import_node_http.default;
    const body = Buffer.from(request.body, "utf8");
    const req = client.request(url, {
      method: "POST",
      // No keep-alive pool: each attempt gets a fresh connection, and nothing keeps the process alive afterwards.
      agent: false,
      headers: {
        "Content-Type": "application/json",
        "Content-Length": String(body.length),
        "User-Agent": "leakscan",
        ...request.headers
      }
    });
    const abort = (phase) => {
      finish({ kind: "timeout", phase });
      req.destroy();
    };
    timers.push(setTimeout(() => abort("total"), policy.timeoutMs));
    req.on("socket", (socket) => {
      if (!socket.connecting) return;
      const connectTimer = setTimeout(() => abort("connect"), policy.connectTimeoutMs);
      timers.push(connectTimer);
      socket.once("connect", () => clearTimeout(connectTimer));
    });
    req.on(
      "error",
      (error) => finish({ kind: "network-error", message: error.code ?? error.message })
    );
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        finish({ kind: "redirect-refused", status, location });
        req.destroy();
        return;
      }
      const retryAfter = res.headers["retry-after"];
      const rateLimitRemaining = header(res.headers["x-ratelimit-remaining"]);
      const rateLimitReset = header(res.headers["x-ratelimit-reset"]);
      let received = 0;
      res.on("data", (chunk) => {
        received += chunk.length;
        if (received > MAX_RESPONSE_BYTES) res.destroy();
      });
      const done = () => finish({
        kind: "response",
        status,
        ...retryAfter ? { retryAfter } : {},
        ...rateLimitRemaining ? { rateLimitRemaining } : {},
        ...rateLimitReset ? { rateLimitReset } : {}
      });
      res.on("end", done);
      res.on("close", done);
      res.on("error", done);
    });
    req.end(body);
  });
}
function header(value) {
  return Array.isArray(value) ? value[0] : value;
}
async function withRetries(send, policy, hooks = {}) {
  const sleep = hooks.sleep ?? realSleep;
  for (let retriesDone = 0; ; retriesDone++) {
    const outcome = await send();
    const decision = decide(outcome, retriesDone, policy, (hooks.now ?? Date.now)(), hooks.random);
    if (decision.action === "delivered") return { state: "delivered", attempts: retriesDone + 1, lastOutcome: outcome };
    if (decision.action === "stop") return { state: decision.state, attempts: retriesDone + 1, lastOutcome: outcome };
    hooks.onRetry?.(outcome, decision.delayMs);
    await sleep(decision.delayMs);
  }
}
var import_node_http, import_node_https, MAX_SAME_ORIGIN_REDIRECTS, MAX_RESPONSE_BYTES, realSleep;
var init_deliver = __esm({
  "src/notify/deliver.ts"() {
    "use strict";
    import_node_http = __toESM(require("node:http"), 1);
    import_node_https = __toESM(require("node:https"), 1);
    MAX_SAME_ORIGIN_REDIRECTS = 3;
    MAX_RESPONSE_BYTES = 64 * 1024;
    realSleep = (ms) => new Promise((resolve5) => setTimeout(resolve5, ms));
  }
});

// src/notify/github-revoke.ts
function isRevocableGithubToken(finding) {
  const token = finding.secret.reveal();
  return REVOCABLE_PREFIXES.some((prefix) => token.startsWith(prefix));
}
function revokeBatches(tokens) {
  const batches = [];
  for (let i = 0; i < tokens.length; i += REVOKE_BATCH_SIZE) batches.push(tokens.slice(i, i + REVOKE_BATCH_SIZE));
  return batches;
}
function normalizeRateLimit(outcome, now2 = Date.now()) {
  if (outcome.kind !== "response" || outcome.status !== 403 && outcome.status !== 429) return outcome;
  if (outcome.rateLimitRemaining !== "0" && outcome.status === 403) return outcome;
  if (outcome.retryAfter) return { ...outcome, status: 429 };
  const reset = Number(outcome.rateLimitReset);
  const seconds = Number.isFinite(reset) && reset > 0 ? Math.max(1, Math.ceil(reset - now2 / 1e3)) : 60;
  return { ...outcome, status: 429, retryAfter: String(seconds) };
}
async function postRevokeBatch(target, tokens) {
  const outcome = await postOnce(
    {
      url: `${target.baseUrl}${REVOKE_PATH}`,
      body: JSON.stringify({ credentials: tokens }),
      headers: { Accept: "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28" }
    },
    target.policy
  );
  return normalizeRateLimit(outcome);
}
function rateLimitExhausted(outcome) {
  return outcome.kind === "response" && outcome.rateLimitRemaining === "0";
}
var REVOKE_BATCH_SIZE, REVOKE_PATH, REVOCABLE_PREFIXES;
var init_github_revoke = __esm({
  "src/notify/github-revoke.ts"() {
    "use strict";
    init_deliver();
    REVOKE_BATCH_SIZE = 1e3;
    REVOKE_PATH = "/credentials/revoke";
    REVOCABLE_PREFIXES = ["ghp_", "github_pat_", "gho_", "ghu_", "ghr_"];
  }
});

// src/notify/outbox.ts
var outbox_exports = {};
__export(outbox_exports, {
  Outbox: () => Outbox,
  OutboxBusyError: () => OutboxBusyError,
  OutboxError: () => OutboxError,
  entryId: () => entryId,
  foldJournal: () => foldJournal,
  parseJournalLine: () => parseJournalLine
});
function parseJournalLine(line) {
  let event;
  try {
    event = JSON.parse(line);
  } catch {
    return void 0;
  }
  if (typeof event !== "object" || event === null || !isText(event.target) || !isText(event.key) || !isText(event.at))
    return void 0;
  const valid = event.type === "enqueued" ? isText(event.eventId) && isText(event.ruleId) && isText(event.file) && Number.isInteger(event.line) && isText(event.body) : event.type === "attempted" ? isText(event.outcome) : event.type === "delivered" ? typeof event.status === "number" : event.type === "failed" ? isText(event.reason) : event.type === "requeued";
  return valid ? event : void 0;
}
function foldJournal(lines) {
  const entries = /* @__PURE__ */ new Map();
  let unreadable = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const event = parseJournalLine(line);
    if (!event) {
      unreadable++;
      continue;
    }
    const id = entryId(event);
    const entry = entries.get(id);
    if (event.type === "enqueued") {
      if (!entry) {
        const { type: _type, at, ...rest } = event;
        entries.set(id, { ...rest, enqueuedAt: at, state: "pending", attempts: 0 });
      }
      continue;
    }
    if (!entry) continue;
    if (event.type === "attempted") {
      entry.attempts++;
      entry.lastError = event.outcome;
    } else if (event.type === "delivered") {
      entry.attempts++;
      entry.state = "delivered";
      entry.settledAt = event.at;
      delete entry.lastError;
    } else if (event.type === "failed") {
      entry.attempts++;
      entry.state = "failed";
      entry.lastError = event.reason;
      entry.settledAt = event.at;
    } else if (event.type === "requeued" && entry.state === "failed") {
      entry.state = "pending";
      delete entry.settledAt;
    }
  }
  return { entries, unreadable };
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function safeRead(path) {
  try {
    return (readStateFile(path, "the outbox lock") ?? "").trim();
  } catch {
    return "";
  }
}
function safeUnlink(path) {
  try {
    (0, import_node_fs8.unlinkSync)(path);
  } catch {
  }
}
var import_node_fs8, import_node_path10, OutboxError, OutboxBusyError, entryId, isText, WHAT2, Outbox;
var init_outbox = __esm({
  "src/notify/outbox.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_path10 = require("node:path");
    init_errors();
    init_state_file();
    OutboxError = class extends LeakscanError {
    };
    OutboxBusyError = class extends OutboxError {
    };
    entryId = (id) => `${id.target}\0${id.key}`;
    isText = (value) => typeof value === "string";
    WHAT2 = "the rotation outbox";
    Outbox = class {
      path;
      quarantinePath;
      lockPath;
      locked = false;
      constructor(path) {
        this.path = path;
        this.lockPath = `${path}.lock`;
        this.quarantinePath = `${path}.quarantine`;
      }
      read() {
        const text = readStateFile(this.path, WHAT2);
        if (text === void 0) return { entries: /* @__PURE__ */ new Map(), unreadable: 0 };
        return foldJournal(text.split("\n"));
      }
      /** Appends and fsyncs before returning: once this returns, the events survive a crash or a power cut. */
      append(events) {
        if (events.length === 0) return;
        (0, import_node_fs8.mkdirSync)((0, import_node_path10.dirname)(this.path), { recursive: true });
        const ending = stateFileEnding(this.path, WHAT2);
        let text = `${events.map((event) => JSON.stringify(event)).join("\n")}
`;
        if (ending === "unterminated") text = `
${text}`;
        appendStateFile(this.path, text, WHAT2);
        if (ending === "missing") syncDirectory((0, import_node_path10.dirname)(this.path));
      }
      /**
       * Moves every line that is not a valid event to `<outbox>.quarantine` (appended, for a person to look at)
       * and rewrites the journal without them. Returns how many moved. Call under the lock.
       */
      quarantineMalformed() {
        const text = readStateFile(this.path, WHAT2);
        if (text === void 0) return 0;
        const good = [];
        const bad = [];
        for (const line of text.split("\n")) if (line.trim() !== "") (parseJournalLine(line) ? good : bad).push(line);
        if (bad.length === 0) return 0;
        appendStateFile(this.quarantinePath, `${bad.join("\n")}
`, "the outbox quarantine");
        replaceStateFile(this.path, good.length > 0 ? `${good.join("\n")}
` : "", WHAT2);
        return bad.length;
      }
      /**
       * Rewrites the journal as one `enqueued` line plus one state line per notice, emptying the body of every
       * delivered notice: a raw secret queued for an `includeSecret` or GitHub target leaves the disk once it is
       * delivered, while the key stays so the leak is still never sent twice. Written to a temporary file, fsync'd,
       * then renamed over the journal, so a crash leaves either the old journal or the new one. Call under the lock.
       */
      compact() {
        const { entries } = this.read();
        const lines = [];
        for (const entry of entries.values()) {
          const id = { target: entry.target, key: entry.key };
          const body = entry.state === "delivered" ? "" : entry.body;
          lines.push(
            JSON.stringify({
              type: "enqueued",
              at: entry.enqueuedAt,
              ...id,
              eventId: entry.eventId,
              ruleId: entry.ruleId,
              file: entry.file,
              line: entry.line,
              body
            })
          );
          const at = entry.settledAt ?? entry.enqueuedAt;
          if (entry.state === "delivered")
            lines.push(JSON.stringify({ type: "delivered", at, ...id, status: 0 }));
          else if (entry.state === "failed")
            lines.push(
              JSON.stringify({ type: "failed", at, ...id, reason: entry.lastError ?? "failed" })
            );
          else if (entry.attempts > 0)
            lines.push(
              JSON.stringify({
                type: "attempted",
                at,
                ...id,
                outcome: entry.lastError ?? "unknown"
              })
            );
        }
        replaceStateFile(this.path, lines.length > 0 ? `${lines.join("\n")}
` : "", WHAT2);
      }
      /** Whether a delivered notice still has its body on disk (what `compact` removes). */
      holdsDeliveredBodies() {
        return [...this.read().entries.values()].some((entry) => entry.state === "delivered" && entry.body !== "");
      }
      /**
       * Runs `work` holding the outbox lock, so two runs never deliver the same notice at once. A lock left by a
       * process that no longer exists (killed mid-delivery) is taken over. An outbox that cannot be written is an
       * error here, before any delivery: a notice sent but not journalled as delivered would be sent again by
       * every later run.
       */
      async withLock(work, waitMs = 1e4) {
        if (this.locked) return work();
        try {
          (0, import_node_fs8.mkdirSync)((0, import_node_path10.dirname)(this.path), { recursive: true });
        } catch (error) {
          throw new OutboxError(`cannot create the outbox directory: ${error.message}`, { file: this.path });
        }
        const deadline = Date.now() + waitMs;
        for (; ; ) {
          try {
            const fd = (0, import_node_fs8.openSync)(this.lockPath, "wx", 384);
            (0, import_node_fs8.writeSync)(fd, String(process.pid));
            (0, import_node_fs8.closeSync)(fd);
            break;
          } catch (error) {
            if (error.code !== "EEXIST")
              throw new OutboxError(`cannot lock the outbox: ${error.message}`, { file: this.path });
            const holder = Number(safeRead(this.lockPath));
            if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
              safeUnlink(this.lockPath);
              continue;
            }
            if (Date.now() > deadline)
              throw new OutboxBusyError(`the outbox is in use by process ${holder}; try again when it is done`, {
                file: this.lockPath
              });
            await new Promise((resolve5) => setTimeout(resolve5, 50));
          }
        }
        this.locked = true;
        try {
          checkAppendable(this.path, WHAT2);
          return await work();
        } finally {
          this.locked = false;
          safeUnlink(this.lockPath);
        }
      }
    };
  }
});

// src/notify/payload.ts
function lastFour(secret) {
  return secret.length >= 12 ? secret.slice(-4) : "";
}
function idempotencyKey(fingerprint) {
  return (0, import_node_crypto2.createHash)("sha256").update(`leakscan-notice-v1:${fingerprint}`).digest("hex");
}
function buildNotice(finding, context) {
  const notice = {
    version: PAYLOAD_VERSION,
    type: EVENT_TYPE,
    eventId: context.eventId ?? (0, import_node_crypto2.randomUUID)(),
    idempotencyKey: idempotencyKey(finding.fingerprint),
    detectedAt: context.detectedAt.toISOString(),
    rule: {
      id: finding.ruleId,
      title: finding.title,
      vendor: finding.vendor,
      severity: finding.severity,
      confidence: finding.confidence,
      tags: [...finding.tags],
      rotationGuide: finding.rotationGuide
    },
    secret: {
      redacted: finding.secret.redacted,
      sha256: finding.secretHash,
      last4: lastFour(finding.secret.reveal()),
      // The one raw copy a webhook gets, and only when its target asked for it.
      value: context.includeSecret ? finding.secret.reveal() : void 0
    },
    location: {
      repository: context.repository || void 0,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      ...finding.commit ? {
        commit: {
          sha: finding.commit.sha,
          author: finding.commit.author,
          email: finding.commit.email,
          date: finding.commit.date
        }
      } : {}
    },
    scan: { mode: context.mode, toolVersion: context.toolVersion },
    ...finding.verification ? { verification: finding.verification } : {}
  };
  return notice;
}
function stripUrlCredentials(remote) {
  const trimmed = remote.trim();
  try {
    const url = new URL(trimmed);
    if (url.protocol === "http:" || url.protocol === "https:" || url.protocol === "ssh:" || url.protocol === "git:") {
      url.username = "";
      url.password = "";
      return url.toString();
    }
  } catch {
  }
  return trimmed.replace(/^([^@/:]+):[^@/]*@/, "$1@");
}
var import_node_crypto2, PAYLOAD_VERSION, EVENT_TYPE;
var init_payload = __esm({
  "src/notify/payload.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    PAYLOAD_VERSION = 1;
    EVENT_TYPE = "leak.detected";
  }
});

// src/state/state-dir.ts
function stateDirectory(cwd, env = process.env) {
  const configured = env.XDG_STATE_HOME;
  const base = configured && (0, import_node_path11.isAbsolute)(configured) ? configured : (0, import_node_path11.join)((0, import_node_os3.homedir)(), ".local", "state");
  let root = cwd;
  try {
    root = (0, import_node_fs9.realpathSync)(cwd);
  } catch {
  }
  const name = (0, import_node_path11.basename)(root).replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40) || "root";
  return (0, import_node_path11.join)(base, "leakscan", `${name}-${(0, import_node_crypto3.createHash)("sha256").update(root).digest("hex").slice(0, 16)}`);
}
var import_node_crypto3, import_node_fs9, import_node_os3, import_node_path11;
var init_state_dir = __esm({
  "src/state/state-dir.ts"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    import_node_fs9 = require("node:fs");
    import_node_os3 = require("node:os");
    import_node_path11 = require("node:path");
  }
});

// src/notify/sign.ts
function signatureDigest(secret, timestamp, body) {
  return (0, import_node_crypto4.createHmac)("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");
}
function signatureHeader(secret, body, timestamp = Math.floor(Date.now() / 1e3)) {
  return `t=${timestamp},v1=${signatureDigest(secret, timestamp, body)}`;
}
var import_node_crypto4, SIGNATURE_HEADER;
var init_sign = __esm({
  "src/notify/sign.ts"() {
    "use strict";
    import_node_crypto4 = require("node:crypto");
    SIGNATURE_HEADER = "X-Leakscan-Signature";
  }
});

// src/notify/rotation.ts
var rotation_exports = {};
__export(rotation_exports, {
  deliverPending: () => deliverPending,
  dryRunText: () => dryRunText,
  enqueueEvents: () => enqueueEvents,
  findingsFor: () => findingsFor,
  legacyOutboxNote: () => legacyOutboxNote,
  noticeKey: () => noticeKey,
  notifyFindings: () => notifyFindings,
  outboxPath: () => outboxPath,
  repositoryUrl: () => repositoryUrl,
  tallyLine: () => tallyLine
});
async function repositoryUrl(cwd) {
  const remote = await originUrl(cwd);
  return remote ? stripUrlCredentials(remote) : void 0;
}
function findingsFor(target, findings) {
  return findings.filter(
    (finding) => wantsFinding(target, finding) && (target.kind !== "github-revoke" || isRevocableGithubToken(finding))
  );
}
function noticeKey(target, finding) {
  return target.kind === "github-revoke" ? finding.secretHash : idempotencyKey(finding.fingerprint);
}
function enqueueEvents(targets, findings, known, context) {
  const events = [];
  const seen = new Set(known.keys());
  for (const target of targets) {
    for (const finding of findingsFor(target, findings)) {
      const key = noticeKey(target, finding);
      const id = entryId({ target: target.name, key });
      if (seen.has(id)) continue;
      seen.add(id);
      const notice = buildNotice(finding, {
        ...context,
        includeSecret: target.kind === "webhook" && target.includeSecret
      });
      events.push({
        type: "enqueued",
        at: context.detectedAt.toISOString(),
        target: target.name,
        key,
        eventId: notice.eventId,
        ruleId: finding.ruleId,
        file: finding.file,
        line: finding.line,
        // The revocation API takes the token itself; a webhook gets the notice (raw only with includeSecret).
        body: target.kind === "github-revoke" ? finding.secret.reveal() : JSON.stringify(notice)
      });
    }
  }
  return events;
}
function emptyTally(target) {
  return { target, sent: 0, retried: 0, pending: 0, failed: 0, skipped: 0, notes: [] };
}
function settle(outbox, entries, report, tally) {
  const outcome = report.lastOutcome;
  tally.retried += report.attempts - 1;
  const events = entries.map((entry) => {
    const id = { target: entry.target, key: entry.key };
    if (report.state === "delivered")
      return { type: "delivered", at: now(), ...id, status: outcome.kind === "response" ? outcome.status : 0 };
    if (report.state === "failed") return { type: "failed", at: now(), ...id, reason: describeOutcome(outcome) };
    return { type: "attempted", at: now(), ...id, outcome: describeOutcome(outcome) };
  });
  outbox.append(events);
  tally[report.state === "delivered" ? "sent" : report.state] += entries.length;
}
async function deliverWebhook(outbox, target, entries, tally) {
  const secret = process.env[target.secretEnv];
  if (!secret) {
    tally.pending += entries.length;
    tally.notes.push(`${target.secretEnv} is not set: cannot sign, ${entries.length} left pending`);
    return;
  }
  for (const [index, entry] of entries.entries()) {
    const attemptsBefore = entry.attempts;
    let attempt2 = 0;
    const report = await withRetries(
      () => postOnce(
        {
          url: target.url,
          body: entry.body,
          headers: {
            // Signed at each attempt: the timestamp is when it was sent, so receivers can bound replays.
            [SIGNATURE_HEADER]: signatureHeader(secret, entry.body),
            "X-Leakscan-Event-Id": entry.eventId,
            "Idempotency-Key": entry.key,
            "X-Leakscan-Delivery-Attempt": String(attemptsBefore + ++attempt2)
          }
        },
        target.policy
      ),
      target.policy,
      {
        onRetry: (outcome) => outbox.append([
          { type: "attempted", at: now(), target: entry.target, key: entry.key, outcome: describeOutcome(outcome) }
        ])
      }
    );
    settle(outbox, [entry], report, tally);
    if (report.state === "pending" && index < entries.length - 1) {
      const rest = entries.length - index - 1;
      tally.pending += rest;
      tally.notes.push(`${describeOutcome(report.lastOutcome)}: ${rest} more left pending without trying`);
      return;
    }
  }
}
async function deliverGithub(outbox, target, entries, tally) {
  const byToken = /* @__PURE__ */ new Map();
  for (const entry of entries) byToken.set(entry.body, [...byToken.get(entry.body) ?? [], entry]);
  const batches = revokeBatches([...byToken.keys()]);
  for (const [index, batch] of batches.entries()) {
    const report = await withRetries(() => postRevokeBatch(target, batch), target.policy, {
      onRetry: (outcome) => outbox.append(
        batch.flatMap((token) => byToken.get(token)).map((entry) => ({
          type: "attempted",
          at: now(),
          target: entry.target,
          key: entry.key,
          outcome: describeOutcome(outcome)
        }))
      )
    });
    settle(
      outbox,
      batch.flatMap((token) => byToken.get(token)),
      report,
      tally
    );
    if (report.state === "pending" || rateLimitExhausted(report.lastOutcome)) {
      const rest = batches.slice(index + 1).reduce((sum, b) => sum + b.length, 0);
      if (rest > 0) {
        tally.pending += rest;
        tally.notes.push(`GitHub rate limit or outage: ${rest} tokens left pending`);
      }
      return;
    }
  }
}
async function deliverPending(outbox, rotation, select = () => true) {
  return outbox.withLock(async () => {
    const quarantined = outbox.quarantineMalformed();
    const { entries } = outbox.read();
    const tallies = [];
    for (const target of rotation.targets) {
      const tally = emptyTally(target.name);
      const pending = [...entries.values()].filter(
        (entry) => entry.target === target.name && entry.state === "pending" && select(entry)
      );
      if (pending.length === 0) continue;
      if (target.kind === "webhook") await deliverWebhook(outbox, target, pending, tally);
      else await deliverGithub(outbox, target, pending, tally);
      tallies.push(tally);
    }
    if (quarantined > 0) {
      if (tallies.length === 0) tallies.push(emptyTally("outbox"));
      tallies[0].notes.push(`${quarantined} malformed outbox line(s) moved to ${outbox.quarantinePath}`);
    }
    if (outbox.holdsDeliveredBodies()) outbox.compact();
    return tallies;
  });
}
function outboxPath(rotation, cwd) {
  if (rotation.outbox === void 0) return (0, import_node_path12.join)(stateDirectory(cwd), "outbox.jsonl");
  const path = (0, import_node_path12.resolve)(cwd, rotation.outbox);
  checkNoLinkedDirectories(cwd, path, "the rotation outbox");
  return path;
}
function legacyOutboxNote(rotation, cwd) {
  if (rotation.outbox !== void 0) return void 0;
  try {
    if (!(0, import_node_fs10.lstatSync)((0, import_node_path12.join)(cwd, LEGACY_OUTBOX)).isFile()) return void 0;
  } catch {
    return void 0;
  }
  return `rotation: ${LEGACY_OUTBOX} is not read any more (the outbox now lives in ${stateDirectory(cwd)}, where a repository cannot plant one); if you wrote it, deliver what it holds with: leakscan rotate flush --outbox ${LEGACY_OUTBOX}`;
}
async function notifyFindings(findings, rotation, context, cwd, lockWaitMs = 1e4) {
  const outbox = new Outbox(outboxPath(rotation, cwd));
  if (rotation.targets.every((target) => findingsFor(target, findings).length === 0)) {
    const olderPending = [...outbox.read().entries.values()].filter((entry) => entry.state === "pending").length;
    return { tallies: [], olderPending };
  }
  try {
    return await outbox.withLock(() => enqueueAndDeliver(outbox, findings, rotation, context), lockWaitMs);
  } catch (error) {
    if (!(error instanceof OutboxBusyError)) throw error;
    const events = enqueueEvents(rotation.targets, findings, outbox.read().entries, context);
    outbox.append(events);
    const tallies = [...new Set(events.map((e) => e.target))].map((target) => ({
      ...emptyTally(target),
      pending: events.filter((e) => e.target === target).length,
      notes: [`${error.message}: queued, not sent`]
    }));
    return { tallies, olderPending: 0 };
  }
}
async function enqueueAndDeliver(outbox, findings, rotation, context) {
  const { entries } = outbox.read();
  outbox.append(enqueueEvents(rotation.targets, findings, entries, context));
  const thisScan = /* @__PURE__ */ new Set();
  const skipped = /* @__PURE__ */ new Map();
  for (const target of rotation.targets) {
    for (const finding of findingsFor(target, findings)) {
      const id = entryId({ target: target.name, key: noticeKey(target, finding) });
      if (thisScan.has(id)) continue;
      thisScan.add(id);
      const state = entries.get(id)?.state;
      if (state === "delivered" || state === "failed") skipped.set(target.name, (skipped.get(target.name) ?? 0) + 1);
    }
  }
  const tallies = await deliverPending(outbox, rotation, (entry) => thisScan.has(entryId(entry)));
  for (const [target, count] of skipped) {
    let tally = tallies.find((t) => t.target === target);
    if (!tally) {
      tally = emptyTally(target);
      tallies.push(tally);
    }
    tally.skipped += count;
  }
  const olderPending = [...outbox.read().entries.values()].filter(
    (entry) => entry.state === "pending" && !thisScan.has(entryId(entry))
  ).length;
  return { tallies, olderPending };
}
function dryRunText(findings, rotation, context, known, showSecrets) {
  const lines = [];
  for (const target of rotation.targets) {
    const wanted = findingsFor(target, findings);
    if (target.kind === "github-revoke") {
      const tokens = new Set(wanted.map((f) => f.secretHash));
      lines.push(
        `rotation dry run: would POST ${target.baseUrl}/credentials/revoke (target ${target.name}): ${tokens.size} token(s), in ${Math.ceil(tokens.size / 1e3)} request(s)`
      );
      for (const finding of wanted)
        lines.push(`  ${finding.secret.shown(showSecrets)}  ${finding.ruleId} ${finding.file}:${finding.line}`);
      continue;
    }
    const secret = process.env[target.secretEnv];
    for (const finding of wanted) {
      const state = known.get(entryId({ target: target.name, key: noticeKey(target, finding) }))?.state;
      const notice = buildNotice(finding, { ...context, includeSecret: target.includeSecret });
      const shown = showSecrets || !notice.secret.value ? notice : { ...notice, secret: { ...notice.secret, value: finding.secret.redacted } };
      const body = JSON.stringify(notice);
      lines.push(
        `rotation dry run: would POST ${target.url} (target ${target.name})${state ? ` \u2014 already ${state} in the outbox, would be skipped` : ""}`
      );
      lines.push(
        `  ${SIGNATURE_HEADER}: ${secret ? signatureHeader(secret, body) : `<cannot sign: ${target.secretEnv} is not set>`}`
      );
      lines.push(`  Idempotency-Key: ${notice.idempotencyKey}`);
      lines.push(
        ...JSON.stringify(shown, null, 2).split("\n").map((line) => `  ${line}`)
      );
    }
    if (wanted.length === 0)
      lines.push(`rotation dry run: nothing for target ${target.name} (no finding matches its filters)`);
  }
  return `${lines.join("\n")}
`;
}
function tallyLine(tallies, olderPending = 0, outboxFile) {
  const parts = tallies.map(
    (t) => `${t.target}: ${t.sent} sent, ${t.retried} retried, ${t.pending} pending, ${t.failed} failed${t.skipped ? `, ${t.skipped} already handled` : ""}`
  );
  const notes = tallies.flatMap((t) => t.notes.map((note) => `
  ${t.target}: ${note}`));
  const pending = tallies.reduce((sum, t) => sum + t.pending, 0) + olderPending;
  const hint = pending > 0 ? `
  ${pending} notice(s) pending${outboxFile ? ` in ${outboxFile}` : ""}: run 'leakscan rotate flush' to deliver them` : "";
  return `rotation: ${parts.length > 0 ? parts.join("; ") : "no notices to send"}${notes.join("")}${hint}`;
}
var import_node_fs10, import_node_path12, now;
var init_rotation = __esm({
  "src/notify/rotation.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_path12 = require("node:path");
    init_git();
    init_deliver();
    init_github_revoke();
    init_outbox();
    init_payload();
    init_state_dir();
    init_state_file();
    init_rotation_config();
    init_sign();
    now = () => (/* @__PURE__ */ new Date()).toISOString();
  }
});

// src/output/rotation-step.ts
async function prepareRotation(result, request, log) {
  const { checkUrl: checkUrl2, DEFAULT_POLICY: DEFAULT_POLICY2, DEFAULT_SECRET_ENV: DEFAULT_SECRET_ENV2 } = await Promise.resolve().then(() => (init_rotation_config(), rotation_config_exports));
  const rotation = { ...result.config.rotation, targets: [...result.config.rotation.targets] };
  const problems = [];
  const extraUrl = request.extraUrl;
  if (extraUrl) {
    const problem = checkUrl2(extraUrl, false);
    if (problem) problems.push(`--rotate-url: ${problem}`);
    else
      rotation.targets.push({
        kind: "webhook",
        name: extraUrl,
        url: extraUrl,
        secretEnv: DEFAULT_SECRET_ENV2,
        includeSecret: false,
        rules: [],
        tags: [],
        policy: { ...DEFAULT_POLICY2 }
      });
  }
  if (problems.length > 0) throw new ConfigError(result.config.file ?? ".leakscan.yaml", problems);
  if (rotation.targets.length === 0)
    throw new UsageError(
      "--rotate: no rotation target configured (add rotation.webhooks to .leakscan.yaml, or pass --rotate-url)"
    );
  return async (scanned, mode) => {
    try {
      const { notifyFindings: notifyFindings2, dryRunText: dryRunText2, tallyLine: tallyLine2, repositoryUrl: repositoryUrl2, outboxPath: outboxPath2, legacyOutboxNote: legacyOutboxNote2 } = await Promise.resolve().then(() => (init_rotation(), rotation_exports));
      const cwd = process.cwd();
      const legacy = legacyOutboxNote2(rotation, cwd);
      if (legacy) log(`${legacy}
`);
      const context = {
        mode,
        toolVersion: toolVersion(),
        detectedAt: /* @__PURE__ */ new Date(),
        ...optional("repository", await repositoryUrl2(cwd))
      };
      if (request.dryRun) {
        const { Outbox: Outbox2 } = await Promise.resolve().then(() => (init_outbox(), outbox_exports));
        const known = new Outbox2(outboxPath2(rotation, cwd)).read().entries;
        log(dryRunText2(scanned.findings, rotation, context, known, request.showSecrets));
        return;
      }
      const { tallies, olderPending } = await notifyFindings2(scanned.findings, rotation, context, cwd);
      if (request.quiet && tallies.length === 0 && olderPending === 0) return;
      log(`${tallyLine2(tallies, olderPending, outboxPath2(rotation, cwd))}
`);
    } catch (error) {
      const { redactKeyLike: redactKeyLike2 } = await Promise.resolve().then(() => (init_key_like(), key_like_exports));
      log(`leakscan: rotation: ${await redactKeyLike2(describeError(error))} (the scan result is unaffected)
`);
    }
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
var init_rotation_step = __esm({
  "src/output/rotation-step.ts"() {
    "use strict";
    init_errors();
    init_exit_codes();
  }
});

// src/verify/canary.ts
function awsAccountOfKeyId(keyId) {
  if (!/^(AKIA|ASIA)[A-Z2-7]{16}$/.test(keyId)) return void 0;
  let bits = 0n;
  for (const char of keyId.slice(4, 14)) bits = bits << 5n | BigInt(BASE32.indexOf(char));
  const first48 = bits >> 2n;
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, "0");
}
function canaryReason(secret, id) {
  for (const value of [id, secret]) {
    const account = value ? awsAccountOfKeyId(value) : void 0;
    if (account && AWS_CANARY_ACCOUNTS.has(account))
      return `AWS account ${account} issues canary tokens (canarytokens.org): not called, so its alarm stays quiet`;
  }
  return void 0;
}
var AWS_CANARY_ACCOUNTS, BASE32;
var init_canary = __esm({
  "src/verify/canary.ts"() {
    "use strict";
    AWS_CANARY_ACCOUNTS = /* @__PURE__ */ new Set([
      "052310077262",
      "171436882533",
      "266735846894",
      "534261010715",
      "595918472158",
      "717712589309",
      "729780141977",
      "730335385048",
      "819147034852",
      "992382622183"
    ]);
    BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  }
});

// src/verify/classify.ts
function jsonAt(value, path) {
  let current = value;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return void 0;
    current = Array.isArray(current) ? current[Number(part)] : current[part];
  }
  return current;
}
function matches(matcher, response, json) {
  if (!matcher.status.includes(response.status)) return false;
  if (matcher.body_includes && !matcher.body_includes.every((text) => response.body.includes(text))) return false;
  if (matcher.json) {
    const parsed = json();
    if (parsed === void 0) return false;
    for (const [path, expected] of Object.entries(matcher.json)) if (jsonAt(parsed, path) !== expected) return false;
  }
  return true;
}
function classifyResponse(definition, host, response) {
  const from = `${response.status} from ${host}`;
  if (response.status >= 300 && response.status < 400) {
    let target = "an unreadable location";
    try {
      const location = new URL(String(response.headers.location ?? ""), `https://${host}/`);
      target = location.hostname === host ? `${host} (same host)` : `another host, ${location.hostname}`;
    } catch {
    }
    return { state: "unknown", reason: `${from}: redirect to ${target}, not followed` };
  }
  if (response.status === 429) return { state: "unknown", reason: `${from}: rate limited` };
  if (response.status >= 500) return { state: "unknown", reason: `${from}: server error` };
  if (response.truncated) return { state: "unknown", reason: `${from}: an answer over 64 KB, not a key check's` };
  const type = String(response.headers["content-type"] ?? "");
  if (/html/i.test(type) || /^\s*<(!doctype|html)/i.test(response.body))
    return { state: "unknown", reason: `${from}: an HTML page, not the vendor's API answer (a WAF or proxy?)` };
  let parsed;
  let parsedOnce = false;
  const json = () => {
    if (!parsedOnce) {
      parsedOnce = true;
      try {
        parsed = JSON.parse(response.body);
      } catch {
        parsed = void 0;
      }
    }
    return parsed;
  };
  for (const kind of ["live", "invalid"]) {
    const matcher = definition[kind].find((candidate) => matches(candidate, response, json));
    if (matcher) return { state: kind, reason: `${from}: ${matcher.reason}` };
  }
  return { state: "unknown", reason: `${from}: not an answer this verifier recognises` };
}
var init_classify = __esm({
  "src/verify/classify.ts"() {
    "use strict";
  }
});

// src/verify/disk-cache.ts
function cacheKey(file) {
  try {
    const stored = readStateFile(file, KEY_WHAT)?.trim();
    if (stored && /^[0-9a-f]{64}$/.test(stored)) return Buffer.from(stored, "hex");
  } catch {
  }
  const key = (0, import_node_crypto5.randomBytes)(32);
  try {
    (0, import_node_fs11.mkdirSync)((0, import_node_path13.join)(file, ".."), { recursive: true, mode: 448 });
    replaceStateFile(file, `${key.toString("hex")}
`, KEY_WHAT);
  } catch {
  }
  return key;
}
var import_node_crypto5, import_node_fs11, import_node_path13, WHAT3, KEY_WHAT, DiskCache;
var init_disk_cache = __esm({
  "src/verify/disk-cache.ts"() {
    "use strict";
    import_node_crypto5 = require("node:crypto");
    import_node_fs11 = require("node:fs");
    import_node_path13 = require("node:path");
    init_state_file();
    WHAT3 = "verification cache";
    KEY_WHAT = "verification cache key";
    DiskCache = class {
      constructor(directory, ttlMs) {
        this.ttlMs = ttlMs;
        this.#file = (0, import_node_path13.join)(directory, "verify-cache.json");
        this.#hmacKey = cacheKey((0, import_node_path13.join)(directory, "verify-cache.key"));
        let entries = {};
        try {
          const parsed = JSON.parse(readStateFile(this.#file, WHAT3) ?? "{}");
          if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
            entries = parsed;
        } catch {
        }
        this.#entries = entries;
      }
      ttlMs;
      #file;
      #hmacKey;
      #entries;
      #changed = false;
      /** `key` is the run's hash of verifier and credential; what is stored is its HMAC under this user's key. */
      get(key, now2 = Date.now()) {
        const entry = this.#entries[this.#stored(key)];
        if (!entry || entry.state !== "live" && entry.state !== "invalid") return void 0;
        const age = now2 - Date.parse(entry.checkedAt);
        return age >= 0 && age < this.ttlMs ? entry : void 0;
      }
      set(key, verification) {
        if (verification.state === "unknown") return;
        this.#entries[this.#stored(key)] = verification;
        this.#changed = true;
      }
      #stored(key) {
        return (0, import_node_crypto5.createHmac)("sha256", this.#hmacKey).update(key).digest("hex");
      }
      save(now2 = Date.now()) {
        if (!this.#changed) return;
        for (const [key, entry] of Object.entries(this.#entries))
          if (now2 - Date.parse(entry.checkedAt) >= this.ttlMs) delete this.#entries[key];
        (0, import_node_fs11.mkdirSync)((0, import_node_path13.join)(this.#file, ".."), { recursive: true, mode: 448 });
        replaceStateFile(this.#file, `${JSON.stringify(this.#entries)}
`, WHAT3);
      }
    };
  }
});

// src/verify/host-limiter.ts
var HostPaused, HostLimiter;
var init_host_limiter = __esm({
  "src/verify/host-limiter.ts"() {
    "use strict";
    HostPaused = class extends Error {
      constructor(waitMs) {
        super(`asked to wait ${Math.ceil(waitMs / 1e3)}s (Retry-After)`);
        this.waitMs = waitMs;
      }
      waitMs;
    };
    HostLimiter = class {
      constructor(concurrency, intervalMs) {
        this.concurrency = concurrency;
        this.intervalMs = intervalMs;
      }
      concurrency;
      intervalMs;
      #hosts = /* @__PURE__ */ new Map();
      #host(host) {
        let state = this.#hosts.get(host);
        if (!state) {
          state = { active: 0, nextStart: 0, waiting: [] };
          this.#hosts.set(host, state);
        }
        return state;
      }
      /** When the host may next be called (ms since epoch). */
      pausedUntil(host) {
        return this.#host(host).nextStart;
      }
      /** Retry-After: no request to `host` starts before `until`. */
      pause(host, until) {
        const state = this.#host(host);
        state.nextStart = Math.max(state.nextStart, until);
      }
      /**
       * Runs `task` when the host's turn comes; throws HostPaused instead of waiting longer than `maxWaitMs` (a
       * Retry-After that arrived while this task was queued).
       */
      async run(host, maxWaitMs, task) {
        const state = this.#host(host);
        while (state.active >= this.concurrency) await new Promise((resolve5) => state.waiting.push(resolve5));
        state.active++;
        try {
          for (; ; ) {
            const wait = state.nextStart - Date.now();
            if (wait <= 0) break;
            if (wait > maxWaitMs) throw new HostPaused(wait);
            await new Promise((resolve5) => setTimeout(resolve5, wait));
          }
          state.nextStart = Date.now() + this.intervalMs;
          return await task();
        } finally {
          state.active--;
          state.waiting.shift()?.();
        }
      }
    };
  }
});

// src/verify/verifier-definition.ts
function schemaProblems(value, schema, path) {
  if (schema.enum)
    return schema.enum.includes(value) ? [] : [`${path}: must be one of ${schema.enum.join(", ")}`];
  switch (schema.type) {
    case "string": {
      if (typeof value !== "string") return [`${path}: must be a string`];
      if (schema.minLength !== void 0 && value.length < schema.minLength) return [`${path}: must not be empty`];
      if (schema.pattern && !new RegExp(schema.pattern).test(value)) return [`${path}: must match ${schema.pattern}`];
      return [];
    }
    case "integer":
    case "number": {
      if (typeof value !== "number" || schema.type === "integer" && !Number.isInteger(value))
        return [`${path}: must be ${schema.type === "integer" ? "an integer" : "a number"}`];
      if (schema.minimum !== void 0 && value < schema.minimum) return [`${path}: must be >= ${schema.minimum}`];
      if (schema.maximum !== void 0 && value > schema.maximum) return [`${path}: must be <= ${schema.maximum}`];
      return [];
    }
    case "boolean":
      return typeof value === "boolean" ? [] : [`${path}: must be true or false`];
    case "array": {
      if (!Array.isArray(value)) return [`${path}: must be a list`];
      if (schema.minItems !== void 0 && value.length < schema.minItems)
        return [`${path}: must have at least ${schema.minItems} entries`];
      const items = schema.items;
      return items ? value.flatMap((item, index) => schemaProblems(item, items, `${path}[${index}]`)) : [];
    }
    case "object": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return [`${path}: must be a mapping`];
      const record = value;
      const problems = (schema.required ?? []).filter((key) => !(key in record)).map((key) => `${path}.${key}: is required`);
      const properties = schema.properties;
      for (const [key, item] of Object.entries(record)) {
        const property = properties?.[key];
        if (property) problems.push(...schemaProblems(item, property, `${path}.${key}`));
        else if (schema.additionalProperties === false) problems.push(`${path}.${key}: unknown field`);
      }
      return problems;
    }
    default:
      return [];
  }
}
function hostAllowed(host, hosts) {
  const name = host.toLowerCase();
  return hosts.some((entry) => {
    if (!entry.startsWith("*.")) return entry === name;
    const suffix = entry.slice(1);
    return name.endsWith(suffix) && /^[a-z0-9-]+$/.test(name.slice(0, -suffix.length));
  });
}
function semanticProblems(definition, where) {
  const problems = [];
  const templateHost = /^https:\/\/([^/{}]*\{\{\w+\}\}[^/]*|[^/]+)\//.exec(definition.request.url)?.[1];
  if (!templateHost) problems.push(`${where}.request.url: must be https://HOST/PATH`);
  else if (!templateHost.includes("{{") && !hostAllowed(templateHost, definition.hosts))
    problems.push(`${where}.request.url: host ${templateHost} is not in hosts`);
  for (const [name, pattern] of Object.entries(definition.extract ?? {})) {
    try {
      if (!/\(\?<value>/.test(pattern)) problems.push(`${where}.extract.${name}: needs a named group (?<value>...)`);
      new RegExp(pattern);
    } catch (error) {
      problems.push(`${where}.extract.${name}: ${error.message}`);
    }
  }
  for (const kind of ["live", "invalid"]) {
    definition[kind].forEach((matcher, index) => {
      if (!matcher.json && !matcher.body_includes)
        problems.push(
          `${where}.${kind}[${index}]: needs a json or body_includes condition (a status alone is not the vendor's answer)`
        );
      for (const status of matcher.status)
        if (status === 429 || status >= 500 || status >= 300 && status < 400)
          problems.push(`${where}.${kind}[${index}]: status ${status} always means unknown`);
    });
  }
  if (definition.code === "aws-sigv4" && !definition.request.url.includes("amazonaws.com"))
    problems.push(`${where}.code: aws-sigv4 signs requests to amazonaws.com only`);
  return problems;
}
var VERIFIER_ID_PATTERN, HOST_PATTERN, stringList4, stringMap, MATCHER_SCHEMA, VERIFIER_SCHEMA;
var init_verifier_definition = __esm({
  "src/verify/verifier-definition.ts"() {
    "use strict";
    VERIFIER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    HOST_PATTERN = "^(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$";
    stringList4 = (minItems = 1) => ({ type: "array", minItems, items: { type: "string", minLength: 1 } });
    stringMap = { type: "object" };
    MATCHER_SCHEMA = {
      type: "object",
      additionalProperties: false,
      required: ["status", "reason"],
      properties: {
        status: { type: "array", minItems: 1, items: { type: "integer", minimum: 100, maximum: 599 } },
        json: { type: "object", description: "dotted path \u2192 expected value" },
        body_includes: stringList4(),
        reason: { type: "string", minLength: 1 }
      }
    };
    VERIFIER_SCHEMA = {
      type: "object",
      additionalProperties: false,
      required: ["id", "vendor", "rules", "hosts", "docs", "returns", "request", "live", "invalid"],
      properties: {
        id: { type: "string", pattern: VERIFIER_ID_PATTERN.source },
        vendor: { type: "string", minLength: 1 },
        rules: stringList4(),
        hosts: { type: "array", minItems: 1, items: { type: "string", pattern: HOST_PATTERN } },
        docs: stringList4(),
        checked_against_docs: { type: "boolean" },
        returns: { type: "string", minLength: 1 },
        extract: { ...stringMap, description: "name \u2192 regex with a named group `value`" },
        code: { enum: ["aws-sigv4"] },
        request: {
          type: "object",
          additionalProperties: false,
          required: ["method", "url"],
          properties: {
            method: { enum: ["GET", "POST"] },
            url: { type: "string", pattern: "^https://" },
            headers: stringMap,
            body: { type: "string" },
            basic_auth: {
              type: "object",
              additionalProperties: false,
              required: ["username", "password"],
              properties: { username: { type: "string" }, password: { type: "string" } }
            }
          }
        },
        live: { type: "array", minItems: 1, items: MATCHER_SCHEMA },
        invalid: { type: "array", minItems: 1, items: MATCHER_SCHEMA }
      }
    };
  }
});

// src/verify/load-verifiers.ts
function builtinVerifiersDir() {
  return (0, import_node_path14.join)(packageRoot(), "rules", "verifiers");
}
async function readVerifierFiles(dir = builtinVerifiersDir()) {
  const verifiers = [];
  const { files, problems } = await readYamlLists(dir, "rules/verifiers", "verifiers");
  const seenRules = /* @__PURE__ */ new Map();
  for (const { where, raw } of files.flatMap((file) => file.entries)) {
    const shape = schemaProblems(raw, VERIFIER_SCHEMA, where);
    if (shape.length > 0) {
      problems.push(...shape);
      continue;
    }
    const definition = raw;
    const semantic = semanticProblems(definition, where);
    for (const rule of definition.rules) {
      const other = seenRules.get(rule);
      if (other) semantic.push(`${where}.rules: ${rule} is already verified by ${other}`);
      seenRules.set(rule, definition.id);
    }
    if (semantic.length > 0) problems.push(...semantic);
    else verifiers.push(definition);
  }
  return { verifiers, problems };
}
async function loadVerifiers() {
  const { verifiers, problems } = await readVerifierFiles();
  if (problems.length > 0) throw new RuleError(`built-in verifiers are invalid:
  ${problems.join("\n  ")}`);
  return verifiers;
}
var import_node_path14;
var init_load_verifiers = __esm({
  "src/verify/load-verifiers.ts"() {
    "use strict";
    import_node_path14 = require("node:path");
    init_errors();
    init_package_root();
    init_yaml_lists();
    init_verifier_definition();
  }
});

// node_modules/aws4/lru.js
var require_lru = __commonJS({
  "node_modules/aws4/lru.js"(exports2, module2) {
    module2.exports = function(size) {
      return new LruCache(size);
    };
    function LruCache(size) {
      this.capacity = size | 0;
      this.map = /* @__PURE__ */ Object.create(null);
      this.list = new DoublyLinkedList();
    }
    LruCache.prototype.get = function(key) {
      var node = this.map[key];
      if (node == null) return void 0;
      this.used(node);
      return node.val;
    };
    LruCache.prototype.set = function(key, val) {
      var node = this.map[key];
      if (node != null) {
        node.val = val;
      } else {
        if (!this.capacity) this.prune();
        if (!this.capacity) return false;
        node = new DoublyLinkedNode(key, val);
        this.map[key] = node;
        this.capacity--;
      }
      this.used(node);
      return true;
    };
    LruCache.prototype.used = function(node) {
      this.list.moveToFront(node);
    };
    LruCache.prototype.prune = function() {
      var node = this.list.pop();
      if (node != null) {
        delete this.map[node.key];
        this.capacity++;
      }
    };
    function DoublyLinkedList() {
      this.firstNode = null;
      this.lastNode = null;
    }
    DoublyLinkedList.prototype.moveToFront = function(node) {
      if (this.firstNode == node) return;
      this.remove(node);
      if (this.firstNode == null) {
        this.firstNode = node;
        this.lastNode = node;
        node.prev = null;
        node.next = null;
      } else {
        node.prev = null;
        node.next = this.firstNode;
        node.next.prev = node;
        this.firstNode = node;
      }
    };
    DoublyLinkedList.prototype.pop = function() {
      var lastNode = this.lastNode;
      if (lastNode != null) {
        this.remove(lastNode);
      }
      return lastNode;
    };
    DoublyLinkedList.prototype.remove = function(node) {
      if (this.firstNode == node) {
        this.firstNode = node.next;
      } else if (node.prev != null) {
        node.prev.next = node.next;
      }
      if (this.lastNode == node) {
        this.lastNode = node.prev;
      } else if (node.next != null) {
        node.next.prev = node.prev;
      }
    };
    function DoublyLinkedNode(key, val) {
      this.key = key;
      this.val = val;
      this.prev = null;
      this.next = null;
    }
  }
});

// node_modules/aws4/aws4.js
var require_aws4 = __commonJS({
  "node_modules/aws4/aws4.js"(exports2) {
    var aws42 = exports2;
    var url = require("url");
    var querystring = require("querystring");
    var crypto = require("crypto");
    var lru = require_lru();
    var credentialsCache = lru(1e3);
    function hmac(key, string, encoding) {
      return crypto.createHmac("sha256", key).update(string, "utf8").digest(encoding);
    }
    function hash(string, encoding) {
      return crypto.createHash("sha256").update(string, "utf8").digest(encoding);
    }
    function encodeRfc3986(urlEncodedString) {
      return urlEncodedString.replace(/[!'()*]/g, function(c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
      });
    }
    function encodeRfc3986Full(str) {
      return encodeRfc3986(encodeURIComponent(str));
    }
    var HEADERS_TO_IGNORE = {
      "authorization": true,
      "connection": true,
      "x-amzn-trace-id": true,
      "user-agent": true,
      "expect": true,
      "presigned-expires": true,
      "range": true
    };
    function RequestSigner(request, credentials) {
      if (typeof request === "string") request = url.parse(request);
      var headers = request.headers = Object.assign({}, request.headers || {}), hostParts = (!this.service || !this.region) && this.matchHost(request.hostname || request.host || headers.Host || headers.host);
      this.request = request;
      this.credentials = credentials || this.defaultCredentials();
      this.service = request.service || hostParts[0] || "";
      this.region = request.region || hostParts[1] || "us-east-1";
      if (this.service === "email") this.service = "ses";
      if (!request.method && request.body)
        request.method = "POST";
      if (!headers.Host && !headers.host) {
        headers.Host = request.hostname || request.host || this.createHost();
        if (request.port)
          headers.Host += ":" + request.port;
      }
      if (!request.hostname && !request.host)
        request.hostname = headers.Host || headers.host;
      this.isCodeCommitGit = this.service === "codecommit" && request.method === "GIT";
      this.extraHeadersToIgnore = request.extraHeadersToIgnore || /* @__PURE__ */ Object.create(null);
      this.extraHeadersToInclude = request.extraHeadersToInclude || /* @__PURE__ */ Object.create(null);
    }
    RequestSigner.prototype.matchHost = function(host) {
      var match = (host || "").match(/([^\.]{1,63})\.(?:([^\.]{0,63})\.)?amazonaws\.com(\.cn)?$/);
      var hostParts = (match || []).slice(1, 3);
      if (hostParts[1] === "es" || hostParts[1] === "aoss")
        hostParts = hostParts.reverse();
      if (hostParts[1] == "s3") {
        hostParts[0] = "s3";
        hostParts[1] = "us-east-1";
      } else {
        for (var i = 0; i < 2; i++) {
          if (/^s3-/.test(hostParts[i])) {
            hostParts[1] = hostParts[i].slice(3);
            hostParts[0] = "s3";
            break;
          }
        }
      }
      return hostParts;
    };
    RequestSigner.prototype.isSingleRegion = function() {
      if (["s3", "sdb"].indexOf(this.service) >= 0 && this.region === "us-east-1") return true;
      return ["cloudfront", "ls", "route53", "iam", "importexport", "sts"].indexOf(this.service) >= 0;
    };
    RequestSigner.prototype.createHost = function() {
      var region = this.isSingleRegion() ? "" : "." + this.region, subdomain = this.service === "ses" ? "email" : this.service;
      return subdomain + region + ".amazonaws.com";
    };
    RequestSigner.prototype.prepareRequest = function() {
      this.parsePath();
      var request = this.request, headers = request.headers, query;
      if (request.signQuery) {
        this.parsedPath.query = query = this.parsedPath.query || {};
        if (this.credentials.sessionToken)
          query["X-Amz-Security-Token"] = this.credentials.sessionToken;
        if (this.service === "s3" && !query["X-Amz-Expires"])
          query["X-Amz-Expires"] = 86400;
        if (query["X-Amz-Date"])
          this.datetime = query["X-Amz-Date"];
        else
          query["X-Amz-Date"] = this.getDateTime();
        query["X-Amz-Algorithm"] = "AWS4-HMAC-SHA256";
        query["X-Amz-Credential"] = this.credentials.accessKeyId + "/" + this.credentialString();
        query["X-Amz-SignedHeaders"] = this.signedHeaders();
      } else {
        if (!request.doNotModifyHeaders && !this.isCodeCommitGit) {
          if (request.body && !headers["Content-Type"] && !headers["content-type"])
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
          if (request.body && !headers["Content-Length"] && !headers["content-length"])
            headers["Content-Length"] = Buffer.byteLength(request.body);
          if (this.credentials.sessionToken && !headers["X-Amz-Security-Token"] && !headers["x-amz-security-token"])
            headers["X-Amz-Security-Token"] = this.credentials.sessionToken;
          if (this.service === "s3" && !headers["X-Amz-Content-Sha256"] && !headers["x-amz-content-sha256"])
            headers["X-Amz-Content-Sha256"] = hash(this.request.body || "", "hex");
          if (headers["X-Amz-Date"] || headers["x-amz-date"])
            this.datetime = headers["X-Amz-Date"] || headers["x-amz-date"];
          else
            headers["X-Amz-Date"] = this.getDateTime();
        }
        delete headers.Authorization;
        delete headers.authorization;
      }
    };
    RequestSigner.prototype.sign = function() {
      if (!this.parsedPath) this.prepareRequest();
      if (this.request.signQuery) {
        this.parsedPath.query["X-Amz-Signature"] = this.signature();
      } else {
        this.request.headers.Authorization = this.authHeader();
      }
      this.request.path = this.formatPath();
      return this.request;
    };
    RequestSigner.prototype.getDateTime = function() {
      if (!this.datetime) {
        var headers = this.request.headers, date = new Date(headers.Date || headers.date || /* @__PURE__ */ new Date());
        this.datetime = date.toISOString().replace(/[:\-]|\.\d{3}/g, "");
        if (this.isCodeCommitGit) this.datetime = this.datetime.slice(0, -1);
      }
      return this.datetime;
    };
    RequestSigner.prototype.getDate = function() {
      return this.getDateTime().substr(0, 8);
    };
    RequestSigner.prototype.authHeader = function() {
      return [
        "AWS4-HMAC-SHA256 Credential=" + this.credentials.accessKeyId + "/" + this.credentialString(),
        "SignedHeaders=" + this.signedHeaders(),
        "Signature=" + this.signature()
      ].join(", ");
    };
    RequestSigner.prototype.signature = function() {
      var date = this.getDate(), cacheKey2 = [this.credentials.secretAccessKey, date, this.region, this.service].join(), kDate, kRegion, kService, kCredentials = credentialsCache.get(cacheKey2);
      if (!kCredentials) {
        kDate = hmac("AWS4" + this.credentials.secretAccessKey, date);
        kRegion = hmac(kDate, this.region);
        kService = hmac(kRegion, this.service);
        kCredentials = hmac(kService, "aws4_request");
        credentialsCache.set(cacheKey2, kCredentials);
      }
      return hmac(kCredentials, this.stringToSign(), "hex");
    };
    RequestSigner.prototype.stringToSign = function() {
      return [
        "AWS4-HMAC-SHA256",
        this.getDateTime(),
        this.credentialString(),
        hash(this.canonicalString(), "hex")
      ].join("\n");
    };
    RequestSigner.prototype.canonicalString = function() {
      if (!this.parsedPath) this.prepareRequest();
      var pathStr = this.parsedPath.path, query = this.parsedPath.query, headers = this.request.headers, queryStr = "", normalizePath = this.service !== "s3", decodePath2 = this.service === "s3" || this.request.doNotEncodePath, decodeSlashesInPath = this.service === "s3", firstValOnly = this.service === "s3", bodyHash;
      if (this.service === "s3" && this.request.signQuery) {
        bodyHash = "UNSIGNED-PAYLOAD";
      } else if (this.isCodeCommitGit) {
        bodyHash = "";
      } else {
        bodyHash = headers["X-Amz-Content-Sha256"] || headers["x-amz-content-sha256"] || hash(this.request.body || "", "hex");
      }
      if (query) {
        var reducedQuery = Object.keys(query).reduce(function(obj, key) {
          if (!key) return obj;
          obj[encodeRfc3986Full(key)] = !Array.isArray(query[key]) ? query[key] : firstValOnly ? query[key][0] : query[key];
          return obj;
        }, {});
        var encodedQueryPieces = [];
        Object.keys(reducedQuery).sort().forEach(function(key) {
          if (!Array.isArray(reducedQuery[key])) {
            encodedQueryPieces.push(key + "=" + encodeRfc3986Full(reducedQuery[key]));
          } else {
            reducedQuery[key].map(encodeRfc3986Full).sort().forEach(function(val) {
              encodedQueryPieces.push(key + "=" + val);
            });
          }
        });
        queryStr = encodedQueryPieces.join("&");
      }
      if (pathStr !== "/") {
        if (normalizePath) pathStr = pathStr.replace(/\/{2,}/g, "/");
        pathStr = pathStr.split("/").reduce(function(path, piece) {
          if (normalizePath && piece === "..") {
            path.pop();
          } else if (!normalizePath || piece !== ".") {
            if (decodePath2) piece = decodeURIComponent(piece.replace(/\+/g, " "));
            path.push(encodeRfc3986Full(piece));
          }
          return path;
        }, []).join("/");
        if (pathStr[0] !== "/") pathStr = "/" + pathStr;
        if (decodeSlashesInPath) pathStr = pathStr.replace(/%2F/g, "/");
      }
      return [
        this.request.method || "GET",
        pathStr,
        queryStr,
        this.canonicalHeaders() + "\n",
        this.signedHeaders(),
        bodyHash
      ].join("\n");
    };
    RequestSigner.prototype.filterHeaders = function() {
      var headers = this.request.headers, extraHeadersToInclude = this.extraHeadersToInclude, extraHeadersToIgnore = this.extraHeadersToIgnore;
      this.filteredHeaders = Object.keys(headers).map(function(key) {
        return [key.toLowerCase(), headers[key]];
      }).filter(function(entry) {
        return extraHeadersToInclude[entry[0]] || HEADERS_TO_IGNORE[entry[0]] == null && !extraHeadersToIgnore[entry[0]];
      }).sort(function(a, b) {
        return a[0] < b[0] ? -1 : 1;
      });
    };
    RequestSigner.prototype.canonicalHeaders = function() {
      if (!this.filteredHeaders) this.filterHeaders();
      return this.filteredHeaders.map(function(entry) {
        return entry[0] + ":" + entry[1].toString().trim().replace(/\s+/g, " ");
      }).join("\n");
    };
    RequestSigner.prototype.signedHeaders = function() {
      if (!this.filteredHeaders) this.filterHeaders();
      return this.filteredHeaders.map(function(entry) {
        return entry[0];
      }).join(";");
    };
    RequestSigner.prototype.credentialString = function() {
      return [
        this.getDate(),
        this.region,
        this.service,
        "aws4_request"
      ].join("/");
    };
    RequestSigner.prototype.defaultCredentials = function() {
      var env = process.env;
      return {
        accessKeyId: env.AWS_ACCESS_KEY_ID || env.AWS_ACCESS_KEY,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY || env.AWS_SECRET_KEY,
        sessionToken: env.AWS_SESSION_TOKEN
      };
    };
    RequestSigner.prototype.parsePath = function() {
      var path = this.request.path || "/";
      if (/[^0-9A-Za-z;,/?:@&=+$\-_.!~*'()#%]/.test(path)) {
        path = encodeURI(decodeURI(path));
      }
      var queryIx = path.indexOf("?"), query = null;
      if (queryIx >= 0) {
        query = querystring.parse(path.slice(queryIx + 1));
        path = path.slice(0, queryIx);
      }
      this.parsedPath = {
        path,
        query
      };
    };
    RequestSigner.prototype.formatPath = function() {
      var path = this.parsedPath.path, query = this.parsedPath.query;
      if (!query) return path;
      if (query[""] != null) delete query[""];
      return path + "?" + encodeRfc3986(querystring.stringify(query));
    };
    aws42.RequestSigner = RequestSigner;
    aws42.sign = function(request, credentials) {
      return new RequestSigner(request, credentials).sign();
    };
  }
});

// src/verify/plan-request.ts
function planRequest(definition, input) {
  const values = { secret: input.secret };
  if (input.id !== void 0) values.id = input.id;
  for (const [name, pattern] of Object.entries(definition.extract ?? {})) {
    const value = new RegExp(pattern).exec(input.secret)?.groups?.value;
    if (value === void 0) return { refused: `the key has no ${name} part` };
    values[name] = value;
  }
  for (const value of Object.values(values))
    if (!HEADER_SAFE.test(value)) return { refused: "the key has characters no request can carry" };
  const missing = /* @__PURE__ */ new Set();
  const fill = (template, inUrl) => template.replace(/\{\{(\w+)\}\}/g, (_, name) => {
    const value = values[name];
    if (value === void 0) {
      missing.add(name);
      return "";
    }
    if (inUrl && !URL_SAFE.test(value)) missing.add(`${name} (not URL-safe)`);
    return value;
  });
  let url;
  try {
    url = new URL(fill(definition.request.url, true));
  } catch {
    return { refused: "the request URL does not parse" };
  }
  if (url.protocol !== "https:" || !hostAllowed(url.hostname, definition.hosts))
    return { refused: `${url.hostname} is not one of the vendor's hosts (${definition.hosts.join(", ")})` };
  if (input.endpoint) {
    url.protocol = input.endpoint.protocol;
    url.host = input.endpoint.host;
    const base = input.endpoint.pathname.replace(/\/$/, "");
    if (base) url.pathname = `${base}${url.pathname}`;
  }
  const headers = {
    "user-agent": "leakscan-verify (+read-only key check)",
    accept: "application/json"
  };
  for (const [name, template] of Object.entries(definition.request.headers ?? {}))
    headers[name.toLowerCase()] = fill(template, false);
  const auth = definition.request.basic_auth;
  if (auth)
    headers.authorization = `Basic ${Buffer.from(`${fill(auth.username, false)}:${fill(auth.password, false)}`).toString("base64")}`;
  const body = definition.request.body === void 0 ? void 0 : fill(definition.request.body, false);
  if (missing.size > 0) return { refused: `no value for ${[...missing].join(", ")}` };
  const planned = {
    method: definition.request.method,
    url,
    headers,
    body,
    secrets: Object.values(values).filter((value) => value.length >= 4)
  };
  if (definition.code === "aws-sigv4") return signAws(planned, values);
  return planned;
}
function signAws(planned, values) {
  if (!values.id) return { refused: "no access key id next to the secret (the pair is needed to sign)" };
  const signed = import_aws4.default.sign(
    {
      service: "sts",
      region: "us-east-1",
      method: planned.method,
      host: planned.url.host,
      path: `${planned.url.pathname}${planned.url.search}`,
      headers: { ...planned.headers, "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
      body: planned.body ?? ""
    },
    { accessKeyId: values.id, secretAccessKey: values.secret }
  );
  const headers = {};
  for (const [name, value] of Object.entries(signed.headers ?? {})) headers[name.toLowerCase()] = String(value);
  delete headers.host;
  delete headers["content-length"];
  return { ...planned, headers, secrets: [...planned.secrets, headers.authorization ?? ""] };
}
function describePlan(planned) {
  const mask = (text) => planned.secrets.reduce((out, secret) => secret ? out.split(secret).join("********") : out, text);
  const headers = Object.entries(planned.headers).map(([name, value]) => `${name}: ${name === "authorization" ? `${value.split(" ")[0]} ********` : mask(value)}`).join("; ");
  return `${planned.method} ${mask(planned.url.href)} [${headers}]`;
}
var import_aws4, URL_SAFE, HEADER_SAFE;
var init_plan_request = __esm({
  "src/verify/plan-request.ts"() {
    "use strict";
    import_aws4 = __toESM(require_aws4(), 1);
    init_verifier_definition();
    URL_SAFE = /^[A-Za-z0-9._~:-]+$/;
    HEADER_SAFE = /^[\x21-\x7e ]+$/;
  }
});

// src/verify/address.ts
function isInternalAddress(address) {
  const kind = (0, import_node_net2.isIP)(address);
  if (kind === 4) {
    const [a = 0, b = 0] = address.split(".").map(Number);
    return a === 0 || a === 10 || a === 127 || a === 100 && b >= 64 && b <= 127 || a === 169 && b === 254 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168 || a >= 224;
  }
  if (kind === 6) {
    const lower = address.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
    if (mapped) return isInternalAddress(mapped);
    return lower === "::" || lower === "::1" || lower.startsWith("fc") || lower.startsWith("fd") || lower.startsWith("fe8") || lower.startsWith("fe9") || lower.startsWith("fea") || lower.startsWith("feb") || lower.startsWith("ff");
  }
  return false;
}
var import_node_net2;
var init_address = __esm({
  "src/verify/address.ts"() {
    "use strict";
    import_node_net2 = require("node:net");
  }
});

// src/verify/send-request.ts
function guardedLookup(allowInternal) {
  return ((hostname, options, callback) => {
    (0, import_node_dns.lookup)(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      const list = addresses;
      const blocked = list.find((entry) => isInternalAddress(entry.address));
      if (blocked && !allowInternal)
        return callback(
          new SendFailure(
            `${hostname} resolves to internal address ${blocked.address} (--verify-allow-internal allows it)`
          )
        );
      if (options.all) return callback(null, list);
      const first = list[0];
      return callback(null, first?.address, first?.family);
    });
  });
}
function tunnel(proxy, host, port, timeoutMs) {
  return new Promise((resolve5, reject) => {
    const request = import_node_http2.default.request({
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      method: "CONNECT",
      path: `${host}:${port}`,
      headers: { host: `${host}:${port}` },
      timeout: timeoutMs
    });
    request.on("connect", (response, socket) => {
      if (response.statusCode === 200) resolve5(socket);
      else {
        socket.destroy();
        reject(new SendFailure(`proxy refused CONNECT ${host}:${port} (${response.statusCode})`));
      }
    });
    request.on("timeout", () => request.destroy(new SendFailure("proxy timed out")));
    request.on(
      "error",
      (error) => reject(error instanceof SendFailure ? error : new SendFailure(`proxy: ${error.message}`))
    );
    request.end();
  });
}
function secureOver(raw, host, timeoutMs) {
  return new Promise((resolve5, reject) => {
    const secured = import_node_tls.default.connect({ socket: raw, host, ...(0, import_node_net3.isIP)(host) ? {} : { servername: host } });
    const timer = setTimeout(
      () => secured.destroy(new SendFailure(`no TLS handshake within ${timeoutMs} ms`)),
      timeoutMs
    );
    secured.once("secureConnect", () => {
      clearTimeout(timer);
      resolve5(secured);
    });
    secured.once("error", (error) => {
      clearTimeout(timer);
      raw.destroy();
      reject(error instanceof SendFailure ? error : new SendFailure(`TLS: ${error.message}`));
    });
  });
}
async function sendRequest(planned, options) {
  const target = options.testOrigin ?? planned.url;
  const secure = target.protocol === "https:";
  const port = Number(target.port || (secure ? 443 : 80));
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (!options.testOrigin && !options.allowInternal && isInternalAddress(host))
    throw new SendFailure(`${host} is an internal address (--verify-allow-internal allows it)`);
  let socket;
  if (options.proxy && !options.testOrigin) {
    socket = await tunnel(options.proxy, host, port, options.timeoutMs);
    if (secure) socket = await secureOver(socket, host, options.timeoutMs);
  }
  const headers = { ...planned.headers, host: planned.url.host };
  if (planned.body !== void 0) headers["content-length"] = String(Buffer.byteLength(planned.body));
  const requestOptions = {
    method: planned.method,
    host,
    port,
    path: `${planned.url.pathname}${planned.url.search}`,
    headers,
    timeout: options.timeoutMs,
    agent: false,
    ...socket ? { createConnection: () => socket } : { lookup: guardedLookup(options.allowInternal || !!options.testOrigin) },
    ...secure && !options.testOrigin && !(0, import_node_net3.isIP)(host) ? { servername: host } : {}
  };
  return await new Promise((resolve5, reject) => {
    const request = (secure ? import_node_https2.default : import_node_http2.default).request(requestOptions, (response) => {
      const chunks = [];
      let size = 0;
      const done = () => resolve5({
        status: response.statusCode ?? 0,
        headers: response.headers,
        body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString("utf8"),
        truncated: size >= MAX_BODY
      });
      response.on("data", (chunk) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_BODY) {
          done();
          request.destroy();
        }
      });
      response.on("end", done);
      response.on("error", (error) => reject(new SendFailure(`response: ${error.message}`)));
    });
    const deadline = setTimeout(
      () => request.destroy(new SendFailure(`no answer within ${options.timeoutMs} ms`)),
      options.timeoutMs
    );
    request.on("close", () => clearTimeout(deadline));
    request.on("timeout", () => request.destroy(new SendFailure(`no answer within ${options.timeoutMs} ms`)));
    request.on(
      "error",
      (error) => reject(
        error instanceof SendFailure ? error : new SendFailure(`network error: ${error.code ?? error.message}`)
      )
    );
    request.end(planned.body);
  });
}
function proxyFor(host, env = process.env) {
  const raw = env.HTTPS_PROXY ?? env.https_proxy;
  if (!raw) return void 0;
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? "").split(",").map(
    (entry) => entry.trim().toLowerCase().replace(/^\*?\./, "")
  ).filter(Boolean);
  if (noProxy.includes("*") || noProxy.some((entry) => host === entry || host.endsWith(`.${entry}`))) return void 0;
  try {
    return new URL(raw.includes("://") ? raw : `http://${raw}`);
  } catch {
    return void 0;
  }
}
var import_node_dns, import_node_http2, import_node_https2, import_node_net3, import_node_tls, SendFailure, MAX_BODY;
var init_send_request = __esm({
  "src/verify/send-request.ts"() {
    "use strict";
    import_node_dns = require("node:dns");
    import_node_http2 = __toESM(require("node:http"), 1);
    import_node_https2 = __toESM(require("node:https"), 1);
    import_node_net3 = require("node:net");
    import_node_tls = __toESM(require("node:tls"), 1);
    init_address();
    SendFailure = class extends Error {
    };
    MAX_BODY = 64 * 1024;
  }
});

// src/verify/verification.ts
function verificationRank(verification) {
  if (!verification) return 3;
  return { live: 0, unknown: 1, invalid: 2 }[verification.state];
}
function verificationNote(verification) {
  return `${verification.state} (${verification.reason})`;
}
var init_verification = __esm({
  "src/verify/verification.ts"() {
    "use strict";
  }
});

// src/verify/verify-findings.ts
var verify_findings_exports = {};
__export(verify_findings_exports, {
  TEST_ORIGIN_ENV: () => TEST_ORIGIN_ENV,
  verifierHosts: () => verifierHosts,
  verifyFindings: () => verifyFindings
});
async function verifyFindings(findings, options) {
  const verifiers = await loadVerifiers();
  const byRule = /* @__PURE__ */ new Map();
  for (const verifier of verifiers) for (const rule of verifier.rules) byRule.set(rule, verifier);
  const session = new Session(options);
  const verified = await Promise.all(
    findings.map(async (finding) => {
      const verifier = byRule.get(finding.ruleId);
      const verification = verifier ? await session.verify(verifier, finding) : { state: "unknown", reason: `no verifier for ${finding.ruleId}`, checkedAt: (/* @__PURE__ */ new Date()).toISOString() };
      return { ...finding, verification };
    })
  );
  session.save();
  const sorted = verified.map((finding, index) => ({ finding, index })).sort(
    (a, b) => verificationRank(a.finding.verification) - verificationRank(b.finding.verification) || a.index - b.index
  ).map(({ finding }) => finding);
  return { findings: sorted, requests: session.requests };
}
async function verifierHosts(endpoints = /* @__PURE__ */ new Map()) {
  const lines = [];
  for (const verifier of await loadVerifiers()) {
    const override = endpoints.get(verifier.id) ?? verifier.rules.map((rule) => endpoints.get(rule)).find(Boolean);
    const hosts = override ? [override.host] : verifier.hosts;
    for (const host of hosts) lines.push(`${host}	${verifier.id}	${verifier.vendor}`);
  }
  return lines;
}
var import_node_crypto6, MAX_RETRY_WAIT_MS, PER_HOST_CONCURRENCY, PER_HOST_INTERVAL_MS, TEST_ORIGIN_ENV, Session;
var init_verify_findings = __esm({
  "src/verify/verify-findings.ts"() {
    "use strict";
    import_node_crypto6 = require("node:crypto");
    init_canary();
    init_classify();
    init_disk_cache();
    init_deliver();
    init_host_limiter();
    init_load_verifiers();
    init_plan_request();
    init_send_request();
    init_verification();
    MAX_RETRY_WAIT_MS = 1e4;
    PER_HOST_CONCURRENCY = 2;
    PER_HOST_INTERVAL_MS = 100;
    TEST_ORIGIN_ENV = "LEAKSCAN_VERIFY_TEST_ORIGIN";
    Session = class {
      constructor(options) {
        this.options = options;
        this.#disk = options.cacheTtlMs > 0 && options.cacheDir ? new DiskCache(options.cacheDir, options.cacheTtlMs) : void 0;
        const origin = (options.env ?? process.env)[TEST_ORIGIN_ENV];
        this.#testOrigin = origin ? new URL(origin) : void 0;
      }
      options;
      requests = 0;
      #answers = /* @__PURE__ */ new Map();
      #limiter = new HostLimiter(PER_HOST_CONCURRENCY, PER_HOST_INTERVAL_MS);
      #disk;
      #testOrigin;
      verify(verifier, finding) {
        const secret = finding.secret.reveal();
        const id = finding.pairedWith?.secret.reveal();
        const key = (0, import_node_crypto6.createHash)("sha256").update(`${verifier.id}\0${secret}\0${id ?? ""}`).digest("hex");
        let answer = this.#answers.get(key);
        if (!answer) {
          answer = this.#check(verifier, secret, id, key).then((result) => ({ ...result, verifier: verifier.id }));
          this.#answers.set(key, answer);
        }
        return answer;
      }
      save() {
        this.#disk?.save();
      }
      async #check(verifier, secret, id, key) {
        const now2 = () => (/* @__PURE__ */ new Date()).toISOString();
        const unknown = (reason) => ({ state: "unknown", reason, checkedAt: now2() });
        const cached = this.#disk?.get(key);
        if (cached) return { ...cached, reason: `${cached.reason} (cached)` };
        const canary = canaryReason(secret, id);
        if (canary) return unknown(canary);
        const endpoint = this.options.endpoints.get(verifier.id) ?? this.#endpointForRules(verifier);
        const planned = planRequest(verifier, { secret, id, endpoint });
        if ("refused" in planned) return unknown(`not checked: ${planned.refused}`);
        const host = planned.url.hostname;
        let response;
        for (let attempt2 = 0; attempt2 < 2; attempt2++) {
          const paused = this.#limiter.pausedUntil(host) - Date.now();
          if (paused > MAX_RETRY_WAIT_MS)
            return unknown(`not checked: ${host} asked to wait ${Math.ceil(paused / 1e3)}s (Retry-After)`);
          if (this.requests >= this.options.budget)
            return unknown(`not checked: the request budget of ${this.options.budget} is used up (--verify-budget)`);
          this.requests++;
          try {
            response = await this.#limiter.run(host, MAX_RETRY_WAIT_MS, () => {
              this.options.log?.(`verify: ${verifier.id}: ${describePlan(planned)}`);
              return sendRequest(planned, {
                timeoutMs: this.options.timeoutMs,
                allowInternal: this.options.allowInternal,
                proxy: proxyFor(host, this.options.env),
                testOrigin: this.#testOrigin
              });
            });
          } catch (error) {
            if (error instanceof HostPaused) {
              this.requests--;
              return unknown(`not checked: ${host} ${error.message}`);
            }
            const reason = error instanceof SendFailure ? error.message : `request failed: ${error.message}`;
            this.options.log?.(`verify: ${verifier.id}: unknown (${reason})`);
            return unknown(`${host}: ${reason}`);
          }
          if (response.status !== 429) break;
          const wait = parseRetryAfter(response.headers["retry-after"]);
          if (wait === void 0) break;
          this.#limiter.pause(host, Date.now() + wait);
          if (wait > MAX_RETRY_WAIT_MS) break;
        }
        if (!response) return unknown("no response");
        const outcome = classifyResponse(verifier, host, response);
        const retryAfter = response.status === 429 ? response.headers["retry-after"] : void 0;
        const verification = {
          state: outcome.state,
          reason: retryAfter ? `${outcome.reason} (Retry-After ${String(retryAfter)})` : outcome.reason,
          checkedAt: now2()
        };
        this.options.log?.(`verify: ${verifier.id}: ${verification.state} (${verification.reason})`);
        this.#disk?.set(key, verification);
        return verification;
      }
      #endpointForRules(verifier) {
        for (const rule of verifier.rules) {
          const endpoint = this.options.endpoints.get(rule);
          if (endpoint) return endpoint;
        }
        return void 0;
      }
    };
  }
});

// src/output/verify-step.ts
async function verifyStep(result, options, onlyVerified) {
  const { verifyFindings: verifyFindings2 } = await Promise.resolve().then(() => (init_verify_findings(), verify_findings_exports));
  const run = await verifyFindings2(result.findings, options);
  const count = (state) => run.findings.filter((f) => f.verification?.state === state).length;
  const note = `verification: ${count("live")} live, ${count("invalid")} invalid, ${count("unknown")} unknown; ${run.requests} request(s) sent (budget ${options.budget})`;
  if (!onlyVerified) return { result: { ...result, findings: run.findings }, note };
  const live = run.findings.filter((f) => f.verification?.state === "live");
  const rest = run.findings.filter((f) => f.verification?.state !== "live").map((f) => ({
    ruleId: f.ruleId,
    file: f.file,
    line: f.line,
    filter: "only-verified",
    reason: `verification ${f.verification?.state ?? "not run"}: ${f.verification?.reason ?? ""}`,
    secret: f.secret.redacted
  }));
  return { result: { ...result, findings: live, dropped: [...result.dropped, ...rest] }, note };
}
var init_verify_step = __esm({
  "src/output/verify-step.ts"() {
    "use strict";
  }
});

// src/output/finish-scan.ts
async function finishScan(scanned, options) {
  const log = options.log ?? ((text) => void process.stderr.write(text));
  const confident = withMinConfidence(
    scanned,
    minConfidenceFor(options.mode, options.minConfidence, scanned.config.minConfidence)
  );
  const verified = options.verify ? await verifyStep(confident, options.verify, options.onlyVerified ?? false) : void 0;
  const result = verified?.result ?? confident;
  const { shown, redact } = outputView(result, options.showSecrets);
  const rotate = options.rotation ? await prepareRotation(shown, { ...options.rotation, showSecrets: options.showSecrets, quiet: options.quiet }, log) : void 0;
  const baselineNotes = baselineOutputs(result, {
    mode: options.mode,
    baseline: options.baseline,
    write: options.writeBaseline
  });
  const notes = [...options.notes ?? [], ...baselineNotes, ...verified ? [verified.note] : []].map(redact);
  await options.deliver({ input: reportInput(shown, options, notes), raw: result });
  await rotate?.(shown, options.mode);
  const leakCount = shown.findings.length;
  const found = leakCount > 0 ? EXIT_LEAKS : EXIT_CLEAN;
  const incomplete = incompleteScanReason(result, options.mode, options.allowEmpty);
  if (!incomplete) return { exitCode: found, leakCount };
  return { exitCode: found === EXIT_LEAKS ? EXIT_LEAKS : EXIT_ERROR, leakCount, incomplete: redact(incomplete) };
}
function reportInput(shown, options, notes) {
  return {
    findings: shown.findings,
    dropped: shown.dropped,
    stats: shown.stats,
    mode: options.mode,
    minConfidence: shown.minConfidence,
    ruleCount: shown.ruleCount,
    elapsedMs: shown.elapsedMs,
    showSecrets: options.showSecrets,
    explain: options.explain,
    listSkipped: options.listSkipped,
    color: false,
    toolVersion: toolVersion(),
    root: shown.root,
    remote: shown.remote,
    notes: options.explain && shown.droppedOmitted ? [
      ...notes,
      `${shown.droppedOmitted} more dropped candidates are not listed (--explain lists the first ${shown.dropped.length})`
    ] : notes
  };
}
var init_finish_scan = __esm({
  "src/output/finish-scan.ts"() {
    "use strict";
    init_min_confidence();
    init_redact_result();
    init_scan();
    init_baseline_outputs();
    init_exit_codes();
    init_incomplete_scan();
    init_rotation_step();
    init_verify_step();
  }
});

// src/findings/exposure.ts
function exposureNote(exposure) {
  const holders = refTips(exposure);
  const removal = exposure.removed ? `removed in ${exposure.removed.sha} (${exposure.removed.date}, ${exposure.removed.author})` : "never removed";
  const state = stillExposed(exposure) ? `still exposed${holders.length > 0 ? ` on ${holders.join(", ")}` : ""}` : "no ref holds it any more";
  return `exposed ${exposure.windowDays} days: introduced in ${exposure.introduced.sha} (${exposure.introduced.date}, ${exposure.introduced.author}), ${removal}; ${state}`;
}
var DAY_MS, stillExposed, refTips;
var init_exposure = __esm({
  "src/findings/exposure.ts"() {
    "use strict";
    DAY_MS = 24 * 60 * 60 * 1e3;
    stillExposed = (exposure) => exposure.presentAtHead || exposure.branches.length > 0 || exposure.tags.length > 0 || exposure.removed === void 0;
    refTips = (exposure) => exposure ? [...exposure.branches.map((name) => `branch ${name}`), ...exposure.tags.map((name) => `tag ${name}`)] : [];
  }
});

// src/report/csv.ts
function cell(value) {
  let text = value === void 0 || value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
var COLUMNS, VERIFICATION_COLUMNS, csvReporter;
var init_csv = __esm({
  "src/report/csv.ts"() {
    "use strict";
    init_exposure();
    COLUMNS = [
      "ruleId",
      "title",
      "severity",
      "confidence",
      "file",
      "line",
      "column",
      "endLine",
      "endColumn",
      "secret",
      "fingerprint",
      "commit",
      "author",
      "email",
      "date",
      "message",
      "commitCount",
      "presentAtHead",
      "refTips",
      "pairedRuleId",
      "pairedLine",
      "pairedSecret",
      "secretId",
      "reusedIn"
    ];
    VERIFICATION_COLUMNS = ["verification", "verificationReason"];
    csvReporter = {
      name: "csv",
      render(input) {
        const columns = input.findings.some((f) => f.verification) ? [...COLUMNS, ...VERIFICATION_COLUMNS] : COLUMNS;
        const rows = input.findings.map((f) => {
          const values = {
            ...f,
            secret: f.secret.shown(input.showSecrets),
            commit: f.commit?.sha,
            author: f.commit?.author,
            email: f.commit?.email,
            date: f.commit?.date,
            message: f.commit?.message,
            secretId: f.secretId,
            reusedIn: f.reusedIn,
            commitCount: f.commitCount,
            presentAtHead: f.presentAtHead,
            // Branch and tag tips that still hold the key (history and diff scans), `;`-separated.
            refTips: refTips(f.exposure).join("; "),
            pairedRuleId: f.pairedWith?.ruleId,
            pairedLine: f.pairedWith?.line,
            pairedSecret: f.pairedWith?.secret.shown(input.showSecrets),
            verification: f.verification?.state,
            verificationReason: f.verification?.reason
          };
          return columns.map((column) => cell(values[column])).join(",");
        });
        return `${[columns.join(","), ...rows].join("\r\n")}\r
`;
      }
    };
  }
});

// src/report/html-assets.ts
var HTML_STYLE, HTML_SCRIPT;
var init_html_assets = __esm({
  "src/report/html-assets.ts"() {
    "use strict";
    HTML_STYLE = `
:root { --fg: #1d2330; --muted: #5b6475; --line: #d9dde5; --bg: #f5f6f8; --card: #fff;
  --critical: #a1131a; --high: #d1452b; --medium: #b7791f; --low: #2b6cb0; --open: #c53030; --closed: #718096; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
h1 { margin: 0 0 4px; font-size: 22px; }
.meta, .note, footer { color: var(--muted); margin: 2px 0; }
.note { color: #8a4b00; }
#summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 18px 0; }
.tile { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.tile .value { font-size: 26px; font-weight: 700; }
.tile .label { color: var(--muted); text-transform: uppercase; font-size: 11px; letter-spacing: .05em; }
.tile .detail { color: var(--muted); font-size: 12px; margin-top: 4px; }
.breakdown { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 10px; color: var(--fg); font-size: 13px; }
.breakdown li { display: flex; justify-content: space-between; }
#controls { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: center; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin-bottom: 14px; position: sticky; top: 0; z-index: 1; }
#controls label { font-size: 12px; color: var(--muted); display: flex; gap: 6px; align-items: center; }
#controls select, #controls input { font: inherit; color: var(--fg); padding: 3px 6px; border: 1px solid var(--line); border-radius: 5px; background: #fff; }
#controls .search input { width: 220px; }
#shown-count { margin-left: auto; font-size: 12px; color: var(--muted); }
.card { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--low); border-radius: 8px; padding: 12px 16px; margin-bottom: 14px; }
.card.severity-critical { border-left-color: var(--critical); }
.card.severity-high { border-left-color: var(--high); }
.card.severity-medium { border-left-color: var(--medium); }
.card h2 { font-size: 16px; margin: 0 0 6px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.card .title { margin-right: 4px; }
.badge { font-size: 11px; font-weight: 600; padding: 1px 7px; border-radius: 10px; background: #edf0f5; color: var(--fg); white-space: nowrap; }
.badge.severity-critical { background: var(--critical); color: #fff; }
.badge.severity-high { background: var(--high); color: #fff; }
.badge.severity-medium { background: var(--medium); color: #fff; }
.badge.severity-low { background: var(--low); color: #fff; }
.badge.verification-live { background: var(--critical); color: #fff; }
.badge.verification-invalid { background: #edf0f5; text-decoration: line-through; }
.badge.verification-unknown { background: #fff3cd; }
.badge.state-head { background: #fde2e1; color: var(--open); }
.badge.state-removed { background: #e6f4ea; color: #276749; }
.badge.state-reused { background: #fefcbf; color: #744210; }
.identity { margin: 0 0 8px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 12px; }
.identity .secret { color: var(--fg); background: #f1f3f7; padding: 1px 6px; border-radius: 4px; }
.timeline { margin: 8px 0; }
.timeline p { margin: 2px 0; }
.window .days { font-size: 15px; }
.window .open { color: var(--open); font-weight: 600; }
.track { position: relative; height: 12px; background: #eef0f4; border-radius: 6px; margin: 6px 0; overflow: hidden; }
.bar { position: absolute; top: 0; bottom: 0; border-radius: 6px; }
.bar-open { background: linear-gradient(90deg, #f56565, var(--open)); }
.bar-closed { background: var(--closed); }
.ends { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 4px 16px; font-size: 12px; color: var(--muted); }
.holders { font-size: 12px; }
.ref { background: #edf2ff; padding: 0 5px; border-radius: 4px; }
.sha { font-size: 11.5px; word-break: break-all; }
.locations { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 12.5px; }
.locations th, .locations td { border-top: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
.locations th { color: var(--muted); font-weight: 600; font-size: 11px; text-transform: uppercase; }
.locations .where code, .locations .message { word-break: break-all; }
.guidance summary { cursor: pointer; font-weight: 600; }
.guidance ol { margin: 6px 0; padding-left: 20px; }
.fingerprints { background: #f1f3f7; padding: 6px 8px; border-radius: 4px; white-space: pre-wrap; word-break: break-all; margin: 4px 0 0; }
#no-match { color: var(--muted); text-align: center; padding: 24px; }
footer { margin-top: 18px; font-size: 12px; }
@media print { #controls { display: none; } .card { break-inside: avoid; } .card[hidden] { display: block !important; } }
`;
    HTML_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('leakscan-data').textContent);
  var list = document.getElementById('cards');
  var noMatch = document.getElementById('no-match');
  var shownCount = document.getElementById('shown-count');
  var severity = document.getElementById('filter-severity');
  var rule = document.getElementById('filter-rule');
  var state = document.getElementById('filter-state');
  var sort = document.getElementById('sort');
  var search = document.getElementById('search');
  var comparators = {
    exposure: function (a, b) { return b.windowDays - a.windowDays || a.severityRank - b.severityRank || a.index - b.index; },
    severity: function (a, b) { return a.severityRank - b.severityRank || b.windowDays - a.windowDays || a.index - b.index; },
    introduced: function (a, b) { return a.introduced - b.introduced || a.index - b.index; },
    reuse: function (a, b) { return b.places - a.places || a.index - b.index; }
  };
  function matches(secret, query) {
    return (!severity.value || secret.severity === severity.value) &&
      (!rule.value || secret.rules.indexOf(rule.value) !== -1) &&
      (!state.value || secret.states.indexOf(state.value) !== -1) &&
      (!query || secret.text.indexOf(query) !== -1);
  }
  function apply() {
    var query = search.value.trim().toLowerCase();
    var ordered = data.secrets.slice().sort(comparators[sort.value] || comparators.exposure);
    var shown = 0;
    for (var i = 0; i < ordered.length; i++) {
      var card = document.getElementById('secret-' + ordered[i].index);
      var visible = matches(ordered[i], query);
      card.hidden = !visible;
      if (visible) shown++;
      list.insertBefore(card, noMatch);
    }
    noMatch.hidden = shown !== 0;
    shownCount.textContent = shown + ' of ' + data.secrets.length + ' secrets shown';
  }
  [severity, rule, state, sort].forEach(function (control) { control.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  apply();
})();
`;
  }
});

// src/report/summary.ts
function summarize(input) {
  const { stats, elapsedMs } = input;
  const skippedByReason = {};
  for (const skip of stats.skipped) skippedByReason[skip.reason] = (skippedByReason[skip.reason] ?? 0) + 1;
  return {
    filesScanned: stats.filesScanned,
    bytesScanned: stats.bytesScanned,
    linesScanned: stats.linesScanned,
    commitsScanned: stats.commitsScanned,
    skipped: stats.skipped.length,
    skippedByReason,
    findings: input.findings.length,
    minConfidence: input.minConfidence?.level,
    hiddenBelowMinConfidence: input.minConfidence?.hidden,
    elapsedMs: Math.round(elapsedMs)
  };
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
function summaryLine(summary) {
  const parts = [];
  if (summary.commitsScanned > 0) parts.push(plural(summary.commitsScanned, "commit"));
  parts.push(
    `${plural(summary.filesScanned, "file")} (${formatBytes(summary.bytesScanned)}${summary.linesScanned > 0 ? `, ${plural(summary.linesScanned, "line")}` : ""})`
  );
  let line = `scanned ${parts.join(", ")} in ${(summary.elapsedMs / 1e3).toFixed(2)}s`;
  if (summary.skipped > 0) {
    const reasons = Object.entries(summary.skippedByReason).map(([reason, count]) => `${reason}: ${count}`).join(", ");
    line += `; skipped ${summary.skipped} (${reasons})`;
  }
  line += `; ${plural(summary.findings, "leak")} found`;
  if (summary.hiddenBelowMinConfidence)
    line += `; ${plural(summary.hiddenBelowMinConfidence, "finding")} below --min-confidence ${summary.minConfidence} hidden (--min-confidence lowest shows them)`;
  if (summary.bytesScanned === 0)
    line += "\nwarning: nothing was scanned (0 bytes read): check the paths, range or staged changes";
  return line;
}
var plural;
var init_summary = __esm({
  "src/report/summary.ts"() {
    "use strict";
    plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  }
});

// src/report/html.ts
function statesOf(group) {
  const states = [];
  const exposure = group.exposure;
  if (exposure?.presentAtHead || !exposure && group.locations.some((location) => location.presentAtHead))
    states.push("at-head");
  if (exposure && exposure.branches.length + exposure.tags.length > 0) states.push("on-ref");
  if (!exposure || stillExposed(exposure)) states.push("exposed");
  else states.push("removed");
  if (group.reusedIn > 1) states.push("reused");
  return states;
}
function summarySection(groups, occurrences) {
  const count = (predicate) => groups.filter(predicate).length;
  const exposed = groups.filter((group) => group.exposure);
  const longest = exposed.reduce(
    (a, b) => !a || (b.exposure?.windowDays ?? 0) > (a.exposure?.windowDays ?? 0) ? b : a,
    void 0
  );
  const tile = (id, label, value, detail = "") => `<div class="tile" id="${id}"><div class="value">${value}</div><div class="label">${label}</div>${detail ? `<div class="detail">${detail}</div>` : ""}</div>`;
  const breakdown = (values, key) => `<ul class="breakdown">${values.map((value) => `<li class="${key}-${value}"><span>${value}</span> <b>${count((g) => g[key] === value)}</b></li>`).join("")}</ul>`;
  return `<section id="summary" aria-label="Summary">
${tile("sum-leaks", "leaked secrets", String(groups.length), `${occurrences} occurrence${occurrences === 1 ? "" : "s"}`)}
${tile("sum-severity", "by severity", "", breakdown(SEVERITIES, "severity"))}
${tile("sum-confidence", "by confidence", "", breakdown(CONFIDENCES, "confidence"))}
${tile("sum-head", "still at HEAD", exposed.length > 0 || groups.some((g) => g.locations.some((l) => l.presentAtHead !== void 0)) ? String(count((g) => statesOf(g).includes("at-head"))) : "\u2014", exposed.length > 0 ? `${count((g) => Boolean(g.exposure && stillExposed(g.exposure)))} still exposed on some ref` : "history and diff scans only")}
${tile("sum-longest", "longest exposure", longest?.exposure ? `${longest.exposure.windowDays} days` : "\u2014", longest ? escapeHtml(longest.title) : "")}
${tile("sum-reused", "reused keys", String(count((g) => g.reusedIn > 1)), "the same key in more than one place")}
</section>`;
}
function timeScale(groups) {
  const exposures = groups.map((group) => group.exposure).filter((exposure) => exposure !== void 0);
  if (exposures.length === 0) return void 0;
  const start = Math.min(...exposures.map((exposure) => Date.parse(exposure.introduced.date)));
  const end = Math.max(...exposures.map((exposure) => Date.parse(exposure.end)));
  return { start, span: Math.max(end - start, 1) };
}
function card(group, index, scale, showSecrets) {
  const states = statesOf(group);
  const badges = [
    `<span class="badge severity-${group.severity}">${group.severity}</span>`,
    `<span class="badge confidence">confidence ${group.confidence}</span>`,
    states.includes("at-head") ? '<span class="badge state-head">STILL AT HEAD</span>' : "",
    group.exposure && !stillExposed(group.exposure) ? '<span class="badge state-removed">removed</span>' : "",
    group.reusedIn > 1 ? `<span class="badge state-reused">REUSED in ${group.reusedIn} places</span>` : "",
    group.verification ? `<span class="badge verification-${group.verification.state}" title="${escapeHtml(group.verification.reason)}">${group.verification.state.toUpperCase()}</span>` : ""
  ].join("");
  return `<article class="card severity-${group.severity}" id="secret-${index}" data-index="${index}">
<h2><span class="title">${escapeHtml(group.title)}</span> ${badges}</h2>
<p class="identity"><code class="secret">${escapeHtml(group.secret.shown(showSecrets))}</code> <span class="secret-id">secret ${escapeHtml(group.id)}</span> <span class="rules">${group.ruleIds.map(escapeHtml).join(", ")}</span></p>
${group.exposure ? timeline(group.exposure, scale) : ""}
${locationsTable(group.locations)}
${guidance(group)}
</article>`;
}
function timeline(exposure, scale) {
  const from = Date.parse(exposure.introduced.date);
  const to = Date.parse(exposure.end);
  const left = scale ? (from - scale.start) / scale.span * 100 : 0;
  const width = scale ? Math.max((to - from) / scale.span * 100, 0.6) : 100;
  const open = stillExposed(exposure);
  const holders = [...exposure.branches.map((name) => `branch ${name}`), ...exposure.tags.map((name) => `tag ${name}`)];
  const removal = exposure.removed ? `removed ${day(exposure.removed.date)} in <code class="sha">${escapeHtml(exposure.removed.sha)}</code> by ${escapeHtml(exposure.removed.author)}` : "never removed from HEAD\u2019s history";
  return `<div class="timeline">
<p class="window"><b class="days">${exposure.windowDays} days</b> exposed${open ? ' <span class="open">and counting</span>' : ""}</p>
<div class="track" aria-hidden="true"><div class="bar ${open ? "bar-open" : "bar-closed"}" style="left:${left.toFixed(3)}%;width:${Math.min(width, 100 - left).toFixed(3)}%"></div></div>
<p class="ends"><span>introduced ${day(exposure.introduced.date)} in <code class="sha">${escapeHtml(exposure.introduced.sha)}</code> by ${escapeHtml(exposure.introduced.author)}</span> <span>${removal}</span> <span>${open ? "open until now" : `closed ${day(exposure.end)}`}</span></p>
<p class="holders">${holders.length > 0 ? `Still held by: ${holders.map((holder) => `<code class="ref">${escapeHtml(holder)}</code>`).join(" ")}` : "No branch or tag tip holds it."}</p>
</div>`;
}
function locationsTable(locations) {
  const rows = locations.map((location) => {
    const where = location.part === "commit-message" ? "commit message" : `${location.file}:${location.line}:${location.column}`;
    const commit = location.commit;
    return `<tr><td class="where"><code>${escapeHtml(where)}</code>${location.repository !== void 0 ? ` <span class="repo">${escapeHtml(location.repository)}</span>` : ""}</td><td>${commit ? `<code class="sha">${escapeHtml(commit.sha)}</code>` : "\u2014"}</td><td>${commit ? escapeHtml(commit.author) : "\u2014"}</td><td>${commit ? day(commit.date) : "\u2014"}</td><td class="message">${commit ? escapeHtml(commit.message) : "\u2014"}</td><td>${location.presentAtHead === void 0 ? "\u2014" : location.presentAtHead ? "yes" : "no"}</td></tr>`;
  });
  return `<table class="locations"><thead><tr><th>place</th><th>introducing commit</th><th>author</th><th>date</th><th>message</th><th>at this path at HEAD</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function guidance(group) {
  const guide = safeLink(group.rotationGuide) ?? safeLink(group.references?.[0]);
  const rotate = guide ? `<a class="rotation-guide" href="${escapeHtml(guide)}" rel="noopener noreferrer" target="_blank">rotation guide</a>` : "the vendor\u2019s console";
  const fingerprints = [...new Set(group.locations.map((location) => location.fingerprint))];
  return `<details class="guidance" open><summary>How to fix or accept</summary>
<ol>
<li>Revoke or rotate the key at ${escapeHtml(group.vendor)} (${rotate}) first: anyone who saw it can use it until then.</li>
<li>Replace it in ${group.reusedIn > 1 ? `<b>all ${group.reusedIn} places</b> above (they share one key)` : "the place above"}, reading the new key from a secret store or the environment.</li>
<li>If it was pushed, the old commits still hold it: rewrite history only if the repository\u2019s readers must not keep it; rotation is what closes the window.</li>
</ol>
<p>To accept it (a test key, a revoked key): add ${fingerprints.length > 1 ? "these fingerprints" : "this fingerprint"} to <code>.leakscanignore</code>, or put <code>leakscan:allow</code> in a comment on the line.</p>
<pre class="fingerprints">${fingerprints.map((fingerprint) => escapeHtml(fingerprint)).join("\n")}</pre>
</details>`;
}
function cardData(group, index) {
  const text = [
    group.title,
    group.vendor,
    group.id,
    ...group.ruleIds,
    ...group.locations.flatMap((location) => [
      location.file,
      location.commit?.sha ?? "",
      location.commit?.author ?? "",
      location.commit?.message ?? ""
    ]),
    ...group.exposure ? [...group.exposure.branches, ...group.exposure.tags, group.exposure.introduced.author] : []
  ];
  return {
    index,
    severity: group.severity,
    severityRank: SEVERITIES.indexOf(group.severity),
    rules: group.ruleIds,
    states: statesOf(group),
    windowDays: group.exposure?.windowDays ?? -1,
    introduced: group.exposure ? Date.parse(group.exposure.introduced.date) : index,
    places: group.reusedIn,
    text: text.join("\n").toLowerCase()
  };
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\uFFFD").replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `[U+${c.codePointAt(0).toString(16).toUpperCase()}]`);
}
function jsonForScript(value) {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
var import_node_crypto7, htmlReporter, STATES, day, safeLink, HTML_ESCAPES;
var init_html = __esm({
  "src/report/html.ts"() {
    "use strict";
    import_node_crypto7 = require("node:crypto");
    init_exposure();
    init_secret_groups();
    init_rule_definition();
    init_html_assets();
    init_summary();
    htmlReporter = {
      name: "html",
      render(input) {
        const groups = groupBySecret(input.findings);
        const scale = timeScale(groups);
        const cards = groups.map((group, index) => card(group, index, scale, input.showSecrets));
        const data = { secrets: groups.map((group, index) => cardData(group, index)) };
        const rules = [...new Set(groups.flatMap((group) => group.ruleIds))].sort();
        const scriptHash = (0, import_node_crypto7.createHash)("sha256").update(HTML_SCRIPT, "utf8").digest("base64");
        const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
        return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leakscan report: ${groups.length} secret${groups.length === 1 ? "" : "s"}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>leakscan report</h1>
<p class="meta">${escapeHtml(`${input.mode} scan \xB7 leakscan ${input.toolVersion} \xB7 ${summaryLine(summarize(input)).split("\n")[0]}`)}</p>
${(input.notes ?? []).map((note) => `<p class="note">${escapeHtml(note)}</p>`).join("\n")}
</header>
${summarySection(groups, input.findings.length)}
<section id="controls" aria-label="Filter and sort">
<label>Severity <select id="filter-severity"><option value="">all</option>${SEVERITIES.map((s) => `<option value="${s}">${s}</option>`).join("")}</select></label>
<label>Rule <select id="filter-rule"><option value="">all</option>${rules.map((rule) => `<option value="${escapeHtml(rule)}">${escapeHtml(rule)}</option>`).join("")}</select></label>
<label>State <select id="filter-state"><option value="">all</option>${STATES.map(([value, label]) => `<option value="${value}">${label}</option>`).join("")}</select></label>
<label>Sort <select id="sort"><option value="exposure">longest exposure first</option><option value="severity">severity</option><option value="introduced">oldest first</option><option value="reuse">most places first</option></select></label>
<label class="search">Search <input id="search" type="search" placeholder="file, rule, commit, author\u2026" autocomplete="off"></label>
<span id="shown-count" role="status">${groups.length} of ${groups.length} secrets shown</span>
</section>
<main id="cards">
${cards.join("\n")}
<p id="no-match" hidden>No secret matches these filters.</p>
</main>
<footer>Secrets are ${input.showSecrets ? "<strong>shown in full (--show-secrets)</strong>: handle this file as a secret" : "redacted (run with --show-secrets to see them)"}. Generated by leakscan; this page makes no network request.</footer>
<script type="application/json" id="leakscan-data">${jsonForScript(data)}</script>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
      }
    };
    STATES = [
      ["at-head", "still at HEAD"],
      ["on-ref", "on a branch or tag tip"],
      ["exposed", "still exposed"],
      ["removed", "removed everywhere"],
      ["reused", "reused"]
    ];
    day = (iso) => {
      const time = Date.parse(iso);
      return Number.isFinite(time) ? `<time datetime="${escapeHtml(new Date(time).toISOString())}">${new Date(time).toISOString().slice(0, 10)}</time>` : escapeHtml(iso);
    };
    safeLink = (url) => url && /^https?:\/\/[^\s]+$/i.test(url) ? url : void 0;
    HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  }
});

// src/report/json.ts
function serializeFinding(finding, showSecrets) {
  const { secret, commit, pairedWith, ...rest } = finding;
  return {
    ...rest,
    secret: secret.shown(showSecrets),
    pairedWith: pairedWith && { ...pairedWith, secret: pairedWith.secret.shown(showSecrets) },
    ...commit ? { commit: commit.sha, author: commit.author, email: commit.email, date: commit.date, message: commit.message } : {}
  };
}
function serializeSecret(group, showSecrets) {
  const { secret, locations, ...rest } = group;
  return {
    ...rest,
    reused: group.reusedIn > 1,
    secret: secret.shown(showSecrets),
    locations: locations.map(
      ({ commit, ...location }) => commit ? {
        ...location,
        commit: commit.sha,
        author: commit.author,
        email: commit.email,
        date: commit.date,
        message: commit.message
      } : location
    )
  };
}
var JSON_REPORT_VERSION, jsonReporter;
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_secret_groups();
    init_summary();
    JSON_REPORT_VERSION = 1;
    jsonReporter = {
      name: "json",
      render(input) {
        const report = {
          version: JSON_REPORT_VERSION,
          tool: { name: "leakscan", version: input.toolVersion },
          mode: input.mode,
          findings: input.findings.map((finding) => serializeFinding(finding, input.showSecrets)),
          secrets: groupBySecret(input.findings).map((group) => serializeSecret(group, input.showSecrets)),
          summary: { ...summarize(input), rules: input.ruleCount },
          // Counted by reason in summary.skippedByReason; the list itself (often hundreds of binaries) on request.
          skipped: input.listSkipped || input.explain ? input.stats.skipped : void 0,
          ...input.explain ? { dropped: input.dropped } : {},
          ...input.notes && input.notes.length > 0 ? { notes: input.notes } : {}
        };
        return `${JSON.stringify(report, null, 2)}
`;
      }
    };
  }
});

// src/report/junit.ts
var escapeXml, junitReporter;
var init_junit = __esm({
  "src/report/junit.ts"() {
    "use strict";
    init_secret_groups();
    init_verification();
    escapeXml = (text) => (
      // Control characters other than tab/newline are not allowed in XML 1.0 at all.
      text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(
        /[<>&"']/g,
        (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]
      )
    );
    junitReporter = {
      name: "junit",
      render(input) {
        const cases = input.findings.map((f) => {
          const where = `${f.file}:${f.line}:${f.column}`;
          const commit = f.commit ? `
commit ${f.commit.sha} by ${f.commit.author} <${f.commit.email}>` : "";
          const reuse = reuseNote(f);
          const reused = `${reuse ? `
${reuse}` : ""}${f.verification ? `
verification: ${verificationNote(f.verification)}` : ""}`;
          const body = `${f.title} at ${where} (${f.secret.shown(input.showSecrets)})
fingerprint: ${f.fingerprint}${commit}${reused}`;
          return `    <testcase classname="leakscan.${escapeXml(f.ruleId)}" name="${escapeXml(where)}" file="${escapeXml(f.file)}" line="${f.line}">
      <failure type="${escapeXml(f.ruleId)}" message="${escapeXml(`${f.title} at ${where}`)}">${escapeXml(body)}</failure>
    </testcase>`;
        });
        if (cases.length === 0) cases.push('    <testcase classname="leakscan" name="no leaked secrets"/>');
        const tests = Math.max(1, input.findings.length);
        return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="leakscan" tests="${tests}" failures="${input.findings.length}">
  <testsuite name="leakscan" tests="${tests}" failures="${input.findings.length}" time="${(input.elapsedMs / 1e3).toFixed(3)}">
${cases.join("\n")}
  </testsuite>
</testsuites>
`;
      }
    };
  }
});

// src/report/remediation.ts
function remediationLine(finding) {
  const rotate = finding.rotationGuide ? `revoke/rotate it (${finding.rotationGuide})` : "revoke/rotate it at the vendor";
  return `${rotate}, then remove it from the code; to accept it, add the fingerprint to .leakscanignore or 'leakscan:allow' on the line`;
}
function remediationText(finding) {
  const guide = finding.rotationGuide ? ` Rotation guide: ${finding.rotationGuide}` : "";
  return `Revoke or rotate it at ${finding.vendor} first: it stays usable by anyone who saw it until then.${guide} Then remove it from the code (and from history if it was pushed). To accept a finding, ${ACCEPT_HOW}.`;
}
var ACCEPT_HOW;
var init_remediation = __esm({
  "src/report/remediation.ts"() {
    "use strict";
    ACCEPT_HOW = "add its fingerprint to .leakscanignore or put 'leakscan:allow' in a comment on the line";
  }
});

// src/report/sarif.ts
function ruleDescriptor(finding) {
  const help = `A ${finding.title} was found in the code. ${remediationText(finding)}`;
  return {
    id: finding.ruleId,
    name: finding.ruleId.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: finding.title },
    fullDescription: { text: `${finding.title} (${finding.vendor})` },
    helpUri: finding.rotationGuide,
    help: { text: help, markdown: help },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: {
      tags: ["security", "secret", ...finding.tags],
      "security-severity": SECURITY_SEVERITY[finding.severity],
      precision: PRECISION[finding.confidence]
    }
  };
}
function artifactLocation(path) {
  if (path.startsWith("/")) return { uri: (0, import_node_url3.pathToFileURL)(path).href };
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function sourceRoot(input) {
  const description = { text: "the top level of the scanned repository, or the scanned directory" };
  if (input.remote)
    return {
      originalUriBaseIds: { [SRCROOT]: { description } },
      versionControlProvenance: [
        {
          repositoryUri: input.remote.url,
          revisionId: input.remote.commit,
          mappedTo: { uriBaseId: SRCROOT }
        }
      ]
    };
  const uri = input.root ? (0, import_node_url3.pathToFileURL)(input.root.endsWith("/") ? input.root : `${input.root}/`).href : void 0;
  return { originalUriBaseIds: { [SRCROOT]: { uri, description } } };
}
function relatedPlaces(finding, groups) {
  const others = (groups.get(finding.secretId ?? "")?.locations ?? []).filter(
    (location) => location.fingerprint !== finding.fingerprint && location.part !== "commit-message"
  );
  if (others.length === 0) return {};
  return {
    relatedLocations: others.map((location, index) => ({
      id: index + 1,
      physicalLocation: {
        artifactLocation: artifactLocation(location.file),
        region: { startLine: location.line, startColumn: location.column }
      },
      message: { text: `the same key${location.commit ? ` (commit ${location.commit.sha})` : ""}` }
    }))
  };
}
var import_node_url3, LEVEL, PRECISION, SECURITY_SEVERITY, SRCROOT, sarifReporter;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    import_node_url3 = require("node:url");
    init_secret_groups();
    init_remediation();
    LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
    PRECISION = { high: "very-high", medium: "medium", low: "low", lowest: "low" };
    SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
    SRCROOT = "%SRCROOT%";
    sarifReporter = {
      name: "sarif",
      render(input) {
        const rules = [];
        const ruleIndex = /* @__PURE__ */ new Map();
        for (const finding of input.findings) {
          if (!ruleIndex.has(finding.ruleId)) {
            ruleIndex.set(finding.ruleId, rules.length);
            rules.push(ruleDescriptor(finding));
          }
        }
        const groups = new Map(groupBySecret(input.findings).map((group) => [group.id, group]));
        const results = input.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIndex.get(finding.ruleId),
          level: LEVEL[finding.severity],
          message: {
            text: `${finding.title} (${finding.secret.shown(input.showSecrets)})${finding.commit ? ` introduced in commit ${finding.commit.sha}` : ""}`
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(finding.file),
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn
                }
              }
            }
          ],
          ...relatedPlaces(finding, groups),
          // Stable across line shifts and rebases: code scanning uses it to match alerts between runs.
          partialFingerprints: { "leakscanFingerprint/v1": finding.fingerprint },
          properties: {
            confidence: finding.confidence,
            ...finding.commit ? {
              commit: finding.commit.sha,
              author: finding.commit.author,
              email: finding.commit.email,
              date: finding.commit.date,
              commitMessage: finding.commit.message
            } : {},
            decodedFrom: finding.decodedFrom,
            ...finding.secretId ? { secretId: finding.secretId, reusedIn: finding.reusedIn ?? 1, reused: (finding.reusedIn ?? 1) > 1 } : {},
            exposure: finding.exposure,
            verification: finding.verification
          }
        }));
        const log = {
          $schema: "https://json.schemastore.org/sarif-2.1.0.json",
          version: "2.1.0",
          runs: [
            {
              tool: {
                driver: {
                  name: "leakscan",
                  version: input.toolVersion,
                  semanticVersion: input.toolVersion,
                  informationUri: "https://www.npmjs.com/package/leakscan",
                  rules
                }
              },
              ...sourceRoot(input),
              results,
              columnKind: "utf16CodeUnits",
              // What the confidence cut left out, so a code-scanning upload does not hide it silently.
              ...input.minConfidence ? {
                properties: {
                  minConfidence: input.minConfidence.level,
                  hiddenBelowMinConfidence: input.minConfidence.hidden
                }
              } : {}
            }
          ]
        };
        return `${JSON.stringify(log, null, 2)}
`;
      }
    };
  }
});

// src/report/text.ts
function terminalSafe(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ue000]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
  });
}
function renderFinding(finding, input) {
  const lines = [
    `${paint(input.color, 1, `${finding.file}:${finding.line}:${finding.column}`)}  ${paint(input.color, SEVERITY_COLOR[finding.severity], finding.severity)}  ${finding.title} [${finding.ruleId}]`,
    `    secret: ${finding.secret.shown(input.showSecrets)}  confidence: ${finding.confidence}  fingerprint: ${finding.fingerprint}`
  ];
  if (finding.cell !== void 0) lines.push(`    in notebook cell ${finding.cell}`);
  if (finding.decodedFrom) lines.push(`    decoded from ${finding.decodedFrom}`);
  if (finding.pairedWith) {
    const half = finding.pairedWith;
    lines.push(`    paired with ${half.ruleId} ${half.secret.shown(input.showSecrets)} at line ${half.line}`);
  }
  if (finding.commit) {
    lines.push(
      `    commit ${finding.commit.sha} by ${finding.commit.author} <${finding.commit.email}> on ${finding.commit.date}: ${finding.commit.message}`
    );
  }
  const reused = reuseNote(finding);
  if (reused) lines.push(`    ${reused}`);
  if (finding.commitCount !== void 0 || finding.presentAtHead !== void 0)
    lines.push(`    in ${finding.commitCount ?? 1} commit(s); ${presence(finding)}`);
  if (finding.exposure) lines.push(`    ${exposureNote(finding.exposure)}`);
  if (finding.verification) lines.push(`    verification: ${verificationNote(finding.verification)}`);
  lines.push(`    fix: ${remediationLine(finding)}`);
  return lines.join("\n");
}
function presence(finding) {
  if (finding.presentAtHead) return "STILL PRESENT at HEAD";
  const tips = refTips(finding.exposure);
  return tips.length > 0 ? `not at HEAD, but still at the tip of ${tips.join(", ")}` : "no longer present at HEAD";
}
var ESC_MARK, paint, SEVERITY_COLOR, textReporter;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_exposure();
    init_secret_groups();
    init_remediation();
    init_summary();
    init_verification();
    ESC_MARK = "\uE000";
    paint = (enabled, code, text) => enabled ? `${ESC_MARK}[${code}m${text}${ESC_MARK}[0m` : text;
    SEVERITY_COLOR = { critical: 31, high: 31, medium: 33, low: 36 };
    textReporter = {
      name: "text",
      render(input) {
        const blocks = input.findings.map((finding) => renderFinding(finding, input));
        if (input.explain && input.dropped.length > 0) {
          blocks.push(
            [
              "dropped candidates (--explain):",
              ...input.dropped.map(
                (d) => `  ${d.file}:${d.line}${d.commit ? ` in commit ${d.commit}` : ""}  [${d.ruleId}] ${d.secret}  dropped by ${d.filter}: ${d.reason}`
              )
            ].join("\n")
          );
        }
        if (input.listSkipped && input.stats.skipped.length > 0) {
          blocks.push(
            [
              "skipped files (--list-skipped):",
              ...input.stats.skipped.map((s) => `  ${s.path}  ${s.reason}${s.detail ? `: ${s.detail}` : ""}`)
            ].join("\n")
          );
        }
        for (const note of input.notes ?? []) blocks.push(`note: ${note}`);
        blocks.push(summaryLine(summarize(input)));
        return terminalSafe(`${blocks.join("\n\n")}
`).replaceAll(ESC_MARK, "\x1B");
      }
    };
  }
});

// src/report/registry.ts
var REPORTERS, REPORT_FORMATS;
var init_registry = __esm({
  "src/report/registry.ts"() {
    "use strict";
    init_csv();
    init_html();
    init_json();
    init_junit();
    init_sarif();
    init_text();
    REPORTERS = {
      text: textReporter,
      json: jsonReporter,
      sarif: sarifReporter,
      csv: csvReporter,
      junit: junitReporter,
      html: htmlReporter
    };
    REPORT_FORMATS = Object.keys(REPORTERS);
  }
});

// src/output/write-report.ts
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
    createParents((0, import_node_path15.dirname)(path));
    (0, import_node_fs12.writeFileSync)(path, text);
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
  if ((0, import_node_fs12.existsSync)(directory)) return;
  const parent = (0, import_node_path15.dirname)(directory);
  if (parent !== directory) createParents(parent);
  (0, import_node_fs12.mkdirSync)(directory);
}
var import_node_fs12, import_node_path15;
var init_write_report = __esm({
  "src/output/write-report.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_node_path15 = require("node:path");
    init_errors();
    init_registry();
    init_summary();
  }
});

// src/commands/verify-args.ts
function parseEndpoints(value) {
  const endpoints = /* @__PURE__ */ new Map();
  for (const entry of value === void 0 ? [] : Array.isArray(value) ? value : [value]) {
    const at = entry.indexOf("=");
    let url;
    try {
      url = at > 0 ? new URL(entry.slice(at + 1)) : void 0;
    } catch {
      url = void 0;
    }
    if (!url || url.protocol !== "https:" && url.protocol !== "http:")
      throw new UsageError(`--verify-endpoint: expected VERIFIER=https://host[/base], got '${entry.slice(0, 80)}'`);
    endpoints.set(entry.slice(0, at), url);
  }
  return endpoints;
}
function positiveNumber(value, flag, fallback) {
  if (value === void 0) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new UsageError(`${flag}: expected a number >= 0, got '${value}'`);
  return number;
}
function durationMs(value) {
  if (value === void 0) return 0;
  const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(value.trim());
  if (!match) throw new UsageError(`--verify-cache-ttl: expected a duration like 30m, 12h or 7d, got '${value}'`);
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2]];
  return Number(match[1]) * unit * 1e3;
}
function verifyOptions(args, configVerify, cwd) {
  if (!args.verify && !configVerify) return void 0;
  return {
    budget: positiveNumber(args["verify-budget"], "--verify-budget", DEFAULT_VERIFY_BUDGET),
    timeoutMs: positiveNumber(args["verify-timeout"], "--verify-timeout", DEFAULT_VERIFY_TIMEOUT_MS / 1e3) * 1e3,
    allowInternal: args["verify-allow-internal"] ?? false,
    endpoints: parseEndpoints(args["verify-endpoint"]),
    cacheTtlMs: durationMs(args["verify-cache-ttl"]),
    cacheDir: stateDirectory(cwd),
    log: args.explain ? (line) => void process.stderr.write(`${line}
`) : void 0
  };
}
var DEFAULT_VERIFY_BUDGET, DEFAULT_VERIFY_TIMEOUT_MS;
var init_verify_args = __esm({
  "src/commands/verify-args.ts"() {
    "use strict";
    init_errors();
    init_state_dir();
    DEFAULT_VERIFY_BUDGET = 200;
    DEFAULT_VERIFY_TIMEOUT_MS = 1e4;
  }
});

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
var init_finish_cli_scan = __esm({
  "src/commands/finish-cli-scan.ts"() {
    "use strict";
    init_errors();
    init_finish_scan();
    init_write_report();
    init_verify_args();
  }
});

// src/config/scan-settings.ts
async function loadScanSettings(root, options) {
  const config = await loadConfig(options.configFrom ?? root, options.configFile);
  const baselineFile = options.baseline ?? config.baselineFile;
  const named = options.baseline !== void 0 || config.baseline !== void 0;
  try {
    return { config, baselineFile, suppressions: await loadSuppressions(root, baselineFile), notes: [] };
  } catch (error) {
    if (named || !baselineFile || !(error instanceof ConfigError) || error.context.file !== baselineFile) throw error;
    return {
      config,
      suppressions: await loadSuppressions(root, void 0),
      notes: [
        `${baselineFile} is not a baseline (${error.problems.length} line(s) are not fingerprints), so it was not applied; rewrite it with leakscan baseline create`
      ]
    };
  }
}
var init_scan_settings = __esm({
  "src/config/scan-settings.ts"() {
    "use strict";
    init_errors();
    init_suppressions();
    init_config_file();
  }
});

// src/commands/run-staged.ts
async function runStaged(args, env = process.env) {
  if (env.LEAKSCAN_SKIP === "1") {
    process.stderr.write("leakscan: LEAKSCAN_SKIP=1: the staged changes were NOT scanned for secrets\n");
    return EXIT_CLEAN;
  }
  const repository = openRepository(process.cwd());
  const patch = startStagedDiff(process.cwd());
  try {
    return await scanStaged(args, env, await repository, patch);
  } finally {
    patch.abort();
  }
}
async function scanStaged(args, env, repo, patch) {
  const settings = await loadScanSettings(repo.root, { configFile: args.config, baseline: args.baseline });
  const result = await scan({
    cwd: repo.root,
    config: settings.config,
    suppressions: settings.suppressions,
    source: ({ config, stats }) => stagedFragments(repo.root, stats, gitPathFilter(config), patch)
  });
  const notes = [...settings.notes];
  if (result.stats.filesScanned === 0 && result.stats.skipped.length === 0)
    notes.push("no added lines are staged (git add stages changes)");
  if (!repo.hasHead) notes.push("first commit: every staged file was scanned as new");
  const code = await finishCliScan(
    result,
    { ...args, baseline: settings.baselineFile, quiet: args.quiet || !args.verbose },
    "staged",
    notes
  );
  if (code === EXIT_LEAKS) process.stderr.write(blockedCommitMessage(env));
  return code;
}
var init_run_staged = __esm({
  "src/commands/run-staged.ts"() {
    "use strict";
    init_scan();
    init_git_path_filter();
    init_git();
    init_staged();
    init_exit_codes();
    init_blocked_message();
    init_finish_cli_scan();
    init_scan_settings();
  }
});

// src/staged-fast-path.ts
var staged_fast_path_exports = {};
__export(staged_fast_path_exports, {
  runStagedFastPath: () => runStagedFastPath
});
module.exports = __toCommonJS(staged_fast_path_exports);

// src/commands/fast-argv.ts
var import_node_util = require("node:util");
function parseSimpleArgv(args, options) {
  if (args.some((arg) => /^-[^-]./.test(arg))) return void 0;
  const config = {};
  for (const [name, option] of Object.entries(options)) {
    const type = option.type === "boolean" ? "boolean" : "string";
    if (option.type !== void 0 && option.type !== "boolean" && option.type !== "string") return void 0;
    const alias = typeof option.alias === "string" && option.alias.length === 1 ? option.alias : void 0;
    config[name] = alias ? { type, short: alias } : { type };
  }
  const parsed = tryParseArgs({
    args: [...args],
    options: config,
    strict: true,
    allowPositionals: false,
    allowNegative: true,
    tokens: true
  });
  if (!parsed) return void 0;
  const seen = /* @__PURE__ */ new Set();
  for (const token of parsed.tokens) {
    if (token.kind !== "option") return void 0;
    if (seen.has(token.name)) return void 0;
    seen.add(token.name);
  }
  const values = {};
  for (const [name, option] of Object.entries(options)) {
    const value = parsed.values[name] ?? option.default;
    if (value === void 0) continue;
    if (option.choices && !option.choices.includes(value)) return void 0;
    values[name] = value;
    const camel = name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
    if (camel !== name) values[camel] = value;
    if (typeof option.alias === "string") values[option.alias] = value;
  }
  return values;
}
function tryParseArgs(config) {
  try {
    return (0, import_node_util.parseArgs)(config);
  } catch {
    return void 0;
  }
}

// src/commands/report-failure.ts
init_exit_codes();
init_errors();
async function reportFailure(error) {
  process.exitCode = EXIT_ERROR;
  const { redactKeyLike: redactKeyLike2 } = await Promise.resolve().then(() => (init_key_like(), key_like_exports));
  const say = async (text) => void process.stderr.write(await redactKeyLike2(text));
  if (error instanceof ConfigError) await say(`leakscan: ${error.message}
`);
  else if (error instanceof LeakscanError && !(error instanceof InternalError))
    await say(`leakscan: ${describeError(error)}
`);
  else {
    await say(
      `leakscan: internal error: ${describeError(error)}
This is a bug; please report it with the command you ran.
`
    );
    if (process.env.LEAKSCAN_DEBUG && error instanceof Error) await say(`${error.stack}
`);
  }
}

// src/staged-fast-path.ts
init_run_staged();

// src/commands/report-options.ts
init_min_confidence();
init_registry();
var REPORT_OPTIONS = {
  format: { alias: "f", choices: REPORT_FORMATS, default: "text", describe: "report format" },
  output: { alias: "o", type: "string", describe: "write the report to FILE instead of stdout" },
  config: { alias: "c", type: "string", describe: "config file (default: .leakscan.yaml in the current directory)" },
  "show-secrets": { type: "boolean", default: false, describe: "print secrets in full (redacted by default)" },
  explain: { type: "boolean", default: false, describe: "list every dropped candidate and the filter that dropped it" },
  "list-skipped": {
    type: "boolean",
    default: false,
    describe: "list every skipped file and why (by default only counted by reason)"
  },
  color: {
    type: "boolean",
    default: true,
    describe: "colour the text report (--no-color, or NO_COLOR=1, turns it off)"
  },
  quiet: {
    alias: "q",
    type: "boolean",
    default: false,
    describe: "print nothing when no leak is found (errors, and a scan that read nothing, are still reported)"
  },
  rotate: {
    type: "boolean",
    default: false,
    describe: "send each new leak to the rotation webhooks configured under rotation: (signed, retried, queued on disk)"
  },
  "rotate-dry-run": { type: "boolean", default: false, describe: "print what --rotate would send, send nothing" },
  "rotate-url": { type: "string", describe: "an extra rotation webhook, signed with $LEAKSCAN_WEBHOOK_SECRET" },
  baseline: {
    type: "string",
    describe: "report only findings whose fingerprint is not in FILE (see leakscan baseline)"
  },
  "write-baseline": { type: "string", describe: "write the fingerprints of every finding to FILE (a baseline)" },
  "allow-empty": {
    type: "boolean",
    default: false,
    describe: "exit 0, not 2, when scan or stdin reads nothing (an empty directory or input, everything ignored)"
  },
  "min-confidence": {
    type: "string",
    choices: MIN_CONFIDENCE_LEVELS,
    describe: "report only findings at or above this confidence (default: medium for staged and diff, low otherwise; lowest: everything, test and fixture paths included)"
  },
  verify: {
    type: "boolean",
    default: false,
    describe: "ask each vendor whether the key is live (read-only, the vendor host only; see docs/verification.md)"
  },
  "verify-budget": { type: "string", describe: "at most this many verification requests for the run (default 200)" },
  "verify-timeout": { type: "string", describe: "seconds to wait for one verification answer (default 10)" },
  "verify-allow-internal": {
    type: "boolean",
    default: false,
    describe: "let verification reach loopback and private addresses (a --verify-endpoint on your network)"
  },
  "verify-endpoint": {
    type: "string",
    describe: "VERIFIER=URL: send that verifier to another base URL (GitHub Enterprise, a proxy); repeatable"
  },
  "verify-cache-ttl": {
    type: "string",
    describe: "keep live/invalid answers on disk this long (e.g. 1h, 30m; hashed, never the key); default: off"
  },
  "only-verified": { type: "boolean", default: false, describe: "with --verify: report only live keys" }
};

// src/commands/staged-command.ts
var STAGED_OPTIONS = {
  ...REPORT_OPTIONS,
  verbose: {
    type: "boolean",
    default: false,
    describe: "also print the summary when no leak is found (the hook is silent on a clean commit by default)"
  }
};

// src/staged-fast-path.ts
async function runStagedFastPath(args) {
  const parsed = parseSimpleArgv(args, STAGED_OPTIONS);
  if (!parsed) return false;
  try {
    process.exitCode = await runStaged(parsed);
  } catch (error) {
    await reportFailure(error);
  }
  return true;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runStagedFastPath
});
