import micromatch from 'micromatch';

/**
 * One predicate for a list of micromatch globs (dotfiles included); an empty list matches nothing. The globs
 * are compiled on the first call: most rules' path allowlists never meet a path during a short scan, and
 * compiling them all cost start-up time on every run.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  let matchers: ((path: string) => boolean)[] | undefined;
  return (path) => {
    matchers ??= globs.map((glob) => micromatch.matcher(glob, { dot: true }));
    return matchers.some((matches) => matches(path));
  };
}
