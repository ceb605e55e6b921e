import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/verify/verification.ts
function verificationRank(verification) {
  if (!verification) return 3;
  return { live: 0, unknown: 1, invalid: 2 }[verification.state];
}
function verificationNote(verification) {
  return `${verification.state} (${verification.reason})`;
}

export {
  verificationRank,
  verificationNote
};
