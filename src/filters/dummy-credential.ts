import type { Filter } from './filter.js';

/**
 * Credentials that documentation and templates spell out as words: `mysql://myuser:mypass@localhost`,
 * `postgres:postgres@`, `Basic` of `testuser:testpass123`, Spring's `{noop}secret`. A real password is not
 * the user name again, nor the word "pass" dressed up. The reasons never quote the password.
 */
const DUMMY_PREFIX =
  '(?:my|bad|test|dummy|fake|foo|some|your|db|cache|demo|sample|default|local|dev|app|example|user)?[-_]?';
const DUMMY_PASSWORD = new RegExp(
  `^${DUMMY_PREFIX}(?:pass|passwd|password|passw0rd|pwd|pw|secret|pass[-_]?word)[-_]?\\d{0,4}$`,
  'i',
);
// Metasyntactic and default words: `foo:bar`, `h:asdfqwer1234asdf`, `guest:guest`, RFC 7617's `Aladdin:open sesame`.
const DUMMY_WORDS =
  /^(?:foo|bar|baz|qux|quux|test|demo|pass|secret|user|admin|root|guest|asdf|qwer|qwerty|abc|xyz|opensesame|open|sesame)+$/;
// Strings people type when they need a value for a doc comment or a test: `"abc123xyz456"`, `qwerty12345`.
const TYPED_DUMMY = /abc123|123abc|xyz\d{3}|12345|qwerty|asdf|foobar|foo_bar|hunter2|p[a@]ssw[o0]rd|a1b2c3|1a2b3c/i;

/** Why `value` reads as typed by hand for a test or a doc comment, or undefined. */
export function typedDummyReason(value: string): string | undefined {
  const dummy = TYPED_DUMMY.exec(value);
  return dummy ? `a typed dummy value ('${dummy[0]}')` : undefined;
}
// Spring Security's DelegatingPasswordEncoder prefix before a plain word: `{noop}secret`.
const ENCODER_PREFIXED_WORD = /^\{[a-z0-9-]{1,20}\}[A-Za-z]{1,30}\d{0,3}$/;
// `://user:` just before the password, `@` just after it.
const URL_USER_BEFORE = /:\/\/([^:/@\s]{1,64}):$/;
const BASE64 = /^[A-Za-z0-9+/]{8,}={0,2}$/;

export function dummyCredentialReason(user: string, password: string): string | undefined {
  const bare = password.toLowerCase();
  if (bare === user.toLowerCase() || bare.replace(/\d{1,4}$/, '') === user.toLowerCase())
    return 'a dummy credential (the password is the user name)';
  if (DUMMY_PASSWORD.test(password)) return 'a dummy credential (a password made of the word "pass")';
  if (
    DUMMY_WORDS.test(
      percentDecoded(password)
        .toLowerCase()
        .replace(/[^a-z]/g, ''),
    )
  )
    return 'a dummy credential (placeholder words)';
  return typedDummyReason(password) ? 'a dummy credential (typed by hand: abc123, asdf, qwerty…)' : undefined;
}

function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `user:password` behind a base64 `Basic` value, if that is what it is. */
function basicAuthPair(value: string): [string, string] | undefined {
  if (!BASE64.test(value)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  const match = /^([\x21-\x39\x3b-\x7e]{1,64}):([\x20-\x7e]{1,128})$/.exec(decoded);
  return match ? [match[1] as string, match[2] as string] : undefined;
}

export const dummyCredentialFilter: Filter = {
  name: 'dummy-credential',
  check: ({ candidate, lineText, column }) => {
    const value = candidate.secret;
    if (ENCODER_PREFIXED_WORD.test(value)) return 'a plain word behind a password-encoder prefix ({noop}…)';
    const userInUrl = URL_USER_BEFORE.exec(lineText.slice(Math.max(0, column - 80), column));
    if (userInUrl && lineText[column + value.length] === '@')
      return dummyCredentialReason(userInUrl[1] as string, value);
    const basic = /basic/i.test(lineText.slice(Math.max(0, column - 24), column)) ? basicAuthPair(value) : undefined;
    return basic ? dummyCredentialReason(basic[0], basic[1]) : undefined;
  },
};
