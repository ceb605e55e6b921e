import type { Config } from '../config/config.js';
import type { Skipped } from './fragment.js';
import { globMatcher } from './glob-matcher.js';

const CACHE_LIMIT = 10_000;

/**
 * The path skips of git sources: only the config's `allowlist.paths` (the user's own choice), matched against
 * repository-relative paths. The default ignores of directory scans (node_modules, lockfiles, bundles, source
 * maps, `.leakscan/`, the baseline) do not apply: what a change adds is scanned wherever it is, or a pull
 * request could hide a key by naming its file `x.min.js`. Memoised: history sees the same paths again and again.
 */
export function gitPathFilter(config: Config): ((path: string) => Skipped['reason'] | undefined) | undefined {
  if (config.allowlist.paths.length === 0) return undefined;
  const allowlisted = globMatcher(config.allowlist.paths);
  const cache = new Map<string, Skipped['reason'] | undefined>();
  return (path) => {
    if (cache.has(path)) return cache.get(path);
    const reason = allowlisted(path) ? 'allowlisted-path' : undefined;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(path, reason);
    return reason;
  };
}
