import { existsSync } from 'node:fs';
import { SourceError, UsageError } from '../errors.js';
import { scanRevisions } from '../git-scans/scan-revisions.js';
import { countCommits, gitText, openRepository, resolveCommit } from '../sources/git.js';
import { boundariesIn, boundaryNote, DEEPEN_FIX, fetchUntil, isShallow } from '../sources/shallow.js';
import { finishCliScan } from './finish-cli-scan.js';
import { loadScanSettings, type ScanSettings } from '../config/scan-settings.js';
import { Progress } from './progress.js';
import type { ScanResult } from '../scan.js';
import { remoteTarget } from '../sources/remote-clone.js';
import type { CloneSettings, RemoteArgs } from './remote-scan.js';

/** The arguments of `leakscan history`, as the command line declares them (history-command.ts). */
export interface HistoryArgs extends RemoteArgs {
  /** A local repository, or one to clone by URL; default: the one around the current directory. */
  repository?: string | undefined;
  branch?: string;
  since?: string;
  'max-commits'?: number;
  deepen: boolean;
  progress: boolean;
}

export async function runHistory(args: HistoryArgs): Promise<number> {
  const maxCommits = args['max-commits'];
  if (maxCommits !== undefined && (!Number.isInteger(maxCommits) || maxCommits < 1))
    throw new UsageError('--max-commits: expected a whole number >= 1');
  if (args.since !== undefined && (args.since.startsWith('-') || args.since.trim() === ''))
    throw new UsageError(`--since: not a date: ${args.since}`);
  const given = args.repository;
  if (given !== undefined && !existsSync(given)) {
    const target = remoteTarget(given);
    if (!target) throw new UsageError(`not a repository URL, nor a local directory: ${JSON.stringify(given)}`);
    const { scanRemote } = await import('./remote-scan.js');
    return scanRemote(target, args, 'history', (clone, settings) => scanHistory(clone.root, args, settings));
  }
  if (args['keep-clone'] !== undefined) throw new UsageError('--keep-clone: only for a repository named by URL');
  const { result, notes, baselineFile } = await scanHistory(given ?? process.cwd(), args);
  return finishCliScan(result, { ...args, baseline: baselineFile }, 'history', notes);
}

/**
 * The history of the repository around `cwd`. `cloneSettings`: the config and suppressions to use instead of the
 * repository's own (a clone of a repository named by URL).
 */
async function scanHistory(
  cwd: string,
  args: HistoryArgs,
  cloneSettings?: CloneSettings,
): Promise<{ result: ScanResult; notes: string[]; baselineFile: string | undefined }> {
  const maxCommits = args['max-commits'];
  const repo = await openRepository(cwd);
  const notes: string[] = [];
  // Only a repository without HEAD can be empty; with HEAD this git call would be a wasted spawn.
  if (
    !repo.hasHead &&
    (await gitText(repo.root, ['for-each-ref', '--count=1', '--format=%(refname)'], 'cannot list refs')) === ''
  ) {
    throw new SourceError('empty repository: there are no commits to scan');
  }
  const revisions = args.branch !== undefined ? [await resolveCommit(repo.root, args.branch)] : ['--all'];
  const limits = [
    ...(args.since !== undefined ? [`--since=${args.since}`] : []),
    ...(maxCommits !== undefined ? [`--max-count=${maxCommits}`] : []),
  ];

  if (repo.shallow) {
    if (args.deepen) {
      const fetched = await fetchUntil({
        root: repo.root,
        complete: async () => !(await isShallow(repo.root)),
        depthOption: '--deepen',
        unshallowFirst: true,
        what: 'the full history',
        fix: DEEPEN_FIX,
      });
      if (fetched.note) notes.push(fetched.note);
    }
    const boundaries = await boundariesIn(repo.root, [...revisions, ...limits]);
    if (boundaries.length > 0) notes.push(boundaryNote(boundaries, DEEPEN_FIX));
  }

  const settings: ScanSettings = cloneSettings
    ? { ...cloneSettings, baselineFile: args.baseline, notes: [] }
    : await loadScanSettings(repo.root, { configFile: args.config, baseline: args.baseline });
  notes.push(...settings.notes);
  const showProgress = args.progress && !args.quiet && Boolean(process.stderr.isTTY);
  const progress = showProgress
    ? new Progress(process.stderr, await countCommits(repo.root, [...revisions, ...limits]))
    : undefined;
  let result: Awaited<ReturnType<typeof scanRevisions>>;
  try {
    result = await scanRevisions({
      root: repo.root,
      revisions: [...revisions, ...limits],
      head: repo.hasHead ? 'HEAD' : undefined,
      config: settings.config,
      suppressions: settings.suppressions,
      ...(settings.baselineFile ? { baselineFile: settings.baselineFile } : {}),
      ...(progress ? { onCommit: () => progress.commit(), onBytes: (bytes: number) => progress.read(bytes) } : {}),
    });
  } finally {
    progress?.done();
  }
  if (result.stats.commitsScanned === 0) notes.push('no commits matched (check --branch, --since and --max-commits)');
  return { result, notes, baselineFile: settings.baselineFile };
}
