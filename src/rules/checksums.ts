/**
 * Offline checksum validators for token formats whose vendors document one. A rule names its validator with
 * `checksum: <name>`; a candidate whose checksum fails is a typo, a truncation or a made-up string, not a
 * working key, so it is dropped (with the reason shown by --explain).
 */

/** Returns true when the token's embedded checksum is right. */
export type ChecksumValidator = (token: string) => boolean;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE 802.3, the zlib one) of the UTF-8 bytes of `text`. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `value` in base 62 (alphabet 0-9A-Za-z), left-padded with '0' to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/**
 * GitHub's token format (ghp_, gho_, ghu_, ghs_, ghr_) and npm's granular tokens (npm_) share one scheme:
 * `<prefix>_` + 30 random base62 characters + 6 characters of base62(CRC32(random part)).
 */
const prefixedCrc32 =
  (prefixes: readonly string[]): ChecksumValidator =>
  (token) => {
    const prefix = prefixes.find((p) => token.startsWith(p));
    if (prefix === undefined) return false;
    const body = token.slice(prefix.length);
    if (body.length !== 36 || !/^[A-Za-z0-9]{36}$/.test(body)) return false;
    return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
  };

export const CHECKSUM_VALIDATORS: Readonly<Record<string, ChecksumValidator>> = {
  'github-crc32': prefixedCrc32(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']),
  'npm-crc32': prefixedCrc32(['npm_']),
};

export const isKnownChecksum = (name: string): boolean => Object.hasOwn(CHECKSUM_VALIDATORS, name);

/** Why the token fails its rule's checksum, or undefined when it passes (or the rule has none). */
export function checksumFailure(name: string | undefined, token: string): string | undefined {
  if (name === undefined) return undefined;
  const validator = CHECKSUM_VALIDATORS[name];
  if (validator === undefined) return `unknown checksum ${name}`;
  return validator(token) ? undefined : `checksum ${name} failed`;
}
