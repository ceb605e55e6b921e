import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { percentRuns } from '../../src/detect/encoded-values.js';

// The percent-run scan must find exactly what its first (quadratic) version found, on text made to hit every
// edge: escapes at run boundaries, invalid escapes, URL delimiters, non-ASCII and non-breaking spaces.
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

describe('percent-run scanner', () => {
  it('percentRuns finds what the first version found', () => {
    const next = random(11);
    for (let i = 0; i < 5000; i++) {
      const text = sample(next);
      assert.deepEqual([...percentRuns(text)], [...referencePercentRuns(text)], JSON.stringify(text));
    }
  });
});
