import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Loads one CommonJS file (the hook's bundle, dist/staged-fast-path.cjs) the way `require` would, but compiled
 * with a V8 code cache kept in the user's cache directory: compiling the 450 KB bundle and the functions a hook
 * run calls was ~10% of the hook's instructions, and Node 20 has no `module.enableCompileCache`.
 *
 * The cache is `$XDG_CACHE_HOME/leakscan` (else `~/.cache/leakscan`), never anything under the scanned
 * repository: V8 trusts a code cache's payload, so a planted one would run code of the planter's choosing.
 * Its file name carries the SHA-256 of the bundle's bytes and the Node version and architecture, so another
 * leakscan or Node installed beside this one keeps its own. V8 checks only its version, flags and the source's
 * length, and does not checksum the payload in release builds (a flipped byte crashes the process), so each
 * file starts with the SHA-256 of the payload and one that does not match, is not a regular file of ours, or
 * is rejected by V8 is ignored and written anew. Writing goes to an exclusive temporary file (0600, directory
 * 0700) renamed into place. Any failure (no home, a read-only or unwritable directory) just means no cache.
 *
 * Code compiled from a cache has no dynamic-import callback in Node 20, so the bundle's `import()` calls go to
 * `importer` (scripts/build.mjs rewrites them), which must resolve specifiers relative to `file`'s directory.
 */
export function requireWithCodeCache(
  file: string,
  importer: (specifier: string) => Promise<unknown>,
  env: NodeJS.ProcessEnv = process.env,
): CachedModule {
  const source = readFileSync(file);
  // crypto is loaded here rather than at start-up: the other commands never pay for it.
  const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const sha256 = (data: Uint8Array): Buffer => crypto.createHash('sha256').update(data).digest();
  const directory = cacheDirectory(env);
  const cacheFile =
    directory &&
    join(
      directory,
      `${basename(file)}-${sha256(source).toString('hex').slice(0, 32)}-${process.version}-${process.arch}.v8`,
    );
  const cachedData = cacheFile ? readCache(cacheFile, sha256) : undefined;
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname, __leakscanImport) {${source.toString('utf8')}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  );
  const loaded = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    loaded.exports,
    loaded.exports,
    createRequire(file),
    loaded,
    file,
    dirname(file),
    importer,
  );
  const state: CachedModule['state'] = !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  return {
    exports: loaded.exports,
    state,
    // Called once the run is done: the cache then holds the functions this run compiled, not just the top level.
    save() {
      if (state === 'used' || !directory || !cacheFile) return;
      const payload = script.createCachedData();
      writeCache(directory, cacheFile, [sha256(payload), payload], crypto.randomBytes(6).toString('hex'));
    },
  };
}

export interface CachedModule {
  exports: unknown;
  /** Whether V8 was given a cache and took it. */
  state: 'used' | 'rejected' | 'missing';
  save(): void;
}

function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  const configured = env.XDG_CACHE_HOME;
  if (configured && isAbsolute(configured)) return join(configured, 'leakscan');
  try {
    const home = homedir();
    return home && isAbsolute(home) ? join(home, '.cache', 'leakscan') : undefined;
  } catch {
    return undefined;
  }
}

const CHECKSUM_BYTES = 32;
const MAX_CACHE_BYTES = 64 << 20;

/** The payload, or undefined unless the file is a regular file of this user's, private, and intact. */
function readCache(path: string, sha256: (data: Uint8Array) => Buffer): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    const owner = process.getuid?.();
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES || (stat.mode & 0o022) !== 0) return undefined;
    if (owner !== undefined && stat.uid !== owner) return undefined;
    const data = readFileSync(fd);
    if (data.length <= CHECKSUM_BYTES) return undefined;
    const payload = data.subarray(CHECKSUM_BYTES);
    return sha256(payload).equals(data.subarray(0, CHECKSUM_BYTES)) ? payload : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function writeCache(directory: string, path: string, parts: Buffer[], nonce: string): void {
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${nonce}.tmp`);
  let fd: number | undefined;
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    fd = openSync(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o600,
    );
    for (const part of parts) for (let done = 0; done < part.length; ) done += writeSync(fd, part, done);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Never created.
    }
  }
}
