#!/usr/bin/env node
import { baselineCommand } from './commands/baseline-command.js';
import { diffCommand } from './commands/diff-command.js';
import { historyCommand } from './commands/history-command.js';
import { hookCommand } from './commands/hook-command.js';
import { rotateCommand } from './commands/rotate-command.js';
import { verifyCommand } from './commands/verify-command.js';
import { rulesCommand } from './commands/rules-command.js';
import { scanCommand } from './commands/scan-command.js';
import { stagedCommand } from './commands/staged-command.js';
import { EXIT_ERROR } from './output/exit-codes.js';
import { parseSimpleArgv } from './commands/fast-argv.js';
import { REPORT_OPTIONS } from './commands/report-options.js';
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
  const args = parseSimpleArgv(argv.slice(1), REPORT_OPTIONS);
  if (!args) return false;
  await stagedCommand.handler?.({ ...args, _: [stagedCommand.command], $0: 'leakscan' } as never);
  return true;
}

async function runYargs(): Promise<void> {
  const { default: yargs } = await import('yargs');
  await yargs(argv)
    .scriptName('leakscan')
    .command(scanCommand)
    .command(rulesCommand)
    .command(stagedCommand)
    .command(diffCommand)
    .command(historyCommand)
    .command(hookCommand)
    .command(baselineCommand)
    .command(rotateCommand)
    .command(verifyCommand)
    .demandCommand(1, 'name a command: scan, staged, diff, history, hook, baseline, rules, rotate')
    .strict()
    .epilog(EPILOG)
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`leakscan: ${message}\nRun 'leakscan --help' for usage.\n`);
      process.exit(EXIT_ERROR);
    })
    .help()
    .version(false)
    .parseAsync();
}

try {
  if (!(await runFastPath())) await runYargs();
} catch (error) {
  await reportFailure(error);
}
