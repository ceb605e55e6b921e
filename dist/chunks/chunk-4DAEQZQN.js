import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

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

export {
  droppedFinding
};
