/**
 * A generated bundle that is not named like one (`vendor/app.js` rather than `app.min.js`): a source-map
 * comment at the end, and nearly all of its text in minified lines. With the default ignores those lines are
 * not scanned (generic rules fire on minified identifiers); every other line of the file still is, so neither
 * the comment nor one long line can hide a key written on a line of its own.
 */
const BUNDLE_EXTENSION = /\.(?:[cm]?js|css)$/i;
const SOURCE_MAP_COMMENT = /[#@] sourceMappingURL=/;
const MIN_BUNDLE_CHARS = 2048;
/** Hand-written code stays well under 200 characters a line; minified output runs to thousands. */
const MINIFIED_LINE = 500;
/** The share of the text in minified lines that makes a bundle: a license header and the comment are the rest. */
const MINIFIED_SHARE = 0.9;

export interface BundleText {
  /** The text with its minified lines emptied: line numbers unchanged. */
  text: string;
  lines: number;
  chars: number;
}

/** The text without its minified lines when it is a generated bundle, else undefined. */
export function withoutMinifiedLines(text: string, path: string): BundleText | undefined {
  if (!BUNDLE_EXTENSION.test(path) || text.length < MIN_BUNDLE_CHARS) return undefined;
  if (!SOURCE_MAP_COMMENT.test(text.slice(-512))) return undefined;
  const lines = text.split('\n');
  let minifiedChars = 0;
  let minifiedLines = 0;
  for (const line of lines) {
    if (line.length >= MINIFIED_LINE) {
      minifiedChars += line.length;
      minifiedLines++;
    }
  }
  if (minifiedChars / text.length < MINIFIED_SHARE) return undefined;
  return {
    text: lines.map((line) => (line.length >= MINIFIED_LINE ? '' : line)).join('\n'),
    lines: minifiedLines,
    chars: minifiedChars,
  };
}
