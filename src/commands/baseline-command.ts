import type { CommandModule } from 'yargs';
import { DEFAULT_BASELINE_FILE } from '../findings/suppressions.js';
import { pathsAfterEndOfOptions } from './scan-command.js';

interface BaselineArgs {
  action: 'create';
  paths: string[];
  file: string;
  config?: string;
}

export const baselineCommand: CommandModule<object, BaselineArgs> = {
  command: 'baseline <action> [paths..]',
  describe: 'create: scan the working tree and write every finding as a baseline (accepted findings, by fingerprint)',
  builder: (yargs) =>
    yargs
      .positional('action', { choices: ['create'] as const, demandOption: true })
      .positional('paths', { type: 'string', array: true, default: [] as string[], describe: 'files or directories (default: the current directory)' })
      .option('file', { type: 'string', default: DEFAULT_BASELINE_FILE, describe: 'the baseline file to write' })
      .option('config', { alias: 'c', type: 'string', describe: 'config file (default: .leakscan.yaml in the current directory)' }) as never,
  handler: async (args) => {
    const { checkBaselineTarget, writeBaselineFile } = await import('../state/state-file.js');
    // Refused before the scan: a committed .leakscan-baseline that links to ~/.bashrc is never written through.
    checkBaselineTarget(args.file);
    const { scanPaths } = await import('./run-scan.js');
    const { renderBaseline } = await import('../findings/suppressions.js');
    const result = await scanPaths({
      paths: [...args.paths, ...pathsAfterEndOfOptions(args)],
      gitignore: true,
      'default-ignores': true,
      'stdin-name': '<stdin>',
      stdin: false,
      format: 'text',
      'show-secrets': false,
      explain: false,
      color: false,
      quiet: true,
      rotate: false,
      'rotate-dry-run': false,
      'allow-empty': true,
      ...(args.config ? { config: args.config } : {}),
    });
    // .leakscanignore entries stay out of the baseline: they are accepted already.
    writeBaselineFile(args.file, renderBaseline(result.findings));
    const count = new Set(result.findings.map((f) => f.fingerprint)).size;
    process.stdout.write(`wrote ${count} fingerprint(s) to ${args.file}\nuse it with: leakscan scan --baseline ${args.file} (or staged, diff, history)\n`);
  },
};
