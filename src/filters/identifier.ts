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
  // Django migration names, enum members, snake_case settings: `0003_tokenproxy`, `session_token_store`.
  [/^(?=[a-z0-9_]*[a-z]{3})(?:[a-z]+|[0-9]+)(?:_(?:[a-z]+|[0-9]+)){1,20}$/, 'a snake_case name'],
  // Laravel and Rails validation lists, scopes: `required|confirmed`, `read:user,repo`.
  [/^[a-z_.]{2,40}(?:[|,:][a-z0-9_.]{1,40}){1,20}$/, 'a list of words (rules or scopes)'],
];

/**
 * A run of 16+ letters and digits where digits break the letters three or more times (`b0cgrppaf5yztny1g6ao`,
 * `ZC9Ecf4M5g9o34Q6`) is drawn at random, not named by a person: a dotted token (`s.ZC9Ecf4M…`, Authress
 * `sc_….acc_….b0cg…`) is not a settings path. `Oauth2AccessToken`, `sha256` stay identifiers.
 */
const RANDOM_RUN = /[A-Za-z0-9]{16,}/g;
function hasRandomRun(value: string): boolean {
  for (const run of value.match(RANDOM_RUN) ?? [])
    if (/[A-Za-z]/.test(run) && (run.match(/[0-9]+/g)?.length ?? 0) >= 3) return true;
  return false;
}

export function identifierReason(value: string): string | undefined {
  // An unquoted value runs on to the separator after it: `=> :unprocessable_entity,`.
  const bare = value.replace(/[,;)]{1,3}$/, '');
  if (hasRandomRun(bare)) return undefined;
  return firstMatchingReason(IDENTIFIERS, bare);
}

/**
 * Three or more lower-case words joined by hyphens (`netlify-access-token`, `octopus-deploy-api-key`): a name a
 * person wrote, such as a rule or setting id in a lookup table, never a key a vendor drew at random. The one
 * identifier shape checked for vendor rules too, whose keyed values (20-22 characters of letters, digits, `_`
 * and `-`) such a name can fill: a random value of that alphabet is all lower-case letters and hyphens about
 * once in 10^8.
 */
const KEBAB_CASE_NAME = /^[a-z]{2,24}(?:-[a-z]{2,24}){2,12}$/;

export const identifierFilter: Filter = {
  name: 'identifier',
  check: ({ candidate }) => {
    if (candidate.rule.confidence === 'low') return identifierReason(candidate.secret);
    return KEBAB_CASE_NAME.test(candidate.secret) ? 'a kebab-case name (words joined by hyphens)' : undefined;
  },
};
