import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readStateFile, replaceStateFile } from '../state/state-file.js';
import type { Verification } from './verification.js';

const WHAT = 'verification cache';
const KEY_WHAT = 'verification cache key';

/**
 * Answers kept between runs (`--verify-cache-ttl`), in `verify-cache.json` of the user state directory, keyed by
 * an HMAC of the run's key hash under a random key of this user's (`verify-cache.key`, 0600), never the key.
 * A plain hash would let anyone who reads the cache confirm a guessed key and learn whether it was live.
 * Only `live` and `invalid` are kept: `unknown` is asked again.
 */
export class DiskCache {
  readonly #file: string;
  readonly #hmacKey: Buffer;
  readonly #entries: Record<string, Verification>;
  #changed = false;

  constructor(
    directory: string,
    private readonly ttlMs: number,
  ) {
    this.#file = join(directory, 'verify-cache.json');
    this.#hmacKey = cacheKey(join(directory, 'verify-cache.key'));
    let entries: Record<string, Verification> = {};
    try {
      const parsed = JSON.parse(readStateFile(this.#file, WHAT) ?? '{}') as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        entries = parsed as Record<string, Verification>;
    } catch {
      // An unreadable cache is an empty one: every key is asked again.
    }
    this.#entries = entries;
  }

  /** `key` is the run's hash of verifier and credential; what is stored is its HMAC under this user's key. */
  get(key: string, now = Date.now()): Verification | undefined {
    const entry = this.#entries[this.#stored(key)];
    if (!entry || (entry.state !== 'live' && entry.state !== 'invalid')) return undefined;
    const age = now - Date.parse(entry.checkedAt);
    return age >= 0 && age < this.ttlMs ? entry : undefined;
  }

  set(key: string, verification: Verification): void {
    if (verification.state === 'unknown') return;
    this.#entries[this.#stored(key)] = verification;
    this.#changed = true;
  }

  #stored(key: string): string {
    return createHmac('sha256', this.#hmacKey).update(key).digest('hex');
  }

  save(now = Date.now()): void {
    if (!this.#changed) return;
    for (const [key, entry] of Object.entries(this.#entries))
      if (now - Date.parse(entry.checkedAt) >= this.ttlMs) delete this.#entries[key];
    mkdirSync(join(this.#file, '..'), { recursive: true, mode: 0o700 });
    replaceStateFile(this.#file, `${JSON.stringify(this.#entries)}\n`, WHAT);
  }
}

/**
 * This user's cache key: read, or made on first use. One that cannot be read or written (a read-only state
 * directory) gives a key for this run only, so answers kept before are simply not found.
 */
function cacheKey(file: string): Buffer {
  try {
    const stored = readStateFile(file, KEY_WHAT)?.trim();
    if (stored && /^[0-9a-f]{64}$/.test(stored)) return Buffer.from(stored, 'hex');
  } catch {
    // Unreadable: a new key below.
  }
  const key = randomBytes(32);
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    replaceStateFile(file, `${key.toString('hex')}\n`, KEY_WHAT);
  } catch {
    // Not writable: the cache works for this run only.
  }
  return key;
}
