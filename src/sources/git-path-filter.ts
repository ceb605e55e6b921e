import type { Config } from '../config/config.js';
import { DEFAULT_IGNORED_PATHS } from '../config/defaults.js';
import type { Skipped } from './fragment.js';
import { globMatcher } from './glob-matcher.js';

const CACHE_LIMIT = 10_000;

/**
 * The path skips `scan` applies to files, for git sources: the config's `allowlist.paths` and (unless turned
 * off) the default ignores, plus `extraSkips` (leakscan's own fingerprint files) (node_modules, lockfiles, bundles), matched against repository-relative paths.
 * Memoised, since history sees the same paths in commit after commit.
 */
export function gitPathFilter(config: Config, extraSkips: readonly string[] = []): (path: string) => Skipped['reason'] | undefined {
  const skipGlobs = [...config.allowlist.paths, ...extraSkips];
  const allowlisted = skipGlobs.length > 0 ? globMatcher(skipGlobs) : undefined;
  const ignored = config.defaultIgnores ? globMatcher(DEFAULT_IGNORED_PATHS) : undefined;
  const cache = new Map<string, Skipped['reason'] | undefined>();
  return (path) => {
    if (cache.has(path)) return cache.get(path);
    const reason = allowlisted?.(path) ? 'allowlisted-path' : ignored?.(path) ? 'default-ignored-path' : undefined;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(path, reason);
    return reason;
  };
}
