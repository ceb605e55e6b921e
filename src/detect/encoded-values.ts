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

// Bounded quantifiers: a run longer than the limit is not a value worth decoding (and the regex stays linear).
// A value, not a name inside code: the run starts after a quote, `=`, `:`, whitespace, `>`, `(` or `,` (JSON,
// YAML, .env, `Authorization: Basic …`), and has a digit, `+` or `/` early on. Identifiers and words
// (`a.getElementsByTagName`) have neither; base64 of 16+ characters of text almost always has one. The context
// character is consumed rather than looked behind at, which is twice as fast on minified code.
const BASE64_RUN =
  /(?:^|["'`=:\s>(,])(?=[A-Za-z_-]{0,64}[0-9+/])([A-Za-z0-9+/_-]{16,65536}={0,2})(?![A-Za-z0-9+/_=-])/g;
// Hex of printable text starts with a digit (bytes 0x20-0x7e): starting there skips most words.
const HEX_RUN = /(?<![0-9A-Za-z])([0-9][0-9A-Fa-f]{31,65535})(?![0-9A-Za-z])/g;
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

/** Runs captured by group 1 of `pattern` (group 0 may include a leading context character). */
function* regexRuns(pattern: RegExp, text: string): Generator<{ index: number; run: string }> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const run = match[1] as string;
    yield { index: match.index + match[0].length - run.length, run };
  }
}

const DECODERS: [
  Encoding,
  (text: string) => Iterable<{ index: number; run: string }>,
  (run: string) => string | undefined,
][] = [
  ['base64', (text) => regexRuns(BASE64_RUN, text), decodeBase64],
  ['hex', (text) => regexRuns(HEX_RUN, text), decodeHex],
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
