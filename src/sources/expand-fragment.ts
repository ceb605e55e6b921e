import type { Fragment } from './fragment.js';
import { notebookFragments } from './notebook.js';

/**
 * A source-side step for formats that hide their text inside another encoding: it turns one fragment into the
 * fragments that hold the text as written (a notebook's JSON into its cells), or returns undefined when the
 * fragment is not its format.
 */
export type FragmentTransform = (fragment: Fragment) => Fragment[] | undefined;

const TRANSFORMS: readonly FragmentTransform[] = [notebookFragments];

/** The fragments to scan for what a source read: the fragment itself unless a transform claims it. */
export function expandFragment(fragment: Fragment): Fragment[] {
  for (const transform of TRANSFORMS) {
    const parts = transform(fragment);
    if (parts) return parts;
  }
  return [fragment];
}
