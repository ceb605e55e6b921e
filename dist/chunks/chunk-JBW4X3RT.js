import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  inlineIgnoreFilter
} from "./chunk-Z5AEVAKK.js";
import {
  globalAllowlistFilter,
  ruleAllowlistFilter
} from "./chunk-6VP5PA7T.js";
import {
  checksumFailure
} from "./chunk-QUAOKGHR.js";

// src/filters/checksum.ts
var checksumFilter = {
  name: "checksum",
  check: ({ candidate }) => checksumFailure(candidate.rule.checksum, candidate.secret)
};

// src/filters/placeholder.ts
var BRACKETED = /^<[^>]{1,200}>$|^\[[^\]]{1,200}\]$|^&lt;.{1,200}&gt;$/;
var ELIDED = /\.{3}|…/;
var MARKER_WORDS = /example|placeholder|invalid|your[-_ ]?(?:api|secret|access|own|key|token|password)|(?:api|secret|access)[-_]?key[-_]?here|token[-_]?here|redacted|changeme|change[-_]me|dummy|sample|\*\*\*\*|fake[-_]|insert[-_ ]|replace[-_ ]?(?:me|with)|lorem|ipsum/i;
var SEQUENTIAL_RUNS = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
var LONG_VALUE_CHARS = 100;
var FILLER = /xxxx|XXXX/;
function placeholderReason(value) {
  if (BRACKETED.test(value)) return "bracketed placeholder";
  if (value.length >= LONG_VALUE_CHARS) return mostlyFiller(value) ? "mostly filler characters" : void 0;
  if (ELIDED.test(value)) return "an elided value (\u2026)";
  const filler = FILLER.exec(value);
  if (filler) return `placeholder word '${filler[0]}'`;
  if (value.startsWith("fake")) return "placeholder word 'fake'";
  const marker = MARKER_WORDS.exec(value);
  if (marker) return `placeholder word '${marker[0]}'`;
  const run = longestRepeat(value);
  if (run >= 6 && run >= value.length / 4) return `a character repeated ${run} times`;
  if (typedSequence(value)) return "typed in sequence (abcdef1234, a1b2c3d4\u2026)";
  for (const run2 of SEQUENTIAL_RUNS) {
    for (let i = 0; i + 8 <= run2.length; i++) {
      if (value.includes(run2.slice(i, i + 8))) return `sequential run '${run2.slice(i, i + 8)}'`;
    }
  }
  return void 0;
}
function typedSequence(value) {
  if (value.length < 8 || value.length > 16) return false;
  const next = (a, b) => b === a + 1 && /^[0-9a-z]{2}$/.test(String.fromCharCode(a, b));
  const lower = value.toLowerCase();
  let following = 0;
  for (let i = 1; i < lower.length; i++) {
    const ch = lower.charCodeAt(i);
    if (next(lower.charCodeAt(i - 1), ch) || i >= 2 && next(lower.charCodeAt(i - 2), ch)) following++;
  }
  return following >= 0.6 * (lower.length - 1);
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
var placeholderFilter = {
  name: "placeholder",
  check: ({ candidate }) => placeholderReason(candidate.secret)
};

// src/filters/filter.ts
function firstMatchingReason(patterns, value) {
  for (const [pattern, reason] of patterns) if (pattern.test(value)) return reason;
  return void 0;
}

// src/filters/template-reference.ts
var REFERENCES = [
  // Shell, Compose, Terraform, Spring: ${VAR}, ${VAR:-default}, ${VAR:?message}, ${env.X}.
  [/\$\{/, "a ${\u2026} reference"],
  // Make, Azure Pipelines, shell command substitution: $(VAR).
  [/\$\(/, "a $(\u2026) reference"],
  // Helm, Go templates, Jinja, Mustache, Handlebars, GitHub Actions: {{ .Values.x }}, ${{ secrets.X }}.
  [/\{\{|\}\}/, "a {{\u2026}} template"],
  // ERB, EJS, JSP, ASP: <%= ENV['X'] %>.
  [/<%|%>/, "a <%\u2026%> template"],
  // Octopus Deploy and token-replacement tasks: #{DB_PASSWORD}.
  [/#\{[A-Z_][A-Z0-9_.:-]{0,100}\}/, "a #{VAR} variable"],
  // Python %-formatting and configparser interpolation: %(password)s.
  [/%\([A-Za-z_][\w.-]{0,100}\)[sdr]/, "a %(name)s substitution"],
  // Windows %VAR%, shell $VAR, Gradle/Ant @VAR@: the whole value is the variable.
  [/^%[A-Za-z_][\w]{0,100}%$|^\$[A-Za-z_][\w]{0,100}$|^@[A-Za-z_][\w.]{0,100}@$/, "an environment variable reference"],
  [
    /process\.env|os\.environ|getenv|ENV\[|System\.getProperty|Environment\.GetEnvironmentVariable/i,
    "an environment lookup"
  ]
];
function templateReferenceReason(value) {
  return firstMatchingReason(REFERENCES, value);
}
var templateReferenceFilter = {
  name: "template-reference",
  check: ({ candidate }) => templateReferenceReason(candidate.secret)
};

// src/filters/decoded-placeholder.ts
var BASE64 = /^[A-Za-z0-9+/_-]{8,}={0,2}$/;
var JWT = /^eyJ[A-Za-z0-9_-]{4,}\.(eyJ[A-Za-z0-9_-]{4,})\.[A-Za-z0-9_-]{0,}$/;
function decodedText(value) {
  const jwt = JWT.exec(value);
  const body = jwt ? jwt[1] : BASE64.test(value) ? value : void 0;
  if (body === void 0 || body.replace(/=+$/, "").length % 4 === 1) return void 0;
  const text = Buffer.from(body, /[-_]/.test(body) ? "base64url" : "base64").toString("latin1");
  return /^[\x20-\x7e\t\r\n]{4,}$/.test(text) ? text : void 0;
}
function decodedPlaceholderReason(value) {
  const text = decodedText(value);
  if (text === void 0) return void 0;
  const reason = templateReferenceReason(text) ?? placeholderReason(text);
  return reason ? `decodes to a placeholder: ${reason}` : void 0;
}
var decodedPlaceholderFilter = {
  name: "decoded-placeholder",
  check: ({ candidate }) => decodedPlaceholderReason(candidate.secret)
};

// src/filters/dummy-credential.ts
var DUMMY_PREFIX = "(?:my|bad|test|dummy|fake|foo|some|your|db|cache|demo|sample|default|local|dev|app|example|user)?[-_]?";
var DUMMY_PASSWORD = new RegExp(
  `^${DUMMY_PREFIX}(?:pass|passwd|password|passw0rd|pwd|pw|secret|pass[-_]?word)[-_]?\\d{0,4}$`,
  "i"
);
var DUMMY_WORDS = /^(?:foo|bar|baz|qux|quux|test|demo|pass|secret|user|admin|root|guest|asdf|qwer|qwerty|abc|xyz|opensesame|open|sesame)+$/;
var TYPED_DUMMY = /abc123|123abc|xyz\d{3}|12345|qwerty|asdf|foobar|foo_bar|hunter2|p[a@]ssw[o0]rd|a1b2c3|1a2b3c/i;
function typedDummyReason(value) {
  const dummy = TYPED_DUMMY.exec(value);
  return dummy ? `a typed dummy value ('${dummy[0]}')` : void 0;
}
var ENCODER_PREFIXED_WORD = /^\{[a-z0-9-]{1,20}\}[A-Za-z]{1,30}\d{0,3}$/;
var URL_USER_BEFORE = /:\/\/([^:/@\s]{1,64}):$/;
var BASE642 = /^[A-Za-z0-9+/]{8,}={0,2}$/;
function dummyCredentialReason(user, password) {
  const bare = password.toLowerCase();
  if (bare === user.toLowerCase() || bare.replace(/\d{1,4}$/, "") === user.toLowerCase())
    return "a dummy credential (the password is the user name)";
  if (DUMMY_PASSWORD.test(password)) return 'a dummy credential (a password made of the word "pass")';
  if (DUMMY_WORDS.test(
    percentDecoded(password).toLowerCase().replace(/[^a-z]/g, "")
  ))
    return "a dummy credential (placeholder words)";
  return typedDummyReason(password) ? "a dummy credential (typed by hand: abc123, asdf, qwerty\u2026)" : void 0;
}
function percentDecoded(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
function basicAuthPair(value) {
  if (!BASE642.test(value)) return void 0;
  const decoded = Buffer.from(value, "base64").toString("latin1");
  const match = /^([\x21-\x39\x3b-\x7e]{1,64}):([\x20-\x7e]{1,128})$/.exec(decoded);
  return match ? [match[1], match[2]] : void 0;
}
var dummyCredentialFilter = {
  name: "dummy-credential",
  check: ({ candidate, lineText, column }) => {
    const value = candidate.secret;
    if (ENCODER_PREFIXED_WORD.test(value)) return "a plain word behind a password-encoder prefix ({noop}\u2026)";
    const userInUrl = URL_USER_BEFORE.exec(lineText.slice(Math.max(0, column - 80), column));
    if (userInUrl && lineText[column + value.length] === "@")
      return dummyCredentialReason(userInUrl[1], value);
    const basic = /basic/i.test(lineText.slice(Math.max(0, column - 24), column)) ? basicAuthPair(value) : void 0;
    return basic ? dummyCredentialReason(basic[0], basic[1]) : void 0;
  }
};

// src/filters/encoded-media.ts
var BASE64_MEDIA = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|PHN2Zy|PD94bWwg|UklGR|d09GRg|d09GMg|AAEAAAA|T1RUTw|AAABAA|JVBERi0)/;
var DATA_URI_HEAD = /data:[\w.+-]{1,100}\/[\w.+-]{1,100}(?:;[\w.+-]{1,100}=[\w.+-]{1,100}){0,4};base64,$/;
function base64RunStart(lineText, column) {
  let start = column;
  while (start > 0 && isBase64Char(lineText.charCodeAt(start - 1))) start--;
  return start;
}
var isBase64Char = (code) => code >= 65 && code <= 90 || code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 43 || code === 47;
function insideMedia(lineText, column) {
  const runStart = base64RunStart(lineText, column);
  if (BASE64_MEDIA.test(lineText.slice(runStart, runStart + 12))) return true;
  if (!lineText.startsWith(";base64,", runStart - ";base64,".length)) return false;
  return DATA_URI_HEAD.test(lineText.slice(Math.max(0, runStart - 220), runStart));
}
function encodedMediaReason(value, lineText, column) {
  if (value.startsWith("data:")) return "a data URI";
  if (BASE64_MEDIA.test(value)) return "base64 of an image or font";
  if (insideMedia(lineText, column)) return "inside a base64 image or font";
  return void 0;
}
var encodedMediaFilter = {
  name: "encoded-media",
  check: ({ candidate, lineText, column }) => encodedMediaReason(candidate.secret, lineText, column)
};

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
var entropyFilter = {
  name: "entropy",
  check: ({ candidate }) => {
    const floor = candidate.rule.minEntropy;
    if (floor <= 0) return void 0;
    const entropy = shannonEntropy(candidate.secret);
    return entropy < floor ? `entropy ${entropy.toFixed(2)} < ${floor.toFixed(2)}` : void 0;
  }
};

// src/filters/fingerprint-line.ts
var FINGERPRINT_LINE = /^\s*[a-z0-9][a-z0-9-]*:\S.*:[0-9a-f]{16}\s*(?:#.*)?$/;
var FINGERPRINT_IN_TEXT = /(?<![\w-])[a-z0-9][a-z0-9-]{0,80}:[^\s`'"]{1,400}:[0-9a-f]{16}(?![0-9a-f])/g;
function withinFingerprint(secret, lineText) {
  for (const match of lineText.matchAll(FINGERPRINT_IN_TEXT)) if (match[0].includes(secret)) return true;
  return false;
}
var fingerprintLineFilter = {
  name: "fingerprint-line",
  check: ({ candidate, lineText }) => {
    if (candidate.rule.confidence !== "low") return void 0;
    if (FINGERPRINT_LINE.test(lineText)) {
      return "the line is a leakscan fingerprint (rule:path:hash), not an assignment";
    }
    if (withinFingerprint(candidate.secret, lineText)) {
      return "the value is part of a leakscan fingerprint (rule:path:hash) quoted in text";
    }
    return void 0;
  }
};

// src/filters/identifier.ts
var IDENTIFIERS = [
  [/^:[A-Za-z_][\w]{0,100}[?!]?$/, "a Ruby symbol"],
  [/^:{0,2}[A-Z][\w]{0,100}(?:::[A-Z][\w]{0,100}){1,10}$/, "a class or constant path"],
  [/^[a-z_][\w]{0,100}(?:\/[a-z_][\w]{0,100}){0,10}#[a-z_][\w]{0,100}[?!]?$/, "a route (controller#action)"],
  [/^[a-z_][a-z0-9_-]{0,100}(?:\.(?:[a-z_][a-z0-9_-]{0,100}|%[sd])){2,10}$/, "a dotted key (i18n or settings path)"],
  // `org.acme.auth.TokenService`, JVM internal names `io/ktor/server/auth/AuthenticationFailedCause$NoCredentials`.
  [/^(?:[a-z_][\w]{0,100}[./]){1,15}[A-Z][\w]{0,100}(?:[.$][A-Z][\w]{0,100}){0,5}$/, "a qualified class name"],
  // Django migration names, enum members, snake_case settings: `0003_tokenproxy`, `session_token_store`.
  [/^(?=[a-z0-9_]*[a-z]{3})(?:[a-z]+|[0-9]+)(?:_(?:[a-z]+|[0-9]+)){1,20}$/, "a snake_case name"],
  // Laravel and Rails validation lists, scopes: `required|confirmed`, `read:user,repo`.
  [/^[a-z_.]{2,40}(?:[|,:][a-z0-9_.]{1,40}){1,20}$/, "a list of words (rules or scopes)"]
];
var RANDOM_RUN = /[A-Za-z0-9]{16,}/g;
function hasRandomRun(value) {
  for (const run of value.match(RANDOM_RUN) ?? [])
    if (/[A-Za-z]/.test(run) && (run.match(/[0-9]+/g)?.length ?? 0) >= 3) return true;
  return false;
}
function identifierReason(value) {
  const bare = value.replace(/[,;)]{1,3}$/, "");
  if (hasRandomRun(bare)) return void 0;
  return firstMatchingReason(IDENTIFIERS, bare);
}
var KEBAB_CASE_NAME = /^[a-z]{2,24}(?:-[a-z]{2,24}){2,12}$/;
var identifierFilter = {
  name: "identifier",
  check: ({ candidate }) => {
    if (candidate.rule.confidence === "low") return identifierReason(candidate.secret);
    return KEBAB_CASE_NAME.test(candidate.secret) ? "a kebab-case name (words joined by hyphens)" : void 0;
  }
};

// src/filters/interpolation.ts
var HASH_BRACE = /#\{[^}]{1,200}\}/;
var SWIFT = /\\\([^)]{1,200}\)/;
var DOLLAR_NAME = /\$[a-z_][\w]{0,100}/;
var BRACE_EXPR = /\{[A-Za-z_][\w.[\]()'"]{0,200}\}/;
var WHOLE_HOLE = /^\{[A-Za-z_][\w.]{0,100}\}$/;
var INTERPOLATING_QUOTE = /(?:^|[^A-Za-z0-9_])(?:[fF][rR]?|[rR][fF]|\$@?|@\$)["']$/;
var DOUBLE_QUOTED_LANGUAGES = /\.(?:kt|kts|groovy|gradle|dart|php|pl|pm)$/i;
function interpolationReason(value, lineText, column, path) {
  if (HASH_BRACE.test(value)) return "string interpolation #{\u2026}";
  if (SWIFT.test(value)) return "string interpolation \\(\u2026)";
  if (WHOLE_HOLE.test(value)) return "a {name} hole of a format or interpolated string";
  const opening = lineText.slice(Math.max(0, column - 4), column);
  if (BRACE_EXPR.test(value) && INTERPOLATING_QUOTE.test(opening)) return "an interpolated string ({\u2026})";
  if (DOLLAR_NAME.test(value) && opening.endsWith('"') && DOUBLE_QUOTED_LANGUAGES.test(path))
    return "string interpolation ($name)";
  return void 0;
}
var interpolationFilter = {
  name: "interpolation",
  check: ({ candidate, lineText, column, fragment }) => interpolationReason(candidate.secret, lineText, column, fragment.origin.path)
};

// src/filters/known-non-secret.ts
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
var HASH_CONTEXT = /sha\d{0,3}|md5|hash|digest|checksum|integrity|commit|revision|\brev\b|etag|fingerprint|content[_-]?id|git/;
var INTEGRITY = /^(?:sha1|sha256|sha384|sha512|md5)-[A-Za-z0-9+/]{20,}={0,2}$/i;
var PUBLIC_KEY_VALUE = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-|sk-ssh-|AAAA[BC]3NzaC1|AAAAE2VjZHNh)|BEGIN (?:PUBLIC KEY|CERTIFICATE|RSA PUBLIC KEY|PGP PUBLIC)/;
var PUBLIC_NAME = /public|pub[_-]?key|certificate|\bcert\b|[_-]cert/;
var MEMBER_ACCESS = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+[;,)]*$/;
var CODE_CHARS = /[()]|^[$@&*!]?[A-Za-z_][\w]*\[|^(?:this|self|props|state|config|options|opts|args|params|settings|ctx|req|request|res|response|process|env|window|document)\b/;
var IDENTIFIER_ONLY = /^[A-Za-z_$][A-Za-z_$.-]*$/;
var CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var VERSIONED_ARTIFACT = /^[a-z]{2,}\d{0,3}(?:[-_.][a-z]{2,}\d{0,3})*[-@]v?\d{1,4}\.\d{1,4}(?:\.\d{1,4})?(?:[-.+][\w.]{1,20})?$/;
var CAMEL_CASE_WORDS = /(?:[A-Z][a-z]{3,}){5}/;
var URL_OR_PATH = /^(?:[a-z][a-z0-9+.-]{1,20}:\/\/[^@\s]*|(?:classpath\*?|file|jar|resource):[\w.~/-]+|\.{0,2}\/[\w.~/@-]*|[A-Za-z]:\\.*|[\w.-]+\/[\w./-]*\.[a-z]{1,5})$/;
var NAME_NOT_THE_SECRET = /(?:url|uri|endpoint|path|file|dir|name|type|field|label|length|len|size|count|format|prefix|suffix|pattern|regex|header|param|hint|placeholder|policy|provider|mode|version|expires?|expiry|expiration|ttl|timeout|index|class|style|selector|event|storage|limit|message|msg|error|description|title|key_id|_id|ids|tokeniz|tokens|_hash|hash|_sha|digest|_at)$/;
var mashed = (value) => value.length >= 16 && /^[a-z0-9]+$/.test(value) && (value.match(/[asdfghjkl]/g)?.length ?? 0) >= value.length * 0.65;
var MAVEN_ENCRYPTED = /^\{[A-Za-z0-9+/]{16,}={0,2}\}$/;
var PASSWORD_HASH = /^(?:\$(?:argon2(?:id|i|d)|2[abxy]?|1|5|6|y|gy|7|pbkdf2(?:-sha\d+)?|scrypt)\$|(?:pbkdf2_sha\d+|bcrypt(?:_sha256)?|argon2|scrypt)\$|\{(?:SSHA|SHA|SSHA256|SSHA512|bcrypt|pbkdf2)[^}]{0,20}\})/;
var NAME_SAYS_NOT_REAL = /(?:^|[-_.])(?:non[-_]?matching|not[-_]?(?:a[-_]?)?(?:real|valid|matching)|invalid|fake|dummy|bogus|wrong)/;
var CSRF_NAME = /csrf|xsrf|authenticity_token|requestverificationtoken|^_token$/;
var LEET = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s"
};
var SELF_NAMING_WORD = /secret|passw(?:or)?d|token|apikey|credential/;
function spellsItsKind(value) {
  if (value.length > 40) return void 0;
  const plain = value.toLowerCase().replace(/[013457@$]/g, (c) => LEET[c] ?? c).replace(/[^a-z]/g, "");
  return SELF_NAMING_WORD.exec(plain)?.[0];
}
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
  (v) => typedDummyReason(v),
  (v) => mashed(v) ? "keyboard mashing (home-row letters)" : void 0,
  (v) => INTEGRITY.test(v) ? "an integrity hash (sha512-\u2026)" : void 0,
  (v) => PASSWORD_HASH.test(v) ? "a password hash" : void 0,
  (v) => MAVEN_ENCRYPTED.test(v) ? "an encrypted value ({\u2026}, Maven settings-security)" : void 0,
  (v, c) => HEX_DIGEST.test(v) && (HASH_CONTEXT.test(c.name) || HASH_CONTEXT.test(c.line)) ? "a hex digest in a hash context" : void 0,
  (v) => base64OfProse(v) ? "base64 of plain words" : void 0,
  (_, c) => CSRF_NAME.test(c.name) ? "an anti-forgery (CSRF) token, made per form or session" : void 0,
  (_, c) => NAME_SAYS_NOT_REAL.test(c.name) ? `the name '${c.name}' says it is not a real credential` : void 0,
  (v, c) => PUBLIC_KEY_VALUE.test(v) || PUBLIC_NAME.test(c.name) ? "a public key or certificate" : void 0,
  // Digits in every dotted literal we know of (SendGrid `SG.…`, Mapbox `sk.…`); a JWT (`eyJ….eyJ….sig`) has the
  // shape of a member access, but its base64url JSON header says otherwise. Member names rarely have digits.
  (v) => MEMBER_ACCESS.test(v) && !/[0-9]/.test(v) && !v.startsWith("eyJ") || CODE_CHARS.test(v) ? "code, not a literal" : void 0,
  (v) => CONSTANT_NAME.test(v) ? "a constant name, not a literal" : void 0,
  (v) => URL_OR_PATH.test(v) ? "a URL or path" : void 0,
  (v) => VERSIONED_ARTIFACT.test(v) ? "a package name and version" : void 0,
  (v) => CAMEL_CASE_WORDS.test(v) ? "CamelCase words: a type or enum name" : void 0,
  (v) => IDENTIFIER_ONLY.test(v) ? "letters only: a word or identifier" : void 0,
  (v) => characterClasses(v) < 2 ? "a single character class" : void 0,
  (_, c) => c.secretHalf && NAME_NOT_THE_SECRET.test(c.name) ? `the name '${c.name}' describes something else than the secret` : void 0,
  (_, c) => c.line.length > MINIFIED_LINE_CHARS ? "a minified line" : void 0,
  (v) => {
    const word = spellsItsKind(v);
    return word ? `the value spells '${word}': a stand-in, not a key` : void 0;
  }
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
  if (at < 0 || /["'`]/.test(lineText[at - 1] ?? "")) return false;
  const before = lineText.slice(0, at);
  return !['"', "'", "`"].some((quote) => before.split(quote).length % 2 === 0);
}
function inUrlPath(value, lineText) {
  const at = lineText.indexOf(value);
  if (at < 0) return false;
  const token = /[^\s"'`<>(]*$/.exec(lineText.slice(Math.max(0, at - 300), at))?.[0] ?? "";
  const scheme = token.indexOf("://");
  return scheme >= 0 && /\/[^?&#;/]*$/.test(token.slice(scheme + 3));
}
function knownNonSecretReason(value, lineText, secretHalf = true, path = "") {
  if (unquotedInCode(value, lineText, path)) return "an unquoted expression in source code";
  if (inUrlPath(value, lineText)) return "part of a URL path";
  if (/\\[nrt]/.test(value)) return "text spanning an escaped line break (\\n)";
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

// src/filters/secret-manager-reference.ts
var MANAGER_REFERENCES = [
  [/^vault:[\w./-]{1,200}(?:#[\w.-]{1,100})?$/, "a HashiCorp Vault reference (vault:path#key)"],
  [/^op:\/\/[^\s/]{1,100}\/[^\s/]{1,200}/, "a 1Password secret reference (op://vault/item/field)"],
  [/^arn:aws[\w-]{0,20}:(?:secretsmanager|ssm|kms):/, "an AWS ARN (Secrets Manager, SSM or KMS)"],
  [
    /^(?:\/\/secretmanager\.googleapis\.com\/)?projects\/[^\s/]{1,100}\/secrets\/[^\s/]{1,255}/,
    "a Google Secret Manager resource name"
  ],
  [/^https:\/\/[\w-]{1,64}\.vault\.azure\.net\/(?:secrets|keys|certificates)\//, "an Azure Key Vault URI"],
  [/^@Microsoft\.KeyVault\(/, "an Azure Key Vault reference"],
  [/^(?:sm|gcpsm|awssm|ssm|secretsmanager|azurekeyvault|akv|doppler|infisical|bws):\/\//, "a secret-manager URI"]
];
function secretManagerReason(value) {
  return firstMatchingReason(MANAGER_REFERENCES, value);
}
var secretManagerReferenceFilter = {
  name: "secret-manager-reference",
  check: ({ candidate }) => secretManagerReason(candidate.secret)
};

// src/filters/default-filters.ts
function defaultFilters(config) {
  return [
    checksumFilter,
    entropyFilter,
    templateReferenceFilter,
    secretManagerReferenceFilter,
    interpolationFilter,
    placeholderFilter,
    decodedPlaceholderFilter,
    dummyCredentialFilter,
    encodedMediaFilter,
    identifierFilter,
    knownNonSecretFilter,
    fingerprintLineFilter,
    ruleAllowlistFilter,
    globalAllowlistFilter(config.allowlist),
    inlineIgnoreFilter
  ];
}

export {
  defaultFilters
};
