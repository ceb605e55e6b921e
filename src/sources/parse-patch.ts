import { isUtf8 } from 'node:buffer';
import { AddedLines } from './added-lines.js';
import type { CommitInfo, Fragment, Origin, Skipped } from './fragment.js';

/**
 * The `git log` format leakscan asks for: a NUL-led header line no diff line can start with (diff lines start
 * with a prefix character, and git never emits NUL outside file content), NUL-separated fields, then the whole
 * message (`%B`, scanned like added text) up to a NUL-led end marker.
 */
export const COMMIT_HEADER_FORMAT =
  '--format=%x00leakscan-commit%x00%H%x00%an%x00%ae%x00%aI%x00%s%n%B%x00leakscan-message-end';
const HEADER_TAG = 'leakscan-commit';
const MESSAGE_END = Buffer.from('\0leakscan-message-end');
/** Where the path of a commit message finding points: no file, the message. */
export const COMMIT_MESSAGE_PATH = 'commit-message';

/**
 * A line longer than this is handled in parts as it arrives (added text is appended piece by piece; a header
 * line is cut here), so one enormous line never has to be held whole.
 */
const LINE_PART_BYTES = 256 * 1024;

export interface PatchTotals {
  commits: number;
  /** (commit, file) pairs with at least one added line scanned. */
  files: number;
  lines: number;
  bytes: number;
}

/**
 * A file git labels binary (`-diff`, `binary`, a NUL in its first 8000 bytes): leakscan reads its blobs and
 * decides itself (see patch-stream.ts). `oldBlobs` are the parents' versions (several for a merge).
 */
export interface BlobCheck {
  blobCheck: true;
  origin: Origin;
  oldBlobs: string[];
  newBlob: string;
}

export type PatchItem = Fragment | BlobCheck;

export const isBlobCheck = (item: PatchItem): item is BlobCheck => 'blobCheck' in item;

export interface PatchParserOptions {
  kind: Origin['kind'];
  onSkip?: (skip: Skipped & { commit?: string | undefined }) => void;
  /** Paths not to scan (the config's allowlist.paths): returns the skip reason. */
  skipPath?: ((path: string) => Skipped['reason'] | undefined) | undefined;
  /** Called once per commit header, before that commit's fragments. */
  onCommit?: (commit: CommitInfo) => void;
}

type State = 'outside' | 'message' | 'file-header' | 'hunk';

/** What happens to the further parts of a line being read in parts. */
type Continuation = (part: Buffer) => void;
const IGNORE: Continuation = () => undefined;

/**
 * An incremental parser of `git log -p -U0 --full-index` / `git diff --cached -U0 --full-index` output (unified
 * and `--cc` combined diffs). Feed it chunks as they arrive; it returns fragments of *added* lines as soon as
 * they are complete, in windows of bounded size (`AddedLines`), never the whole patch. Line numbers are those of
 * the new file. Also returned: each commit's message, each path a change adds (a key can sit in a file name),
 * and a `BlobCheck` for each file git would not diff as text. Submodules and symlinks are skipped through
 * `onSkip`. Pure: no I/O.
 */
export class PatchParser {
  readonly totals: PatchTotals = { commits: 0, files: 0, lines: 0, bytes: 0 };
  private readonly options: PatchParserOptions;
  /** The unfinished last line, in pieces: joined once, when its newline arrives (no quadratic re-copying). */
  private pending: Buffer[] = [];
  private pendingLength = 0;
  /** Set while a long line is being read in parts. */
  private continuation: Continuation | undefined;
  private state: State = 'outside';
  private commit: CommitInfo | undefined;
  private message: AddedLines | undefined;
  private messageLine = 0;
  private path: string | undefined;
  private pathIsNew = false;
  private blobs: { old: string[]; new: string } | undefined;
  private fileSkipped = false;
  private skipReason: Skipped['reason'] | undefined;
  private fileCounted = false;
  /** Number of parents in a combined (`--cc`) diff: the width of each line's prefix. */
  private parents = 1;
  private nextLine = 0;
  private added: AddedLines | undefined;
  private out: PatchItem[] = [];
  /** Set while the lines being parsed are whole lines of a chunk that is valid UTF-8 throughout. */
  private utf8Lines = false;

  constructor(options: PatchParserOptions) {
    this.options = options;
  }

  push(chunk: Buffer): PatchItem[] {
    let start = 0;
    let newline = chunk.indexOf(10);
    if (newline !== -1 && (this.pendingLength > 0 || this.continuation)) {
      this.hold(chunk.subarray(0, newline), false);
      this.finishLine(this.takePending());
      start = newline + 1;
      newline = chunk.indexOf(10, start);
    }
    // The whole lines of the chunk are checked at once: valid UTF-8 there means every line is (a line break
    // never sits inside a UTF-8 sequence), and then no line is checked again.
    const last = chunk.lastIndexOf(10);
    this.utf8Lines = last >= start && isUtf8(chunk.subarray(start, last + 1));
    for (; newline !== -1; newline = chunk.indexOf(10, start)) {
      // A removed line (`-` while reading a two-sided hunk) is dropped before anything is made of it.
      if (chunk[start] !== 0x2d || this.state !== 'hunk' || this.parents !== 1)
        this.line(chunk.subarray(start, newline));
      start = newline + 1;
    }
    this.utf8Lines = false;
    if (start < chunk.length) this.hold(chunk.subarray(start), true);
    return this.take();
  }

  /** Added text is decoded leniently (see `decodeLine`); lines of a chunk already known to be UTF-8 directly. */
  private decode(bytes: Buffer): string {
    return this.utf8Lines ? bytes.toString('utf8') : decodeLine(bytes);
  }

  end(): PatchItem[] {
    if (this.pendingLength > 0 || this.continuation) this.finishLine(this.takePending());
    this.endFile();
    this.endMessage();
    return this.take();
  }

  /** Keeps part of an unfinished line; past `LINE_PART_BYTES` the line is handled in parts. */
  private hold(part: Buffer, mayCut: boolean): void {
    this.pending.push(Buffer.from(part));
    this.pendingLength += part.length;
    if (!mayCut || this.pendingLength < LINE_PART_BYTES) return;
    const piece = this.takePending();
    if (this.continuation) this.continuation(piece);
    else this.continuation = this.line(piece) ?? IGNORE;
  }

  private finishLine(last: Buffer): void {
    const continuation = this.continuation;
    this.continuation = undefined;
    if (continuation) continuation(last);
    else this.line(last);
  }

  private takePending(): Buffer {
    const line = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    return line;
  }

  private take(): PatchItem[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  /** One line (or the first part of a long one: the returned continuation takes the rest). */
  private line(line: Buffer): Continuation | undefined {
    if (line[0] === 0) return this.nulLine(line);
    if (this.state === 'message') return this.messageText(line);
    if (this.state === 'hunk') {
      const first = line[0];
      const isContent =
        this.parents > 1 ? this.isCombinedContent(line) : first === 0x2b || first === 0x20 || first === 0x2d;
      if (isContent) return this.content(line);
      if (first === 0x5c || line.length === 0) return undefined; // "\ No newline at end of file", blank separator
      this.state = 'file-header';
    }
    if (startsWith(line, 'diff --git ')) return this.startFile(pathFromDiffGit(line.subarray(11)), 1);
    if (startsWith(line, 'diff --cc ')) return this.startFile(decodePath(line.subarray(10)), 2);
    if (startsWith(line, 'diff --combined ')) return this.startFile(decodePath(line.subarray(16)), 2);
    if (this.state !== 'file-header') return undefined;
    if (line[0] === 0x40 && line[1] === 0x40) return this.hunkHeader(line);
    if (startsWith(line, '+++ ')) {
      const target = line.subarray(4);
      // git ends an unquoted name holding a space with a TAB (GNU diff's convention); a real TAB would be quoted.
      const name = target[0] !== 0x22 && target[target.length - 1] === 0x09 ? target.subarray(0, -1) : target;
      if (!startsWith(name, '/dev/null')) this.path = stripPrefix(decodePath(name), 'b/');
      return undefined;
    }
    const text = line.toString('latin1');
    if (startsWith(line, 'new file mode ')) this.pathIsNew = true;
    if (startsWith(line, 'rename to ')) this.newPath(decodePath(line.subarray(10)));
    else if (startsWith(line, 'copy to ')) this.newPath(decodePath(line.subarray(8)));
    else if (startsWith(line, 'Binary files ') || startsWith(line, 'GIT binary patch')) this.binaryFile();
    else if (/^(new file mode|new mode|mode|index \S+) .*160000/.test(text)) this.skipFile('submodule');
    // A symlink's "content" is its target path; `scan` never follows or reads links either.
    else if (/^(new file mode|new mode|index \S+) 120000/.test(text)) this.skipFile('symlink');
    else if (startsWith(line, 'index ')) this.blobIds(text.slice(6));
    return undefined;
  }

  /** `index OLD..NEW [mode]`, or `index A,B..NEW` for a merge: full object names (`--full-index`). */
  private blobIds(text: string): void {
    const match = /^([0-9a-f,]+)\.\.([0-9a-f]+)/.exec(text);
    if (match) this.blobs = { old: (match[1] as string).split(','), new: match[2] as string };
  }

  private nulLine(line: Buffer): Continuation | undefined {
    if (this.state === 'message' && line.indexOf(MESSAGE_END) === 0) return this.endMessage();
    const fields = line.toString('utf8').split('\0');
    if (fields[1] !== HEADER_TAG) return this.state === 'message' ? this.messageText(line) : undefined;
    this.endFile();
    this.endMessage();
    const [, , sha = '', author = '', email = '', date = '', subject = ''] = fields;
    this.commit = { sha, author, email, date, message: subject };
    this.totals.commits++;
    this.options.onCommit?.(this.commit);
    this.state = 'message';
    this.messageLine = 0;
    this.message = new AddedLines(
      { kind: this.options.kind, path: COMMIT_MESSAGE_PATH, commit: this.commit, part: 'commit-message' },
      (fragment) => this.out.push(fragment),
    );
    return IGNORE;
  }

  /** A line of the commit message (a message without a final newline ends in the marker itself). */
  private messageText(line: Buffer): Continuation | undefined {
    const end = line.indexOf(MESSAGE_END);
    const text = end === -1 ? line : line.subarray(0, end);
    this.messageLine++;
    this.message?.line(this.messageLine, this.decode(text));
    if (end === -1) return this.appendToMessage;
    this.endMessage();
    return IGNORE;
  }

  private readonly appendToMessage: Continuation = (part) => {
    const end = part.indexOf(MESSAGE_END);
    this.message?.append(decodeLine(end === -1 ? part : part.subarray(0, end)));
    if (end !== -1) this.endMessage();
  };

  private endMessage(): undefined {
    this.message?.flush();
    this.message = undefined;
    if (this.state === 'message') this.state = 'outside';
    return undefined;
  }

  private startFile(path: string, parents: number): Continuation | undefined {
    this.endFile();
    this.endMessage();
    this.state = 'file-header';
    this.path = path;
    this.pathIsNew = false;
    this.blobs = undefined;
    this.parents = parents;
    this.fileSkipped = false;
    this.skipReason = undefined;
    this.fileCounted = false;
    return undefined;
  }

  private newPath(path: string): void {
    this.path = path;
    this.pathIsNew = true;
  }

  private origin(): Origin {
    return { kind: this.options.kind, path: this.path as string, commit: this.commit };
  }

  /** The config's allowlist.paths, checked once the path is final (after `rename to` and `+++`). */
  private pathAllowed(): boolean {
    if (this.fileSkipped || this.path === undefined) return false;
    const reason = this.options.skipPath?.(this.path);
    if (reason) this.skipFile(reason);
    return !reason;
  }

  private binaryFile(): void {
    if (!this.pathAllowed() || !this.blobs) return;
    // Decided, scanned and counted by whoever reads the blob.
    this.out.push({ blobCheck: true, origin: this.origin(), oldBlobs: this.blobs.old, newBlob: this.blobs.new });
  }

  private hunkHeader(line: Buffer): undefined {
    const text = line.toString('latin1');
    let ats = 0;
    while (text[ats] === '@') ats++;
    const match = /\+(\d+)(?:,\d+)?/.exec(text.slice(ats, text.indexOf('@'.repeat(ats), ats)));
    this.parents = Math.max(1, ats - 1);
    this.nextLine = match ? Number(match[1]) : 1;
    if (this.state === 'file-header') this.pathAllowed();
    this.state = 'hunk';
    return undefined;
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
  private content(line: Buffer): Continuation | undefined {
    let inResult = true;
    let added = true;
    for (let i = 0; i < this.parents; i++) {
      const c = line[i];
      if (c === 0x2d) inResult = false;
      if (c !== 0x2b) added = false;
    }
    if (!inResult) return undefined;
    const lineNumber = this.nextLine++;
    if (!added || this.fileSkipped || this.path === undefined) return undefined;
    const body = line.subarray(this.parents);
    if (!this.fileCounted) {
      this.fileCounted = true;
      this.totals.files++;
    }
    this.totals.lines++;
    this.count(body);
    this.added ??= new AddedLines(this.origin(), (fragment) => this.out.push(fragment));
    this.added.line(lineNumber, this.decode(body));
    return this.appendToAdded;
  }

  private readonly appendToAdded: Continuation = (part) => {
    this.count(part);
    this.added?.append(decodeLine(part));
  };

  private count(bytes: Buffer): void {
    this.totals.bytes += bytes.length + 1;
  }

  private endFile(): void {
    this.added?.flush();
    this.added = undefined;
    // A key can sit in a file name: every path a change adds is scanned as text too.
    if (this.pathIsNew && this.path !== undefined && this.skipReason !== 'allowlisted-path') {
      this.out.push({ text: this.path, origin: { ...this.origin(), part: 'file-name' }, startLine: 1 });
    }
    this.pathIsNew = false;
    this.path = undefined;
    this.parents = 1;
  }

  private skipFile(reason: Skipped['reason'], detail?: string): void {
    if (this.fileSkipped) return;
    this.fileSkipped = true;
    this.skipReason = reason;
    if (this.fileCounted) {
      this.totals.files--;
      this.fileCounted = false;
    }
    this.added = undefined;
    const where = this.path ?? '<unknown>';
    this.options.onSkip?.({
      path: where,
      reason,
      detail: detail || undefined,
      commit: this.commit?.sha,
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
