import { BASELINE_ACTIONS, baselineCommand } from './baseline-command.js';
import { diffCommand } from './diff-command.js';
import { fleetCommand } from './fleet-command.js';
import { historyCommand } from './history-command.js';
import { HOOK_ACTIONS, hookCommand } from './hook-command.js';
import { ROTATE_ACTIONS, rotateCommand } from './rotate-command.js';
import { RULES_ACTIONS, rulesCommand } from './rules-command.js';
import { verifyCommand } from './verify-command.js';
import { scanCommand } from './scan-command.js';
import { stagedCommand } from './staged-command.js';
import { EXIT_ERROR } from '../output/exit-codes.js';
import { reportFailure } from './report-failure.js';

const EPILOG = `Exit codes: 0 no leaks found, 1 leaks found, 2 usage, config or runtime error, or a scan that read
less than it should have (nothing at all: see --allow-empty; a file skipped as too large).
Secrets are redacted in every report unless --show-secrets is given.`;

const COMMANDS = [
  scanCommand,
  rulesCommand,
  stagedCommand,
  diffCommand,
  historyCommand,
  hookCommand,
  baselineCommand,
  rotateCommand,
  fleetCommand,
  verifyCommand,
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
  const { packageRoot } = await import('../rules/package-root.js');
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

async function runYargs(argv: string[]): Promise<void> {
  const { default: yargs } = await import('yargs');
  const { unknownArgumentHints } = await import('./usage-hints.js');
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

/** Every command line but the hook's fast path (see cli.ts): `--version`, else yargs. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) await printVersion();
    else await runYargs(argv);
  } catch (error) {
    await reportFailure(error);
  }
}
