import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-QUAOKGHR.js";
import {
  require_micromatch
} from "./chunk-GIB3MS5R.js";
import {
  __toESM
} from "./chunk-WF6X2IZB.js";

// src/notify/rotation-config.ts
var import_micromatch = __toESM(require_micromatch(), 1);
import { isIP } from "node:net";
import { isAbsolute, normalize } from "node:path";
var VERIFICATION_FILTERS = ["live", "live-or-unknown", "any"];
var LEGACY_OUTBOX = ".leakscan/outbox.jsonl";
var DEFAULT_SECRET_ENV = "LEAKSCAN_WEBHOOK_SECRET";
var GITHUB_API_URL = "https://api.github.com";
var DEFAULT_POLICY = {
  connectTimeoutMs: 5e3,
  timeoutMs: 1e4,
  retries: 3,
  backoffMs: 500,
  maxBackoffMs: 8e3,
  maxRetryAfterMs: 3e4
};
var WEBHOOK_FIELDS = [
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
var GITHUB_FIELDS = [
  "enabled",
  "baseUrl",
  "allowInsecureHttp",
  "rules",
  "tags",
  "minSeverity",
  "verification",
  ...Object.keys(DEFAULT_POLICY)
];
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
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
    else if (isAbsolute(raw.outbox) || normalize(raw.outbox).split(/[\\/]/)[0] === "..")
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
var SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 };
function wantsFinding(filter, finding) {
  const state = finding.verification?.state;
  const wanted = filter.verification ?? (filter.kind === "github-revoke" ? "live-or-unknown" : "live");
  if (state !== void 0 && wanted !== "any") {
    if (state === "invalid") return false;
    if (state === "unknown" && wanted === "live") return false;
  }
  if (filter.rules.length > 0 && !import_micromatch.default.isMatch(finding.ruleId, filter.rules)) return false;
  if (filter.tags.length > 0 && !filter.tags.some((tag) => finding.tags.includes(tag))) return false;
  if (filter.minSeverity && SEVERITY_RANK[finding.severity] < SEVERITY_RANK[filter.minSeverity]) return false;
  return true;
}

export {
  VERIFICATION_FILTERS,
  LEGACY_OUTBOX,
  DEFAULT_SECRET_ENV,
  GITHUB_API_URL,
  DEFAULT_POLICY,
  WEBHOOK_FIELDS,
  GITHUB_FIELDS,
  isLoopbackHost,
  checkUrl,
  parseRotationConfig,
  wantsFinding
};
