import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  Secret
} from "./chunk-KT7CGH3D.js";

// src/fleet/queue.ts
var ATTEMPTS = 3;

// src/fleet/stored-finding.ts
var StoredSecret = class extends Secret {
  #shown;
  constructor(redacted) {
    super(redacted);
    this.#shown = redacted;
  }
  get redacted() {
    return this.#shown;
  }
};
var storeFinding = (finding) => JSON.stringify(finding);
function loadFinding(text) {
  const parsed = JSON.parse(text);
  return {
    ...parsed,
    secret: new StoredSecret(parsed.secret),
    ...parsed.pairedWith ? { pairedWith: { ...parsed.pairedWith, secret: new StoredSecret(parsed.pairedWith.secret) } } : {}
  };
}
var findingKey = (finding) => finding.fingerprint;

export {
  storeFinding,
  loadFinding,
  findingKey,
  ATTEMPTS
};
