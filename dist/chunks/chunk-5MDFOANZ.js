import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  globalAllowlistFilter,
  ruleAllowlistFilter
} from "./chunk-R5IAEZOC.js";
import {
  require_micromatch
} from "./chunk-GIB3MS5R.js";
import {
  fingerprintOf,
  hashSecret,
  redactSecret
} from "./chunk-QAR6WOLX.js";
import {
  checksumFailure
} from "./chunk-NDTIYJFU.js";
import {
  __toESM
} from "./chunk-WF6X2IZB.js";

// src/sources/glob-matcher.ts
var import_micromatch = __toESM(require_micromatch(), 1);
function globMatcher(globs) {
  if (globs.length === 0) return () => false;
  let matchers;
  return (path) => {
    matchers ??= globs.map((glob) => import_micromatch.default.matcher(glob, { dot: true }));
    return matchers.some((matches) => matches(path));
  };
}

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
    while (shared < keyword.length && shared < previous.length && keyword.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    count += keyword.length - shared;
    previous = keyword;
  }
  return count;
}

// src/detect/keyword-index.ts
var escapeRegex = (literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function buildKeywordIndex(rules, engine = "auto") {
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
  if (keywords.length === 0) return { findHits: () => /* @__PURE__ */ new Map() };
  if (engine === "auto" && keywords.every(trieCanMatch)) return trieIndex(keywords, rulesByKeyword);
  return regexIndex(keywords, rulesByKeyword);
}
function trieIndex(keywords, rulesByKeyword) {
  const trie = buildKeywordTrie(keywords);
  const rulesById = keywords.map((keyword) => rulesByKeyword.get(keyword) ?? []);
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
function regexIndex(keywords, rulesByKeyword) {
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
  const original = new Map([...rulesByKeyword].map(([keyword, rules], order) => [keyword, { order, rules: [...rules] }]));
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
  get lineCount() {
    return this.starts.length;
  }
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
    const regex = rule.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(slice); match !== null; match = regex.exec(slice)) {
      if (match[0].length === 0) regex.lastIndex++;
      const span = match.indices?.groups?.secret;
      const captured = match.groups?.secret;
      if (!span || captured === void 0) continue;
      const secret = captured.trimStart();
      if (secret.length === 0) continue;
      const start = from + span[0] + (captured.length - secret.length);
      if (seenStarts.has(start)) continue;
      seenStarts.add(start);
      candidates.push({ rule, secret, start, end: from + span[1] });
    }
  };
  for (const hit of hitOffsets) {
    const lineIndex = lines.lineIndexAt(hit);
    if (rule.multiline) {
      if (visitedLines.has(lineIndex)) continue;
      visitedLines.add(lineIndex);
      const from = lines.lineStart(lineIndex);
      search(from, Math.min(text.length, from + MULTILINE_WINDOW_CHARS));
      continue;
    }
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

// src/detect/decode.ts
var DEFAULT_DECODE_LIMITS = { maxValueChars: 64 * 1024, maxTotalChars: 256 * 1024, maxValues: 256 };
var BASE64_RUN = /(?:^|["'`=:\s>(,])(?=[A-Za-z_-]{0,64}[0-9+/])([A-Za-z0-9+/_-]{16,65536}={0,2})(?![A-Za-z0-9+/_=-])/g;
var HEX_RUN = /(?<![0-9A-Za-z])([0-9][0-9A-Fa-f]{31,65535})(?![0-9A-Za-z])/g;
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
  const escape = new RegExp(PERCENT_ESCAPE.source, "g");
  let coveredTo = -1;
  for (let match = escape.exec(text); match !== null; match = escape.exec(text)) {
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
function* regexRuns(pattern, text) {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const run = match[1];
    yield { index: match.index + match[0].length - run.length, run };
  }
}
var DECODERS = [
  ["base64", (text) => regexRuns(BASE64_RUN, text), decodeBase64],
  ["hex", (text) => regexRuns(HEX_RUN, text), decodeHex],
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
function pairFindings(findings, rulesById) {
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
    return { ...finding, pairedWith: { ruleId: best.ruleId, line: best.line, column: best.column, secret: best.secret } };
  });
  const dropped = [];
  const kept = paired.filter((finding, index) => {
    if (absorbed.has(findings[index])) return false;
    if (rulesById.get(finding.ruleId)?.standalone === false) {
      dropped.push({
        ruleId: finding.ruleId,
        file: finding.file,
        line: finding.line,
        filter: "pair",
        reason: "an id without its secret nearby is not a leak",
        secret: redactSecret(finding.secret)
      });
      return false;
    }
    return true;
  });
  return { findings: kept, dropped };
}

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
          const reason = filter.check({ candidate, fragment, lineText });
          if (reason !== void 0) {
            dropReason = { filter: filter.name, reason };
            break;
          }
        }
        if (dropReason) {
          dropped.push({ ruleId: rule.id, file: fragment.origin.path, line, secret: redactSecret(candidate.secret), ...dropReason });
          continue;
        }
        const identitySecret = rule.multiline ? candidate.secret.replace(/\s+/g, "") : candidate.secret;
        const endIndex = lines.lineIndexAt(Math.max(candidate.start, candidate.end - 1));
        located.push({
          start: candidate.start,
          end: candidate.end,
          vendorNamedOnLine: lineText.toLowerCase().includes(rule.vendor.toLowerCase().replace(/[^a-z0-9]/g, "")),
          finding: {
            ruleId: rule.id,
            title: rule.title,
            vendor: rule.vendor,
            severity: rule.severity,
            // The checksum filter has passed by now: a valid checksum is the strongest evidence there is.
            confidence: rule.checksum ? "high" : rule.confidence,
            file: fragment.origin.path,
            line,
            column: columnOf(fragment, lines, lineIndex, candidate.start),
            endLine: originLine(fragment, endIndex),
            endColumn: columnOf(fragment, lines, endIndex, candidate.end),
            secret: candidate.secret,
            fingerprint: fingerprintOf(rule.id, fragment.origin.path, identitySecret),
            secretHash: hashSecret(identitySecret),
            ...fragment.origin.commit ? { commit: fragment.origin.commit } : {},
            ...fragment.origin.part ? { part: fragment.origin.part } : {},
            ...fragment.decodedFrom ? { decodedFrom: fragment.decodedFrom } : {},
            ...rule.rotationGuide ? { rotationGuide: rule.rotationGuide } : {},
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
    rules,
    detect(fragment) {
      const detected = detectWithDecoding(fragment, fragment.decodedFrom ? 1 : 0);
      const { dropped } = detected;
      const located = fragment.overlap ? detected.located.filter((l) => l.end > fragment.overlap) : detected.located;
      const paired = pairFindings(keepStrongestOverlapping(located), rulesById);
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
  const prefix = fragment.text.slice(lines.lineStart(lineIndex), value.start);
  const suffix = fragment.text.slice(value.end, lines.lineEnd(lines.lineIndexAt(value.end)));
  const label = fragment.decodedFrom ? `${fragment.decodedFrom}>${value.encoding}` : value.encoding;
  return {
    fragment: { text: `${prefix}${value.decoded}${suffix}`, origin: fragment.origin, startLine: originLine(fragment, lineIndex), decodedFrom: label },
    decodedStart: prefix.length,
    decodedEnd: prefix.length + value.decoded.length
  };
}
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
function keepStrongestOverlapping(located) {
  if (located.length < 2) return located.map((l) => l.finding);
  const rank = (l) => l.finding.confidence === "low" ? 10 : (l.vendorNamedOnLine ? 0 : 3) + CONFIDENCE_RANK[l.finding.confidence];
  const ranked = [...located].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept = [];
  for (const candidate of ranked) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start).map((l) => l.finding);
}

// src/filters/entropy.ts
function shannonEntropy(value) {
  if (value.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  const length = [...value].length;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

// src/filters/placeholder.ts
var TEMPLATE_MARKERS = [
  [/\$\{[^}]{0,200}\}|\$\(|\{\{|\}\}|<%|%>/, "template reference"],
  [/^%[A-Za-z_][A-Za-z0-9_]{0,100}%$|^\$[A-Za-z_][A-Za-z0-9_]{0,100}$/, "environment variable reference"],
  [/process\.env|os\.environ|getenv|ENV\[/i, "environment lookup"],
  [/^<[^>]{1,200}>$|^\[[^\]]{1,200}\]$/, "bracketed placeholder"]
];
var MARKER_WORDS = /example|placeholder|your[-_ ]?(?:api|secret|access|own|key|token|password)|(?:api|secret|access)[-_]?key[-_]?here|token[-_]?here|redacted|changeme|change[-_]me|dummy|sample|\*\*\*\*|fake[-_]|insert[-_ ]|replace[-_ ]?(?:me|with)|lorem|ipsum/i;
var SEQUENTIAL_RUNS = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
var LONG_VALUE_CHARS = 100;
var FILLER = /xxxx|XXXX/;
function placeholderReason(value) {
  for (const [pattern, reason] of TEMPLATE_MARKERS) if (pattern.test(value)) return reason;
  if (value.length >= LONG_VALUE_CHARS) return mostlyFiller(value) ? "mostly filler characters" : void 0;
  const filler = FILLER.exec(value);
  if (filler) return `placeholder word '${filler[0]}'`;
  const marker = MARKER_WORDS.exec(value);
  if (marker) return `placeholder word '${marker[0]}'`;
  const run = longestRepeat(value);
  if (run >= 6 && run >= value.length / 4) return `a character repeated ${run} times`;
  for (const run2 of SEQUENTIAL_RUNS) {
    for (let i = 0; i + 8 <= run2.length; i++) {
      if (value.includes(run2.slice(i, i + 8))) return `sequential run '${run2.slice(i, i + 8)}'`;
    }
  }
  return void 0;
}
function longestRepeat(value) {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    current = i > 0 && ch === value.charCodeAt(i - 1) && ch > 32 ? current + 1 : 1;
    if (current > longest) longest = current;
  }
  return longest;
}
function mostlyFiller(value) {
  const compact = value.replace(/\s/g, "");
  let filler = 0;
  for (const run of compact.matchAll(/(.)\1{5,}/g)) filler += run[0].length;
  return filler * 2 > compact.length;
}

// src/filters/basic-filters.ts
var entropyFilter = {
  name: "entropy",
  check: ({ candidate }) => {
    const floor = candidate.rule.minEntropy;
    if (floor <= 0) return void 0;
    const entropy = shannonEntropy(candidate.secret);
    return entropy < floor ? `entropy ${entropy.toFixed(2)} < ${floor.toFixed(2)}` : void 0;
  }
};
var placeholderFilter = {
  name: "placeholder",
  check: ({ candidate }) => placeholderReason(candidate.secret)
};
var INLINE_ALLOW = /leakscan:allow|gitleaks:allow/;
var inlineIgnoreFilter = {
  name: "inline-ignore",
  check: ({ lineText }) => {
    const marker = INLINE_ALLOW.exec(lineText);
    return marker ? `inline '${marker[0]}' comment` : void 0;
  }
};
var checksumFilter = {
  name: "checksum",
  check: ({ candidate }) => checksumFailure(candidate.rule.checksum, candidate.secret)
};

// src/filters/fingerprint-line.ts
var FINGERPRINT_LINE = /^\s*[a-z0-9][a-z0-9-]*:\S.*:[0-9a-f]{16}\s*(?:#.*)?$/;
var fingerprintLineFilter = {
  name: "fingerprint-line",
  check: ({ candidate, lineText }) => candidate.rule.confidence === "low" && FINGERPRINT_LINE.test(lineText) ? "the line is a leakscan fingerprint (rule:path:hash), not an assignment" : void 0
};

// src/filters/known-non-secret.ts
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
var HASH_CONTEXT = /sha\d{0,3}|md5|hash|digest|checksum|integrity|commit|revision|\brev\b|etag|fingerprint|content[_-]?id|git/;
var INTEGRITY = /^(?:sha1|sha256|sha384|sha512|md5)-[A-Za-z0-9+/]{20,}={0,2}$/i;
var BASE64_MEDIA = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|PHN2Zy|PD94bWwg|UklGR|d09GRg|d09GMg)/;
var PUBLIC_KEY_VALUE = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-|sk-ssh-|AAAA[BC]3NzaC1|AAAAE2VjZHNh)|BEGIN (?:PUBLIC KEY|CERTIFICATE|RSA PUBLIC KEY|PGP PUBLIC)/;
var PUBLIC_NAME = /public|pub[_-]?key|certificate|\bcert\b|[_-]cert/;
var MEMBER_ACCESS = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+[;,)]*$/;
var CODE_CHARS = /[()]|^[$@&*!]?[A-Za-z_][\w]*\[|^(?:this|self|props|state|config|options|opts|args|params|settings|ctx|req|request|res|response|process|env|window|document)\b/;
var IDENTIFIER_ONLY = /^[A-Za-z_$][A-Za-z_$.-]*$/;
var CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var URL_OR_PATH = /^(?:[a-z][a-z0-9+.-]{1,20}:\/\/[^@\s]*|\.{0,2}\/[\w.~/-]*|[A-Za-z]:\\.*|[\w.-]+\/[\w./-]*\.[a-z]{1,5})$/;
var NAME_NOT_THE_SECRET = /(?:url|uri|endpoint|path|file|dir|name|type|field|label|length|len|size|count|format|prefix|suffix|pattern|regex|header|param|hint|placeholder|policy|provider|mode|version|expires?|expiry|expiration|ttl|timeout|index|class|style|selector|event|storage|limit|message|msg|error|description|title|key_id|_id|ids|tokeniz|tokens|_hash|hash|_sha|digest|_at)$/;
var TYPED_DUMMY = /abc123|123abc|xyz\d{3}|12345|qwerty|asdf|foobar|foo_bar|hunter2|p[a@]ssw[o0]rd/i;
function base64OfProse(value) {
  if (value.length < 12 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, "base64").toString("latin1");
  return /^[A-Za-z]+(?:[ ,.'!?-]{1,2}[A-Za-z]+){1,20}[.!]?$/.test(decoded) && decoded.includes(" ");
}
function characterClasses(value) {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
}
var MINIFIED_LINE_CHARS = 1e3;
var CHECKS = [
  (v) => UUID.test(v) ? "a UUID" : void 0,
  (v) => {
    const dummy = TYPED_DUMMY.exec(v);
    return dummy ? `a typed dummy value ('${dummy[0]}')` : void 0;
  },
  (v) => INTEGRITY.test(v) ? "an integrity hash (sha512-\u2026)" : void 0,
  (v, c) => HEX_DIGEST.test(v) && (HASH_CONTEXT.test(c.name) || HASH_CONTEXT.test(c.line)) ? "a hex digest in a hash context" : void 0,
  (v) => v.startsWith("data:") || BASE64_MEDIA.test(v) ? "a data URI or base64 media" : void 0,
  (v) => base64OfProse(v) ? "base64 of plain words" : void 0,
  (v, c) => PUBLIC_KEY_VALUE.test(v) || PUBLIC_NAME.test(c.name) ? "a public key or certificate" : void 0,
  // Digits in every dotted literal we know of (SendGrid `SG.…`, Mapbox `sk.…`); a JWT (`eyJ….eyJ….sig`) has the
  // shape of a member access, but its base64url JSON header says otherwise. Member names rarely have digits.
  (v) => MEMBER_ACCESS.test(v) && !/[0-9]/.test(v) && !v.startsWith("eyJ") || CODE_CHARS.test(v) ? "code, not a literal" : void 0,
  (v) => CONSTANT_NAME.test(v) ? "a constant name, not a literal" : void 0,
  (v) => URL_OR_PATH.test(v) ? "a URL or path" : void 0,
  (v) => IDENTIFIER_ONLY.test(v) ? "letters only: a word or identifier" : void 0,
  (v) => characterClasses(v) < 2 ? "a single character class" : void 0,
  (_, c) => c.secretHalf && NAME_NOT_THE_SECRET.test(c.name) ? `the name '${c.name}' describes something else than the secret` : void 0,
  (_, c) => c.line.length > MINIFIED_LINE_CHARS ? "a minified line" : void 0
];
function assignedName(lineText, value) {
  const at = lineText.indexOf(value);
  if (at <= 0) return "";
  const before = lineText.slice(Math.max(0, at - 120), at);
  const match = /([A-Za-z0-9_.-]{1,80})["'\]]?\s{0,4}(?::=|=>|=|:)\s{0,4}["'`]?$/.exec(before);
  return (match?.[1] ?? "").toLowerCase();
}
var SOURCE_CODE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|cs|php|rs|swift|c|cc|cpp|h|hpp|m|dart|lua|pl|ex|exs|groovy)$/i;
function unquotedInCode(value, lineText, path) {
  if (!SOURCE_CODE_FILE.test(path)) return false;
  const at = lineText.indexOf(value);
  return at >= 0 && !/["'`]/.test(lineText[at - 1] ?? "");
}
function knownNonSecretReason(value, lineText, secretHalf = true, path = "") {
  if (unquotedInCode(value, lineText, path)) return "an unquoted expression in source code";
  const context = { line: lineText.toLowerCase(), name: assignedName(lineText, value), secretHalf };
  for (const check of CHECKS) {
    const reason = check(value, context);
    if (reason !== void 0) return reason;
  }
  return void 0;
}
var knownNonSecretFilter = {
  name: "known-non-secret",
  check: ({ candidate, lineText, fragment }) => candidate.rule.confidence === "low" ? knownNonSecretReason(candidate.secret, lineText, candidate.rule.standalone, fragment.origin.path) : void 0
};

// src/filters/default-filters.ts
function defaultFilters(config) {
  return [checksumFilter, entropyFilter, placeholderFilter, knownNonSecretFilter, fingerprintLineFilter, ruleAllowlistFilter, globalAllowlistFilter(config.allowlist), inlineIgnoreFilter];
}

export {
  globMatcher,
  createDetector,
  defaultFilters
};
