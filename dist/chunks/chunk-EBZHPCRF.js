import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  require_micromatch
} from "./chunk-GIB3MS5R.js";
import {
  __toESM
} from "./chunk-WF6X2IZB.js";

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

// src/sources/glob-matcher.ts
var import_micromatch = __toESM(require_micromatch(), 1);
function globMatcher(globs) {
  if (globs.length === 0) return () => false;
  let matchers;
  return (path) => {
    matchers ??= globs.map((glob) => import_micromatch.default.matcher(glob, { dot: true }));
    return matchers.some((matches) => matches(path));
  };
}

export {
  redactSecret,
  hashSecret,
  fingerprintOf,
  Secret,
  globMatcher
};
