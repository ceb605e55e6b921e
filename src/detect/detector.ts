import type { Dropped, Finding } from '../findings/finding.js';
import { fingerprintOf, hashSecret, redactSecret, Secret } from '../findings/secret.js';
import type { Filter } from '../filters/filter.js';
import type { Rule } from '../rules/rule.js';
import type { Confidence } from '../rules/rule-definition.js';
import type { Fragment } from '../sources/fragment.js';
import { globMatcher } from '../sources/glob-matcher.js';
import { buildKeywordIndex } from './keyword-index.js';
import { LineMap, originLine } from './line-map.js';
import { matchRule, WINDOW_CHARS } from './match-rule.js';
import { findEncodedValues, type EncodedValue } from './encoded-values.js';
import { pairFindings } from './pair-findings.js';
import { inlineIgnoreFilter } from '../filters/inline-ignore.js';
import { confidenceAt } from './test-path.js';

export interface Detection {
  findings: Finding[];
  dropped: Dropped[];
}

export interface Detector {
  detect(fragment: Fragment): Detection;
}

/**
 * The engine: keyword prefilter → rule match → filters (in the given order) → findings. Pure apart from the
 * compiled regexes' lastIndex; the same detector serves files, diffs, history and stdin.
 */
export function createDetector(rules: readonly Rule[], filters: readonly Filter[]): Detector {
  const index = buildKeywordIndex(rules);
  const pathMatchers = new Map<Rule, (path: string) => boolean>();
  for (const rule of rules) {
    if (rule.allowlist.paths.length > 0) pathMatchers.set(rule, globMatcher(rule.allowlist.paths));
  }
  const ruleSkipsPath = (rule: Rule, path: string): boolean => pathMatchers.get(rule)?.(path) ?? false;

  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));

  const detectLocated = (fragment: Fragment): { located: LocatedFinding[]; dropped: Dropped[] } => {
    const located: LocatedFinding[] = [];
    const dropped: Dropped[] = [];
    const hits = index.findHits(fragment.text);
    if (hits.size === 0) return { located, dropped };
    const lines = new LineMap(fragment.text);
    for (const [rule, offsets] of hits) {
      if (ruleSkipsPath(rule, fragment.origin.path)) continue;
      for (const candidate of matchRule(rule, fragment.text, lines, offsets)) {
        const lineIndex = lines.lineIndexAt(candidate.start);
        const lineText = lines.lineText(lineIndex);
        const line = originLine(fragment, lineIndex);
        let dropReason: { filter: string; reason: string } | undefined;
        for (const filter of filters) {
          const reason = filter.check({
            candidate,
            fragment,
            lineText,
            column: candidate.start - lines.lineStart(lineIndex),
          });
          if (reason !== undefined) {
            dropReason = { filter: filter.name, reason };
            break;
          }
        }
        if (dropReason) {
          const drop: Dropped = {
            ruleId: rule.id,
            file: fragment.origin.path,
            line,
            secret: redactSecret(candidate.secret),
            ...dropReason,
          };
          if (fragment.origin.commit) drop.commit = fragment.origin.commit.sha;
          dropped.push(drop);
          continue;
        }
        // A multi-line key is the same key however it is indented or wrapped.
        const identitySecret = rule.multiline ? candidate.secret.replace(/\s+/g, '') : candidate.secret;
        const endIndex = lines.lineIndexAt(Math.max(candidate.start, candidate.end - 1));
        located.push({
          start: candidate.start,
          end: candidate.end,
          vendorNamedOnLine: lineText.toLowerCase().includes(rule.vendor.toLowerCase().replace(/[^a-z0-9]/g, '')),
          ruleConfidence: rule.confidence,
          finding: {
            ruleId: rule.id,
            title: rule.title,
            vendor: rule.vendor,
            severity: rule.severity,
            // The checksum filter has passed by now: a valid checksum is the strongest evidence there is. In a
            // test path, anything else is one level lower (test-path.ts).
            confidence: confidenceAt(rule, fragment.origin.path),
            file: fragment.origin.path,
            line,
            column: columnOf(fragment, lines, lineIndex, candidate.start),
            endLine: originLine(fragment, endIndex),
            endColumn: columnOf(fragment, lines, endIndex, candidate.end),
            secret: new Secret(candidate.secret),
            fingerprint: fingerprintOf(rule.id, fragment.origin.path, identitySecret),
            secretHash: hashSecret(identitySecret),
            commit: fragment.origin.commit,
            part: fragment.origin.part,
            cell: fragment.origin.cell,
            decodedFrom: fragment.decodedFrom,
            rotationGuide: rule.rotationGuide,
            ...(rule.references.length > 0 ? { references: rule.references } : {}),
            tags: rule.tags,
          },
        });
      }
    }
    return { located, dropped };
  };

  /** Detection on the text itself, then on readable decodings of encoded values in it, `depth` levels down. */
  const detectWithDecoding = (fragment: Fragment, depth: number): { located: LocatedFinding[]; dropped: Dropped[] } => {
    const own = detectLocated(fragment);
    if (depth >= MAX_DECODE_DEPTH) return own;
    const encoded = findEncodedValues(fragment.text);
    if (encoded.length === 0) return own;
    const lines = new LineMap(fragment.text);
    const decodedLocated: LocatedFinding[] = [];
    for (const value of encoded) {
      const derived = decodedFragment(fragment, lines, value);
      const inner = detectWithDecoding(derived.fragment, depth + 1);
      own.dropped.push(...inner.dropped);
      for (const found of inner.located) {
        // Only what the decoded text revealed: the surrounding line was scanned already.
        if (found.end <= derived.decodedStart || found.start >= derived.decodedEnd) continue;
        const lineIndex = lines.lineIndexAt(value.start);
        const endIndex = lines.lineIndexAt(value.end - 1);
        decodedLocated.push({
          start: value.start,
          end: value.end,
          vendorNamedOnLine: found.vendorNamedOnLine,
          ruleConfidence: found.ruleConfidence,
          finding: {
            ...found.finding,
            line: originLine(fragment, lineIndex),
            column: columnOf(fragment, lines, lineIndex, value.start),
            endLine: originLine(fragment, endIndex),
            endColumn: columnOf(fragment, lines, endIndex, value.end),
          },
        });
      }
    }
    // Decoded findings first: where one overlaps the encoded value's own (generic) finding, it wins the tie.
    return { located: [...decodedLocated, ...own.located], dropped: own.dropped };
  };

  return {
    detect(fragment: Fragment): Detection {
      const detected = detectWithDecoding(fragment, fragment.decodedFrom ? 1 : 0);
      const { dropped } = detected;
      // A window's overlap ended the previous window: what lies wholly inside it was reported there.
      const located = fragment.overlap
        ? detected.located.filter((l) => l.end > (fragment.overlap as number))
        : detected.located;
      const inlineAllowed = dropped.filter((d) => d.filter === inlineIgnoreFilter.name);
      const paired = pairFindings(keepStrongestOverlapping(located), rulesById, inlineAllowed);
      return { findings: paired.findings, dropped: uniqueDropped([...dropped, ...paired.dropped]) };
    },
  };
}

/** 1-based column of `offset` on line `lineIndex`; a window that starts mid-line shifts its first line. */
function columnOf(fragment: Fragment, lines: LineMap, lineIndex: number, offset: number): number {
  return (
    offset - lines.lineStart(lineIndex) + 1 + (lineIndex === 0 && fragment.firstColumn ? fragment.firstColumn - 1 : 0)
  );
}

/** A line holding an encoded value is matched again with the value decoded: its own drops would show twice. */
function uniqueDropped(dropped: Dropped[]): Dropped[] {
  const seen = new Set<string>();
  return dropped.filter((d) => {
    const key = `${d.ruleId}\0${d.line}\0${d.secret}\0${d.filter}\0${d.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Base64 inside base64 is common (a JSON blob holding a basic-auth value); three layers is obfuscation. */
export const MAX_DECODE_DEPTH = 2;

/**
 * The encoded value's line with the value replaced by its decoding, so the key name before it (`password:` in
 * a Kubernetes Secret, `Authorization: Basic`) still gives context. Offsets of the decoded part are returned.
 */
function decodedFragment(
  fragment: Fragment,
  lines: LineMap,
  value: EncodedValue,
): { fragment: Fragment; decodedStart: number; decodedEnd: number } {
  const lineIndex = lines.lineIndexAt(value.start);
  // The line around the value, as far as a rule's context reaches (`KEY=`…): not a whole minified line. Every
  // one of up to 256 values per level, two levels down, would otherwise rescan that line: a 300 KB bundle line
  // took minutes.
  const prefix = fragment.text.slice(Math.max(lines.lineStart(lineIndex), value.start - WINDOW_CHARS), value.start);
  const suffix = fragment.text.slice(
    value.end,
    Math.min(lines.lineEnd(lines.lineIndexAt(value.end)), value.end + WINDOW_CHARS),
  );
  const label = fragment.decodedFrom ? `${fragment.decodedFrom}>${value.encoding}` : value.encoding;
  return {
    fragment: {
      text: `${prefix}${value.decoded}${suffix}`,
      origin: fragment.origin,
      startLine: originLine(fragment, lineIndex),
      decodedFrom: label,
    },
    decodedStart: prefix.length,
    decodedEnd: prefix.length + value.decoded.length,
  };
}

interface LocatedFinding {
  start: number;
  end: number;
  /** The line names the rule's vendor (`CLERK_SECRET_KEY=sk_live_…`): the strongest hint of whose key it is. */
  vendorNamedOnLine: boolean;
  /** The rule's own confidence: overlapping findings are ranked by it, not by the one a test path lowered. */
  ruleConfidence: Confidence;
  finding: Finding;
}

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * Where two rules matched overlapping text (a vendor rule and a generic one, say), only the more confident
 * finding is reported: one key, one finding.
 */
function keepStrongestOverlapping(located: LocatedFinding[]): Finding[] {
  if (located.length < 2) return located.map((l) => l.finding);
  // Generic rules lose to any vendor rule; among vendor rules, one whose vendor the line names wins (several
  // vendors share `sk_live_`), then the more confident one.
  const rank = (l: LocatedFinding): number =>
    l.ruleConfidence === 'low' ? 10 : (l.vendorNamedOnLine ? 0 : 3) + CONFIDENCE_RANK[l.ruleConfidence];
  const ranked = [...located].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept: LocatedFinding[] = [];
  for (const candidate of ranked) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start).map((l) => l.finding);
}
