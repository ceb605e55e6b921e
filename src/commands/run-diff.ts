import { SourceError, UsageError } from '../errors.js';
import { scan } from '../scan.js';
import { scanRevisions } from '../git-scans/scan-revisions.js';
import { commitExists, countCommits, gitText, openRepository, resolveCommit, shortSha } from '../sources/git.js';
import { boundariesIn, boundaryNote, DEEPEN_FIX, fetchUntil, isShallow } from '../sources/shallow.js';
import { finishCliScan } from './finish-cli-scan.js';
import { loadScanSettings } from '../config/scan-settings.js';
import type { ReportArgs } from './report-options.js';

/** The arguments of `leakscan diff`, as the command line declares them (diff-command.ts). */
export interface DiffArgs extends ReportArgs {
  range?: string;
  since?: string;
  deepen: boolean;
}

interface RangeSpec {
  base: string;
  head: string;
  /** `base...head`: from the merge base. */
  symmetric: boolean;
}

export function parseRange(range: string | undefined, since: string | undefined): RangeSpec {
  if (range !== undefined && since !== undefined) throw new UsageError('give either a range or --since, not both');
  if (since !== undefined) return { base: since, head: 'HEAD', symmetric: false };
  if (range === undefined || range === '')
    throw new UsageError('name a range: leakscan diff base..head (or --since REV)');
  const three = range.indexOf('...');
  if (three !== -1)
    return { base: range.slice(0, three) || 'HEAD', head: range.slice(three + 3) || 'HEAD', symmetric: true };
  const two = range.indexOf('..');
  if (two !== -1)
    return { base: range.slice(0, two) || 'HEAD', head: range.slice(two + 2) || 'HEAD', symmetric: false };
  return { base: range, head: 'HEAD', symmetric: false };
}

export async function runDiff(args: DiffArgs): Promise<number> {
  const spec = parseRange(args.range, args.since);
  const repo = await openRepository(process.cwd());
  if (!repo.hasHead && spec.head === 'HEAD')
    throw new SourceError(
      'empty repository: there are no commits to scan yet (use leakscan staged before the first commit)',
    );
  const notes: string[] = [];
  const head = await resolveCommit(repo.root, spec.head);
  if (repo.shallow && args.deepen && !(await commitExists(repo.root, spec.base))) {
    const fetched = await fetchUntil({
      root: repo.root,
      complete: () => commitExists(repo.root, spec.base),
      depthOption: '--deepen',
      what: `the history back to ${spec.base}`,
      fix: DEEPEN_FIX,
    });
    if (fetched.note) notes.push(fetched.note);
  }
  let base: string | undefined;
  if (await commitExists(repo.root, spec.base)) base = await resolveCommit(repo.root, spec.base);
  else if (!(await isShallow(repo.root))) await resolveCommit(repo.root, spec.base); // throws: bad revision
  if (base && spec.symmetric)
    base = await gitText(repo.root, ['merge-base', base, head], `no merge base between ${spec.base} and ${spec.head}`);

  const settings = await loadScanSettings(repo.root, { configFile: args.config, baseline: args.baseline });
  const { suppressions } = settings;
  notes.push(...settings.notes);
  const finishArgs = { ...args, baseline: settings.baselineFile };
  if (base === head) {
    notes.push(
      `the range is empty: ${spec.base} and ${spec.head} both resolve to commit ${shortSha(head)}; nothing to scan`,
    );
    const result = await scan({
      cwd: repo.root,
      config: settings.config,
      suppressions,
      source: async function* () {},
    });
    return finishCliScan(result, finishArgs, 'diff', notes);
  }
  // Without the base (shallow clone), scan what is here: head back to the shallow boundary.
  const revisions = base ? [`${base}..${head}`] : [head];
  if (!base) {
    notes.push(
      `shallow clone: base '${spec.base}' is not in this clone, so the range could only be scanned from ${shortSha(head)} back to the shallow boundary; ` +
        `the commits between '${spec.base}' and that boundary were NOT scanned (if '${spec.base}' is not a typo: ${DEEPEN_FIX})`,
    );
  }
  if (await isShallow(repo.root)) {
    let boundaries = await boundariesIn(repo.root, revisions);
    if (boundaries.length > 0 && args.deepen) {
      const fetched = await fetchUntil({
        root: repo.root,
        complete: async () => (await boundariesIn(repo.root, revisions)).length === 0,
        depthOption: '--deepen',
        what: 'the history the range needs',
        fix: DEEPEN_FIX,
      });
      if (fetched.note) notes.push(fetched.note);
      boundaries = await boundariesIn(repo.root, revisions);
    }
    if (boundaries.length > 0) notes.push(boundaryNote(boundaries, DEEPEN_FIX));
  }
  if ((await countCommits(repo.root, revisions)) === 0)
    notes.push(`no commits in ${spec.base}..${spec.head}: ${spec.head} is already contained in ${spec.base}`);

  const result = await scanRevisions({
    root: repo.root,
    revisions,
    head,
    config: settings.config,
    suppressions,
    baselineFile: settings.baselineFile,
  });
  return finishCliScan(result, finishArgs, 'diff', notes);
}
