import type * as Re2js from 're2js';
import { InternalError } from '../errors.js';

/** What an allowlist needs of a compiled regex. A RegExp qualifies, and so does a linear-time user pattern. */
export interface TextTest {
  readonly source: string;
  test(text: string): boolean;
}

/** What the detector needs of a rule's pattern: where the `secret` group lies in each match. */
export interface SecretPattern {
  readonly source: string;
  /** Calls `visit` with the offsets (into `text`) of the `secret` group of every non-overlapping match. */
  forEachSecret(text: string, visit: (start: number, end: number) => void): void;
}

/**
 * A built-in rule's pattern, on V8's backtracking engine: `rules check` proves each one safe at build time.
 * The RegExp is made on first use: most rules never run in a scan (none of their keywords occurs), and
 * start-up should not grow with the rule count. The caller has checked that the pattern compiles.
 */
export function builtinSecretPattern(pattern: string, flags: string): SecretPattern {
  let compiled: RegExp | undefined;
  return {
    source: pattern,
    forEachSecret(text, visit) {
      compiled ??= new RegExp(pattern, `${flags}gd`);
      const regex = compiled;
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
        if (match[0].length === 0) regex.lastIndex++;
        const span = match.indices?.groups?.secret;
        if (span) visit(span[0], span[1]);
      }
    },
  };
}

/**
 * Regexes from a config (custom rules, allowlists) run on RE2's linear-time engine (re2js, plain JavaScript):
 * a scanned repository's `.leakscan.yaml` is as hostile as its files, and no pattern it holds can make a scan
 * backtrack for minutes. RE2 has no backreferences and no lookaround; those are refused here by name, before
 * re2js would report them in its own terms (or, for `\k<name>`, silently read a literal `k`).
 */
export class UserPatternError extends Error {}

const UNSUPPORTED: [RegExp, string][] = [
  [/^\\[1-9]/, 'backreferences (\\1) are not supported'],
  [/^\\k</, 'named backreferences (\\k<name>) are not supported'],
  [/^\(\?<[=!]/, 'lookbehind ((?<= …), (?<! …)) is not supported'],
  [/^\(\?[=!]/, 'lookahead ((?= …), (?! …)) is not supported'],
];
const ENGINE_NOTE = 'config regexes run on a linear-time engine (RE2 syntax)';

function findUnsupportedSyntax(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\' && inClass) {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch !== '\\' && ch !== '(') continue;
    const rest = source.slice(i, i + 4);
    for (const [syntax, problem] of UNSUPPORTED) if (syntax.test(rest)) return `${problem} at offset ${i}`;
    if (ch === '\\') i++;
  }
  return undefined;
}

let engine: typeof Re2js | undefined;

/**
 * Loads re2js (a chunk of its own in the bundle) before a config regex is compiled: most scans have none, and
 * the hook's start-up time matters. Called where configs are parsed and rules selected, both async.
 */
export async function loadUserPatternEngine(): Promise<void> {
  engine ??= await import('re2js');
}

function re2js(): typeof Re2js {
  if (!engine) throw new InternalError('a config regex was compiled before loadUserPatternEngine()');
  return engine;
}

function compileLinear(source: string, flags: string): Re2js.RE2JS {
  const unsupported = findUnsupportedSyntax(source);
  if (unsupported) throw new UserPatternError(`${unsupported}: ${ENGINE_NOTE}`);
  const { RE2JS } = re2js();
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source), flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    throw new UserPatternError(
      `does not compile: ${(error as Error).message.replace(/^error parsing regexp: /, '')} (${ENGINE_NOTE})`,
    );
  }
}

/** A built-in rule's allowlist regex, made on first use (see builtinSecretPattern); the caller has checked it compiles. */
export function builtinTextTest(source: string): TextTest {
  let compiled: RegExp | undefined;
  return {
    source,
    test(text) {
      compiled ??= new RegExp(source);
      return compiled.test(text);
    },
  };
}

/** A config's allowlist regex. Throws UserPatternError; the caller names the field. */
export function compileUserTextTest(source: string): TextTest {
  const compiled = compileLinear(source, '');
  return { source, test: (text) => compiled.test(text) };
}

/** A custom rule's pattern, which must have a `secret` group. Throws UserPatternError; the caller names the field. */
export function compileUserSecretPattern(source: string, flags: string): SecretPattern {
  const compiled = compileLinear(source, flags);
  if (!('secret' in compiled.namedGroups())) throw new UserPatternError("has no named group 'secret'");
  return {
    source,
    forEachSecret(text, visit) {
      // test() runs re2js's DFA without captures: 4-5x faster on the usual line that holds no match.
      if (!compiled.test(text)) return;
      const matcher = compiled.matcher(text);
      while (matcher.find()) {
        const start = matcher.start('secret');
        if (start >= 0) visit(start, matcher.end('secret'));
      }
    },
  };
}
