import type { Dirent } from 'node:fs';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { SourceError } from '../errors.js';
import { decodeText, looksBinary } from './decode-text.js';
import { looksLikeGeneratedBundle } from './minified.js';
import type { Fragment, Skipped } from './fragment.js';
import { globMatcher } from './glob-matcher.js';
import type { ScanStats } from './scan-stats.js';

export interface DirectorySourceOptions {
  /** Paths are reported relative to this directory (normally the cwd). */
  cwd: string;
  /** Files and directories to scan; default: the cwd. */
  paths: string[];
  maxFileBytes: number;
  /** Honour .gitignore files (default true). */
  gitignore: boolean;
  /** Globs skipped as `default-ignored-path` (node_modules, lockfiles…). */
  defaultIgnores: string[];
  /** Globs skipped as `allowlisted-path` (from the config). */
  allowlistPaths: string[];
}

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

/** Files under the given paths as fragments, one per file, in path order. Skips go to `stats.skipped`. */
export async function* directoryFragments(options: DirectorySourceOptions, stats: ScanStats): AsyncGenerator<Fragment> {
  for (const file of await listFiles(options, stats.skipped)) {
    const read = readListedFile(file, readOptions(options));
    if ('skipped' in read) stats.skipped.push(read.skipped);
    else {
      stats.filesScanned++;
      stats.bytesScanned += read.bytes;
      yield read.fragment;
    }
  }
}

export const readOptions = (options: DirectorySourceOptions): ReadOptions => ({
  maxFileBytes: options.maxFileBytes,
  skipMinifiedBundles: options.defaultIgnores.length > 0,
});

/** A file the walk found: what a scan (in-process or on a worker thread) reads. Plain data, so it crosses threads. */
export interface ListedFile {
  absolute: string;
  /** Reported path: relative to the cwd, `/`-separated. */
  path: string;
}

/** How listed files are read: the size limit, and whether unnamed minified bundles are skipped (with the default ignores). */
export interface ReadOptions {
  maxFileBytes: number;
  skipMinifiedBundles: boolean;
}

export type FileRead = { fragment: Fragment; bytes: number } | { skipped: Skipped };

/**
 * Reads one listed file into a fragment, or says why it was skipped. Synchronous on purpose: one
 * open/fstat/read/close with no promise machinery is the cheapest way to read many small files, and on a
 * worker thread nothing else waits for it.
 */
export function readListedFile(file: ListedFile, read: ReadOptions): FileRead {
  const { maxFileBytes } = read;
  const skip = (reason: Skipped['reason'], detail?: string): FileRead => ({ skipped: { path: file.path, reason, ...(detail ? { detail } : {}) } });
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(file.absolute, 'r');
    const { size } = fstatSync(fd);
    if (size > maxFileBytes) return skip('too-large', `${size} bytes > ${maxFileBytes}`);
    bytes = readFileSync(fd);
  } catch (error) {
    return skip('unreadable', (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (bytes.length > maxFileBytes) return skip('too-large', `${bytes.length} bytes > ${maxFileBytes}`);
  if (looksBinary(bytes)) return skip('binary');
  if (read.skipMinifiedBundles && looksLikeGeneratedBundle(bytes, file.path)) return skip('minified-bundle', 'minified with a source map');
  return { fragment: { text: decodeText(bytes), origin: { kind: 'file', path: file.path }, startLine: 1 }, bytes: bytes.length };
}

/** Every file under the given paths, in path order; ignored and odd entries go to `skipped`. */
export async function listFiles(options: DirectorySourceOptions, skipped: Skipped[]): Promise<ListedFile[]> {
  const roots = options.paths.length > 0 ? options.paths : ['.'];
  const filters: PathFilters = { isDefaultIgnored: globMatcher(options.defaultIgnores), isAllowlisted: globMatcher(options.allowlistPaths) };
  const files: ListedFile[] = [];
  const seen = new Set<string>();
  const add = (absolute: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const path = reportPath(options.cwd, absolute);
    if (filters.isDefaultIgnored(path)) skipped.push({ path, reason: 'default-ignored-path' });
    else if (filters.isAllowlisted(path)) skipped.push({ path, reason: 'allowlisted-path' });
    else files.push({ absolute, path });
  };

  for (const given of roots) {
    const absolute = resolve(options.cwd, given);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new SourceError(code === 'ENOENT' ? `path does not exist: ${given}` : `cannot read ${given}: ${code ?? (error as Error).message}`, { file: given });
    }
    if (info.isFile()) add(absolute);
    else if (info.isDirectory()) await walkDirectory(absolute, '', [], options, filters, skipped, add);
    else skipped.push({ path: toPosix(given), reason: 'not-a-regular-file' });
  }
  return files;
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
 * Depth-first walk with readdir. Directories that are git-ignored or default-ignored (node_modules) are pruned,
 * not listed and filtered, which keeps a repo with a huge dependency tree fast. Symlinks are never followed;
 * any name git allows (spaces, newlines, unicode) is handled. `.git` itself is never scanned.
 */
async function walkDirectory(
  absolute: string,
  rel: string,
  inherited: readonly GitignoreLevel[],
  options: DirectorySourceOptions,
  filters: PathFilters,
  skipped: Skipped[],
  add: (absolute: string) => void,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(absolute, { withFileTypes: true });
  } catch (error) {
    skipped.push({ path: reportPath(options.cwd, absolute), reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? 'unreadable directory' });
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
    if (entry.isDirectory()) {
      if (entry.name === '.git' || gitignored(levels, childRel, true)) continue;
      const path = reportPath(options.cwd, childAbsolute);
      if (filters.isDefaultIgnored(`${path}/-`)) {
        skipped.push({ path: `${path}/`, reason: 'default-ignored-path' });
        continue;
      }
      await walkDirectory(childAbsolute, childRel, levels, options, filters, skipped, add);
    } else if (gitignored(levels, childRel, false)) continue;
    else if (entry.isSymbolicLink()) skipped.push({ path: reportPath(options.cwd, childAbsolute), reason: 'symlink', detail: 'symbolic links are not followed' });
    else if (entry.isFile()) add(childAbsolute);
    else skipped.push({ path: reportPath(options.cwd, childAbsolute), reason: 'not-a-regular-file' });
  }
}
