import type { CommandModule } from 'yargs';
import { DEFAULT_BASELINE_FILE } from '../config/defaults.js';
import { pathsAfterEndOfOptions } from './scan-command.js';

interface BaselineArgs {
  action: 'create';
  paths: string[];
  file: string;
  config?: string;
}

export const BASELINE_ACTIONS = ['create'] as const;

export const baselineCommand: CommandModule<object, BaselineArgs> = {
  command: 'baseline <action> [paths..]',
  describe: 'create: scan the working tree and write every finding as a baseline (accepted findings, by fingerprint)',
  builder: (yargs) =>
    yargs
      .positional('action', { choices: BASELINE_ACTIONS, demandOption: true })
      .positional('paths', {
        type: 'string',
        array: true,
        default: [] as string[],
        describe: 'files or directories (default: the current directory)',
      })
      .option('file', { type: 'string', default: DEFAULT_BASELINE_FILE, describe: 'the baseline file to write' })
      .option('config', {
        alias: 'c',
        type: 'string',
        describe: 'config file (default: the nearest .leakscan.yaml to what is scanned, up to the repository top)',
      }) as never,
  handler: async (args) => {
    const { checkBaselineTarget } = await import('../state/state-file.js');
    // Refused before the scan: a committed .leakscan-baseline that links to ~/.bashrc is never written through.
    checkBaselineTarget(args.file);
    const [
      { scan },
      { loadConfig },
      { loadSuppressions },
      { directorySource },
      { rootOf, scannedDirectories },
      { finishScan },
      { EXIT_CLEAN, EXIT_ERROR },
    ] = await Promise.all([
      import('../scan.js'),
      import('../config/config-file.js'),
      import('../findings/suppressions.js'),
      import('../sources/directory-source.js'),
      import('../sources/directory.js'),
      import('../output/finish-scan.js'),
      import('../output/exit-codes.js'),
    ]);
    const cwd = process.cwd();
    const paths = [...args.paths, ...pathsAfterEndOfOptions(args)];
    // As `scan` does: the config nearest to what is scanned, and the scanned repository's `.leakscanignore`
    // (not the one of wherever the command runs). No baseline is applied: this one replaces it.
    const scannedDirs = await scannedDirectories(cwd, paths);
    const root = await rootOf(scannedDirs);
    const scanned = await scan({
      cwd,
      config: await loadConfig(scannedDirs[0], args.config),
      suppressions: await loadSuppressions(root, undefined),
      source: directorySource({ cwd, root, paths }),
    });
    let count = 0;
    const outcome = await finishScan(scanned, {
      mode: 'directory',
      showSecrets: false,
      explain: false,
      quiet: true,
      // Every finding, whatever the config's minConfidence: a later scan at a lower level must not see new ones.
      minConfidence: 'lowest',
      allowEmpty: true,
      // .leakscanignore entries stay out of the baseline: they are accepted already.
      writeBaseline: { file: args.file, includeAccepted: false },
      deliver: ({ raw }) => {
        count = new Set(raw.findings.map((f) => f.fingerprint)).size;
      },
    });
    if (outcome.incomplete) {
      process.stderr.write(`leakscan: error: ${outcome.incomplete}\n`);
      process.exitCode = EXIT_ERROR;
    } else process.exitCode = EXIT_CLEAN;
    process.stdout.write(
      `wrote ${count} fingerprint(s) to ${args.file}\nuse it with: leakscan scan --baseline ${args.file} (or staged, diff, history)\n`,
    );
  },
};
