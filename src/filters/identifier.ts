import { firstMatchingReason, type Filter } from './filter.js';

/**
 * Names that sit where a value goes: a Ruby symbol, a class or constant path, a Rails route target, an i18n
 * key, a qualified class name. Generic rules only: they match any value after a secret-sounding name
 * (`"InvalidAuthenticityToken" => :unprocessable_entity`, `"/disk/:encoded_token" => "active_storage/disk#update"`).
 */
const IDENTIFIERS: [RegExp, string][] = [
  [/^:[A-Za-z_][\w]{0,100}[?!]?$/, 'a Ruby symbol'],
  [/^:{0,2}[A-Z][\w]{0,100}(?:::[A-Z][\w]{0,100}){1,10}$/, 'a class or constant path'],
  [/^[a-z_][\w]{0,100}(?:\/[a-z_][\w]{0,100}){0,10}#[a-z_][\w]{0,100}[?!]?$/, 'a route (controller#action)'],
  [/^[a-z_][a-z0-9_-]{0,100}(?:\.(?:[a-z_][a-z0-9_-]{0,100}|%[sd])){2,10}$/, 'a dotted key (i18n or settings path)'],
  // `org.acme.auth.TokenService`, JVM internal names `io/ktor/server/auth/AuthenticationFailedCause$NoCredentials`.
  [/^(?:[a-z_][\w]{0,100}[./]){1,15}[A-Z][\w]{0,100}(?:[.$][A-Z][\w]{0,100}){0,5}$/, 'a qualified class name'],
  // Laravel and Rails validation lists, scopes: `required|confirmed`, `read:user,repo`.
  [/^[a-z_.]{2,40}(?:[|,:][a-z0-9_.]{1,40}){1,20}$/, 'a list of words (rules or scopes)'],
];

export function identifierReason(value: string): string | undefined {
  // An unquoted value runs on to the separator after it: `=> :unprocessable_entity,`.
  const bare = value.replace(/[,;)]{1,3}$/, '');
  return firstMatchingReason(IDENTIFIERS, bare);
}

export const identifierFilter: Filter = {
  name: 'identifier',
  check: ({ candidate }) => (candidate.rule.confidence === 'low' ? identifierReason(candidate.secret) : undefined),
};
