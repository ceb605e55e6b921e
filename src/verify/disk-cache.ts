import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readStateFile, replaceStateFile } from '../state/state-file.js';
import type { Verification } from './verification.js';

const WHAT = 'verification cache';

/**
 * Answers kept between runs (`--verify-cache-ttl`), in `verify-cache.json` of the user state directory, keyed by
 * a SHA-256 of the verifier and the key, never the key. Only `live` and `invalid` are kept: `unknown` is asked again.
 */
export class DiskCache {
  readonly #file: string;
  readonly #entries: Record<string, Verification>;
  #changed = false;

  constructor(
    directory: string,
    private readonly ttlMs: number,
  ) {
    this.#file = join(directory, 'verify-cache.json');
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

  get(key: string, now = Date.now()): Verification | undefined {
    const entry = this.#entries[key];
    if (!entry || (entry.state !== 'live' && entry.state !== 'invalid')) return undefined;
    const age = now - Date.parse(entry.checkedAt);
    return age >= 0 && age < this.ttlMs ? entry : undefined;
  }

  set(key: string, verification: Verification): void {
    if (verification.state === 'unknown') return;
    this.#entries[key] = verification;
    this.#changed = true;
  }

  save(now = Date.now()): void {
    if (!this.#changed) return;
    for (const [key, entry] of Object.entries(this.#entries))
      if (now - Date.parse(entry.checkedAt) >= this.ttlMs) delete this.#entries[key];
    mkdirSync(join(this.#file, '..'), { recursive: true, mode: 0o700 });
    replaceStateFile(this.#file, `${JSON.stringify(this.#entries)}\n`, WHAT);
  }
}
