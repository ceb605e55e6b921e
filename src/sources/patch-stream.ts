import { AddedLines } from './added-lines.js';
import { decodeText, looksBinary } from './decode-text.js';
import type { CommitInfo, Fragment, Origin, Skipped } from './fragment.js';
import { streamGit } from './git.js';
import { BlobReader } from './git-blobs.js';
import { isBlobCheck, PatchParser, type BlobCheck, type PatchItem } from './parse-patch.js';
import type { ScanStats } from './scan-stats.js';

/**
 * Flags every patch-producing git call shares: machine-readable, no user drivers or textconv, fixed prefixes,
 * -U0, and full blob names (`--full-index`) so a file git labels binary can be read and judged by leakscan.
 */
export const PATCH_FLAGS = [
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--full-index',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '-M',
  '--ignore-submodules=none',
  '--submodule=short',
];

/**
 * Blobs git labels binary are read whole to be judged and diffed; past this size one is skipped and counted
 * (`too-large`), the one place a git mode has a size limit. Text git diffs itself has none (see `AddedLines`).
 */
export const MAX_BLOB_BYTES = 64 * 1024 * 1024;

const NO_BLOB = /^0+$/;

export interface PatchStreamOptions {
  root: string;
  gitArgs: readonly string[];
  /** The output of `git gitArgs` when the caller started it already (see `ReadAhead`). */
  chunks?: AsyncIterable<Buffer> | undefined;
  kind: Origin['kind'];
  what: string;
  stats: ScanStats;
  onCommit?: ((commit: CommitInfo) => void) | undefined;
  onBytes?: ((bytes: number) => void) | undefined;
  skipPath?: ((path: string) => Skipped['reason'] | undefined) | undefined;
}

/** Streams a git patch command through the incremental parser: fragments of added lines, bounded memory. */
export async function* patchFragments(options: PatchStreamOptions): AsyncGenerator<Fragment> {
  const { stats } = options;
  const skip = (skip: Skipped & { commit?: string | undefined }): void => {
    const { commit, ...rest } = skip;
    stats.skipped.push(commit ? { ...rest, detail: `${rest.detail ? `${rest.detail}; ` : ''}commit ${commit}` } : rest);
  };
  const parser = new PatchParser({
    kind: options.kind,
    skipPath: options.skipPath,
    onSkip: skip,
    onCommit: (commit) => {
      stats.commitsScanned++;
      options.onCommit?.(commit);
    },
  });
  const fromBlobs = { files: 0, lines: 0, bytes: 0 };
  const sync = (): void => {
    stats.filesScanned = parser.totals.files + fromBlobs.files;
    stats.linesScanned = parser.totals.lines + fromBlobs.lines;
    stats.bytesScanned = parser.totals.bytes + fromBlobs.bytes;
  };
  let blobs: BlobReader | undefined;
  // A blob reader (one more git process) only once a patch has a file git labels binary.
  const expand = async function* (items: PatchItem[]): AsyncGenerator<Fragment> {
    for (const item of items) {
      if (!isBlobCheck(item)) yield item;
      else {
        blobs ??= new BlobReader(options.root);
        yield* addedInBlob(item, blobs, fromBlobs, skip);
      }
    }
  };
  try {
    for await (const chunk of options.chunks ?? streamGit(options.root, options.gitArgs, options.what)) {
      options.onBytes?.(chunk.length);
      yield* expand(parser.push(chunk));
      sync();
    }
    yield* expand(parser.end());
    sync();
  } finally {
    blobs?.close();
  }
}

/**
 * A file git would not diff as text (attributes, a NUL byte, its size): leakscan reads the new blob and
 * decides with the rules directory scans use (`looksBinary`, `decodeText`: UTF-16, Latin-1…). Text is
 * scanned as the lines the new blob adds: lines found in no parent's version of the file.
 */
async function* addedInBlob(
  check: BlobCheck,
  reader: BlobReader,
  totals: { files: number; lines: number; bytes: number },
  skip: (skipped: Skipped & { commit?: string | undefined }) => void,
): AsyncGenerator<Fragment> {
  if (NO_BLOB.test(check.newBlob)) return;
  const where = { path: check.origin.path, commit: check.origin.commit?.sha };
  const blob = await reader.read(check.newBlob, MAX_BLOB_BYTES);
  if (!blob) return skip({ ...where, reason: 'unreadable', detail: `blob ${check.newBlob} is not in the repository` });
  if (!blob.bytes)
    return skip({
      ...where,
      reason: 'too-large',
      detail: `git labels it binary and its ${blob.size} bytes are more than ${MAX_BLOB_BYTES} leakscan reads to judge it`,
    });
  if (looksBinary(blob.bytes)) return skip({ ...where, reason: 'binary' });
  const oldLines = new Set<string>();
  for (const id of check.oldBlobs) {
    if (NO_BLOB.test(id)) continue;
    const old = await reader.read(id, MAX_BLOB_BYTES);
    if (old?.bytes) for (const line of decodeText(old.bytes).split('\n')) oldLines.add(line);
  }
  const fragments: Fragment[] = [];
  const added = new AddedLines(check.origin, (fragment) => fragments.push(fragment));
  let counted = false;
  const lines = decodeText(blob.bytes).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (oldLines.has(line) || (line === '' && i === lines.length - 1)) continue;
    if (!counted) totals.files++;
    counted = true;
    totals.lines++;
    totals.bytes += line.length + 1;
    added.line(i + 1, line);
    yield* fragments.splice(0);
  }
  added.flush();
  yield* fragments.splice(0);
}
