import { isUtf8 } from 'node:buffer';

/**
 * Text vs binary, and how to decode text: the one decision every source makes (directory, stdin, and git
 * blobs), so a key that one mode finds is never hidden from another by a different label.
 */
export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'latin1';

/** Magic numbers of formats that hold no scannable text. Trusted only when the bytes after them agree. */
const BINARY_SIGNATURES: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, JAR, DOCX
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0x4d, 0x5a], // PE / DOS executable
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x77, 0x4f, 0x46], // WOFF
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
  [0xca, 0xfe, 0xba, 0xbe], // Java class
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
];

/**
 * The sample judged: large enough that a key cannot be hidden behind a few kilobytes of control bytes (git looks
 * at 8 KB and one NUL), small enough to cost nothing next to matching.
 */
export const SNIFF_BYTES = 1024 * 1024;
/** Compressed or machine data has ~11% control bytes; text, even with stray NULs, has almost none. */
const CONTROL_RATIO = 0.1;
/**
 * After a known magic number a lower bar: real images, archives and executables clear it easily, while a text
 * file that merely starts with `MZ` or `%PDF` (or was made to) has no control bytes after it.
 */
const SIGNATURE_CONTROL_RATIO = 0.05;
/** UTF-16 without a BOM: most code units of Latin-script text have a zero high byte. */
const UTF16_ZERO_HALF = 0.5;
const UTF16_SAMPLE_BYTES = 64 * 1024;

/** How to read `bytes` as text, or undefined when they are binary. Judged on the first megabyte. */
export function sniffEncoding(bytes: Uint8Array): TextEncoding | undefined {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  // After a magic number only the rest is judged: the magic's own bytes (`PK\x03\x04`) say nothing.
  const signature = signatureLength(sample);
  const rest = sample.length - signature;
  const limit = signature > 0 ? SIGNATURE_CONTROL_RATIO : CONTROL_RATIO;
  if (rest > 0 && controlCount(sample, signature, sample.length, 1) / rest > limit) return undefined;
  return isUtf8(withoutPartialTail(sample)) ? 'utf8' : 'latin1';
}

/** True when the bytes are binary (see `sniffEncoding`). */
export function looksBinary(bytes: Uint8Array): boolean {
  return sniffEncoding(bytes) === undefined;
}

/**
 * Decodes leniently: UTF-8 when valid, UTF-16 with or without a BOM, otherwise Latin-1 (one character per
 * byte), so ASCII keys inside mixed or broken encodings survive intact and columns match byte offsets. Bytes
 * judged binary are decoded as Latin-1 too: the caller decides whether to scan them.
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding = sniffEncoding(bytes) ?? 'latin1'): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const bomLength = bomEncoding(bytes) === encoding ? (encoding === 'utf8' ? 3 : 2) : 0;
  const body = buffer.subarray(bomLength);
  switch (encoding) {
    case 'utf16le':
      return body.subarray(0, body.length - (body.length % 2)).toString('utf16le');
    case 'utf16be':
      return Buffer.from(body.subarray(0, body.length - (body.length % 2)))
        .swap16()
        .toString('utf16le');
    case 'utf8':
      return isUtf8(body) ? body.toString('utf8') : body.toString('latin1');
    case 'latin1':
      return body.toString('latin1');
  }
}

/** The WHATWG label of an encoding, for `TextDecoder` (streamed decoding of files read in windows). */
export const DECODER_LABEL: Record<TextEncoding, string> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  latin1: 'latin1',
};

function bomEncoding(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return undefined;
}

/** Length of the known magic number the bytes start with, or 0. */
function signatureLength(bytes: Uint8Array): number {
  return (
    BINARY_SIGNATURES.find(
      (signature) => signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte),
    )?.length ?? 0
  );
}

/** 1 for a control byte other than tab, newline, form feed, carriage return and escape (coloured logs), else 0. */
const CONTROL_BYTE = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte++) CONTROL_BYTE[byte] = [9, 10, 12, 13, 0x1b].includes(byte) ? 0 : 1;
CONTROL_BYTE[0x7f] = 1;

/** Control bytes (`CONTROL_BYTE`) every `step` bytes; a table sum, without a branch per byte. */
function controlCount(bytes: Uint8Array, from: number, to: number, step: number): number {
  let count = 0;
  for (let i = from; i < to; i += step) count += CONTROL_BYTE[bytes[i] as number] as number;
  return count;
}

/**
 * UTF-16 without a BOM shows as zero bytes on one side of each pair and none on the other. The other side
 * must read as text too, so a table of small integers is not taken for UTF-16.
 */
function utf16WithoutBom(sample: Uint8Array): TextEncoding | undefined {
  const length = Math.min(sample.length, UTF16_SAMPLE_BYTES) & ~1;
  const pairs = length / 2;
  // Most text has no zero byte at all (one native scan): then it is neither kind.
  if (pairs === 0 || sample.subarray(0, length).indexOf(0) === -1) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  const textSide = (low: number): boolean => controlCount(sample, low, length, 2) / pairs <= CONTROL_RATIO;
  if (zeroOdd / pairs >= UTF16_ZERO_HALF && zeroEven / pairs < CONTROL_RATIO && textSide(0)) return 'utf16le';
  if (zeroEven / pairs >= UTF16_ZERO_HALF && zeroOdd / pairs < CONTROL_RATIO && textSide(1)) return 'utf16be';
  return undefined;
}

/** A sample cut from a longer file may end inside a UTF-8 sequence; that is not invalid UTF-8. */
function withoutPartialTail(sample: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, sample.length); back++) {
    const byte = sample[sample.length - back] as number;
    if (byte < 0x80) return sample;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? sample.subarray(0, sample.length - back) : sample;
    }
  }
  return sample;
}
