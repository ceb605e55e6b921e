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

export const DEFAULT_DECODE_LIMITS: DecodeLimits = { maxValueChars: 64 * 1024, maxTotalChars: 256 * 1024, maxValues: 256 };

// Bounded quantifiers: a run longer than the limit is not a value worth decoding (and the regex stays linear).
export const BASE64_RUN = /(?<![A-Za-z0-9+/_=-])(?:[A-Za-z0-9+/]{16,65536}={0,2}|[A-Za-z0-9_-]{16,65536}={0,2})(?![A-Za-z0-9+/_=-])/g;
export const HEX_RUN = /(?<![0-9A-Za-z])[0-9A-Fa-f]{32,65536}(?![0-9A-Za-z])/g;
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
  // A run of one character class (a long identifier, a word) is code, not an encoding.
  if (!/[0-9+/_-]/.test(body) && !(/[a-z]/.test(body) && /[A-Z]/.test(body))) return undefined;
  if (body.length % 4 === 1) return undefined;
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
  const escape = new RegExp(PERCENT_ESCAPE.source, 'g');
  let coveredTo = -1;
  for (let match = escape.exec(text); match !== null; match = escape.exec(text)) {
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

/**
 * The same runs as BASE64_RUN, found with one pass over char codes. The regex's lookarounds make a match
 * exactly a maximal run of base64 characters ([A-Za-z0-9+/_=-]) that is 16-65536 characters of one
 * alphabet (standard or URL-safe) followed by at most two `=`; the regex spent most of a scan's time there.
 */
export function* base64Runs(text: string): Generator<{ index: number; run: string }> {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let kind = BASE64_CLASS[text.charCodeAt(i)] as number;
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    // Bits that every body character shares: STANDARD survives only if all are standard, URL_SAFE likewise.
    let alphabets = STANDARD | URL_SAFE;
    while (kind !== 0 && kind !== PADDING) {
      alphabets &= kind;
      kind = ++i < length ? (BASE64_CLASS[text.charCodeAt(i)] as number) : 0;
    }
    const body = i - start;
    let padding = 0;
    while (kind === PADDING) {
      padding++;
      kind = ++i < length ? (BASE64_CLASS[text.charCodeAt(i)] as number) : 0;
    }
    // The run goes on after its padding ("ab==cd"): the regex cannot match it, and no match starts inside it.
    const continues = kind !== 0;
    while (kind !== 0) kind = ++i < length ? (BASE64_CLASS[text.charCodeAt(i)] as number) : 0;
    if (continues || padding > 2 || body < 16 || body > 65536 || alphabets === 0) continue;
    yield { index: start, run: text.slice(start, start + body + padding) };
  }
}

/** The same runs as HEX_RUN: maximal alphanumeric runs of 32-65536 characters that are all hex digits. */
export function* hexRuns(text: string): Generator<{ index: number; run: string }> {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let kind = ALNUM_CLASS[text.charCodeAt(i)] as number;
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    let allHex = true;
    while (kind !== 0) {
      if (kind !== 2) allHex = false;
      kind = ++i < length ? (ALNUM_CLASS[text.charCodeAt(i)] as number) : 0;
    }
    const runLength = i - start;
    if (allHex && runLength >= 32 && runLength <= 65536) yield { index: start, run: text.slice(start, i) };
  }
}

const STANDARD = 1;
const URL_SAFE = 2;
const PADDING = 4;
/** Per code unit: 0 = not base64; bit 1 = standard alphabet, bit 2 = URL-safe alphabet; `=` is PADDING. */
const BASE64_CLASS = new Uint8Array(65536);
/** Per code unit: 0 = not alphanumeric, 1 = alphanumeric, 2 = hex digit. */
const ALNUM_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const alnum = /[A-Za-z0-9]/.test(ch);
  if (alnum) BASE64_CLASS[c] = STANDARD | URL_SAFE;
  if (ch === '+' || ch === '/') BASE64_CLASS[c] = STANDARD;
  if (ch === '_' || ch === '-') BASE64_CLASS[c] = URL_SAFE;
  if (ch === '=') BASE64_CLASS[c] = PADDING;
  if (alnum) ALNUM_CLASS[c] = /[0-9A-Fa-f]/.test(ch) ? 2 : 1;
}

/** The reference the hand-written scanners are tested against. */
export function* regexRuns(pattern: RegExp, text: string): Generator<{ index: number; run: string }> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) yield { index: match.index, run: match[0] };
}

const DECODERS: [Encoding, (text: string) => Iterable<{ index: number; run: string }>, (run: string) => string | undefined][] = [
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
