import type { Filter } from './filter.js';

/**
 * Images and fonts embedded as base64 (data URIs in SVG, CSS, HTML, Markdown, notebooks): megabytes of random
 * base64 in which any prefix turns up by chance (an `EAAA…` run inside a PNG is not a Facebook token).
 */
// Magic numbers of PNG, JPEG, GIF, SVG, XML, WebP, WOFF/WOFF2, TrueType and OpenType fonts, ICO, PDF in base64.
const BASE64_MEDIA = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|PHN2Zy|PD94bWwg|UklGR|d09GRg|d09GMg|AAEAAAA|T1RUTw|AAABAA|JVBERi0)/;
const DATA_URI_HEAD = /data:[\w.+-]{1,100}\/[\w.+-]{1,100}(?:;[\w.+-]{1,100}=[\w.+-]{1,100}){0,4};base64,$/;
const BASE64_CHARS = /^[A-Za-z0-9+/=\s\\]*$/;

/** The data URI whose base64 payload holds the line's `column`, if any. */
function insideDataUri(lineText: string, column: number): boolean {
  const marker = lineText.lastIndexOf(';base64,', column);
  if (marker < 0) return false;
  const payloadStart = marker + ';base64,'.length;
  if (payloadStart > column) return false;
  const head = lineText.slice(Math.max(0, marker - 220), payloadStart);
  if (!DATA_URI_HEAD.test(head)) return false;
  return BASE64_CHARS.test(lineText.slice(payloadStart, column));
}

export function encodedMediaReason(value: string, lineText: string, column: number): string | undefined {
  if (value.startsWith('data:')) return 'a data URI';
  if (BASE64_MEDIA.test(value)) return 'base64 of an image or font';
  if (insideDataUri(lineText, column)) return 'inside a base64 data URI';
  return undefined;
}

export const encodedMediaFilter: Filter = {
  name: 'encoded-media',
  check: ({ candidate, lineText, column }) => encodedMediaReason(candidate.secret, lineText, column),
};
