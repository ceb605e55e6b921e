import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  readYamlLists
} from "./chunk-HKYFGOHU.js";
import {
  packageRoot
} from "./chunk-BU4ZIR32.js";
import {
  RuleError
} from "./chunk-SBG2HJLT.js";

// src/verify/load-verifiers.ts
import { join } from "node:path";

// src/verify/verifier-definition.ts
var VERIFIER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var HOST_PATTERN = "^(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$";
var stringList = (minItems = 1) => ({ type: "array", minItems, items: { type: "string", minLength: 1 } });
var stringMap = { type: "object" };
var MATCHER_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["status", "reason"],
  properties: {
    status: { type: "array", minItems: 1, items: { type: "integer", minimum: 100, maximum: 599 } },
    json: { type: "object", description: "dotted path \u2192 expected value" },
    body_includes: stringList(),
    reason: { type: "string", minLength: 1 }
  }
};
var VERIFIER_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["id", "vendor", "rules", "hosts", "docs", "returns", "request", "live", "invalid"],
  properties: {
    id: { type: "string", pattern: VERIFIER_ID_PATTERN.source },
    vendor: { type: "string", minLength: 1 },
    rules: stringList(),
    hosts: { type: "array", minItems: 1, items: { type: "string", pattern: HOST_PATTERN } },
    docs: stringList(),
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

// src/verify/load-verifiers.ts
function builtinVerifiersDir() {
  return join(packageRoot(), "rules", "verifiers");
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

export {
  hostAllowed,
  readVerifierFiles,
  loadVerifiers
};
