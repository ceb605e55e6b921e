import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/findings/secret.ts
import { createHash } from "node:crypto";
function redactSecret(secret) {
  const visible = secret.length >= 20 ? 4 : secret.length >= 12 ? 2 : 0;
  return `${secret.slice(0, visible)}${"*".repeat(8)}`;
}
function displaySecret(secret, showSecrets) {
  return showSecrets ? secret : redactSecret(secret);
}
function hashSecret(secret) {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
function fingerprintOf(ruleId, path, secret) {
  return `${ruleId}:${path}:${hashSecret(secret).slice(0, 16)}`;
}

export {
  redactSecret,
  displaySecret,
  hashSecret,
  fingerprintOf
};
