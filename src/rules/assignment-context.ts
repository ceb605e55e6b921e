/**
 * Most vendor keys without a prefix of their own are only recognisable by the name they are assigned to:
 * `BAREMETRICS_API_KEY=…`, `"baremetricsKey": "…"`, `<baremetricsToken>…`, `X-Baremetrics-Key: …`,
 * `config["Baremetrics:ApiKey"] = "…"`, `define('BAREMETRICS_KEY', '…')`, `--baremetrics-key …`. A rule lists
 * those names in `assigned_to` and its `pattern` holds only the value; the context in front is written once,
 * here, so every keyed rule accepts the same contexts and a new context reaches all of them at once.
 *
 * The context has no lookaround, so a config's custom rules (linear-time engine, no lookbehind) can use it
 * too. The names match case-insensitively while the value keeps the rule's own case: each letter of a name
 * becomes a two-letter class instead of the whole pattern taking the `i` flag.
 *
 * Backtracking is bounded by construction, which is why `rules check` asks recheck about a keyed rule's value
 * alone: the name is literal; the identifier rest cannot contain a quote, bracket, operator or blank, so it
 * ends at one place; whitespace-only and operator forms are exclusive; so at each start position the context
 * can be tried in a bounded number of ways (the identifier rest's length, times a few short choices), and a
 * rule runs on one line or a window of 2 KiB around a keyword (match-rule.ts). The hostile test
 * (test/hostile/keyed-rules.test.ts) scans a long line built to make that context backtrack.
 */

/** What a name fragment may contain: lowercase letters, digits, `_`, `-`, `\.`, and `?`, `|`, `(?:`…`)` groups. */
export const ASSIGNED_NAME_PATTERN = /^(?:[a-z0-9_|?)-]|\(\?:|\\\.)+$/;

const caseFold = (name: string): string => {
  let folded = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    if (ch === '\\') {
      folded += name.slice(i, i + 2);
      i++;
    } else folded += ch >= 'a' && ch <= 'z' ? `[${ch}${ch.toUpperCase()}]` : ch;
  }
  return folded;
};

const QUOTE = String.raw`["'\x60]|\\["']`;
/** Words that name a credential: `Mailgun API key …`, `Kling Secret Key: …`, `bitbar TOKEN …`, `gitter-secret-…`. */
const CREDENTIAL_WORD = `(?:${['api', 'access', 'auth', 'client', 'private', 'personal', 'secret', 'key', 'token', 'pat'].map(caseFold).join('|')})`;

/**
 * After the name, one of two shapes, then opening quotes, `[`, or a Python `b"`/`r"`/`f"` prefix:
 * - an assignment: the rest of the identifier (`_API_KEY`, `.token`, `-secret`, one `:ApiKey` section as in .NET
 *   configuration keys); up to three credential words, each after one to four blanks and with a short rest of
 *   its own, as notes and READMEs write the key's kind (`ollama key = …`, `newsapi KEY …`, `mailboxlayer access
 *   token …`); closing quotes (escaped in JSON-in-JSON) or an indexer's `]`; a string type annotation (Go
 *   `var key string =`, TypeScript `key: string =`); one operator (`=`, `:`, `:=`, `::=`, `=>`, `||=`, Makefile
 *   `?=`, PHP `.=`, `(`, `,`, an XML element's `>`; up to 16 blanks either side, as in aligned Go, YAML or object
 *   literals) or whitespace alone (`ENV KEY value`, `--flag value`);
 * - a credential word glued to the value by a hyphen (`gitter-secret-…`, `cloudplanSECRET-…`).
 */
const TYPE_ANNOTATION = String.raw`(?:[ \t]{0,2}:?[ \t]{1,2}(?:[sS]tring|str))?`;
const OPERATOR = String.raw`(?::{1,3}=|=>|\|\|=|[?.]=|[=:(,>])`;
const LABEL = String.raw`(?:[ \t]{1,4}${CREDENTIAL_WORD}[\w.-]{0,8}){0,3}`;
const ASSIGNMENT = String.raw`[\w.-]{0,32}(?::[\w.-]{1,24})?${LABEL}(?:${QUOTE}|\]){0,2}${TYPE_ANNOTATION}(?:[ \t]{0,16}${OPERATOR}[ \t]{0,16}|[ \t]{1,4})`;
const GLUED = String.raw`[\w.-]{0,24}${CREDENTIAL_WORD}-`;
const AFTER_NAME = String.raw`(?:${ASSIGNMENT}|${GLUED})(?:${QUOTE}|\[|[bBrRfF]["']){0,2}`;

/** The pattern a rule runs: its own, or — with `assigned_to` — the assignment context followed by its value. */
export function rulePattern(definition: { pattern: string; assigned_to?: string[] | undefined }): string {
  const names = definition.assigned_to;
  if (names === undefined || names.length === 0) return definition.pattern;
  return `(?:${names.map(caseFold).join('|')})${AFTER_NAME}${definition.pattern}`;
}
