import type { Filter } from './filter.js';
import { placeholderReason } from './placeholder.js';
import { templateReferenceReason } from './template-reference.js';

/**
 * An encoded value whose decoding is a placeholder: a Kubernetes Secret's `data:` holding base64 of
 * `your-api-key` or `changeme`, or a JWT whose payload is documentation (`"sub": "1234567890"`). The decoded
 * text goes through the same placeholder and template checks as any literal.
 */
const BASE64 = /^[A-Za-z0-9+/_-]{8,}={0,2}$/;
const JWT = /^eyJ[A-Za-z0-9_-]{4,}\.(eyJ[A-Za-z0-9_-]{4,})\.[A-Za-z0-9_-]{0,}$/;

/** The readable text `value` decodes to, or undefined when it is not base64 of text. */
function decodedText(value: string): string | undefined {
  const jwt = JWT.exec(value);
  const body = jwt ? (jwt[1] as string) : BASE64.test(value) ? value : undefined;
  if (body === undefined || body.replace(/=+$/, '').length % 4 === 1) return undefined;
  const text = Buffer.from(body, /[-_]/.test(body) ? 'base64url' : 'base64').toString('latin1');
  return /^[\x20-\x7e\t\r\n]{4,}$/.test(text) ? text : undefined;
}

export function decodedPlaceholderReason(value: string): string | undefined {
  const text = decodedText(value);
  if (text === undefined) return undefined;
  const reason = templateReferenceReason(text) ?? placeholderReason(text);
  return reason ? `decodes to a placeholder: ${reason}` : undefined;
}

export const decodedPlaceholderFilter: Filter = {
  name: 'decoded-placeholder',
  check: ({ candidate }) => decodedPlaceholderReason(candidate.secret),
};
