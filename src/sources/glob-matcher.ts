import micromatch from 'micromatch';

/** One predicate for a list of micromatch globs (dotfiles included); an empty list matches nothing. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map((glob) => micromatch.matcher(glob, { dot: true }));
  return (path) => matchers.some((matches) => matches(path));
}
