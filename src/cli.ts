#!/usr/bin/env node
import { createRequire } from 'node:module';

/**
 * The command line's entry, thin on purpose: `leakscan staged` (the pre-commit hook, run on every commit) goes
 * to its own one-file bundle when its command line is plain (staged-fast-path.ts), everything else to the full
 * CLI on yargs (commands/full-cli.ts). Each reports its own errors.
 *
 * yargs drops a lone `-` positional; the conventional spelling for stdin becomes an explicit flag. After `--`
 * every argument is a path, `-` included (a file named `-`).
 */
const rawArgs = process.argv.slice(2);
const endOfOptions = rawArgs.indexOf('--');
const argv = rawArgs.map((arg, i) => (arg === '-' && (endOfOptions === -1 || i < endOfOptions) ? '--stdin' : arg));

/**
 * The build makes dist/staged-fast-path.cjs of staged-fast-path.ts: one CommonJS file, loaded by `require`
 * (the ESM loader would first scan all of it for export names), whose Node built-ins load only when used.
 */
async function stagedFastPath(): Promise<typeof import('./staged-fast-path.js')> {
  if (import.meta.url.endsWith('.ts')) return import('./staged-fast-path.js');
  return createRequire(import.meta.url)('./staged-fast-path.cjs') as typeof import('./staged-fast-path.js');
}

const handled = argv[0] === 'staged' && (await (await stagedFastPath()).runStagedFastPath(argv.slice(1)));
if (!handled) await (await import('./commands/full-cli.js')).runCli(argv);
