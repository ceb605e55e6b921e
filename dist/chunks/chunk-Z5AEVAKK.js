import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  Secret,
  fingerprintOf,
  hashSecret,
  redactSecret
} from "./chunk-KT7CGH3D.js";
import {
  globMatcher
} from "./chunk-GIWBHFB6.js";
import {
  droppedFinding
} from "./chunk-4DAEQZQN.js";

// src/detect/keyword-trie.ts
var FOLD = new Uint8Array(65536);
for (let code = 1; code < 128; code++) FOLD[code] = code >= 65 && code <= 90 ? code + 32 : code;
var trieCanMatch = (keyword) => /^[\x01-\x7f]{3,}$/.test(keyword);
function buildKeywordTrie(keywords) {
  const symbolOf = new Uint8Array(128);
  let symbols = 1;
  for (const keyword of keywords) {
    for (let i = 0; i < keyword.length; i++) {
      const code = FOLD[keyword.charCodeAt(i)];
      if (symbolOf[code] === 0) symbolOf[code] = symbols++;
    }
  }
  const symbolBits = Math.max(1, Math.ceil(Math.log2(symbols)));
  const width = 1 << symbolBits;
  const keyMask = (1 << 3 * symbolBits) - 1;
  const symbolAt = new Uint8Array(65536);
  for (let code = 0; code < 128; code++) symbolAt[code] = symbolOf[FOLD[code]];
  const nodes = distinctPrefixCount(keywords) + 1;
  const next = new Int32Array(nodes * width);
  const terminals = new Int32Array(nodes).fill(-1);
  const trigrams = new Uint8Array((keyMask >> 3) + 1);
  let nodeCount = 1;
  keywords.forEach((keyword, id) => {
    let node = 0;
    let key = 0;
    for (let i = 0; i < keyword.length; i++) {
      const symbol = symbolOf[FOLD[keyword.charCodeAt(i)]];
      if (i < 3) key = key << symbolBits | symbol;
      const slot = node * width + symbol;
      if (next[slot] === 0) next[slot] = nodeCount++;
      node = next[slot];
    }
    if (terminals[node] < 0) terminals[node] = id;
    trigrams[key >> 3] = trigrams[key >> 3] | 1 << (key & 7);
  });
  const lowMask = width - 1;
  return {
    scan(text, onHit) {
      const length = text.length;
      if (length < 3) return;
      let key = symbolAt[text.charCodeAt(0)] << symbolBits | symbolAt[text.charCodeAt(1)];
      for (let start = 0; start + 2 < length; start++) {
        key = (key << symbolBits | symbolAt[text.charCodeAt(start + 2)]) & keyMask;
        if ((trigrams[key >> 3] >> (key & 7) & 1) === 0) continue;
        let node = next[key >> 2 * symbolBits];
        node = next[node * width + (key >> symbolBits & lowMask)];
        node = next[node * width + (key & lowMask)];
        let longest = -1;
        for (let i = start + 3; node !== 0; i++) {
          const id = terminals[node];
          if (id >= 0) longest = id;
          if (i >= length) break;
          const symbol = symbolAt[text.charCodeAt(i)];
          if (symbol === 0) break;
          node = next[node * width + symbol];
        }
        if (longest >= 0) onHit(longest, start);
      }
    }
  };
}
function distinctPrefixCount(keywords) {
  const sorted = [...keywords].sort();
  let count = 0;
  let previous = "";
  for (const keyword of sorted) {
    let shared = 0;
    while (shared < keyword.length && shared < previous.length && keyword.charCodeAt(shared) === previous.charCodeAt(shared))
      shared++;
    count += keyword.length - shared;
    previous = keyword;
  }
  return count;
}

// src/detect/keyword-index.ts
var escapeRegex = (literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var prebuiltTables = /* @__PURE__ */ new WeakMap();
function usePrebuiltKeywordTable(rules, table) {
  prebuiltTables.set(rules, table);
}
function keywordTable(rules) {
  const rulesByKeyword = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    for (const keyword of new Set(rule.keywords)) {
      const list = rulesByKeyword.get(keyword) ?? [];
      list.push(rule);
      rulesByKeyword.set(keyword, list);
    }
  }
  addRulesOfPrefixKeywords(rulesByKeyword);
  const keywords = [...rulesByKeyword.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(rules.map((rule, index) => [rule, index]));
  return {
    keywords,
    rulesOf: keywords.map((keyword) => (rulesByKeyword.get(keyword) ?? []).map((rule) => position.get(rule)))
  };
}
function buildKeywordIndex(rules, engine = "auto") {
  const { keywords, rulesOf } = prebuiltTables.get(rules) ?? keywordTable(rules);
  if (keywords.length === 0) return { findHits: () => /* @__PURE__ */ new Map() };
  const rulesById = rulesOf.map((indices) => indices.map((index) => rules[index]));
  if (engine === "auto" && keywords.every(trieCanMatch)) return trieIndex(keywords, rulesById);
  return regexIndex(keywords, rulesById);
}
function trieIndex(keywords, rulesById) {
  const trie = buildKeywordTrie(keywords);
  return {
    findHits(text) {
      const hits = /* @__PURE__ */ new Map();
      trie.scan(text, (id, start) => {
        for (const rule of rulesById[id]) {
          const offsets = hits.get(rule);
          if (offsets) offsets.push(start);
          else hits.set(rule, [start]);
        }
      });
      return hits;
    }
  };
}
function regexIndex(keywords, rulesById) {
  const rulesByKeyword = new Map(keywords.map((keyword, id) => [keyword, rulesById[id]]));
  const combined = new RegExp(keywords.map(escapeRegex).join("|"), "gi");
  return {
    findHits(text) {
      const hits = /* @__PURE__ */ new Map();
      combined.lastIndex = 0;
      for (let match = combined.exec(text); match !== null; match = combined.exec(text)) {
        const keyword = match[0].toLowerCase();
        for (const rule of rulesByKeyword.get(keyword) ?? []) {
          const offsets = hits.get(rule);
          if (offsets) offsets.push(match.index);
          else hits.set(rule, [match.index]);
        }
        combined.lastIndex = match.index + 1;
      }
      return hits;
    }
  };
}
function addRulesOfPrefixKeywords(rulesByKeyword) {
  const original = new Map(
    [...rulesByKeyword].map(([keyword, rules], order) => [keyword, { order, rules: [...rules] }])
  );
  for (const [keyword, rules] of rulesByKeyword) {
    const prefixes = [];
    for (let length = 1; length < keyword.length; length++) {
      const prefix = original.get(keyword.slice(0, length));
      if (prefix) prefixes.push(prefix);
    }
    prefixes.sort((a, b) => a.order - b.order);
    for (const prefix of prefixes) for (const rule of prefix.rules) if (!rules.includes(rule)) rules.push(rule);
  }
}

// src/detect/line-map.ts
var LineMap = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  /** 0-based index of the line holding `offset`. */
  lineIndexAt(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  lineStart(index) {
    return this.starts[index] ?? this.text.length;
  }
  /** End of the line's content, before `\r\n` or `\n`. */
  lineEnd(index) {
    const next = this.starts[index + 1];
    if (next === void 0) return this.text.length;
    return this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }
  lineText(index) {
    return this.text.slice(this.lineStart(index), this.lineEnd(index));
  }
};
function originLine(fragment, index) {
  return fragment.lineNumbers?.[index] ?? fragment.startLine + index;
}

// src/detect/match-rule.ts
var LONG_LINE_CHARS = 4096;
var WINDOW_CHARS = 1024;
var MULTILINE_WINDOW_CHARS = 16384;
function matchRule(rule, text, lines, hitOffsets) {
  const candidates = [];
  const seenStarts = /* @__PURE__ */ new Set();
  const visitedLines = /* @__PURE__ */ new Set();
  let windowFrom = -1;
  let windowTo = -1;
  const search = (from, to) => {
    const slice = text.slice(from, to);
    rule.pattern.forEachSecret(slice, (spanStart, spanEnd) => {
      const captured = slice.slice(spanStart, spanEnd);
      const secret = captured.trimStart();
      if (secret.length === 0) return;
      const start = from + spanStart + (captured.length - secret.length);
      if (seenStarts.has(start)) return;
      seenStarts.add(start);
      candidates.push({ rule, secret, start, end: from + spanEnd });
    });
  };
  if (rule.multiline) {
    for (const [from, to] of multilineRegions(text, lines, hitOffsets)) search(from, to);
    return candidates;
  }
  for (const hit of hitOffsets) {
    const lineIndex = lines.lineIndexAt(hit);
    const lineStart = lines.lineStart(lineIndex);
    const lineEnd = lines.lineEnd(lineIndex);
    if (lineEnd - lineStart <= LONG_LINE_CHARS) {
      if (visitedLines.has(lineIndex)) continue;
      visitedLines.add(lineIndex);
      search(lineStart, lineEnd);
      continue;
    }
    if (hit - 256 >= windowFrom && hit + 512 <= windowTo) continue;
    windowFrom = Math.max(lineStart, hit - WINDOW_CHARS);
    windowTo = Math.min(lineEnd, hit + WINDOW_CHARS);
    search(windowFrom, windowTo);
  }
  return candidates;
}
function multilineRegions(text, lines, hitOffsets) {
  const regions = [];
  for (const hit of hitOffsets) {
    const lineStart = lines.lineStart(lines.lineIndexAt(hit));
    const from = Math.max(lineStart, hit - WINDOW_CHARS);
    const to = Math.min(text.length, hit + MULTILINE_WINDOW_CHARS);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}

// src/detect/encoded-values.ts
var DEFAULT_DECODE_LIMITS = {
  maxValueChars: 64 * 1024,
  maxTotalChars: 256 * 1024,
  maxValues: 256
};
var PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/g;
var URL_TOKEN_CHAR = /[^\s"'`<>()[\]{},;]/;
function printableShare(text) {
  if (text.length === 0) return 0;
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code < 127 || code === 9 || code === 10 || code === 13) printable++;
  }
  return printable / text.length;
}
var looksLikeText = (text) => text.length >= 6 && printableShare(text) >= 0.95;
function decodeBase64(run) {
  const body = run.replace(/=+$/, "");
  if (body.length % 4 === 1) return void 0;
  if (body.length > 64 && !looksLikeText(Buffer.from(body.slice(0, 32), "base64").toString("latin1"))) return void 0;
  const text = Buffer.from(body, /[-_]/.test(body) ? "base64url" : "base64").toString("latin1");
  return looksLikeText(text) ? Buffer.from(text, "latin1").toString("utf8") : void 0;
}
function decodeHex(run) {
  if (run.length % 2 !== 0) return void 0;
  const text = Buffer.from(run, "hex").toString("latin1");
  return looksLikeText(text) ? text : void 0;
}
function decodePercent(run) {
  try {
    const text = decodeURIComponent(run.replace(/\+/g, " "));
    return text !== run && looksLikeText(text) ? text : void 0;
  } catch {
    return void 0;
  }
}
function* percentRuns(text) {
  if (!text.includes("%")) return;
  const escapes = new RegExp(PERCENT_ESCAPE.source, "g");
  let coveredTo = -1;
  for (let match = escapes.exec(text); match !== null; match = escapes.exec(text)) {
    if (match.index < coveredTo) continue;
    let start = match.index;
    while (start > 0 && match.index - start < 256 && isUrlTokenChar(text.charCodeAt(start - 1))) start--;
    let end = match.index;
    while (end < text.length && end - start < 4096 && isUrlTokenChar(text.charCodeAt(end))) end++;
    coveredTo = end;
    const run = text.slice(start, end);
    if ((run.match(PERCENT_ESCAPE) ?? []).length >= 2) yield { index: start, run };
  }
}
var urlTokenCache = new Uint8Array(65536);
function isUrlTokenChar(code) {
  let known = urlTokenCache[code];
  if (known === 0) {
    known = URL_TOKEN_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    urlTokenCache[code] = known;
  }
  return known === 1;
}
var BASE64_CHAR = 1;
var BASE64_SIGN = 2;
var VALUE_CONTEXT = 4;
var ALNUM = 8;
var DIGIT = 16;
var HEX_DIGIT = 32;
var CHAR_CLASS = new Uint8Array(65536);
{
  const markCode = (code, bits) => {
    CHAR_CLASS[code] = CHAR_CLASS[code] | bits;
  };
  const mark = (chars, bits) => {
    for (let i = 0; i < chars.length; i++) markCode(chars.charCodeAt(i), bits);
  };
  const lower = "abcdefghijklmnopqrstuvwxyz";
  const upper = lower.toUpperCase();
  mark(`${lower}${upper}0123456789+/_-`, BASE64_CHAR);
  mark("0123456789+/", BASE64_SIGN);
  mark(`${lower}${upper}0123456789`, ALNUM);
  mark("0123456789", DIGIT);
  mark("0123456789abcdefABCDEF", HEX_DIGIT);
  mark("\"'`=:>(, 	\n\v\f\r\xA0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF", VALUE_CONTEXT);
  for (let code = 8192; code <= 8202; code++) markCode(code, VALUE_CONTEXT);
}
var classAt = (text, index) => CHAR_CLASS[text.charCodeAt(index)];
var MAX_BASE64_RUN = 65536;
var MAX_HEX_RUN = 65536;
function longRuns(text, bits, width, onRun) {
  const length = text.length;
  let last = width - 1;
  while (last < length) {
    const first = last - width + 1;
    let i = last;
    while (i >= first && classAt(text, i) & bits) i--;
    if (i >= first) {
      last = i + width;
      continue;
    }
    let start = first;
    while (start > 0 && classAt(text, start - 1) & bits) start--;
    let end = last + 1;
    while (end < length && classAt(text, end) & bits) end++;
    onRun(start, end);
    last = end + width;
  }
}
function base64Runs(text) {
  const runs = [];
  longRuns(text, BASE64_CHAR, 16, (start, runEnd) => {
    if (runEnd - start > MAX_BASE64_RUN) return;
    if (start > 0 && (classAt(text, start - 1) & VALUE_CONTEXT) === 0) return;
    let signed = false;
    for (let i = start; i < start + 65 && i < runEnd && !signed; i++) signed = (classAt(text, i) & BASE64_SIGN) !== 0;
    if (!signed) return;
    let end = runEnd;
    while (end < text.length && end - runEnd < 3 && text.charCodeAt(end) === 61) end++;
    if (end - runEnd > 2 || end < text.length && classAt(text, end) & BASE64_CHAR) return;
    runs.push({ index: start, run: text.slice(start, end) });
  });
  return runs;
}
function hexRuns(text) {
  const runs = [];
  longRuns(text, HEX_DIGIT, 32, (start, end) => {
    if (end - start > MAX_HEX_RUN || (classAt(text, start) & DIGIT) === 0) return;
    if (start > 0 && classAt(text, start - 1) & ALNUM || end < text.length && classAt(text, end) & ALNUM) return;
    runs.push({ index: start, run: text.slice(start, end) });
  });
  return runs;
}
var DECODERS = [
  ["base64", base64Runs, decodeBase64],
  ["hex", hexRuns, decodeHex],
  ["percent", percentRuns, decodePercent]
];
function findEncodedValues(text, limits = DEFAULT_DECODE_LIMITS) {
  const values = [];
  let budget = limits.maxTotalChars;
  for (const [encoding, runs, decode] of DECODERS) {
    for (const { index, run } of runs(text)) {
      if (run.length > limits.maxValueChars) continue;
      const decoded = decode(run);
      if (decoded === void 0) continue;
      if (decoded.length > budget || values.length >= limits.maxValues) return sortByStart(values);
      budget -= decoded.length;
      values.push({ encoding, start: index, end: index + run.length, decoded });
    }
  }
  return sortByStart(values);
}
var sortByStart = (values) => values.sort((a, b) => a.start - b.start);

// src/detect/pair-findings.ts
function pairFindings(findings, rulesById, inlineAllowed = []) {
  const accepted = acceptedByPartner(findings, rulesById, inlineAllowed);
  findings = findings.filter((finding) => !accepted.has(finding));
  const absorbed = /* @__PURE__ */ new Set();
  const paired = findings.map((finding) => {
    const pair = rulesById.get(finding.ruleId)?.pair;
    if (!pair) return finding;
    let best;
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
      pairedWith: { ruleId: best.ruleId, line: best.line, column: best.column, secret: best.secret }
    };
  });
  const dropped = [...accepted.values()];
  const kept = paired.filter((finding, index) => {
    if (absorbed.has(findings[index])) return false;
    if (rulesById.get(finding.ruleId)?.standalone === false) {
      dropped.push(droppedFinding(finding, "pair", "an id without its secret nearby is not a leak"));
      return false;
    }
    return true;
  });
  return { findings: kept, dropped };
}
function acceptedByPartner(findings, rulesById, inlineAllowed) {
  const accepted = /* @__PURE__ */ new Map();
  if (inlineAllowed.length === 0) return accepted;
  for (const finding of findings) {
    for (const allowed of inlineAllowed) {
      const ownPair = rulesById.get(finding.ruleId)?.pair;
      const theirPair = rulesById.get(allowed.ruleId)?.pair;
      const within = ownPair?.ruleId === allowed.ruleId ? ownPair.withinLines : theirPair?.ruleId === finding.ruleId ? theirPair.withinLines : void 0;
      if (within === void 0 || allowed.file !== finding.file || Math.abs(allowed.line - finding.line) > within)
        continue;
      accepted.set(finding, {
        ruleId: finding.ruleId,
        file: finding.file,
        line: finding.line,
        filter: "inline-ignore",
        reason: `its pair half ${allowed.ruleId} at line ${allowed.line} carries an inline allow comment`,
        secret: finding.secret.redacted
      });
      break;
    }
  }
  return accepted;
}

// src/filters/inline-ignore.ts
var INLINE_ALLOW = /leakscan:allow|gitleaks:allow/;
var inlineIgnoreFilter = {
  name: "inline-ignore",
  check: ({ lineText }) => {
    const marker = INLINE_ALLOW.exec(lineText);
    return marker ? `inline '${marker[0]}' comment` : void 0;
  }
};

// src/detect/test-path.ts
var TEST_DIR = /(?:^|\/)(?:[Tt]ests?|[Ss]pecs?|__tests__|__mocks__|[Tt]est-?[Dd]ata|[Ff]ixtures?|__fixtures__|testing|[a-z]+Tests?|tests?(?:Fixtures|Support|Resources)|[a-z]+-tests?|tests?-[a-z]+)\//;
var TEST_FILE = /(?:^|\/)(?:[^/]*[_.-](?:test|tests|spec)|test[_-][^/]*|[^/]*[a-z0-9](?:Tests?|Spec|IT))\.[A-Za-z0-9]{1,8}$/;
function isTestPath(path) {
  const normalized = path.replace(/\\/g, "/");
  return TEST_DIR.test(normalized) || TEST_FILE.test(normalized);
}
var ONE_LEVEL_DOWN = {
  high: "medium",
  medium: "low",
  low: "lowest"
};
function confidenceAt(rule, path) {
  if (rule.checksum) return "high";
  if (!isTestPath(path)) return rule.confidence;
  return rule.tags.some((tag) => SELF_MADE_TAGS.has(tag)) ? "lowest" : ONE_LEVEL_DOWN[rule.confidence];
}
var SELF_MADE_TAGS = /* @__PURE__ */ new Set(["generic", "private-key"]);

// src/detect/detector.ts
function createDetector(rules, filters) {
  const index = buildKeywordIndex(rules);
  const pathMatchers = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    if (rule.allowlist.paths.length > 0) pathMatchers.set(rule, globMatcher(rule.allowlist.paths));
  }
  const ruleSkipsPath = (rule, path) => pathMatchers.get(rule)?.(path) ?? false;
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const detectLocated = (fragment) => {
    const located = [];
    const dropped = [];
    const hits = index.findHits(fragment.text);
    if (hits.size === 0) return { located, dropped };
    const lines = new LineMap(fragment.text);
    for (const [rule, offsets] of hits) {
      if (ruleSkipsPath(rule, fragment.origin.path)) continue;
      for (const candidate of matchRule(rule, fragment.text, lines, offsets)) {
        const lineIndex = lines.lineIndexAt(candidate.start);
        const lineText = lines.lineText(lineIndex);
        const line = originLine(fragment, lineIndex);
        let dropReason;
        for (const filter of filters) {
          const reason = filter.check({
            candidate,
            fragment,
            lineText,
            column: candidate.start - lines.lineStart(lineIndex)
          });
          if (reason !== void 0) {
            dropReason = { filter: filter.name, reason };
            break;
          }
        }
        if (dropReason) {
          const drop = {
            ruleId: rule.id,
            file: fragment.origin.path,
            line,
            secret: redactSecret(candidate.secret),
            ...dropReason
          };
          if (fragment.origin.commit) drop.commit = fragment.origin.commit.sha;
          dropped.push(drop);
          continue;
        }
        const identitySecret = rule.multiline ? candidate.secret.replace(/\s+/g, "") : candidate.secret;
        const endIndex = lines.lineIndexAt(Math.max(candidate.start, candidate.end - 1));
        located.push({
          start: candidate.start,
          end: candidate.end,
          vendorNamedOnLine: lineText.toLowerCase().includes(rule.vendor.toLowerCase().replace(/[^a-z0-9]/g, "")),
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
            ...rule.references.length > 0 ? { references: rule.references } : {},
            tags: rule.tags
          }
        });
      }
    }
    return { located, dropped };
  };
  const detectWithDecoding = (fragment, depth) => {
    const own = detectLocated(fragment);
    if (depth >= MAX_DECODE_DEPTH) return own;
    const encoded = findEncodedValues(fragment.text);
    if (encoded.length === 0) return own;
    const lines = new LineMap(fragment.text);
    const decodedLocated = [];
    for (const value of encoded) {
      const derived = decodedFragment(fragment, lines, value);
      const inner = detectWithDecoding(derived.fragment, depth + 1);
      own.dropped.push(...inner.dropped);
      for (const found of inner.located) {
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
            endColumn: columnOf(fragment, lines, endIndex, value.end)
          }
        });
      }
    }
    return { located: [...decodedLocated, ...own.located], dropped: own.dropped };
  };
  return {
    detect(fragment) {
      const detected = detectWithDecoding(fragment, fragment.decodedFrom ? 1 : 0);
      const { dropped } = detected;
      const located = fragment.overlap ? detected.located.filter((l) => l.end > fragment.overlap) : detected.located;
      const inlineAllowed = dropped.filter((d) => d.filter === inlineIgnoreFilter.name);
      const paired = pairFindings(keepStrongestOverlapping(located), rulesById, inlineAllowed);
      return { findings: paired.findings, dropped: uniqueDropped([...dropped, ...paired.dropped]) };
    }
  };
}
function columnOf(fragment, lines, lineIndex, offset) {
  return offset - lines.lineStart(lineIndex) + 1 + (lineIndex === 0 && fragment.firstColumn ? fragment.firstColumn - 1 : 0);
}
function uniqueDropped(dropped) {
  const seen = /* @__PURE__ */ new Set();
  return dropped.filter((d) => {
    const key = `${d.ruleId}\0${d.line}\0${d.secret}\0${d.filter}\0${d.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var MAX_DECODE_DEPTH = 2;
function decodedFragment(fragment, lines, value) {
  const lineIndex = lines.lineIndexAt(value.start);
  const prefix = fragment.text.slice(Math.max(lines.lineStart(lineIndex), value.start - WINDOW_CHARS), value.start);
  const suffix = fragment.text.slice(
    value.end,
    Math.min(lines.lineEnd(lines.lineIndexAt(value.end)), value.end + WINDOW_CHARS)
  );
  const label = fragment.decodedFrom ? `${fragment.decodedFrom}>${value.encoding}` : value.encoding;
  return {
    fragment: {
      text: `${prefix}${value.decoded}${suffix}`,
      origin: fragment.origin,
      startLine: originLine(fragment, lineIndex),
      decodedFrom: label
    },
    decodedStart: prefix.length,
    decodedEnd: prefix.length + value.decoded.length
  };
}
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
function keepStrongestOverlapping(located) {
  if (located.length < 2) return located.map((l) => l.finding);
  const rank = (l) => l.ruleConfidence === "low" ? 10 : (l.vendorNamedOnLine ? 0 : 3) + CONFIDENCE_RANK[l.ruleConfidence];
  const ranked = [...located].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept = [];
  for (const candidate of ranked) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start).map((l) => l.finding);
}

export {
  usePrebuiltKeywordTable,
  inlineIgnoreFilter,
  createDetector
};
