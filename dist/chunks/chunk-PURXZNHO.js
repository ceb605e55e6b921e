import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  globalAllowlistFilter,
  ruleAllowlistFilter
} from "./chunk-XIW44XYJ.js";
import {
  checksumFailure
} from "./chunk-NDTIYJFU.js";

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
  defaultFilters
};
