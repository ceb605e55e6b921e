import type { Config } from '../config/config.js';
import { fingerprintFileGlobs, type Suppressions } from '../filters/baseline.js';
import { dedupeAcrossCommits } from '../findings/dedupe-commits.js';
import { scan, type ScanResult } from '../scan.js';
import { commitFragments } from '../sources/commit-range.js';
import { gitPathFilter } from '../sources/git-path-filter.js';
import { markPresentAtHead } from '../sources/present-at-head.js';

export interface RevisionScan {
  root: string;
  /** `git rev-list` arguments naming the commits to scan (`base..head`, `--all`, `head --not main`). */
  revisions: readonly string[];
  /** The commit whose tree decides `presentAtHead`; none when there is no HEAD. */
  head: string | undefined;
  configFile?: string;
  /** A config already loaded (the Action reads it from the base commit): wins over configFile. */
  config?: Config;
  suppressions: Suppressions;
  /** The --baseline file, so it is not scanned itself. */
  baselineFile?: string;
  onCommit?: () => void;
  onBytes?: (bytes: number) => void;
}

/**
 * Scans the commits `revisions` names, one finding per secret and path (the first commit that added it), each
 * marked with whether it is still at `head`. The one commit-scanning path the CLI's diff and history commands
 * and the GitHub Action share, so they report the same findings for the same commits.
 */
export async function scanRevisions(request: RevisionScan): Promise<ScanResult> {
  const result = await scan({
    cwd: request.root,
    ...(request.configFile ? { configFile: request.configFile } : {}),
    ...(request.config ? { config: request.config } : {}),
    suppressions: request.suppressions,
    source: ({ config, stats }) =>
      commitFragments({
        root: request.root,
        revisionArgs: [...request.revisions, '--'],
        maxFileBytes: config.maxFileBytes,
        stats,
        skipPath: gitPathFilter(config, fingerprintFileGlobs(request.root, request.baselineFile)),
        ...(request.onCommit ? { onCommit: request.onCommit } : {}),
        ...(request.onBytes ? { onBytes: request.onBytes } : {}),
      }),
  });
  const findings = await markPresentAtHead(request.root, dedupeAcrossCommits(result.findings), request.head);
  return { ...result, findings };
}
