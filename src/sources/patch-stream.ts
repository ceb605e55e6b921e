import type { CommitInfo, Fragment, Origin, Skipped } from './fragment.js';
import { streamGit } from './git.js';
import { PatchParser } from './parse-patch.js';
import type { ScanStats } from './scan-stats.js';

/** Flags every patch-producing git call shares: machine-readable, no user drivers, fixed prefixes, -U0. */
export const PATCH_FLAGS = ['-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', '-M', '--ignore-submodules=none', '--submodule=short'];

export interface PatchStreamOptions {
  root: string;
  gitArgs: readonly string[];
  /** The output of `git gitArgs` when the caller started it already (see `ReadAhead`). */
  chunks?: AsyncIterable<Buffer>;
  kind: Origin['kind'];
  maxFileBytes: number;
  what: string;
  stats: ScanStats;
  onCommit?: (commit: CommitInfo) => void;
  onBytes?: (bytes: number) => void;
  skipPath?: (path: string) => Skipped['reason'] | undefined;
}

/** Streams a git patch command through the incremental parser: fragments of added lines, bounded memory. */
export async function* patchFragments(options: PatchStreamOptions): AsyncGenerator<Fragment> {
  const { stats } = options;
  const parser = new PatchParser({
    kind: options.kind,
    maxFileBytes: options.maxFileBytes,
    ...(options.skipPath ? { skipPath: options.skipPath } : {}),
    onSkip: ({ commit, ...skip }) => stats.skipped.push(commit ? { ...skip, detail: `${skip.detail ? `${skip.detail}; ` : ''}commit ${commit.slice(0, 12)}` } : skip),
    onCommit: (commit) => {
      stats.commitsScanned++;
      options.onCommit?.(commit);
    },
  });
  const sync = (): void => {
    stats.filesScanned = parser.totals.files;
    stats.linesScanned = parser.totals.lines;
    stats.bytesScanned = parser.totals.bytes;
  };
  for await (const chunk of options.chunks ?? streamGit(options.root, options.gitArgs, options.what)) {
    options.onBytes?.(chunk.length);
    const fragments = parser.push(chunk);
    sync();
    yield* fragments;
  }
  const rest = parser.end();
  sync();
  yield* rest;
}
