import { typedDummyReason } from './dummy-credential.js';
import type { Filter } from './filter.js';

/**
 * Values that generic (low-confidence) rules match but that are not secrets: hashes, ids, encoded images,
 * public keys, code, paths. Vendor rules with a unique prefix never come here, so none of them is weakened.
 * Each check returns the reason (what `--explain` prints) or undefined.
 */
type Check = (value: string, context: ValueContext) => string | undefined;

interface ValueContext {
  /** The line, lower-cased. */
  line: string;
  /** The name the value is assigned to (`db_password` in `db_password = "…"`), lower-cased; '' if none. */
  name: string;
  /** False for an id-only rule (`standalone: false`), whose name is expected to say `_id`. */
  secretHalf: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const HASH_CONTEXT =
  /sha\d{0,3}|md5|hash|digest|checksum|integrity|commit|revision|\brev\b|etag|fingerprint|content[_-]?id|git/;
const INTEGRITY = /^(?:sha1|sha256|sha384|sha512|md5)-[A-Za-z0-9+/]{20,}={0,2}$/i;
const PUBLIC_KEY_VALUE =
  /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-|sk-ssh-|AAAA[BC]3NzaC1|AAAAE2VjZHNh)|BEGIN (?:PUBLIC KEY|CERTIFICATE|RSA PUBLIC KEY|PGP PUBLIC)/;
const PUBLIC_NAME = /public|pub[_-]?key|certificate|\bcert\b|[_-]cert/;
// `this.token`, `config.apiKey`, `e.token`: a member access, not a literal.
const MEMBER_ACCESS = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+[;,)]*$/;
const CODE_CHARS =
  /[()]|^[$@&*!]?[A-Za-z_][\w]*\[|^(?:this|self|props|state|config|options|opts|args|params|settings|ctx|req|request|res|response|process|env|window|document)\b/;
const IDENTIFIER_ONLY = /^[A-Za-z_$][A-Za-z_$.-]*$/;
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
// A package and its version (`jjwt-jackson-0.11.2` after `io.jsonwebtoken:`, `lodash@4.17.21`): the name of a
// release, lower-case words, not drawn characters.
const VERSIONED_ARTIFACT =
  /^[a-z]{2,}\d{0,3}(?:[-_.][a-z]{2,}\d{0,3})*[-@]v?\d{1,4}\.\d{1,4}(?:\.\d{1,4})?(?:[-.+][\w.]{1,20})?$/;
// Five capitalised words in a row (`clm08033:AgencyIdentificationCodeContentType`): a type or enum name. A random
// base62 key draws five `[A-Z][a-z]{3,}` in a row about once in a million values.
const CAMEL_CASE_WORDS = /(?:[A-Z][a-z]{3,}){5}/;
const URL_OR_PATH =
  /^(?:[a-z][a-z0-9+.-]{1,20}:\/\/[^@\s]*|(?:classpath\*?|file|jar|resource):[\w.~/-]+|\.{0,2}\/[\w.~/@-]*|[A-Za-z]:\\.*|[\w.-]+\/[\w./-]*\.[a-z]{1,5})$/;
// Names that describe something next to the secret (its URL, its length, its header name), not the secret.
const NAME_NOT_THE_SECRET =
  /(?:url|uri|endpoint|path|file|dir|name|type|field|label|length|len|size|count|format|prefix|suffix|pattern|regex|header|param|hint|placeholder|policy|provider|mode|version|expires?|expiry|expiration|ttl|timeout|index|class|style|selector|event|storage|limit|message|msg|error|description|title|key_id|_id|ids|tokeniz|tokens|_hash|hash|_sha|digest|_at)$/;

// A hand on the home row (`kjfhueyt9485osdfasdkljfh…`): lower-case, and mostly the nine home-row letters, which a
// random lower-case key draws a quarter of the time.
const mashed = (value: string): boolean =>
  value.length >= 16 && /^[a-z0-9]+$/.test(value) && (value.match(/[asdfghjkl]/g)?.length ?? 0) >= value.length * 0.65;
// Maven's settings-security encryption: `{base64}`, the password encrypted with a master password.
const MAVEN_ENCRYPTED = /^\{[A-Za-z0-9+/]{16,}={0,2}\}$/;
// crypt(3)-style password hashes ($argon2id$, $2b$, $6$, pbkdf2_sha256$): stored hashes, not the password.
const PASSWORD_HASH =
  /^(?:\$(?:argon2(?:id|i|d)|2[abxy]?|1|5|6|y|gy|7|pbkdf2(?:-sha\d+)?|scrypt)\$|(?:pbkdf2_sha\d+|bcrypt(?:_sha256)?|argon2|scrypt)\$|\{(?:SSHA|SHA|SSHA256|SSHA512|bcrypt|pbkdf2)[^}]{0,20}\})/;

// Names that say the value is not a working credential (`nonMatchingToken`, `invalid_token`, `FAKE_API_KEY`): a
// test's or a document's counter-example, named so by whoever wrote it.
const NAME_SAYS_NOT_REAL =
  /(?:^|[-_.])(?:non[-_]?matching|not[-_]?(?:a[-_]?)?(?:real|valid|matching)|invalid|fake|dummy|bogus|wrong)/;

// Anti-forgery tokens: made per form or session by the framework, useless away from it (Rails
// `authenticity_token`, Django `csrfmiddlewaretoken`, ASP.NET `__RequestVerificationToken`, Laravel `_token`).
const CSRF_NAME = /csrf|xsrf|authenticity_token|requestverificationtoken|^_token$/;

// Leetspeak read back (`AmAz0n+SqSsEcReT…`, `provider1-secret`, `Sup3rS3cr3tP4ss`): a value that spells its own
// kind is a stand-in written by a person (up to 40 characters). Random hex cannot spell these words (no r, k, p, w).
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const SELF_NAMING_WORD = /secret|passw(?:or)?d|token|apikey|credential/;
function spellsItsKind(value: string): string | undefined {
  // Short values only: a long token may carry its kind in a vendor prefix (`bedrock-api-key-…`).
  if (value.length > 40) return undefined;
  const plain = value
    .toLowerCase()
    .replace(/[013457@$]/g, (c) => LEET[c] ?? c)
    .replace(/[^a-z]/g, '');
  return SELF_NAMING_WORD.exec(plain)?.[0];
}

/** Base64 of a few plain words (`bm90IG15IHJlYWwgcGFzc3dvcmQ=`, "not my real password"): documentation. */
function base64OfProse(value: string): boolean {
  if (value.length < 12 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  return /^[A-Za-z]+(?:[ ,.'!?-]{1,2}[A-Za-z]+){1,20}[.!]?$/.test(decoded) && decoded.includes(' ');
}

function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
}

/** Minified bundles: one line of thousands of characters, where `token:"…"` is almost always an i18n or enum value. */
const MINIFIED_LINE_CHARS = 1000;

const CHECKS: Check[] = [
  (v) => (UUID.test(v) ? 'a UUID' : undefined),
  (v) => typedDummyReason(v),
  (v) => (mashed(v) ? 'keyboard mashing (home-row letters)' : undefined),
  (v) => (INTEGRITY.test(v) ? 'an integrity hash (sha512-…)' : undefined),
  (v) => (PASSWORD_HASH.test(v) ? 'a password hash' : undefined),
  (v) => (MAVEN_ENCRYPTED.test(v) ? 'an encrypted value ({…}, Maven settings-security)' : undefined),
  (v, c) =>
    HEX_DIGEST.test(v) && (HASH_CONTEXT.test(c.name) || HASH_CONTEXT.test(c.line))
      ? 'a hex digest in a hash context'
      : undefined,
  (v) => (base64OfProse(v) ? 'base64 of plain words' : undefined),
  (_, c) => (CSRF_NAME.test(c.name) ? 'an anti-forgery (CSRF) token, made per form or session' : undefined),
  (_, c) => (NAME_SAYS_NOT_REAL.test(c.name) ? `the name '${c.name}' says it is not a real credential` : undefined),
  (v, c) => (PUBLIC_KEY_VALUE.test(v) || PUBLIC_NAME.test(c.name) ? 'a public key or certificate' : undefined),
  // Digits in every dotted literal we know of (SendGrid `SG.…`, Mapbox `sk.…`); a JWT (`eyJ….eyJ….sig`) has the
  // shape of a member access, but its base64url JSON header says otherwise. Member names rarely have digits.
  (v) =>
    (MEMBER_ACCESS.test(v) && !/[0-9]/.test(v) && !v.startsWith('eyJ')) || CODE_CHARS.test(v)
      ? 'code, not a literal'
      : undefined,
  (v) => (CONSTANT_NAME.test(v) ? 'a constant name, not a literal' : undefined),
  (v) => (URL_OR_PATH.test(v) ? 'a URL or path' : undefined),
  (v) => (VERSIONED_ARTIFACT.test(v) ? 'a package name and version' : undefined),
  (v) => (CAMEL_CASE_WORDS.test(v) ? 'CamelCase words: a type or enum name' : undefined),
  (v) => (IDENTIFIER_ONLY.test(v) ? 'letters only: a word or identifier' : undefined),
  (v) => (characterClasses(v) < 2 ? 'a single character class' : undefined),
  (_, c) =>
    c.secretHalf && NAME_NOT_THE_SECRET.test(c.name)
      ? `the name '${c.name}' describes something else than the secret`
      : undefined,
  (_, c) => (c.line.length > MINIFIED_LINE_CHARS ? 'a minified line' : undefined),
  (v) => {
    const word = spellsItsKind(v);
    return word ? `the value spells '${word}': a stand-in, not a key` : undefined;
  },
];

/** The identifier just before the `=`/`:` that precedes the value, if any. */
function assignedName(lineText: string, value: string): string {
  const at = lineText.indexOf(value);
  if (at <= 0) return '';
  const before = lineText.slice(Math.max(0, at - 120), at);
  const match = /([A-Za-z0-9_.-]{1,80})["'\]]?\s{0,4}(?::=|=>|=|:)\s{0,4}["'`]?$/.exec(before);
  return (match?.[1] ?? '').toLowerCase();
}

// Source code, where an unquoted right-hand side is an expression (`token = nextToken;`), never a literal.
const SOURCE_CODE_FILE =
  /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|cs|php|rs|swift|c|cc|cpp|h|hpp|m|dart|lua|pl|ex|exs|groovy)$/i;

function unquotedInCode(value: string, lineText: string, path: string): boolean {
  if (!SOURCE_CODE_FILE.test(path)) return false;
  const at = lineText.indexOf(value);
  if (at < 0 || /["'`]/.test(lineText[at - 1] ?? '')) return false;
  // Inside a string that opened earlier on the line (`"Bearer <value>"`): a literal after all.
  const before = lineText.slice(0, at);
  return !['"', "'", '`'].some((quote) => before.split(quote).length % 2 === 0);
}

/** `https://host/reset-password=5e11…`: a name inside a URL's path is part of the address, not an assignment. */
function inUrlPath(value: string, lineText: string): boolean {
  const at = lineText.indexOf(value);
  if (at < 0) return false;
  const token = /[^\s"'`<>(]*$/.exec(lineText.slice(Math.max(0, at - 300), at))?.[0] ?? '';
  const scheme = token.indexOf('://');
  return scheme >= 0 && /\/[^?&#;/]*$/.test(token.slice(scheme + 3));
}

export function knownNonSecretReason(
  value: string,
  lineText: string,
  secretHalf = true,
  path = '',
): string | undefined {
  if (unquotedInCode(value, lineText, path)) return 'an unquoted expression in source code';
  if (inUrlPath(value, lineText)) return 'part of a URL path';
  if (/\\[nrt]/.test(value)) return 'text spanning an escaped line break (\\n)';
  const context: ValueContext = { line: lineText.toLowerCase(), name: assignedName(lineText, value), secretHalf };
  for (const check of CHECKS) {
    const reason = check(value, context);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** Applies only to low-confidence (generic) rules: a vendor rule's unique prefix already says what the value is. */
export const knownNonSecretFilter: Filter = {
  name: 'known-non-secret',
  check: ({ candidate, lineText, fragment }) =>
    candidate.rule.confidence === 'low'
      ? knownNonSecretReason(candidate.secret, lineText, candidate.rule.standalone, fragment.origin.path)
      : undefined,
};
