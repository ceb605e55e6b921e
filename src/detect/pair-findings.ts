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
): { findings: Finding[]; dropped: Dropped[] } {
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
  const dropped: Dropped[] = [];
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
