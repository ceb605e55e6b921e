import type { Exposure } from './exposure.js';
import type { Verification } from '../verify/verification.js';
import type { Finding } from './finding.js';
import type { Secret } from './secret.js';
import { SEVERITIES, type Severity } from '../rules/rule-definition.js';

/** One place a secret was found. */
export interface SecretLocation {
  file: string;
  line: number;
  column: number;
  part?: Finding['part'] | undefined;
  repository?: string | undefined;
  fingerprint: string;
  commit?: Finding['commit'] | undefined;
  presentAtHead?: boolean | undefined;
}

/** Every occurrence of one secret, wherever it was found: what a reviewer rotates once. */
export interface SecretGroup {
  /** `family:sha256(secret)[0..16]`: the same in every file, commit and repository. */
  id: string;
  family: string;
  ruleIds: string[];
  title: string;
  vendor: string;
  /** The highest severity among the occurrences. */
  severity: Severity;
  confidence: Finding['confidence'];
  secretHash: string;
  secret: Secret;
  rotationGuide?: string | undefined;
  references?: string[] | undefined;
  /** Distinct places (file per repository; the commit for a key in a message). Reused when > 1. */
  reusedIn: number;
  locations: SecretLocation[];
  exposure?: Exposure | undefined;
  /** With --verify: the vendor's answer for this key (the same for every place it is in). */
  verification?: Verification | undefined;
}

/**
 * The rule family: the vendor, as rules are filed one vendor per family. A key matched by two rules of one
 * vendor (a classic and a fine-grained pattern) is one key; nothing repository-specific enters the id.
 */
export const ruleFamily = (finding: Pick<Finding, 'vendor'>): string =>
  finding.vendor
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'unknown';

export const secretIdOf = (finding: Pick<Finding, 'vendor' | 'secretHash'>): string =>
  `${ruleFamily(finding)}:${finding.secretHash.slice(0, 16)}`;

const placeOf = (finding: Finding): string =>
  `${finding.repository ?? ''}\u0000${finding.part === 'commit-message' ? `commit ${finding.commit?.sha ?? ''}` : finding.file}`;

/** Groups findings by secret (family + hash), in the order each secret was first seen; places oldest first. Pure. */
export function groupBySecret(findings: readonly Finding[]): SecretGroup[] {
  const groups = new Map<string, { group: SecretGroup; places: Set<string>; rules: Set<string> }>();
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
          verification: finding.verification,
        },
        places: new Set(),
        rules: new Set(),
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
      presentAtHead: finding.presentAtHead,
    });
  }
  return [...groups.values()].map(({ group, places, rules }) => ({
    ...group,
    ruleIds: [...rules],
    reusedIn: places.size,
    // Oldest first, as the key spread; a stable sort keeps the scan order of places without commits.
    locations: group.locations.sort((a, b) =>
      a.commit && b.commit ? Date.parse(a.commit.date) - Date.parse(b.commit.date) : 0,
    ),
  }));
}

/**
 * The post-detection step that ties occurrences of one secret together: every finding gets its `secretId` and
 * `reusedIn` (the number of places the same key is in), so each format can flag a reused key on its own line.
 */
export function markReuse(findings: readonly Finding[]): Finding[] {
  const reuse = new Map(groupBySecret(findings).map((group) => [group.id, group.reusedIn]));
  return findings.map((finding) => {
    const secretId = finding.secretId ?? secretIdOf(finding);
    return { ...finding, secretId, reusedIn: reuse.get(secretId) ?? 1 };
  });
}

/** The words every format uses to flag a reused key; undefined when the key is in one place only. */
export function reuseNote(finding: Pick<Finding, 'reusedIn' | 'secretId'>): string | undefined {
  return (finding.reusedIn ?? 1) > 1
    ? `REUSED: the same key is in ${finding.reusedIn} places (secret ${finding.secretId}); rotating it affects each of them`
    : undefined;
}
