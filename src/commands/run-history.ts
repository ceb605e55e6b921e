import { SourceError, UsageError } from '../errors.js';
import { scanRevisions } from '../git-scans/scan-revisions.js';
import { countCommits, gitText, openRepository, resolveCommit } from '../sources/git.js';
import { boundariesIn, boundaryNote, DEEPEN_FIX, fetchUntil, isShallow } from '../sources/shallow.js';
import { finishCliScan } from './finish-cli-scan.js';
import { loadScanSettings } from '../config/scan-settings.js';
import { Progress } from './progress.js';
import type { ReportArgs } from './report-options.js';

/** The arguments of `leakscan history`, as the command line declares them (history-command.ts). */
export interface HistoryArgs extends ReportArgs {
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
  const repo = await openRepository(process.cwd());
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

  const settings = await loadScanSettings(repo.root, { configFile: args.config, baseline: args.baseline });
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
  return finishCliScan(result, { ...args, baseline: settings.baselineFile }, 'history', notes);
}
