import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEncodedValues } from '../../src/detect/encoded-values.js';
import { githubToken } from '../helpers/tokens.js';
import { detectorOf, testRule } from '../helpers/detector.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');
const hex = (text: string): string => Buffer.from(text).toString('hex');

const ghRule = testRule({
  id: 'test-github-token',
  keywords: ['ghp_'],
  pattern: '(?<![A-Za-z0-9_])(?<secret>ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])',
  checksum: 'github-crc32',
});
const passwordRule = testRule({
  id: 'test-password',
  confidence: 'low',
  keywords: ['password'],
  pattern: `password["']?[ \\t]{0,4}[:=][ \\t]{0,4}["']?(?<secret>[!#-&(-_a-~]{10,64})`,
  flags: 'i',
  min_entropy: 3,
});
const detect = detectorOf([ghRule, passwordRule]);

describe('findEncodedValues', () => {
  it('decodes base64, base64url, hex and percent-encoded runs that are text', () => {
    const token = githubToken();
    const text = `a: ${b64(`{"t":"${token}"}`)}\nb: ${hex(`token=${token}`)}\nc: https://x.io/?q=%7B%22t%22%3A%22${token}%22%7D\n`;
    const values = findEncodedValues(text);
    assert.deepEqual(
      values.map((v) => v.encoding),
      ['base64', 'hex', 'percent'],
    );
    for (const value of values) assert.ok(value.decoded.includes(token), value.encoding);
    assert.equal(text.slice(values[0]!.start, values[0]!.end), b64(`{"t":"${token}"}`));
  });

  it('leaves binary, identifiers and hashes alone', () => {
    const text = [
      `png: ${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 250, 251, 252, 253, 254, 255, 7, 8, 9, 10]).toString('base64')}`,
      'const x = getElementsByTagNameAndClassName();',
      'sha: 3f786850e387550fdab836ed7e6dc881de23001b',
      'plain text without any % escapes',
    ].join('\n');
    assert.deepEqual(findEncodedValues(text), []);
  });

  it('stops at the size budget', () => {
    const many = Array.from({ length: 50 }, (_, i) => `k${i}: ${b64(`value number ${i} with some text`)}`).join('\n');
    const values = findEncodedValues(many, { maxValueChars: 1024, maxTotalChars: 200, maxValues: 256 });
    assert.ok(values.length > 0 && values.length < 50);
    assert.ok(values.reduce((sum, v) => sum + v.decoded.length, 0) <= 200);
  });
});

describe('detection in decoded values', () => {
  it('finds a token in a Kubernetes Secret data value and says it was decoded from base64', () => {
    const token = githubToken();
    const { findings } = detect(`apiVersion: v1\nkind: Secret\ndata:\n  token: ${b64(token)}\n`, 'secret.yaml');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.ruleId, 'test-github-token');
    assert.equal(findings[0]?.secret.reveal(), token);
    assert.equal(findings[0]?.decodedFrom, 'base64');
    assert.equal(findings[0]?.line, 4);
    assert.equal(findings[0]?.column, 10);
  });

  it('keeps the key name of the line as context for a decoded password', () => {
    const { findings } = detect(`data:\n  password: ${b64('q7Rz!v2Lm#9pXe4W')}\n`, 'secret.yaml');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.secret.reveal(), 'q7Rz!v2Lm#9pXe4W');
    assert.equal(findings[0]?.decodedFrom, 'base64');
  });

  it('decodes hex and percent-encoding, and base64 inside base64 (two levels)', () => {
    const token = githubToken();
    assert.equal(detect(`blob = "${hex(`{"token": "${token}"}`)}"`, 'x.py').findings[0]?.decodedFrom, 'hex');
    assert.equal(
      detect(`url = "https://x.io/?cfg=${encodeURIComponent(`{"t":"${token}"}`)}"`, 'x.py').findings[0]?.decodedFrom,
      'percent',
    );
    const nested = b64(`{"auth": "${b64(`{"t": "${token}"}`)}"}`);
    const found = detect(`config: ${nested}`, 'x.yaml').findings;
    assert.equal(found.length, 1);
    assert.equal(found[0]?.decodedFrom, 'base64>base64');
  });

  it('goes no deeper than two levels', () => {
    const token = githubToken();
    const threeDeep = b64(b64(b64(`t: ${token}`)));
    assert.deepEqual(detect(`config: ${threeDeep}`, 'x.yaml').findings, []);
  });

  it('reports a plain token once, not again from a decoding of its surroundings', () => {
    const token = githubToken();
    const { findings } = detect(`GITHUB_TOKEN=${token}\nother: ${b64('just some words here')}\n`);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.decodedFrom, undefined);
  });
});
