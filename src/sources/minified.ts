/**
 * A generated bundle that is not named like one (`vendor/app.js` rather than `app.min.js`): minified lines and a
 * source-map comment at the end. Skipped with the default ignores, like `*.min.js`, and counted as such.
 */
const BUNDLE_EXTENSION = /\.(?:[cm]?js|css)$/i;
const SOURCE_MAP_COMMENT = /[#@] sourceMappingURL=/;
const SAMPLE_BYTES = 256 * 1024;
/** Hand-written code averages well under 100 characters a line; minified output runs to thousands. */
const MIN_AVERAGE_LINE = 500;

export function looksLikeGeneratedBundle(bytes: Buffer, path: string): boolean {
  if (!BUNDLE_EXTENSION.test(path) || bytes.length < 2048) return false;
  const tail = bytes.subarray(Math.max(0, bytes.length - 512)).toString('latin1');
  if (!SOURCE_MAP_COMMENT.test(tail)) return false;
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
  let lines = 1;
  for (const byte of sample) if (byte === 10) lines++;
  return sample.length / lines >= MIN_AVERAGE_LINE;
}
