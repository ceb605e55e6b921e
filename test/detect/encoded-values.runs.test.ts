import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64Runs, hexRuns, percentRuns } from '../../src/detect/encoded-values.js';

// The run scanners must find exactly what their first versions found (a quadratic percent scan, and the two
// regexes below), on text made to hit every edge: escapes and padding at run boundaries, invalid escapes, URL
// delimiters, overlong runs, non-ASCII and non-breaking spaces.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const PIECES = [
  'a',
  'Z',
  '0',
  '9',
  'f',
  'F',
  'deadbeef',
  'DEADBEEF0123',
  'Zm9vYmFy',
  'QUJDREVGR0g',
  '+',
  '/',
  '_',
  '-',
  '=',
  '==',
  '===',
  ' ',
  '\n',
  '"',
  "'",
  ':',
  '.',
  'é',
  'λ',
  '\u00a0',
  '%',
  '%41',
  '%2F',
  '%zz',
  '?',
  '&',
  '(',
  '[',
  'xyzXYZ',
  '0123456789abcdef',
  '\u2000',
  '\u3000',
  '\ufeff',
  '\u200b',
  '`',
  '>',
  ',',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  '7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f',
];

function sample(next: () => number): string {
  return Array.from({ length: 1 + Math.floor(next() * 60) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
}

/** The percent scan as first written: correct, but restarting its regex at 0 after every run (quadratic). */
function* referencePercentRuns(text: string): Generator<{ index: number; run: string }> {
  if (!text.includes('%')) return;
  const escapes = /%[0-9A-Fa-f]{2}/g;
  const tokenChar = /[^\s"'`<>()[\]{},;]/;
  let coveredTo = -1;
  for (let match = escapes.exec(text); match !== null; match = escapes.exec(text)) {
    if (match.index < coveredTo) continue;
    let start = match.index;
    while (start > 0 && match.index - start < 256 && tokenChar.test(text[start - 1] as string)) start--;
    let end = match.index;
    while (end < text.length && end - start < 4096 && tokenChar.test(text[end] as string)) end++;
    coveredTo = end;
    const run = text.slice(start, end);
    if ((run.match(escapes) ?? []).length >= 2) yield { index: start, run };
  }
}

/** The base64 and hex runs as first found, by regex (group 1 is the run). */
const BASE64_RUN =
  /(?:^|["'`=:\s>(,])(?=[A-Za-z_-]{0,64}[0-9+/])([A-Za-z0-9+/_-]{16,65536}={0,2})(?![A-Za-z0-9+/_=-])/g;
const HEX_RUN = /(?<![0-9A-Za-z])([0-9][0-9A-Fa-f]{31,65535})(?![0-9A-Za-z])/g;
function* regexRuns(pattern: RegExp, text: string): Generator<{ index: number; run: string }> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const run = match[1] as string;
    yield { index: match.index + match[0].length - run.length, run };
  }
}

describe('base64 and hex run scanners', () => {
  it('find what the regexes find on random text', () => {
    const next = random(7);
    for (let i = 0; i < 20000; i++) {
      const text = sample(next);
      assert.deepEqual([...base64Runs(text)], [...regexRuns(BASE64_RUN, text)], JSON.stringify(text));
      assert.deepEqual([...hexRuns(text)], [...regexRuns(HEX_RUN, text)], JSON.stringify(text));
    }
  });

  it('agree with the regexes on every UTF-16 code unit before, inside and after a run', () => {
    for (let code = 0; code < 65536; code++) {
      const c = String.fromCharCode(code);
      for (const text of [
        `${c}QUJDREVGR0gxMjM0NTY3OA==`,
        `QUJDREVGR0gxMjM0NTY3OA${c}`,
        `x ${c}0123456789abcdef0123456789abcdef${c}`,
      ]) {
        assert.deepEqual([...base64Runs(text)], [...regexRuns(BASE64_RUN, text)], `code ${code}`);
        assert.deepEqual([...hexRuns(text)], [...regexRuns(HEX_RUN, text)], `code ${code}`);
      }
    }
  });

  it('agree at the length limits and the 65-character sign window', () => {
    for (const text of [
      ` ${'a'.repeat(64)}1${'b'.repeat(10)}`,
      ` ${'a'.repeat(65)}1${'b'.repeat(10)}`,
      ` 1${'a'.repeat(65535)}`,
      ` 1${'a'.repeat(65536)}`,
      ` 1${'a'.repeat(65535)}==`,
      ` 1${'a'.repeat(65535)}===`,
      ` 1${'0'.repeat(65535)} `,
      ` 1${'0'.repeat(65536)} `,
      ` 1${'0'.repeat(30)} 2${'0'.repeat(31)}`,
    ]) {
      assert.deepEqual([...base64Runs(text)], [...regexRuns(BASE64_RUN, text)], text.slice(0, 80));
      assert.deepEqual([...hexRuns(text)], [...regexRuns(HEX_RUN, text)], text.slice(0, 80));
    }
  });
});

describe('percent-run scanner', () => {
  it('percentRuns finds what the first version found', () => {
    const next = random(11);
    for (let i = 0; i < 5000; i++) {
      const text = sample(next);
      assert.deepEqual([...percentRuns(text)], [...referencePercentRuns(text)], JSON.stringify(text));
    }
  });
});
