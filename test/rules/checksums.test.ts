import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../src/config/config-file.js';
import { createDetector } from '../../src/detect/detector.js';
import { defaultFilters } from '../../src/filters/default-filters.js';
import { base62, checksumFailure, crc32 } from '../../src/rules/checksums.js';
import { compileRule } from '../../src/rules/compile-rule.js';
import type { RuleDefinition } from '../../src/rules/rule-definition.js';
import { validateRuleShape } from '../../src/rules/rule-definition.js';
import { githubToken } from '../helpers/tokens.js';

/** Changes one character of the token's random part (position `at` after the prefix) to another base62 one. */
function mutate(token: string, at: number): string {
  const index = 4 + at;
  const current = token[index] as string;
  const replacement = current === 'a' ? 'b' : 'a';
  return token.slice(0, index) + replacement + token.slice(index + 1);
}

const ruleDefinition = (checksum: string, prefix: string): RuleDefinition => ({
  id: 'test-checksummed-token',
  title: 'test token',
  vendor: 'Test',
  severity: 'high',
  keywords: [prefix],
  pattern: `(?<![A-Za-z0-9_])(?<secret>${prefix}[A-Za-z0-9]{36})(?![A-Za-z0-9_])`,
  checksum,
  confidence: 'medium',
  references: ['https://example.com'],
  examples: [],
  negative_examples: [],
});

describe('crc32 and base62', () => {
  it('match the standard CRC-32 check value and known encodings', () => {
    assert.equal(crc32('123456789'), 0xcbf43926);
    assert.equal(crc32(''), 0);
    assert.equal(base62(0, 6), '000000');
    assert.equal(base62(61, 2), '0z');
    assert.equal(base62(62, 1), '10');
  });
});

describe('github-crc32', () => {
  for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']) {
    it(`accepts valid ${prefix} tokens and rejects each with one character changed`, () => {
      for (let round = 0; round < 20; round++) {
        const token = githubToken(prefix);
        assert.equal(checksumFailure('github-crc32', token), undefined, token.slice(0, 4));
        for (const at of [0, 15, 29, 30, 35])
          assert.equal(checksumFailure('github-crc32', mutate(token, at)), 'checksum github-crc32 failed');
      }
    });
  }

  it('rejects other prefixes, lengths and alphabets', () => {
    const body = githubToken().slice(4);
    assert.ok(checksumFailure('github-crc32', `ghx_${body}`));
    assert.ok(checksumFailure('github-crc32', `ghp_${body}0`));
    assert.ok(checksumFailure('github-crc32', `ghp_${body.slice(0, 35)}-`));
  });
});

describe('npm-crc32', () => {
  it("accepts the token from npm's announcement of the format and rejects it with one character changed", () => {
    // Published by npm as a sample of the new format (npm_ + 30 random + 6 CRC32 base62), not a live token.
    const published = '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';
    assert.equal(checksumFailure('npm-crc32', published), undefined);
    assert.equal(checksumFailure('npm-crc32', mutate(published, 3)), 'checksum npm-crc32 failed');
    assert.equal(checksumFailure('npm-crc32', mutate(published, 33)), 'checksum npm-crc32 failed');
  });

  it('accepts fresh valid npm tokens', () => {
    for (let round = 0; round < 20; round++)
      assert.equal(checksumFailure('npm-crc32', `npm_${githubToken().slice(4)}`), undefined);
  });
});

describe('checksum in the detector', () => {
  const rule = compileRule(ruleDefinition('github-crc32', 'ghp_'), 'test');
  const detector = createDetector([rule], defaultFilters(defaultConfig()));
  const scan = (text: string) => detector.detect({ text, origin: { kind: 'file', path: 'x.env' }, startLine: 1 });

  it('reports a checksum-valid token at high confidence', () => {
    const { findings } = scan(`GITHUB_TOKEN=${githubToken()}`);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.confidence, 'high');
  });

  it('drops a token with one character changed, saying why', () => {
    const { findings, dropped } = scan(`GITHUB_TOKEN=${mutate(githubToken(), 7)}`);
    assert.deepEqual(findings, []);
    assert.equal(dropped.length, 1);
    assert.equal(dropped[0]?.filter, 'checksum');
    assert.equal(dropped[0]?.reason, 'checksum github-crc32 failed');
  });

  it('an unknown checksum name is a rule error', () => {
    assert.match(
      validateRuleShape(ruleDefinition('crc64-of-nothing', 'ghp_'), 'r').join('\n'),
      /checksum: unknown checksum 'crc64-of-nothing'/,
    );
    assert.throws(() => compileRule(ruleDefinition('crc64-of-nothing', 'ghp_'), 'test'), /unknown checksum/);
  });
});
