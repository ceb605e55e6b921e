import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  Secret,
  redactSecret
} from "./chunk-KT7CGH3D.js";

// src/findings/known-secrets.ts
var MIN_SECRET_LINE = 8;
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
var OWN_FIELDS = /* @__PURE__ */ new Set([
  "ruleId",
  "filter",
  "title",
  "vendor",
  "severity",
  "confidence",
  "rotationGuide",
  "references"
]);
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

export {
  knownSecretValues,
  knownSecretRedactor,
  redactStrings
};
