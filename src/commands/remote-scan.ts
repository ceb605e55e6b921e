import type { Config } from '../config/config.js';
import { defaultConfig, loadConfig } from '../config/config-file.js';
import { loadSuppressions, type Suppressions } from '../findings/suppressions.js';
import type { ScanMode } from '../output/finish-scan.js';
import type { ScanResult } from '../scan.js';
import { type Clone, type RemoteTarget, withClone } from '../sources/remote-clone.js';
import { finishCliScan } from './finish-cli-scan.js';
import type { ReportArgs } from './report-options.js';

/** The options `scan` and `history` share for a repository named by URL. */
export interface RemoteArgs extends ReportArgs {
  'keep-clone'?: string | undefined;
  progress?: boolean | undefined;
}

/** What a scan of the clone is given instead of the clone's own config and ignore file. */
export interface CloneSettings {
  config: Config;
  suppressions: Suppressions;
}

/**
 * `scan <url>` and `history <url>`: clone (depth 1 for `scan`, every branch and tag for `history`), scan the
 * clone, report, remove it. The repository cannot configure its own scan: its `.leakscan.yaml` and
 * `.leakscanignore` are not read; `--config` and `--baseline` are the user's files.
 */
export async function scanRemote(
  target: RemoteTarget,
  args: RemoteArgs,
  mode: Extract<ScanMode, 'directory' | 'history'>,
  scanClone: (clone: Clone, settings: CloneSettings) => Promise<{ result: ScanResult; notes: string[] }>,
): Promise<number> {
  const settings: CloneSettings = {
    config: args.config ? await loadConfig(process.cwd(), args.config) : defaultConfig(),
    suppressions: await loadSuppressions(undefined, args.baseline),
  };
  if (target.shorthand)
    process.stderr.write(`leakscan: no local path by that name: cloning ${target.url} (GitHub's owner/name)\n`);
  const showProgress = args.progress !== false && !args.quiet && Boolean(process.stderr.isTTY);
  return withClone(
    {
      target,
      depth: mode === 'history' ? 'history' : 'head',
      keepIn: args['keep-clone'],
      progress: showProgress ? process.stderr : undefined,
    },
    async (clone) => {
      const { result, notes } = await scanClone(clone, settings);
      const at = clone.origin.commit ? ` at ${clone.origin.commit}` : '';
      const kept = args['keep-clone'] ? `; the clone is kept in ${clone.root}` : '';
      return finishCliScan({ ...result, remote: clone.origin }, args, mode, [
        `repository ${clone.origin.url}${at} (cloned; its .leakscan.yaml and .leakscanignore are not applied${kept})`,
        ...notes,
      ]);
    },
  );
}
