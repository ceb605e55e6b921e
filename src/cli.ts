#!/usr/bin/env node
import { BASELINE_ACTIONS, baselineCommand } from './commands/baseline-command.js';
import { diffCommand } from './commands/diff-command.js';
import { historyCommand } from './commands/history-command.js';
import { HOOK_ACTIONS, hookCommand } from './commands/hook-command.js';
import { ROTATE_ACTIONS, rotateCommand } from './commands/rotate-command.js';
import { RULES_ACTIONS, rulesCommand } from './commands/rules-command.js';
import { scanCommand } from './commands/scan-command.js';
import { STAGED_OPTIONS, stagedCommand } from './commands/staged-command.js';
import { EXIT_ERROR } from './output/exit-codes.js';
import { parseSimpleArgv } from './commands/fast-argv.js';
import { ConfigError, describeError, InternalError, LeakscanError } from './errors.js';

const EPILOG = `Exit codes: 0 no leaks found, 1 leaks found, 2 usage, config or runtime error, or a scan that read
less than it should have (nothing at all: see --allow-empty; a file skipped as too large).
Secrets are redacted in every report unless --show-secrets is given.`;

/** Error messages can quote a config value, a regex, a baseline line: anything shaped like a key is masked. */
async function reportFailure(error: unknown): Promise<void> {
  process.exitCode = EXIT_ERROR;
  const { redactKeyLike } = await import('./detect/key-like.js');
  const say = async (text: string): Promise<void> => void process.stderr.write(await redactKeyLike(text));
  if (error instanceof ConfigError) await say(`leakscan: ${error.message}\n`);
  else if (error instanceof LeakscanError && !(error instanceof InternalError))
    await say(`leakscan: ${describeError(error)}\n`);
  else {
    await say(
      `leakscan: internal error: ${describeError(error)}\nThis is a bug; please report it with the command you ran.\n`,
    );
    if (process.env.LEAKSCAN_DEBUG && error instanceof Error) await say(`${error.stack}\n`);
  }
}

/**
 * yargs drops a lone `-` positional; the conventional spelling for stdin becomes an explicit flag. After `--`
 * every argument is a path, `-` included (a file named `-`).
 */
const rawArgs = process.argv.slice(2);
const endOfOptions = rawArgs.indexOf('--');
const argv = rawArgs.map((arg, i) => (arg === '-' && (endOfOptions === -1 || i < endOfOptions) ? '--stdin' : arg));

/** `leakscan staged` is the pre-commit hook: a plain command line of it skips loading yargs (fast-argv.ts). */
async function runFastPath(): Promise<boolean> {
  if (argv[0] !== stagedCommand.command) return false;
  const args = parseSimpleArgv(argv.slice(1), STAGED_OPTIONS);
  if (!args) return false;
  await stagedCommand.handler?.({ ...args, _: [stagedCommand.command], $0: 'leakscan' } as never);
  return true;
}

const COMMANDS = [
  scanCommand,
  rulesCommand,
  stagedCommand,
  diffCommand,
  historyCommand,
  hookCommand,
  baselineCommand,
  rotateCommand,
];
/** The actions of the commands that take one, listed when the action is missing. */
const ACTION_CHOICES: Record<string, readonly string[]> = {
  rules: RULES_ACTIONS,
  hook: HOOK_ACTIONS,
  baseline: BASELINE_ACTIONS,
  rotate: ROTATE_ACTIONS,
};
const COMMAND_NAMES = COMMANDS.map((command) => String(command.command).split(' ')[0] as string);

/** `leakscan --version` / `-V`: the version in the installed package.json. */
async function printVersion(): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { packageRoot } = await import('./rules/package-root.js');
  const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  process.stdout.write(`${version}\n`);
}

/**
 * Enum values are matched case-insensitively (`--format JSON`, `hook INSTALL`): the typed value is replaced by
 * the declared choice it matches, before yargs validates it.
 */
function normalizeChoices(args: Record<string, unknown>, choices: Record<string, readonly unknown[]>): void {
  for (const [key, allowed] of Object.entries(choices)) {
    const value = args[key];
    if (typeof value !== 'string') continue;
    const match = allowed.find((choice) => typeof choice === 'string' && choice.toLowerCase() === value.toLowerCase());
    if (match !== undefined) args[key] = match;
  }
}

/** yargs has `getOptions()` at runtime; its type declarations leave it out. */
interface OptionsView {
  getOptions(): { key: Record<string, unknown>; choices: Record<string, readonly unknown[]> };
}

async function runYargs(): Promise<void> {
  const { default: yargs } = await import('yargs');
  const { unknownArgumentHints } = await import('./commands/usage-hints.js');
  let parser = yargs(argv).scriptName('leakscan');
  for (const command of COMMANDS) parser = parser.command(command as never);
  await parser
    .middleware(
      ((args: Record<string, unknown>, instance: OptionsView) =>
        normalizeChoices(args, instance.getOptions().choices)) as never,
      true,
    )
    .demandCommand(1, `name a command: ${COMMAND_NAMES.join(', ')}`)
    .strict()
    .epilog(EPILOG)
    .fail((message, error) => {
      if (error) throw error;
      const lines = [`leakscan: ${message}`];
      const command = argv[0] ?? '';
      if (message?.startsWith('Not enough non-option arguments') && ACTION_CHOICES[command])
        lines[0] = `leakscan: ${command} needs an action: ${ACTION_CHOICES[command].join(', ')} (e.g. leakscan ${command} ${ACTION_CHOICES[command][0]})`;
      if (message) {
        const options = Object.keys((parser as unknown as OptionsView).getOptions().key);
        lines.push(...unknownArgumentHints(message, { rawArgs: argv, commands: COMMAND_NAMES, options }));
      }
      lines.push(`Run 'leakscan ${COMMAND_NAMES.includes(command) ? `${command} ` : ''}--help' for usage.`);
      process.stderr.write(`${lines.join('\n')}\n`);
      process.exit(EXIT_ERROR);
    })
    .help()
    .alias('h', 'help')
    .version(false)
    .parseAsync();
}

try {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) await printVersion();
  else if (!(await runFastPath())) await runYargs();
} catch (error) {
  await reportFailure(error);
}
