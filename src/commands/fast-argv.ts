import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Options } from 'yargs';

/**
 * The pre-commit hook runs `leakscan staged` on every commit, so its start-up matters: loading yargs and
 * letting it build the help text (it does on every command run, in case a later failure prints it) costs
 * more than the scan. A plain command line is parsed here with `node:util` from the same option declaration
 * yargs reads. Anything this does not understand exactly as yargs would (help, unknown or repeated options,
 * `--x=false`, short-option groups, positionals, `--`, a value outside the choices) returns undefined and the
 * caller hands the whole command line to yargs, which then handles it (or reports the usage error) as always.
 */
export function parseSimpleArgv(
  args: readonly string[],
  options: Readonly<Record<string, Options>>,
): Record<string, unknown> | undefined {
  // `-qf` or `-fjson`: yargs and parseArgs could read those differently.
  if (args.some((arg) => /^-[^-]./.test(arg))) return undefined;
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, option] of Object.entries(options)) {
    const type = option.type === 'boolean' ? 'boolean' : 'string';
    if (option.type !== undefined && option.type !== 'boolean' && option.type !== 'string') return undefined;
    const alias = typeof option.alias === 'string' && option.alias.length === 1 ? option.alias : undefined;
    config[name] = alias ? { type, short: alias } : { type };
  }
  const parsed = tryParseArgs({
    args: [...args],
    options: config,
    strict: true,
    allowPositionals: false,
    allowNegative: true,
    tokens: true,
  });
  if (!parsed) return undefined;
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') return undefined;
    if (seen.has(token.name)) return undefined;
    seen.add(token.name);
  }
  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(options)) {
    const value = (parsed.values as Record<string, unknown>)[name] ?? option.default;
    if (value === undefined) continue;
    if (option.choices && !(option.choices as readonly unknown[]).includes(value)) return undefined;
    values[name] = value;
    const camel = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    if (camel !== name) values[camel] = value;
    if (typeof option.alias === 'string') values[option.alias] = value;
  }
  return values;
}

function tryParseArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch {
    return undefined;
  }
}
