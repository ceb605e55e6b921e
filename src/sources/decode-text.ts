import { isUtf8 } from 'node:buffer';

/** Magic numbers of formats that hold no scannable text. */
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

const SAMPLE_BYTES = 8192;

/**
 * Binary means a known binary format, or a sample where more than 10% of bytes are control characters other
 * than tab/newline/carriage return/form feed. A text file with a few NUL bytes, Latin-1 accents or broken
 * UTF-8 is still text: a key in it is still a key.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  for (const signature of BINARY_SIGNATURES) {
    if (signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte)) return true;
  }
  const sampleLength = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < sampleLength; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return sampleLength > 0 && control / sampleLength > 0.1;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * Decodes leniently: UTF-8 when valid, UTF-16 with a BOM, otherwise Latin-1 (one character per byte), so
 * ASCII keys inside mixed or broken encodings survive intact and columns match byte offsets.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return isUtf8(bytes) ? bytes.toString('utf8') : bytes.toString('latin1');
}
