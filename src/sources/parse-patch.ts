import { isUtf8 } from 'node:buffer';
import type { CommitInfo, Fragment, Origin, Skipped } from './fragment.js';

/**
 * The `git log` format leakscan asks for: a NUL-led line no diff line can start with (diff lines start with
 * a prefix character, and git never emits NUL outside file content), then NUL-separated fields. The subject
 * (`%s`) has no newline by definition.
 */
export const COMMIT_HEADER_FORMAT = '--format=%x00leakscan-commit%x00%H%x00%an%x00%ae%x00%aI%x00%s';
const HEADER_TAG = 'leakscan-commit';

export interface PatchTotals {
  commits: number;
  /** (commit, file) pairs with at least one added line scanned. */
  files: number;
  lines: number;
  bytes: number;
}

export interface PatchParserOptions {
  kind: Origin['kind'];
  /** Added text larger than this in one file of one commit is skipped as `too-large`. */
  maxFileBytes: number;
  onSkip?: (skip: Skipped & { commit?: string }) => void;
  /** Paths not to scan (config allowlist, default ignores): returns the skip reason. */
  skipPath?: (path: string) => Skipped['reason'] | undefined;
  /** Called once per commit header, before that commit's fragments. */
  onCommit?: (commit: CommitInfo) => void;
}

type State = 'outside' | 'file-header' | 'hunk';

interface Run {
  lines: string[];
  lineNumbers: number[];
}

/**
 * An incremental parser of `git log -p -U0` / `git diff --cached -U0` output (unified and `--cc` combined
 * diffs). Feed it chunks as they arrive; it returns fragments of *added* lines as soon as they are complete,
 * so memory holds one run of consecutive added lines, never the whole patch. Line numbers are those of the
 * new file. Binary files, submodules and oversize additions are reported through `onSkip`, not scanned.
 * Pure: no I/O.
 */
export class PatchParser {
  readonly totals: PatchTotals = { commits: 0, files: 0, lines: 0, bytes: 0 };
  private readonly options: PatchParserOptions;
  /** The unfinished last line, in pieces: joined once, when its newline arrives (no quadratic re-copying). */
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private state: State = 'outside';
  private commit: CommitInfo | undefined;
  private path: string | undefined;
  private fileSkipped = false;
  private fileCounted = false;
  private fileBytes = 0;
  /** Number of parents in a combined (`--cc`) diff: the width of each line's prefix. */
  private parents = 1;
  private nextLine = 0;
  private run: Run | undefined;
  private runLast = -1;
  private out: Fragment[] = [];

  constructor(options: PatchParserOptions) {
    this.options = options;
  }

  push(chunk: Buffer): Fragment[] {
    let start = 0;
    if (this.pendingLength > 0) {
      const newline = chunk.indexOf(10);
      if (newline === -1) {
        this.hold(chunk);
        return this.take();
      }
      this.hold(chunk.subarray(0, newline));
      this.line(this.takePending());
      start = newline + 1;
    }
    for (let newline = chunk.indexOf(10, start); newline !== -1; newline = chunk.indexOf(10, start)) {
      this.line(chunk.subarray(start, newline));
      start = newline + 1;
    }
    if (start < chunk.length) this.hold(chunk.subarray(start));
    return this.take();
  }

  end(): Fragment[] {
    if (this.pendingLength > 0) this.line(this.takePending());
    this.endFile();
    return this.take();
  }

  /**
   * Keeps part of an unfinished line. Past the size limit the rest is dropped: the kept part is already over
   * the limit, so the line's file is skipped as too-large, and a minified one-line file cannot exhaust memory.
   */
  private hold(part: Buffer): void {
    if (this.pendingLength <= this.options.maxFileBytes + 1) this.pending.push(Buffer.from(part));
    this.pendingLength += part.length;
  }

  private takePending(): Buffer {
    const line = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    return line;
  }

  private take(): Fragment[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private line(line: Buffer): void {
    if (line[0] === 0) return this.commitHeader(line);
    if (this.state === 'hunk') {
      const first = line[0];
      const isContent = this.parents > 1 ? this.isCombinedContent(line) : first === 0x2b || first === 0x20 || first === 0x2d;
      if (isContent) return this.content(line);
      if (first === 0x5c || line.length === 0) return; // "\ No newline at end of file", blank separator
      this.state = 'file-header';
    }
    if (startsWith(line, 'diff --git ')) return this.startFile(pathFromDiffGit(line.subarray(11)), 1);
    if (startsWith(line, 'diff --cc ')) return this.startFile(decodePath(line.subarray(10)), 2);
    if (startsWith(line, 'diff --combined ')) return this.startFile(decodePath(line.subarray(16)), 2);
    if (this.state !== 'file-header') return;
    if (line[0] === 0x40 && line[1] === 0x40) return this.hunkHeader(line);
    if (startsWith(line, '+++ ')) {
      const target = line.subarray(4);
      // git ends an unquoted name holding a space with a TAB (GNU diff's convention); a real TAB would be quoted.
      const name = target[0] !== 0x22 && target[target.length - 1] === 0x09 ? target.subarray(0, -1) : target;
      if (!startsWith(name, '/dev/null')) this.path = stripPrefix(decodePath(name), 'b/');
      return;
    }
    if (startsWith(line, 'rename to ')) this.path = decodePath(line.subarray(10));
    else if (startsWith(line, 'copy to ')) this.path = decodePath(line.subarray(8));
    else if (startsWith(line, 'Binary files ') || startsWith(line, 'GIT binary patch')) this.skipFile('binary');
    else if (/^(new file mode|new mode|mode|index \S+) .*160000/.test(line.toString('latin1'))) this.skipFile('submodule');
    // A symlink's "content" is its target path; `scan` never follows or reads links either.
    else if (/^(new file mode|new mode|index \S+) 120000/.test(line.toString('latin1'))) this.skipFile('symlink');
  }

  private commitHeader(line: Buffer): void {
    const fields = line.toString('utf8').split('\0');
    if (fields[1] !== HEADER_TAG) return;
    this.endFile();
    this.state = 'outside';
    const [, , sha = '', author = '', email = '', date = '', message = ''] = fields;
    this.commit = { sha, author, email, date, message };
    this.totals.commits++;
    this.options.onCommit?.(this.commit);
  }

  private startFile(path: string, parents: number): void {
    this.endFile();
    this.state = 'file-header';
    this.path = path;
    this.parents = parents;
    this.fileSkipped = false;
    this.fileCounted = false;
    this.fileBytes = 0;
  }

  private hunkHeader(line: Buffer): void {
    const text = line.toString('latin1');
    let ats = 0;
    while (text[ats] === '@') ats++;
    const match = /\+(\d+)(?:,\d+)?/.exec(text.slice(ats, text.indexOf('@'.repeat(ats), ats)));
    this.parents = Math.max(1, ats - 1);
    this.nextLine = match ? Number(match[1]) : 1;
    // The path is final once the first hunk starts (after `rename to` and `+++`).
    if (this.state === 'file-header' && this.path !== undefined && !this.fileSkipped) {
      const reason = this.options.skipPath?.(this.path);
      if (reason) this.skipFile(reason);
    }
    this.state = 'hunk';
  }

  private isCombinedContent(line: Buffer): boolean {
    for (let i = 0; i < this.parents; i++) {
      const c = line[i];
      if (c !== 0x2b && c !== 0x2d && c !== 0x20) return false;
    }
    return true;
  }

  /**
   * One line of a hunk. A line is in the new file unless a parent column says `-`; it is *added* when every
   * column says `+` (for a merge: new relative to every parent, i.e. a conflict resolution or an evil merge).
   */
  private content(line: Buffer): void {
    let inResult = true;
    let added = true;
    for (let i = 0; i < this.parents; i++) {
      const c = line[i];
      if (c === 0x2d) inResult = false;
      if (c !== 0x2b) added = false;
    }
    if (!inResult) return;
    const lineNumber = this.nextLine++;
    if (!added || this.fileSkipped || this.path === undefined) return;
    const body = line.subarray(this.parents);
    this.fileBytes += body.length + 1;
    if (this.fileBytes > this.options.maxFileBytes) {
      this.run = undefined;
      this.skipFile('too-large', `added text > ${this.options.maxFileBytes} bytes`);
      return;
    }
    if (!this.fileCounted) {
      this.fileCounted = true;
      this.totals.files++;
    }
    this.totals.lines++;
    this.totals.bytes += body.length + 1;
    if (this.run && lineNumber !== this.runLast + 1) this.flushRun();
    this.run ??= { lines: [], lineNumbers: [] };
    this.run.lines.push(decodeLine(body));
    this.run.lineNumbers.push(lineNumber);
    this.runLast = lineNumber;
  }

  private flushRun(): void {
    const run = this.run;
    this.run = undefined;
    if (!run || run.lines.length === 0 || this.path === undefined) return;
    const origin: Origin = { kind: this.options.kind, path: this.path, ...(this.commit ? { commit: this.commit } : {}) };
    this.out.push({ text: run.lines.join('\n'), origin, startLine: run.lineNumbers[0] as number, lineNumbers: run.lineNumbers });
  }

  private endFile(): void {
    this.flushRun();
    this.path = undefined;
    this.parents = 1;
  }

  private skipFile(reason: Skipped['reason'], detail?: string): void {
    if (this.fileSkipped) return;
    this.fileSkipped = true;
    if (this.fileCounted) {
      this.totals.files--;
      this.fileCounted = false;
    }
    const where = this.path ?? '<unknown>';
    this.options.onSkip?.({
      path: where,
      reason,
      ...(detail ? { detail } : {}),
      ...(this.commit ? { commit: this.commit.sha } : {}),
    });
  }
}

function startsWith(line: Buffer, prefix: string): boolean {
  if (line.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/** Added text is decoded leniently, line by line: UTF-8 when valid, else Latin-1 so ASCII keys survive. */
function decodeLine(bytes: Buffer): string {
  return isUtf8(bytes) ? bytes.toString('utf8') : bytes.toString('latin1');
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path as git prints it: either raw bytes, or (when it holds `"`, `\`, control characters, or non-ASCII
 * bytes without core.quotePath=false) a C-style quoted string with octal escapes for bytes.
 */
export function decodePath(raw: Buffer): string {
  let bytes = raw;
  if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
  if (bytes[0] !== 0x22) return decodeLine(bytes);
  return decodeLine(unquote(bytes, 0).bytes);
}

/** Reads a quoted string starting at `start` (which holds `"`); returns its bytes and the index after it. */
function unquote(text: Buffer, start: number): { bytes: Buffer; end: number } {
  const out: number[] = [];
  let i = start + 1;
  while (i < text.length && text[i] !== 0x22) {
    const c = text[i] as number;
    if (c !== 0x5c) {
      out.push(c);
      i++;
      continue;
    }
    const next = String.fromCharCode(text[i + 1] ?? 0);
    if (/[0-7]/.test(next)) {
      const octal = text.subarray(i + 1, i + 4).toString('latin1');
      out.push(Number.parseInt(octal, 8) & 0xff);
      i += 4;
    } else {
      out.push(C_ESCAPES[next] ?? next.charCodeAt(0));
      i += 2;
    }
  }
  return { bytes: Buffer.from(out), end: i + 1 };
}

/**
 * The new path from `diff --git a/X b/Y`. Quoted names are unambiguous. Unquoted names may contain spaces;
 * when old and new paths are equal (everything but renames and copies, which carry `rename to` / `copy to`
 * and `+++` lines that override this) the header is `a/P b/P`, so P is the first half.
 */
export function pathFromDiffGit(rest: Buffer): string {
  if (rest[0] === 0x22) {
    const first = unquote(rest, 0);
    const second = rest.subarray(first.end + 1);
    return stripPrefix(decodePath(second), 'b/');
  }
  const text = rest;
  if ((text.length - 1) % 2 === 0) {
    const half = (text.length - 1) / 2;
    const a = text.subarray(0, half);
    const b = text.subarray(half + 1);
    if (text[half] === 0x20 && a.subarray(2).equals(b.subarray(2))) return decodeLine(b.subarray(2));
  }
  const quotedSecond = text.indexOf(' "b/');
  if (quotedSecond !== -1) return stripPrefix(decodePath(text.subarray(quotedSecond + 1)), 'b/');
  const marker = text.lastIndexOf(' b/');
  return decodeLine(marker === -1 ? text : text.subarray(marker + 3));
}
