import { type Dropped, droppedFinding, type Finding } from '../findings/finding.js';
import type { Rule } from '../rules/rule.js';

/**
 * Paired credentials (an id and its secret close together) become one finding: the secret's, carrying the id
 * as `pairedWith`; the id's own finding is absorbed. An id-only rule (`standalone: false`) is reported only
 * as a pair half: alone, an OAuth client id is public information, not a leak.
 */
export function pairFindings(
  findings: Finding[],
  rulesById: ReadonlyMap<string, Rule>,
  inlineAllowed: readonly Dropped[] = [],
): { findings: Finding[]; dropped: Dropped[] } {
  const accepted = acceptedByPartner(findings, rulesById, inlineAllowed);
  findings = findings.filter((finding) => !accepted.has(finding));
  const absorbed = new Set<Finding>();
  const paired = findings.map((finding) => {
    const pair = rulesById.get(finding.ruleId)?.pair;
    if (!pair) return finding;
    let best: Finding | undefined;
    for (const other of findings) {
      if (other.ruleId !== pair.ruleId || absorbed.has(other)) continue;
      const distance = Math.abs(other.line - finding.line);
      if (distance > pair.withinLines) continue;
      if (!best || distance < Math.abs(best.line - finding.line)) best = other;
    }
    if (!best) return finding;
    absorbed.add(best);
    return {
      ...finding,
      pairedWith: { ruleId: best.ruleId, line: best.line, column: best.column, secret: best.secret },
    };
  });
  const dropped: Dropped[] = [...accepted.values()];
  const kept = paired.filter((finding, index) => {
    if (absorbed.has(findings[index] as Finding)) return false;
    if (rulesById.get(finding.ruleId)?.standalone === false) {
      dropped.push(droppedFinding(finding, 'pair', 'an id without its secret nearby is not a leak'));
      return false;
    }
    return true;
  });
  return { findings: kept, dropped };
}

/**
 * `leakscan:allow` on either half of a pair accepts the pair: a finding whose partner (by the secret rule's
 * `pair`, either way round) was dropped by an inline allow within the pair's distance is dropped too, so one
 * key pair never takes two rounds of allow comments.
 */
function acceptedByPartner(
  findings: readonly Finding[],
  rulesById: ReadonlyMap<string, Rule>,
  inlineAllowed: readonly Dropped[],
): Map<Finding, Dropped> {
  const accepted = new Map<Finding, Dropped>();
  if (inlineAllowed.length === 0) return accepted;
  for (const finding of findings) {
    for (const allowed of inlineAllowed) {
      const ownPair = rulesById.get(finding.ruleId)?.pair;
      const theirPair = rulesById.get(allowed.ruleId)?.pair;
      const within =
        ownPair?.ruleId === allowed.ruleId
          ? ownPair.withinLines
          : theirPair?.ruleId === finding.ruleId
            ? theirPair.withinLines
            : undefined;
      if (within === undefined || allowed.file !== finding.file || Math.abs(allowed.line - finding.line) > within)
        continue;
      accepted.set(finding, {
        ruleId: finding.ruleId,
        file: finding.file,
        line: finding.line,
        filter: 'inline-ignore',
        reason: `its pair half ${allowed.ruleId} at line ${allowed.line} carries an inline allow comment`,
        secret: finding.secret.redacted,
      });
      break;
    }
  }
  return accepted;
}
