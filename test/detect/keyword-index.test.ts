import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildKeywordIndex, type KeywordHits } from '../../src/detect/keyword-index.js';
import type { Rule } from '../../src/rules/rule.js';

// The trie prefilter must find exactly what the reference alternation regex finds: same rules, same offsets,
// same order (rule order in the map decides which finding wins an overlap, so order is part of the contract).
const rule = (id: string, keywords: string[]): Rule => ({
  id,
  title: id,
  vendor: 'test',
  severity: 'high',
  confidence: 'high',
  keywords,
  pattern: { source: 'x', forEachSecret: () => {} },
  multiline: false,
  standalone: false,
  minEntropy: 0,
  allowlist: { regexes: [], stopwords: [], paths: [] },
  references: [],
  tags: [],
  source: 'test',
});

const RULES = [
  rule('short', ['sk_']),
  rule('long', ['sk_live_', 'rk_live_']),
  rule('inner', ['live_']),
  rule('shared', ['sk_', 'token']),
  rule('pem', ['-----begin', 'begin rsa private key']),
  rule('dots', ['sg.', 'hvs.', 'a.b']),
  rule('generic', ['key', 'api_key', 'api-key', 'secret', 'password']),
];

const asArray = (hits: KeywordHits): [string, number[]][] => [...hits].map(([r, offsets]) => [r.id, offsets]);

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const PIECES = [
  'sk_',
  'SK_LIVE_',
  'sk_live_',
  'rk_Live_',
  'live_',
  'tok',
  'TOKEN',
  'ToKeN',
  '-----BEGIN ',
  'BEGIN RSA PRIVATE KEY',
  'sg.',
  'Sg.',
  'hvs.',
  'a.b',
  'aXb',
  'api_key',
  'API-KEY',
  'apikey',
  'secret',
  'SeCrEt',
  'passw',
  'password',
  'key',
  'ké',
  'κey',
  '\u212Aey',
  'ſecret',
  '\0',
  '\n',
  '\r\n',
  ' ',
  'x',
  'é',
  '😀',
  'abc',
  '_',
  '.',
];

describe('keyword prefilter', () => {
  const trie = buildKeywordIndex(RULES);
  const reference = buildKeywordIndex(RULES, 'regex');

  it('finds the same rules at the same offsets as the reference regex, in the same order', () => {
    const next = random(42);
    for (let sample = 0; sample < 2000; sample++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 40) },
        () => PIECES[Math.floor(next() * PIECES.length)],
      ).join('');
      assert.deepEqual(asArray(trie.findHits(text)), asArray(reference.findHits(text)), JSON.stringify(text));
    }
  });

  it('reports the longest keyword at a start offset with the rules of its prefix keywords, and inner keywords at their own offsets', () => {
    assert.deepEqual(asArray(trie.findHits('x=sk_live_abc')), [
      ['long', [2]],
      ['short', [2]],
      ['shared', [2]],
      ['inner', [5]],
    ]);
  });

  it('folds ASCII case only: the Kelvin sign and long s do not match k and s', () => {
    assert.deepEqual(asArray(trie.findHits('\u212Aey ſecret KEY')), [['generic', [11]]]);
  });

  it('handles empty, tiny and keyword-at-the-end texts', () => {
    assert.deepEqual(asArray(trie.findHits('')), []);
    assert.deepEqual(asArray(trie.findHits('ke')), []);
    assert.deepEqual(asArray(trie.findHits('key')), [['generic', [0]]]);
    assert.deepEqual(asArray(trie.findHits('a key')), [['generic', [2]]]);
  });
});
