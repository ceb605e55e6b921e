// The text/binary decision every source shares (src/sources/decode-text.ts): its contract, byte by byte.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { decodeText, looksBinary, sniffEncoding } from '../../src/sources/decode-text.js';

const text = 'name = "café"\nTOKEN=abc123\n';

describe('sniffEncoding / decodeText', () => {
  it('reads UTF-8, Latin-1, UTF-16 with and without a BOM, and text after a magic number, as the same text', () => {
    const cases: [Buffer, string][] = [
      [Buffer.from(text), 'utf8'],
      [Buffer.from(text, 'latin1'), 'latin1'],
      [Buffer.from(text, 'utf16le'), 'utf16le'],
      [Buffer.from(text, 'utf16le').swap16(), 'utf16be'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf16le'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'utf16be'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf8'],
    ];
    for (const [bytes, encoding] of cases) {
      assert.equal(sniffEncoding(bytes), encoding);
      assert.equal(decodeText(bytes), text, encoding);
    }
    for (const magic of ['MZ', '%PDF-1.4\n', 'GIF89a', 'SQLite format 3\0', '\x89PNG\r\n\x1a\n', 'PK\x03\x04']) {
      const bytes = Buffer.from(`${magic}${text}`, 'latin1');
      assert.equal(looksBinary(bytes), false, JSON.stringify(magic));
      assert.ok(decodeText(bytes).endsWith(text));
    }
  });

  it('binary: control bytes over 10%, or a magic number with compressed data after it; stray NULs are text', () => {
    assert.equal(looksBinary(Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), randomBytes(8192)])), true);
    assert.equal(looksBinary(Buffer.alloc(100, 1)), true);
    assert.equal(looksBinary(Buffer.from(`\0\0${text.repeat(10)}\0`)), false);
    assert.equal(looksBinary(Buffer.from(`\u001b[31m${text}\u001b[0m`.repeat(20))), false);
    assert.equal(looksBinary(Buffer.alloc(0)), false);
  });
});
