import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/findings/secret.ts
import { createHash } from "node:crypto";
function redactSecret(secret) {
  const visible = secret.length >= 20 ? 4 : secret.length >= 12 ? 2 : 0;
  return `${secret.slice(0, visible)}${"*".repeat(8)}`;
}
function hashSecret(secret) {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
function fingerprintOf(ruleId, path, secret) {
  return `${ruleId}:${path}:${hashSecret(secret).slice(0, 16)}`;
}
var INSPECT = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
var Secret = class {
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

export {
  redactSecret,
  hashSecret,
  fingerprintOf,
  Secret
};
