import type { Response } from './send-request.js';
import type { ResponseMatcher, VerifierDefinition } from './verifier-definition.js';
import type { VerificationState } from './verification.js';

function jsonAt(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(part)] : (current as Record<string, unknown>)[part];
  }
  return current;
}

function matches(matcher: ResponseMatcher, response: Response, json: () => unknown): boolean {
  if (!matcher.status.includes(response.status)) return false;
  if (matcher.body_includes && !matcher.body_includes.every((text) => response.body.includes(text))) return false;
  if (matcher.json) {
    const parsed = json();
    if (parsed === undefined) return false;
    for (const [path, expected] of Object.entries(matcher.json)) if (jsonAt(parsed, path) !== expected) return false;
  }
  return true;
}

/**
 * A response's meaning. Only the vendor's own answer (a listed status *and* its body) decides live or invalid;
 * redirects, rate limits, server errors, HTML pages and anything unrecognised are `unknown`, with the reason.
 */
export function classifyResponse(
  definition: VerifierDefinition,
  host: string,
  response: Response,
): { state: VerificationState; reason: string } {
  const from = `${response.status} from ${host}`;
  if (response.status >= 300 && response.status < 400) {
    let target = 'an unreadable location';
    try {
      const location = new URL(String(response.headers.location ?? ''), `https://${host}/`);
      target = location.hostname === host ? `${host} (same host)` : `another host, ${location.hostname}`;
    } catch {
      // keep the generic wording
    }
    return { state: 'unknown', reason: `${from}: redirect to ${target}, not followed` };
  }
  if (response.status === 429) return { state: 'unknown', reason: `${from}: rate limited` };
  if (response.status >= 500) return { state: 'unknown', reason: `${from}: server error` };
  if (response.truncated) return { state: 'unknown', reason: `${from}: an answer over 64 KB, not a key check's` };
  const type = String(response.headers['content-type'] ?? '');
  if (/html/i.test(type) || /^\s*<(!doctype|html)/i.test(response.body))
    return { state: 'unknown', reason: `${from}: an HTML page, not the vendor's API answer (a WAF or proxy?)` };
  let parsed: unknown;
  let parsedOnce = false;
  const json = (): unknown => {
    if (!parsedOnce) {
      parsedOnce = true;
      try {
        parsed = JSON.parse(response.body);
      } catch {
        parsed = undefined;
      }
    }
    return parsed;
  };
  for (const kind of ['live', 'invalid'] as const) {
    const matcher = definition[kind].find((candidate) => matches(candidate, response, json));
    if (matcher) return { state: kind, reason: `${from}: ${matcher.reason}` };
  }
  return { state: 'unknown', reason: `${from}: not an answer this verifier recognises` };
}
