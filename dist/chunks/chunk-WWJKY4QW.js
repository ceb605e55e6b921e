import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-QUAOKGHR.js";

// src/findings/secret-groups.ts
var ruleFamily = (finding) => finding.vendor.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "unknown";
var secretIdOf = (finding) => `${ruleFamily(finding)}:${finding.secretHash.slice(0, 16)}`;
var placeOf = (finding) => `${finding.repository ?? ""}\0${finding.part === "commit-message" ? `commit ${finding.commit?.sha ?? ""}` : finding.file}`;
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

export {
  groupBySecret,
  markReuse,
  reuseNote
};
