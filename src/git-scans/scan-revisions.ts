import type { Config } from '../config/config.js';
import type { Suppressions } from '../findings/suppressions.js';
import { dedupeAcrossCommits } from '../findings/dedupe-commits.js';
import { scan, type ScanResult } from '../scan.js';
import { commitFragments, commitPatches, type PatchProcesses } from '../sources/commit-range.js';
import { gitPathFilter } from '../sources/git-path-filter.js';
import { markPresentAtHead } from '../findings/present-at-head.js';
import { traceExposure } from './exposure-timeline.js';
import { ReadAhead } from '../sources/read-ahead.js';

/** Patch text buffered while config and rules load; past it git waits on its pipe. */
const EARLY_PATCH_BYTES = 64 * 1024 * 1024;

export interface RevisionScan {
  root: string;
  /** `git rev-list` arguments naming the commits to scan (`base..head`, `--all`, `head --not main`). */
  revisions: readonly string[];
  /** The commit whose tree decides `presentAtHead`; none when there is no HEAD. */
  head: string | undefined;
  configFile?: string | undefined;
  /** A config already loaded (the Action reads it from the base commit): wins over configFile. */
  config?: Config | undefined;
  suppressions: Suppressions;
  /** The --baseline file, so it is not scanned itself. */
  baselineFile?: string | undefined;
  onCommit?: (() => void) | undefined;
  onBytes?: ((bytes: number) => void) | undefined;
  /** The git processes that make patches (default: one per core; see `commitPatches`). */
  patchProcesses?: PatchProcesses | undefined;
}

/**
 * Scans the commits `revisions` names, one finding per secret and path (the first commit that added it), each
 * marked with whether it is still at `head` and with its secret's exposure timeline. The one commit-scanning path the CLI's diff and history commands
 * and the GitHub Action share, so they report the same findings for the same commits.
 */
export async function scanRevisions(request: RevisionScan): Promise<ScanResult> {
  const revisionArgs = [...request.revisions, '--'];
  // git log starts now, so its patch generation overlaps config and rule loading instead of following it.
  const patches = new ReadAhead(commitPatches(request.root, revisionArgs, request.patchProcesses), EARLY_PATCH_BYTES);
  let result: ScanResult;
  try {
    result = await scan({
      cwd: request.root,
      configFile: request.configFile,
      config: request.config,
      suppressions: request.suppressions,
      source: ({ config, stats }) =>
        commitFragments({
          root: request.root,
          revisionArgs,
          chunks: patches.drain(),
          stats,
          skipPath: gitPathFilter(config),
          onCommit: request.onCommit,
          onBytes: request.onBytes,
        }),
    });
  } finally {
    patches.abort();
  }
  const atHead = await markPresentAtHead(request.root, dedupeAcrossCommits(result.findings), request.head);
  const findings = await traceExposure(request.root, atHead, request.head);
  return { ...result, findings };
}
