#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from './code-cache.js';

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
 * The build makes dist/staged-fast-path.cjs of staged-fast-path.ts: one CommonJS file whose Node built-ins load
 * only when used, loaded like `require` would (the ESM loader would first scan all of it for export names) but
 * with a V8 code cache from the user's cache directory (code-cache.ts).
 */
type StagedFastPath = typeof import('./staged-fast-path.js');
async function runStaged(args: string[]): Promise<boolean> {
  if (import.meta.url.endsWith('.ts')) return (await import('./staged-fast-path.js')).runStagedFastPath(args);
  // The bundle's import() specifiers are relative to dist/, where this file is too.
  const bundle = requireWithCodeCache(
    fileURLToPath(new URL('./staged-fast-path.cjs', import.meta.url)),
    (specifier) => import(specifier),
  );
  const handled = await (bundle.exports as StagedFastPath).runStagedFastPath(args);
  bundle.save();
  return handled;
}

const handled = argv[0] === 'staged' && (await runStaged(argv.slice(1)));
if (!handled) await (await import('./commands/full-cli.js')).runCli(argv);
