import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { LeakscanError } from '../errors.js';

/**
 * leakscan's own files (the rotation outbox, a baseline it writes) may sit in a repository someone else
 * controls: a committed `.leakscan/outbox.jsonl` can be a symbolic link to `~/.bashrc`, a FIFO that blocks a
 * read, or a directory. These helpers never follow a link at the last component (O_NOFOLLOW), refuse anything
 * but a regular file, and replace files by renaming a fresh temporary file from the same directory.
 */
export class StateFileError extends LeakscanError {}

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
const READ_FLAGS = constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0);
const APPEND_FLAGS =
  constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NOFOLLOW | (constants.O_NONBLOCK ?? 0);

function refusal(path: string, what: string, problem: string): StateFileError {
  return new StateFileError(`refusing to use ${what} ${path}: ${problem}`, { file: path });
}

const SYMLINK = 'a symbolic link (leakscan never reads or writes its state through a link)';

/** What a non-regular file is, for the refusal message. */
function kindOf(stat: Stats): string {
  if (stat.isSymbolicLink()) return SYMLINK;
  if (stat.isDirectory()) return 'a directory, not a file';
  if (stat.isFIFO()) return 'a FIFO, not a file';
  return 'a device or socket, not a file';
}

/** Throws unless `path` is missing or a regular file that is not a symbolic link. */
export function checkStateFile(path: string, what: string): void {
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw refusal(path, what, (error as Error).message);
  }
  if (!stat.isFile()) throw refusal(path, what, kindOf(stat));
}

/**
 * Throws if a directory between `root` and `path` is a symbolic link: a committed `.leakscan` that links to
 * `~` would otherwise place the state file outside the repository. Paths outside `root` are not checked.
 */
export function checkNoLinkedDirectories(root: string, path: string, what: string): void {
  const inside = relative(root, dirname(path));
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return;
  let current = root;
  for (const part of inside.split(sep)) {
    current = join(current, part);
    try {
      if (lstatSync(current).isSymbolicLink()) throw refusal(path, what, `${current} is a symbolic link`);
    } catch (error) {
      if (error instanceof StateFileError) throw error;
      return; // Missing from here on: it will be created as a real directory.
    }
  }
}

function openChecked(path: string, flags: number, what: string, mode?: number): number {
  checkStateFile(path, what);
  let fd: number;
  try {
    fd = openSync(path, flags, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw refusal(path, what, SYMLINK);
    throw error;
  }
  // Checked again on the open file: a link swapped in between the lstat and the open is caught here.
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw refusal(path, what, kindOf(stat));
  }
  return fd;
}

/** A descriptor to read, or undefined when the file does not exist. */
function openForReading(path: string, what: string): number | undefined {
  try {
    return openChecked(path, READ_FLAGS, what);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The file's text, or undefined when it does not exist. */
export function readStateFile(path: string, what: string): string | undefined {
  const fd = openForReading(path, what);
  if (fd === undefined) return undefined;
  try {
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Whether the file is missing, empty or ends with a newline ('terminated'), or ends mid-line. Reads one byte. */
export function stateFileEnding(path: string, what: string): 'missing' | 'terminated' | 'unterminated' {
  const fd = openForReading(path, what);
  if (fd === undefined) return 'missing';
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return 'terminated';
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a ? 'terminated' : 'unterminated';
  } finally {
    closeSync(fd);
  }
}

/** Appends and fsyncs. Creates the file (mode `mode`) when missing; never through a link. */
export function appendStateFile(path: string, text: string, what: string, mode = 0o600): void {
  const fd = openChecked(path, APPEND_FLAGS, what, mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Throws now, before any work, if the file cannot be appended to (read-only file or file system). */
export function checkAppendable(path: string, what: string): void {
  try {
    closeSync(openChecked(path, APPEND_FLAGS, what, 0o600));
  } catch (error) {
    if (error instanceof StateFileError) throw error;
    throw new StateFileError(`cannot write ${what} ${path}: ${(error as Error).message}`, { file: path });
  }
}

/**
 * Replaces the file with `text`: a fresh temporary file in the same directory (created exclusively, so a
 * planted link at its name is never followed), fsync'd, then renamed over the target. A link or a non-file
 * at the target is refused first; rename replaces the name itself, never what a link points to.
 */
export function replaceStateFile(path: string, text: string, what: string, mode = 0o600): void {
  checkStateFile(path, what);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, mode);
  } catch (error) {
    throw new StateFileError(`cannot write ${what} ${path}: ${(error as Error).message}`, { file: path });
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
  syncDirectory(dirname(path));
}

export function syncDirectory(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the file itself is already synced.
  }
}

const BASELINE = 'the baseline';

/** Throws unless the baseline file may be written: not a link, not a non-file, no linked directory under cwd. */
export function checkBaselineTarget(file: string): void {
  const path = resolve(file);
  checkNoLinkedDirectories(process.cwd(), path, BASELINE);
  checkStateFile(path, BASELINE);
}

/** Writes a baseline (readable by the team: 0644) by atomic replacement, never through a link. */
export function writeBaselineFile(file: string, text: string): void {
  checkBaselineTarget(file);
  replaceStateFile(resolve(file), text, BASELINE, 0o644);
}
