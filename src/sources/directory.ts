import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { SourceError } from '../errors.js';
import { decodeText, looksBinary } from './decode-text.js';
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

const READ_CONCURRENCY = 16;

const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

/** Files under the given paths as fragments, one per file. Skips (binary, size, symlink…) go to `stats.skipped`. */
export async function* directoryFragments(options: DirectorySourceOptions, stats: ScanStats): AsyncGenerator<Fragment> {
  const files = await listFiles(options, stats.skipped);
  // Reads run ahead of detection by a bounded window, so I/O overlaps matching without unbounded memory.
  const pending: Promise<Fragment | undefined>[] = [];
  let next = 0;
  const fill = (): void => {
    while (pending.length < READ_CONCURRENCY && next < files.length) pending.push(readFragment(files[next++] as ListedFile, options, stats));
  };
  fill();
  while (pending.length > 0) {
    const fragment = await (pending.shift() as Promise<Fragment | undefined>);
    fill();
    if (fragment) yield fragment;
  }
}

interface ListedFile {
  absolute: string;
  /** Reported path: relative to the cwd, `/`-separated. */
  path: string;
  size: number;
}

async function readFragment(file: ListedFile, options: DirectorySourceOptions, stats: ScanStats): Promise<Fragment | undefined> {
  const skip = (reason: Skipped['reason'], detail?: string): undefined => {
    stats.skipped.push({ path: file.path, reason, ...(detail ? { detail } : {}) });
    return undefined;
  };
  if (file.size > options.maxFileBytes) return skip('too-large', `${file.size} bytes > ${options.maxFileBytes}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file.absolute);
  } catch (error) {
    return skip('unreadable', (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  if (bytes.length > options.maxFileBytes) return skip('too-large', `${bytes.length} bytes > ${options.maxFileBytes}`);
  if (looksBinary(bytes)) return skip('binary');
  stats.filesScanned++;
  stats.bytesScanned += bytes.length;
  return { text: decodeText(bytes), origin: { kind: 'file', path: file.path }, startLine: 1 };
}

async function listFiles(options: DirectorySourceOptions, skipped: Skipped[]): Promise<ListedFile[]> {
  const roots = options.paths.length > 0 ? options.paths : ['.'];
  const isDefaultIgnored = globMatcher(options.defaultIgnores);
  const isAllowlisted = globMatcher(options.allowlistPaths);
  const files: ListedFile[] = [];
  const seen = new Set<string>();
  const add = (absolute: string, size: number): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const rel = relative(options.cwd, absolute);
    const path = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? toPosix(absolute) : toPosix(rel);
    if (isDefaultIgnored(path)) skipped.push({ path, reason: 'default-ignored-path' });
    else if (isAllowlisted(path)) skipped.push({ path, reason: 'allowlisted-path' });
    else files.push({ absolute, path, size });
  };

  for (const given of roots) {
    const absolute = resolve(options.cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new SourceError(code === 'ENOENT' ? `path does not exist: ${given}` : `cannot read ${given}: ${code ?? (error as Error).message}`, { file: given });
    }
    if (info.isFile()) add(absolute, info.size);
    else if (info.isDirectory()) await walkDirectory(absolute, options, skipped, add);
    else skipped.push({ path: toPosix(given), reason: 'not-a-regular-file' });
  }
  return files;
}

async function walkDirectory(
  root: string,
  options: DirectorySourceOptions,
  skipped: Skipped[],
  add: (absolute: string, size: number) => void,
): Promise<void> {
  // Pruning the walk itself (not just filtering its output) is what keeps a repo with a huge node_modules fast.
  const pruned = options.defaultIgnores.filter((glob) => glob.endsWith('/**'));
  const gitignore = options.gitignore ? await loadGitignores(root, pruned) : undefined;
  const entries = await fg('**', {
    cwd: root,
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    stats: true,
    suppressErrors: true,
    ignore: pruned,
  });
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const entry of entries) {
    const absolute = join(root, entry.path);
    const reportPath = toPosix(relative(options.cwd, absolute));
    if (gitignore?.(entry.path, entry.dirent.isDirectory())) continue;
    if (entry.dirent.isDirectory()) continue;
    if (entry.dirent.isSymbolicLink()) {
      skipped.push({ path: reportPath, reason: 'symlink', detail: 'symbolic links are not followed' });
      continue;
    }
    if (!entry.dirent.isFile()) {
      skipped.push({ path: reportPath, reason: 'not-a-regular-file' });
      continue;
    }
    add(absolute, entry.stats?.size ?? 0);
  }
}

/** A predicate over root-relative paths that applies every .gitignore (root and nested) like git does. */
async function loadGitignores(root: string, pruned: string[]): Promise<((path: string, isDirectory: boolean) => boolean) | undefined> {
  const files = await fg('**/.gitignore', { cwd: root, dot: true, ignore: pruned, suppressErrors: true, followSymbolicLinks: false });
  if (existsSync(join(root, '.git', 'info', 'exclude'))) files.push('.git/info/exclude');
  if (files.length === 0) return undefined;
  const byDirectory = new Map<string, Ignore>();
  for (const file of files) {
    const directory = file === '.git/info/exclude' ? '' : posix.dirname(file) === '.' ? '' : posix.dirname(file);
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue;
    }
    const existing = byDirectory.get(directory) ?? ignore();
    byDirectory.set(directory, existing.add(text));
  }
  return (path, isDirectory) => {
    for (const [directory, rules] of byDirectory) {
      if (directory !== '' && !path.startsWith(`${directory}/`)) continue;
      const relativePath = directory === '' ? path : path.slice(directory.length + 1);
      if (rules.ignores(isDirectory ? `${relativePath}/` : relativePath)) return true;
    }
    return false;
  };
}
