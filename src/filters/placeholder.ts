import type { Filter } from './filter.js';

// `<your-token>`, `[API_KEY]`, HTML-escaped `&lt;YOUR_PASSWORD&gt;`: the slot, named.
const BRACKETED = /^<[^>]{1,200}>$|^\[[^\]]{1,200}\]$|^&lt;.{1,200}&gt;$/;
// `9cbaf023786cd7...`, `sk_live_…`: a value shortened in documentation.
const ELIDED = /\.{3}|…/;

const MARKER_WORDS =
  /example|placeholder|invalid|your[-_ ]?(?:api|secret|access|own|key|token|password)|(?:api|secret|access)[-_]?key[-_]?here|token[-_]?here|redacted|changeme|change[-_]me|dummy|sample|\*\*\*\*|fake[-_]|insert[-_ ]|replace[-_ ]?(?:me|with)|lorem|ipsum/i;

const SEQUENTIAL_RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/**
 * Long values (PEM bodies, JWTs) are random base64 over hundreds of characters: a six-character run or an
 * `xxxx` turns up in them by chance (a zero-filled OpenSSH header is all `A`s), so for them only brackets
 * count, or filler making up most of the value.
 */
const LONG_VALUE_CHARS = 100;

// Case-sensitive: `XxXx` turns up in random base64 about once in a few hundred keys; `xxxx`/`XXXX` is filler.
const FILLER = /xxxx|XXXX/;

/**
 * Values that look like a secret's slot rather than a secret: documentation markers, elided values, filler
 * runs. Returns why the value is a placeholder, or undefined. (References to a secret kept elsewhere, such as
 * `${VAR}` or `vault:…`, are the template-reference and secret-manager-reference filters' business.)
 */
export function placeholderReason(value: string): string | undefined {
  if (BRACKETED.test(value)) return 'bracketed placeholder';
  if (value.length >= LONG_VALUE_CHARS) return mostlyFiller(value) ? 'mostly filler characters' : undefined;
  if (ELIDED.test(value)) return 'an elided value (…)';
  const filler = FILLER.exec(value);
  if (filler) return `placeholder word '${filler[0]}'`;
  if (value.startsWith('fake')) return "placeholder word 'fake'";
  const marker = MARKER_WORDS.exec(value);
  if (marker) return `placeholder word '${marker[0]}'`;
  const run = longestRepeat(value);
  // Filler (`xxxxxxxx`, `00000000`) is most of a placeholder; real formats may hold a run of their own (zero
  // padding, the `AAAA…` of a Twitter bearer token), which is a small part of the value.
  if (run >= 6 && run >= value.length / 4) return `a character repeated ${run} times`;
  if (typedSequence(value)) return 'typed in sequence (abcdef1234, a1b2c3d4…)';
  for (const run of SEQUENTIAL_RUNS) {
    for (let i = 0; i + 8 <= run.length; i++) {
      if (value.includes(run.slice(i, i + 8))) return `sequential run '${run.slice(i, i + 8)}'`;
    }
  }
  return undefined;
}

/**
 * A person typing a stand-in walks the keyboard: `abcdef1234`, `a1b2c3d4e5f6…`. Counts the characters that
 * follow the one before (or the one two before, for interleaved runs) in the alphabet or the digits; in a
 * random value that happens to about one character in thirty, here to most of them. Short values only (a typed
 * stand-in is short); longer ones are judged by the eight-character runs below.
 */
function typedSequence(value: string): boolean {
  if (value.length < 8 || value.length > 16) return false;
  const next = (a: number, b: number) => b === a + 1 && /^[0-9a-z]{2}$/.test(String.fromCharCode(a, b));
  const lower = value.toLowerCase();
  let following = 0;
  for (let i = 1; i < lower.length; i++) {
    const ch = lower.charCodeAt(i);
    if (next(lower.charCodeAt(i - 1), ch) || (i >= 2 && next(lower.charCodeAt(i - 2), ch))) following++;
  }
  return following >= 0.6 * (lower.length - 1);
}

/** Length of the longest run of one non-whitespace character (indentation inside a PEM block is not filler). */
function longestRepeat(value: string): number {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    current = i > 0 && ch === value.charCodeAt(i - 1) && ch > 32 ? current + 1 : 1;
    if (current > longest) longest = current;
  }
  return longest;
}

function mostlyFiller(value: string): boolean {
  const compact = value.replace(/\s/g, '');
  let filler = 0;
  for (const run of compact.matchAll(/(.)\1{5,}/g)) filler += run[0].length;
  return filler * 2 > compact.length;
}

export const placeholderFilter: Filter = {
  name: 'placeholder',
  check: ({ candidate }) => placeholderReason(candidate.secret),
};
