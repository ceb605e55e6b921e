import { scan } from '../scan.js';
import { gitPathFilter } from '../sources/git-path-filter.js';
import { openRepository, type Repository } from '../sources/git.js';
import type { ReadAhead } from '../sources/read-ahead.js';
import { startStagedDiff, stagedFragments } from '../sources/staged.js';
import { EXIT_CLEAN, EXIT_LEAKS } from '../output/exit-codes.js';
import { blockedCommitMessage } from '../hook/blocked-message.js';
import { finishCliScan } from './finish-cli-scan.js';
import { loadScanSettings } from '../config/scan-settings.js';
import type { ReportArgs } from './report-options.js';

/** The arguments of `leakscan staged`, as the command line declares them (staged-command.ts). */
export type StagedArgs = ReportArgs & { verbose?: boolean | undefined };

/**
 * The hook's command. Both git processes (rev-parse for the work tree, the staged patch) start first and run
 * side by side while the config and rules load.
 */
export async function runStaged(args: StagedArgs, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (env.LEAKSCAN_SKIP === '1') {
    process.stderr.write('leakscan: LEAKSCAN_SKIP=1: the staged changes were NOT scanned for secrets\n');
    return EXIT_CLEAN;
  }
  const repository = openRepository(process.cwd());
  const patch = startStagedDiff(process.cwd());
  try {
    return await scanStaged(args, env, await repository, patch);
  } finally {
    patch.abort();
  }
}

async function scanStaged(
  args: StagedArgs,
  env: NodeJS.ProcessEnv,
  repo: Repository,
  patch: ReadAhead,
): Promise<number> {
  const settings = await loadScanSettings(repo.root, { configFile: args.config, baseline: args.baseline });
  const result = await scan({
    cwd: repo.root,
    config: settings.config,
    suppressions: settings.suppressions,
    source: ({ config, stats }) => stagedFragments(repo.root, stats, gitPathFilter(config), patch),
  });
  const notes = [...settings.notes];
  if (result.stats.filesScanned === 0 && result.stats.skipped.length === 0)
    notes.push('no added lines are staged (git add stages changes)');
  if (!repo.hasHead) notes.push('first commit: every staged file was scanned as new');
  // Silent on a clean commit unless --verbose; a blocked one says what happened and what to do.
  const code = await finishCliScan(
    result,
    { ...args, baseline: settings.baselineFile, quiet: args.quiet || !args.verbose },
    'staged',
    notes,
  );
  if (code === EXIT_LEAKS) process.stderr.write(blockedCommitMessage(env));
  return code;
}
