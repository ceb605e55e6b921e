import type { Filter } from './filter.js';

/**
 * A string built from code at run time (`"#{value}_modified"`, f"{prefix}-{name}", `$"{a}{b}"`): whatever it
 * holds comes from the variables, not from the literal.
 */
// Ruby, CoffeeScript, Elixir, Crystal, Sass: #{expr} (an all-caps #{VAR} is a deploy-time template variable).
const HASH_BRACE = /#\{[^}]{1,200}\}/;
// Swift: \(expr).
const SWIFT = /\\\([^)]{1,200}\)/;
// Kotlin, Groovy, Dart, PHP, Perl: "$name…" inside a double-quoted string.
const DOLLAR_NAME = /\$[a-z_][\w]{0,100}/;
// Python f-strings, C# $"…" strings: {expr} inside a string opened by the prefix.
const BRACE_EXPR = /\{[A-Za-z_][\w.[\]()'"]{0,200}\}/;
// The whole value one hole (`$", Token={accessToken}"`, `"key={apiKey}".format(…)`): a slot, not a literal.
const WHOLE_HOLE = /^\{[A-Za-z_][\w.]{0,100}\}$/;
const INTERPOLATING_QUOTE = /(?:^|[^A-Za-z0-9_])(?:[fF][rR]?|[rR][fF]|\$@?|@\$)["']$/;
const DOUBLE_QUOTED_LANGUAGES = /\.(?:kt|kts|groovy|gradle|dart|php|pl|pm)$/i;

export function interpolationReason(value: string, lineText: string, column: number, path: string): string | undefined {
  if (HASH_BRACE.test(value)) return 'string interpolation #{…}';
  if (SWIFT.test(value)) return 'string interpolation \\(…)';
  if (WHOLE_HOLE.test(value)) return 'a {name} hole of a format or interpolated string';
  const opening = lineText.slice(Math.max(0, column - 4), column);
  if (BRACE_EXPR.test(value) && INTERPOLATING_QUOTE.test(opening)) return 'an interpolated string ({…})';
  if (DOLLAR_NAME.test(value) && opening.endsWith('"') && DOUBLE_QUOTED_LANGUAGES.test(path))
    return 'string interpolation ($name)';
  return undefined;
}

export const interpolationFilter: Filter = {
  name: 'interpolation',
  check: ({ candidate, lineText, column, fragment }) =>
    interpolationReason(candidate.secret, lineText, column, fragment.origin.path),
};
