import type { Config } from '../config/config.js';
import { scanRevisions } from '../git-scans/scan-revisions.js';
import { outputView } from '../report/redact-result.js';
import type { ScanResult } from '../scan.js';
import { mirrorHead, presentCommits, refTips, updateMirror } from './mirror.js';
import type { FleetRepo, FleetStore, RepoJob, RepoOutcome } from './types.js';

export interface RepoScanContext {
  cacheDir: string;
  store: FleetStore;
  config: Config;
  /**
   * Called with the raw result of the commits read for the first time, before it is recorded: the hook point
   * of verification and rotation, which so apply to new findings only; what it returns (the findings with
   * their verification) is recorded. Before recording: a worker killed in between scans and notifies again
   * (at least once), never not at all.
   */
  onNewFindings?: ((result: ScanResult) => Promise<ScanResult>) | undefined;
}

/**
 * The job every worker runs, embedded or on BullMQ: mirror the repository, scan the commits reachable from its
 * refs and not from the tips scanned last time (`<tips> --not <old tips>`, through the same scanRevisions as
 * `leakscan history`), then record the findings and the new tips in one step. A force-pushed branch scans only
 * the commits the old tips do not reach; a deleted branch scans nothing; a new branch scans only its own
 * commits. Findings are stored redacted: neither the state directory nor Redis ever holds a raw key.
 */
export function repoJob(context: RepoScanContext): RepoJob {
  return async (repo: FleetRepo): Promise<RepoOutcome> => {
    const mirror = await updateMirror(context.cacheDir, repo);
    const tips = await refTips(mirror);
    const previous = await context.store.readState(repo.name);
    const seen = await presentCommits(mirror, previous?.tips ?? []);
    const state = { tips, scannedAt: new Date().toISOString() };
    const unseen = tips.filter((tip) => !seen.includes(tip));
    if (unseen.length === 0) {
      const outcome = { name: repo.name, commitsScanned: 0, bytesScanned: 0, newFindings: [] };
      await context.store.record(outcome, state);
      return outcome;
    }
    const scanned = await scanRevisions({
      root: mirror,
      revisions: [...unseen, ...(seen.length > 0 ? ['--not', ...seen] : [])],
      head: await mirrorHead(mirror),
      config: context.config,
      suppressions: {},
    });
    const found = { ...scanned, findings: scanned.findings.map((finding) => ({ ...finding, repository: repo.name })) };
    const result = found.findings.length > 0 && context.onNewFindings ? await context.onNewFindings(found) : found;
    const { shown } = outputView(result, false);
    const outcome: RepoOutcome = {
      name: repo.name,
      commitsScanned: result.stats.commitsScanned,
      bytesScanned: result.stats.bytesScanned,
      newFindings: shown.findings,
    };
    await context.store.record(outcome, state);
    return outcome;
  };
}
