/**
 * Finds encoded values in a text (base64, hex, percent-encoding) and decodes the ones that decode to
 * readable text, so secrets hidden in a Kubernetes Secret's `data:`, a basic-auth header or an encoded JSON
 * blob are scanned too. Pure; bounded in the number, size and total bytes of what it decodes.
 */

export type Encoding = 'base64' | 'hex' | 'percent';

export interface EncodedValue {
  encoding: Encoding;
  /** Offsets of the encoded run in the scanned text. */
  start: number;
  end: number;
  decoded: string;
}

export interface DecodeLimits {
  /** Longest encoded run considered. */
  maxValueChars: number;
  /** Total decoded characters per text. */
  maxTotalChars: number;
  maxValues: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = {
  maxValueChars: 64 * 1024,
  maxTotalChars: 256 * 1024,
  maxValues: 256,
};

// Which runs are values worth decoding (each scanner below finds exactly what its regex in
// test/detect/encoded-values.runs.test.ts finds; char-code scans, because those regexes cost a fifth of a
// directory scan's time on ordinary code):
// - base64: `(?:^|["'`=:\s>(,])(?=[A-Za-z_-]{0,64}[0-9+/])([A-Za-z0-9+/_-]{16,65536}={0,2})(?![A-Za-z0-9+/_=-])`.
//   A value, not a name inside code: the run starts after a quote, `=`, `:`, whitespace, `>`, `(` or `,` (JSON,
//   YAML, .env, `Authorization: Basic …`), and has a digit, `+` or `/` early on. Identifiers and words
//   (`a.getElementsByTagName`) have neither; base64 of 16+ characters of text almost always has one.
// - hex: `(?<![0-9A-Za-z])([0-9][0-9A-Fa-f]{31,65535})(?![0-9A-Za-z])`. Hex of printable text starts with a
//   digit (bytes 0x20-0x7e): starting there skips most words.
// Bounded lengths: a run longer than the limit is not a value worth decoding.
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/g;
const URL_TOKEN_CHAR = /[^\s"'`<>()[\]{},;]/;

/** Share of characters that are printable ASCII or common whitespace: text, not binary. */
function printableShare(text: string): number {
  if (text.length === 0) return 0;
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x20 && code < 0x7f) || code === 9 || code === 10 || code === 13) printable++;
  }
  return printable / text.length;
}

const looksLikeText = (text: string): boolean => text.length >= 6 && printableShare(text) >= 0.95;

function decodeBase64(run: string): string | undefined {
  const body = run.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  // Checking a short prefix first is cheap and rejects most binary before the whole value is decoded.
  if (body.length > 64 && !looksLikeText(Buffer.from(body.slice(0, 32), 'base64').toString('latin1'))) return undefined;
  const text = Buffer.from(body, /[-_]/.test(body) ? 'base64url' : 'base64').toString('latin1');
  return looksLikeText(text) ? Buffer.from(text, 'latin1').toString('utf8') : undefined;
}

function decodeHex(run: string): string | undefined {
  if (run.length % 2 !== 0) return undefined;
  const text = Buffer.from(run, 'hex').toString('latin1');
  return looksLikeText(text) ? text : undefined;
}

function decodePercent(run: string): string | undefined {
  try {
    const text = decodeURIComponent(run.replace(/\+/g, ' '));
    return text !== run && looksLikeText(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Percent-encoded runs, found from their escapes outwards: a regex that started at every character and looked
 * ahead for a `%` would cost hundreds of steps per character of ordinary text.
 */
export function* percentRuns(text: string): Generator<{ index: number; run: string }> {
  if (!text.includes('%')) return;
  const escapes = new RegExp(PERCENT_ESCAPE.source, 'g');
  let coveredTo = -1;
  for (let match = escapes.exec(text); match !== null; match = escapes.exec(text)) {
    if (match.index < coveredTo) continue;
    let start = match.index;
    while (start > 0 && match.index - start < 256 && isUrlTokenChar(text.charCodeAt(start - 1))) start--;
    let end = match.index;
    while (end < text.length && end - start < 4096 && isUrlTokenChar(text.charCodeAt(end))) end++;
    coveredTo = end;
    const run = text.slice(start, end);
    // Counted with the shared regex, which resets its own lastIndex: the scan above has its own regex, so it
    // goes on from where it was instead of restarting at 0 for every run (quadratic on escape-heavy text).
    if ((run.match(PERCENT_ESCAPE) ?? []).length >= 2) yield { index: start, run };
  }
}

/** URL_TOKEN_CHAR's answer per UTF-16 code unit, cached (0 unknown, 1 yes, 2 no): a regex test per character was slow. */
const urlTokenCache = new Uint8Array(65536);
function isUrlTokenChar(code: number): boolean {
  let known = urlTokenCache[code] as number;
  if (known === 0) {
    known = URL_TOKEN_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    urlTokenCache[code] = known;
  }
  return known === 1;
}

/** Character classes by UTF-16 code unit, for the run scanners. */
const BASE64_CHAR = 1; // [A-Za-z0-9+/_-]
const BASE64_SIGN = 2; // [0-9+/]: what a base64 value has early on and a word does not
const VALUE_CONTEXT = 4; // ["'`=:\s>(,]: what may stand before a base64 value
const ALNUM = 8; // [0-9A-Za-z]
const DIGIT = 16; // [0-9]
const HEX_DIGIT = 32; // [0-9A-Fa-f]
const CHAR_CLASS = new Uint8Array(65536);
{
  const markCode = (code: number, bits: number): void => {
    CHAR_CLASS[code] = (CHAR_CLASS[code] as number) | bits;
  };
  const mark = (chars: string, bits: number): void => {
    for (let i = 0; i < chars.length; i++) markCode(chars.charCodeAt(i), bits);
  };
  const lower = 'abcdefghijklmnopqrstuvwxyz';
  const upper = lower.toUpperCase();
  mark(`${lower}${upper}0123456789+/_-`, BASE64_CHAR);
  mark('0123456789+/', BASE64_SIGN);
  mark(`${lower}${upper}0123456789`, ALNUM);
  mark('0123456789', DIGIT);
  mark('0123456789abcdefABCDEF', HEX_DIGIT);
  // `\s` of a JavaScript regex: ECMAScript WhiteSpace and LineTerminator.
  mark('"\'`=:>(, \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', VALUE_CONTEXT);
  for (let code = 0x2000; code <= 0x200a; code++) markCode(code, VALUE_CONTEXT);
}
const classAt = (text: string, index: number): number => CHAR_CLASS[text.charCodeAt(index)] as number;

/** Longest base64 run considered (the characters before its `=` padding). */
const MAX_BASE64_RUN = 65536;
/** Longest hex run considered. */
const MAX_HEX_RUN = 65536;

/**
 * Where `text` has `width` characters of `bits` in a row: the start and end of each maximal run of them that is
 * at least `width` long, in text order. Each window is checked from its last character backwards, and a
 * character outside the class moves the next window past it (the Horspool skip), so ordinary code, whose
 * words are short, costs about one look per few characters.
 */
function longRuns(text: string, bits: number, width: number, onRun: (start: number, end: number) => void): void {
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

/**
 * Base64 runs in value position (see above): a maximal run of base64 characters, 16 to 65,536 long, with a
 * digit, `+` or `/` among its first 65 characters, after a value-context character or at the start, followed
 * by at most two `=` and then no base64 character or `=`.
 */
export function base64Runs(text: string): { index: number; run: string }[] {
  const runs: { index: number; run: string }[] = [];
  longRuns(text, BASE64_CHAR, 16, (start, runEnd) => {
    if (runEnd - start > MAX_BASE64_RUN) return;
    if (start > 0 && (classAt(text, start - 1) & VALUE_CONTEXT) === 0) return;
    let signed = false;
    for (let i = start; i < start + 65 && i < runEnd && !signed; i++) signed = (classAt(text, i) & BASE64_SIGN) !== 0;
    if (!signed) return;
    let end = runEnd;
    while (end < text.length && end - runEnd < 3 && text.charCodeAt(end) === 61) end++;
    if (end - runEnd > 2 || (end < text.length && classAt(text, end) & BASE64_CHAR)) return;
    runs.push({ index: start, run: text.slice(start, end) });
  });
  return runs;
}

/**
 * Hex runs (see above): a maximal run of ASCII letters and digits that starts with a digit, holds only hex
 * digits and is 32 to 65,536 long.
 */
export function hexRuns(text: string): { index: number; run: string }[] {
  const runs: { index: number; run: string }[] = [];
  longRuns(text, HEX_DIGIT, 32, (start, end) => {
    if (end - start > MAX_HEX_RUN || (classAt(text, start) & DIGIT) === 0) return;
    if ((start > 0 && classAt(text, start - 1) & ALNUM) || (end < text.length && classAt(text, end) & ALNUM)) return;
    runs.push({ index: start, run: text.slice(start, end) });
  });
  return runs;
}

const DECODERS: [
  Encoding,
  (text: string) => Iterable<{ index: number; run: string }>,
  (run: string) => string | undefined,
][] = [
  ['base64', base64Runs, decodeBase64],
  ['hex', hexRuns, decodeHex],
  ['percent', percentRuns, decodePercent],
];

/** Every encoded run in `text` that decodes to readable text, within the limits, in text order. */
export function findEncodedValues(text: string, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): EncodedValue[] {
  const values: EncodedValue[] = [];
  let budget = limits.maxTotalChars;
  for (const [encoding, runs, decode] of DECODERS) {
    for (const { index, run } of runs(text)) {
      if (run.length > limits.maxValueChars) continue;
      const decoded = decode(run);
      if (decoded === undefined) continue;
      if (decoded.length > budget || values.length >= limits.maxValues) return sortByStart(values);
      budget -= decoded.length;
      values.push({ encoding, start: index, end: index + run.length, decoded });
    }
  }
  return sortByStart(values);
}

const sortByStart = (values: EncodedValue[]): EncodedValue[] => values.sort((a, b) => a.start - b.start);
