import type { Dirent, Stats } from 'node:fs';
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { SourceError } from '../errors.js';
import { DECODER_LABEL, decodeText, SNIFF_BYTES, sniffEncoding } from './decode-text.js';
import { withoutMinifiedLines } from './minified.js';
import type { Fragment, Skipped } from './fragment.js';
import { runGit } from './git.js';
import { globMatcher } from './glob-matcher.js';
import { TextWindows } from './text-windows.js';

export interface DirectorySourceOptions {
  /** The given paths are relative to this directory (normally the process's). */
  cwd: string;
  /** Paths are reported relative to this directory; default: `scanRoot(cwd, paths)`. */
  root?: string | undefined;
  /** Files and directories to scan; default: the cwd. */
  paths: string[];
  /** Larger files are scanned in windows of this size (bounded memory), never skipped. */
  maxFileBytes: number;
  /** Honour .gitignore files (default true); files git tracks are scanned even when a .gitignore names them. */
  gitignore: boolean;
  /** Globs skipped as `default-ignored-path` (node_modules, lockfiles…). */
  defaultIgnores: string[];
  /** Globs skipped as `allowlisted-path` (from the config). */
  allowlistPaths: string[];
}

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

/** How a walk with these settings reads its files: unnamed minified bundles are skipped with the default ignores. */
export const readOptions = (maxFileBytes: number, defaultIgnores: readonly string[]): ReadOptions => ({
  maxFileBytes,
  skipMinifiedBundles: defaultIgnores.length > 0,
});

/** A file the walk found: what a scan (in-process or on a worker thread) reads. Plain data, so it crosses threads. */
export interface ListedFile {
  absolute: string;
  /** Reported path: relative to the scan root (`scanRoot`), `/`-separated. */
  path: string;
}

/** How listed files are read: the window size, and whether unnamed minified bundles are skipped (with the default ignores). */
export interface ReadOptions {
  maxFileBytes: number;
  skipMinifiedBundles: boolean;
}

/**
 * A file read as text: one fragment, or one per window when it is larger than `maxFileBytes`. `unscanned`
 * names a part that was read but not scanned (the minified lines of a generated bundle).
 */
export type FileRead = { fragments: Iterable<Fragment>; bytes: number; unscanned?: Skipped } | { skipped: Skipped };

/** Bytes read per call when a file is scanned in windows. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads one listed file into fragments, or says why it was skipped. Synchronous on purpose: one
 * open/fstat/read/close with no promise machinery is the cheapest way to read many small files, and on a
 * worker thread nothing else waits for it. A file over `maxFileBytes` is read lazily, window by window.
 */
export function readListedFile(file: ListedFile, read: ReadOptions): FileRead {
  const skip = (reason: Skipped['reason'], detail?: string): FileRead => ({
    skipped: { path: file.path, reason, detail: detail || undefined },
  });
  const origin = { kind: 'file', path: file.path } as const;
  let fd: number | undefined;
  try {
    fd = openSync(file.absolute, 'r');
    const { size } = fstatSync(fd);
    const headSize = Math.min(size, read.maxFileBytes + 1);
    // The decision needs only the first megabyte: a large binary is skipped without reading (or allocating) more.
    const probe = Buffer.allocUnsafe(Math.min(headSize, SNIFF_BYTES));
    const probeLength = readFully(fd, probe, 0);
    const encoding = sniffEncoding(probe.subarray(0, probeLength));
    if (encoding === undefined) return skip('binary');
    let bytes = probe.subarray(0, probeLength);
    if (probeLength === probe.length && headSize > probe.length) {
      const head = Buffer.allocUnsafe(headSize);
      probe.copy(head);
      bytes = head.subarray(0, probeLength + readFully(fd, head.subarray(probeLength), probeLength));
    }
    const headLength = bytes.length;
    if (headLength <= read.maxFileBytes) {
      const text = decodeText(bytes, encoding);
      const bundle = read.skipMinifiedBundles ? withoutMinifiedLines(text, file.path) : undefined;
      if (bundle) {
        const unscanned = {
          path: file.path,
          reason: 'minified-bundle',
          detail: `${bundle.lines} minified line(s) of ${bundle.chars} characters not scanned`,
        } as const;
        return { fragments: [{ text: bundle.text, origin, startLine: 1 }], bytes: headLength, unscanned };
      }
      return { fragments: [{ text, origin, startLine: 1 }], bytes: headLength };
    }
    const windowed = { fragments: fileWindows(fd, bytes, encoding, read.maxFileBytes, origin), bytes: size };
    fd = undefined; // closed by fileWindows
    return windowed;
  } catch (error) {
    return skip('unreadable', (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads until `buffer` is full or the file ends; returns the bytes read. */
function readFully(fd: number, buffer: Buffer, position: number): number {
  let filled = 0;
  while (filled < buffer.length) {
    const count = readSync(fd, buffer, filled, buffer.length - filled, position + filled);
    if (count === 0) break;
    filled += count;
  }
  return filled;
}

function* fileWindows(
  fd: number,
  head: Buffer,
  encoding: NonNullable<ReturnType<typeof sniffEncoding>>,
  windowBytes: number,
  origin: Fragment['origin'],
): Generator<Fragment> {
  try {
    const decoder = new TextDecoder(DECODER_LABEL[encoding]);
    const windows = new TextWindows(windowBytes);
    const toFragment = (window: ReturnType<TextWindows['end']>[number]): Fragment => ({ ...window, origin });
    for (const window of windows.push(decoder.decode(head, { stream: true }))) yield toFragment(window);
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = head.length; ; ) {
      const count = readFully(fd, chunk, position);
      if (count === 0) break;
      position += count;
      for (const window of windows.push(decoder.decode(chunk.subarray(0, count), { stream: true })))
        yield toFragment(window);
    }
    for (const window of windows.push(decoder.decode())) yield toFragment(window);
    for (const window of windows.end()) yield toFragment(window);
  } finally {
    closeSync(fd);
  }
}

/** A file or directory name as a fragment of its own: a key in a name is a leak too. */
export function fileNameFragment(path: string): Fragment {
  return {
    text: path.slice(path.replace(/\/+$/, '').lastIndexOf('/') + 1),
    origin: { kind: 'file', path },
    startLine: 1,
    decodedFrom: 'file name',
  };
}

/** What a walk found besides the files to read: every name it met (files, directories, links), to scan as text. */
export interface DirectoryListing {
  names: string[];
  /** The directory the listed paths are relative to. */
  root: string;
}

/**
 * Every file under the given paths, passed to `onFile` in path order as the walk finds it, and every name met on
 * the way; ignored and odd entries go to `skipped`. Nothing is dropped uncounted: what .gitignore hides is counted as `gitignored`, and files git tracks
 * are scanned even when a .gitignore names them (git ignores only untracked files, so a force-added file is
 * committed content).
 */
export async function listFiles(
  options: DirectorySourceOptions,
  skipped: Skipped[],
  onFile: (file: ListedFile) => void,
): Promise<DirectoryListing> {
  const roots = options.paths.length > 0 ? options.paths : ['.'];
  const root = options.root ?? (await scanRoot(options.cwd, roots));
  const filters: PathFilters = {
    isDefaultIgnored: globMatcher(options.defaultIgnores),
    isAllowlisted: globMatcher(options.allowlistPaths),
  };
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const path = reportPath(root, absolute);
    if (filters.isDefaultIgnored(path)) skipped.push({ path, reason: 'default-ignored-path' });
    else if (filters.isAllowlisted(path)) skipped.push({ path, reason: 'allowlisted-path' });
    else onFile({ absolute, path });
  };

  for (const given of roots) {
    const absolute = await realLocation(options.cwd, given);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new SourceError(
        code === 'ENOENT'
          ? `path does not exist: ${given}`
          : `cannot read ${given}: ${code ?? (error as Error).message}`,
        { file: given },
      );
    }
    if (info.isFile()) {
      names.push(reportPath(root, absolute));
      add(absolute);
    } else if (info.isDirectory()) {
      const walk: Walk = {
        root: absolute,
        reportRoot: root,
        options,
        filters,
        skipped,
        add,
        names,
        tracked: options.gitignore ? await trackedFiles(absolute) : [],
      };
      await walkDirectory(absolute, '', [], walk);
    } else skipped.push({ path: reportPath(root, absolute), reason: 'not-a-regular-file' });
  }
  return { names, root };
}

/**
 * The directory a directory scan's paths (and so its fingerprints) are relative to, wherever the command runs:
 * the top level of the git work tree that holds every scanned path, else the deepest directory holding them
 * all (the directory itself when one is scanned, a file's own directory). `scan .` inside a repository, `scan a`
 * from its parent, `scan ../a` from a sibling and `scan sub/` all report `sub/file` as `history` does.
 */
export async function scanRoot(cwd: string, paths: readonly string[]): Promise<string> {
  return rootOf(await scannedDirectories(cwd, paths));
}

/** The directories the scanned paths name (none given: `cwd`), each once, in the order given. */
export async function scannedDirectories(cwd: string, paths: readonly string[]): Promise<[string, ...string[]]> {
  const containers = new Set<string>();
  for (const given of paths.length > 0 ? paths : ['.']) containers.add(await scannedDirectory(cwd, given));
  return [...containers] as [string, ...string[]];
}

/** scanRoot of directories already resolved by scannedDirectories. */
export async function rootOf([first, ...others]: readonly [string, ...string[]]): Promise<string> {
  const top = await workTreeTop(first);
  // The common case costs one git call: everything scanned is in the first path's work tree.
  if (top !== undefined && others.every((dir) => isWithin(top, dir))) return top;
  const tops = [top ?? first];
  for (const dir of others) tops.push((await workTreeTop(dir)) ?? dir);
  return tops.reduce(commonAncestor);
}

/** The directory a scanned path names: itself, or the one holding a file. */
async function scannedDirectory(cwd: string, given: string): Promise<string> {
  const absolute = await realLocation(cwd, given);
  try {
    if ((await stat(absolute)).isDirectory()) return absolute;
  } catch {
    // A missing path fails the listing with its own message; here it only places the root.
  }
  return dirname(absolute);
}

/** The top level of the git work tree holding `directory`, or undefined outside one (or where git cannot tell). */
async function workTreeTop(directory: string): Promise<string | undefined> {
  try {
    const result = await runGit(directory, ['rev-parse', '--show-toplevel']);
    const top = result.stdout.toString('utf8').replace(/\n$/, '');
    return result.code === 0 && top !== '' ? await realpath(top) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A given path as an absolute path through no symbolic link (git names the top level by its real path): a
 * directory resolved whole, a file through its directory (a link named on the command line stays that link).
 */
async function realLocation(cwd: string, given: string): Promise<string> {
  const absolute = resolve(cwd, given);
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) return await realpath(absolute);
    return join(await realpath(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
}

const isWithin = (parent: string, path: string): boolean => {
  const rel = relative(parent, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

function commonAncestor(a: string, b: string): string {
  let ancestor = a;
  while (!isWithin(ancestor, b)) {
    const parent = dirname(ancestor);
    if (parent === ancestor) break;
    ancestor = parent;
  }
  return ancestor;
}

interface PathFilters {
  isDefaultIgnored: (path: string) => boolean;
  isAllowlisted: (path: string) => boolean;
}

/** .gitignore rules of one directory; `base` is that directory relative to the walk's root. */
interface GitignoreLevel {
  base: string;
  rules: Ignore;
}

/** One walk's settings and outputs. */
interface Walk {
  root: string;
  /** Reported paths are relative to this. */
  reportRoot: string;
  options: DirectorySourceOptions;
  filters: PathFilters;
  skipped: Skipped[];
  add: (absolute: string) => void;
  names: string[];
  /** Files git tracks under the walk's root, relative to it, sorted. */
  tracked: readonly string[];
}

/** The files git tracks under `directory` (relative to it), or none when it is not in a git work tree. */
async function trackedFiles(directory: string): Promise<string[]> {
  try {
    // ls-files reads the index, and reading the index runs a configured core.fsmonitor: the scanned repository's
    // config must never run anything.
    const result = await runGit(directory, ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached']);
    if (result.code !== 0) return [];
    return result.stdout.toString('utf8').split('\0').filter(Boolean).sort();
  } catch {
    return [];
  }
}

/** Tracked files at `rel` or under it, when `rel` is a directory. */
function trackedAt(tracked: readonly string[], rel: string, isDirectory: boolean): string[] {
  if (!isDirectory) return binarySearch(tracked, rel) ? [rel] : [];
  const prefix = `${rel}/`;
  let low = 0;
  let high = tracked.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tracked[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < tracked.length && (tracked[i] as string).startsWith(prefix); i++)
    found.push(tracked[i] as string);
  return found;
}

function binarySearch(sorted: readonly string[], value: string): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = sorted[mid] as string;
    if (item === value) return true;
    if (item < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

function reportPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? toPosix(absolute) : toPosix(rel);
}

function gitignored(levels: readonly GitignoreLevel[], rel: string, isDirectory: boolean): boolean {
  for (const { base, rules } of levels) {
    const local = base === '' ? rel : rel.slice(base.length + 1);
    if (rules.ignores(isDirectory ? `${local}/` : local)) return true;
  }
  return false;
}

/**
 * A git-ignored entry: counted as skipped, except the tracked files at or under it, which are listed (a
 * tracked symbolic link is still a link, and never followed). A directory is not walked for its untracked files.
 */
function addIgnored(rel: string, isDirectory: boolean, walk: Walk): void {
  const { root } = walk;
  const tracked = trackedAt(walk.tracked, rel, isDirectory);
  const path = `${reportPath(walk.reportRoot, join(root, rel))}${isDirectory ? '/' : ''}`;
  if (tracked.length === 0) walk.skipped.push({ path, reason: 'gitignored' });
  else if (isDirectory)
    walk.skipped.push({
      path,
      reason: 'gitignored',
      detail: `its untracked files; the ${tracked.length} tracked one(s) are scanned`,
    });
  for (const file of tracked) {
    const absolute = join(root, file);
    const path = reportPath(walk.reportRoot, absolute);
    walk.names.push(path);
    let info: Stats;
    try {
      info = lstatSync(absolute);
    } catch {
      continue; // tracked but deleted from the work tree: nothing to read
    }
    if (info.isSymbolicLink())
      walk.skipped.push({ path, reason: 'symlink', detail: 'symbolic links are not followed' });
    else if (info.isFile()) walk.add(absolute);
    else walk.skipped.push({ path, reason: 'not-a-regular-file' });
  }
}

/**
 * Depth-first walk with readdir. Directories that are git-ignored or default-ignored (node_modules) are pruned,
 * not listed and filtered, which keeps a repo with a huge dependency tree fast. Symlinks are never followed;
 * any name git allows (spaces, newlines, unicode) is handled. `.git` itself is never scanned.
 */
async function walkDirectory(
  absolute: string,
  rel: string,
  inherited: readonly GitignoreLevel[],
  walk: Walk,
): Promise<void> {
  const { options, filters, skipped, reportRoot } = walk;
  let entries: Dirent[];
  try {
    entries = await readdir(absolute, { withFileTypes: true });
  } catch (error) {
    skipped.push({
      path: reportPath(reportRoot, absolute),
      reason: 'unreadable',
      detail: (error as NodeJS.ErrnoException).code ?? 'unreadable directory',
    });
    return;
  }
  let levels = inherited;
  if (options.gitignore && entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
    try {
      levels = [...inherited, { base: rel, rules: ignore().add(await readFile(join(absolute, '.gitignore'), 'utf8')) }];
    } catch {
      // An unreadable .gitignore ignores nothing; the files it would hide are scanned, which is the safe side.
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
    const childAbsolute = join(absolute, entry.name);
    if (entry.name === '.git' && entry.isDirectory()) continue;
    const path = reportPath(reportRoot, childAbsolute);
    if (entry.isDirectory()) {
      if (gitignored(levels, childRel, true)) addIgnored(childRel, true, walk);
      else if (filters.isDefaultIgnored(`${path}/-`))
        skipped.push({ path: `${path}/`, reason: 'default-ignored-path' });
      else {
        walk.names.push(path);
        await walkDirectory(childAbsolute, childRel, levels, walk);
      }
      continue;
    }
    if (gitignored(levels, childRel, false)) {
      addIgnored(childRel, false, walk);
      continue;
    }
    walk.names.push(path);
    if (entry.isSymbolicLink()) skipped.push({ path, reason: 'symlink', detail: 'symbolic links are not followed' });
    else if (entry.isFile()) walk.add(childAbsolute);
    else skipped.push({ path, reason: 'not-a-regular-file' });
  }
}
