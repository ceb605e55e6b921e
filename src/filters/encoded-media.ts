import type { Filter } from './filter.js';

/**
 * Images and fonts embedded as base64 (data URIs in SVG, CSS, HTML, Markdown, notebooks): megabytes of random
 * base64 in which any prefix turns up by chance (an `EAAA…` run inside a PNG is not a Facebook token).
 */
// Magic numbers of PNG, JPEG, GIF, SVG, XML, WebP, WOFF/WOFF2, TrueType and OpenType fonts, ICO, PDF in base64.
const BASE64_MEDIA = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|PHN2Zy|PD94bWwg|UklGR|d09GRg|d09GMg|AAEAAAA|T1RUTw|AAABAA|JVBERi0)/;
const DATA_URI_HEAD = /data:[\w.+-]{1,100}\/[\w.+-]{1,100}(?:;[\w.+-]{1,100}=[\w.+-]{1,100}){0,4};base64,$/;

/** Where the run of base64 characters that reaches `column` starts. */
function base64RunStart(lineText: string, column: number): number {
  let start = column;
  while (start > 0 && isBase64Char(lineText.charCodeAt(start - 1))) start--;
  return start;
}

const isBase64Char = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47;

/**
 * Whether the line's `column` lies in base64 media: the payload of a data URI, or a run that starts with an
 * image or font's magic number (a notebook's `"image/png": "iVBOR…"` output, a mail attachment).
 */
function insideMedia(lineText: string, column: number): boolean {
  const runStart = base64RunStart(lineText, column);
  if (BASE64_MEDIA.test(lineText.slice(runStart, runStart + 12))) return true;
  if (!lineText.startsWith(';base64,', runStart - ';base64,'.length)) return false;
  return DATA_URI_HEAD.test(lineText.slice(Math.max(0, runStart - 220), runStart));
}

export function encodedMediaReason(value: string, lineText: string, column: number): string | undefined {
  if (value.startsWith('data:')) return 'a data URI';
  if (BASE64_MEDIA.test(value)) return 'base64 of an image or font';
  if (insideMedia(lineText, column)) return 'inside a base64 image or font';
  return undefined;
}

export const encodedMediaFilter: Filter = {
  name: 'encoded-media',
  check: ({ candidate, lineText, column }) => encodedMediaReason(candidate.secret, lineText, column),
};
