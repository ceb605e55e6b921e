import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  decodeText,
  looksBinary
} from "./chunk-R46I27HW.js";
import {
  runGit,
  spawnGit,
  streamGit
} from "./chunk-A5CIQFFQ.js";
import {
  globMatcher
} from "./chunk-GIWBHFB6.js";
import {
  SourceError
} from "./chunk-SBG2HJLT.js";

// src/sources/git-path-filter.ts
var CACHE_LIMIT = 1e4;
function gitPathFilter(config) {
  if (config.allowlist.paths.length === 0) return void 0;
  const allowlisted = globMatcher(config.allowlist.paths);
  const cache = /* @__PURE__ */ new Map();
  return (path) => {
    if (cache.has(path)) return cache.get(path);
    const reason = allowlisted(path) ? "allowlisted-path" : void 0;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(path, reason);
    return reason;
  };
}

// src/sources/added-lines.ts
var WINDOW_CHARS = 1024 * 1024;
var OVERLAP_CHARS = 16 * 1024;
var AddedLines = class {
  constructor(origin, emit) {
    this.origin = origin;
    this.emit = emit;
  }
  origin;
  emit;
  lines = [];
  numbers = [];
  chars = 0;
  firstColumn = 1;
  overlap = 0;
  last = -1;
  /** A whole added line, or the first part of a long one (more follows through `append`). */
  line(lineNumber, text) {
    if (this.lines.length > 0 && lineNumber !== this.last + 1) this.flush();
    this.chars += (this.lines.length > 0 ? 1 : 0) + text.length;
    this.lines.push(text);
    this.numbers.push(lineNumber);
    this.last = lineNumber;
    if (this.chars > WINDOW_CHARS) this.window();
  }
  /** More of the last line. */
  append(text) {
    if (this.lines.length === 0) return;
    this.lines[this.lines.length - 1] += text;
    this.chars += text.length;
    if (this.chars > WINDOW_CHARS) this.window();
  }
  /** Emits what is collected (unless it is only the overlap already scanned) and starts afresh. */
  flush() {
    if (this.lines.length > 0 && this.chars > this.overlap) this.emitCurrent();
    this.lines = [];
    this.numbers = [];
    this.chars = 0;
    this.firstColumn = 1;
    this.overlap = 0;
  }
  emitCurrent() {
    this.emit({
      text: this.lines.join("\n"),
      origin: this.origin,
      startLine: this.numbers[0],
      lineNumbers: this.numbers,
      ...this.overlap > 0 ? { overlap: this.overlap } : {},
      ...this.firstColumn > 1 ? { firstColumn: this.firstColumn } : {}
    });
  }
  /** Emits the window and keeps its last `OVERLAP_CHARS` characters as the start of the next one. */
  window() {
    this.emitCurrent();
    const lines = [];
    const numbers = [];
    let room = OVERLAP_CHARS;
    let firstColumn = 1;
    for (let i = this.lines.length - 1; i >= 0 && room > 0; i--) {
      const line = this.lines[i];
      const lineColumn = i === 0 ? this.firstColumn : 1;
      const take = Math.min(line.length, room);
      lines.unshift(take === line.length ? line : line.slice(line.length - take));
      numbers.unshift(this.numbers[i]);
      firstColumn = lineColumn + line.length - take;
      room -= take + 1;
    }
    this.lines = lines;
    this.numbers = numbers;
    this.chars = lines.reduce((sum, line) => sum + line.length, lines.length - 1);
    this.overlap = this.chars;
    this.firstColumn = firstColumn;
  }
};

// src/sources/git-blobs.ts
var BlobReader = class {
  constructor(root) {
    this.root = root;
  }
  root;
  child;
  queue = [];
  chunks = [];
  /** The blob being received: its declared size, what is kept, what is left to drain. */
  body;
  /** The object `name` names (a SHA, or `rev:path`), or undefined when missing or not a blob. */
  read(name, limit = Number.POSITIVE_INFINITY) {
    if (/[\r\n]/.test(name)) return readAlone(this.root, name, limit);
    return new Promise((resolve, reject) => {
      this.queue.push({ name, limit, resolve, reject });
      this.start().stdin.write(`${name}
`);
    });
  }
  close() {
    this.child?.stdin.end();
    this.child = void 0;
  }
  start() {
    this.child ??= startCatFile(this.root, "--batch", this.queue, (chunk) => this.receive(chunk));
    return this.child;
  }
  receive(chunk) {
    let data = chunk;
    while (data.length > 0) {
      if (this.body) {
        const take = Math.min(this.body.left, data.length);
        this.body.keep?.push(data.subarray(0, take));
        this.body.left -= take;
        data = data.subarray(take);
        if (this.body.left > 0) return;
        const { blob: blob2, size: size2, keep } = this.body;
        this.body = void 0;
        this.queue.shift()?.resolve(blob2 ? { size: size2, bytes: keep ? Buffer.concat(keep).subarray(0, size2) : void 0 } : void 0);
        continue;
      }
      const newline = data.indexOf(10);
      if (newline === -1) {
        this.chunks.push(data);
        return;
      }
      const header = Buffer.concat([...this.chunks, data.subarray(0, newline)]).toString("utf8");
      this.chunks = [];
      data = data.subarray(newline + 1);
      const [, type, sizeText] = header.split(" ");
      const size = Number(sizeText);
      if (header.endsWith(" missing") || header.endsWith(" ambiguous") || !Number.isFinite(size)) {
        this.queue.shift()?.resolve(void 0);
        continue;
      }
      const blob = type === "blob";
      this.body = { blob, size, keep: blob && size <= (this.queue[0]?.limit ?? 0) ? [] : void 0, left: size + 1 };
    }
  }
};
async function readAlone(root, name, limit) {
  const result = await runGit(root, ["cat-file", "blob", name]);
  if (result.code !== 0) return void 0;
  return { size: result.stdout.length, bytes: result.stdout.length <= limit ? result.stdout : void 0 };
}
var ObjectInfoReader = class {
  constructor(root) {
    this.root = root;
  }
  root;
  child;
  queue = [];
  partial = "";
  /** The object `name` names, or undefined when it is missing. */
  info(name) {
    if (/[\r\n]/.test(name)) return infoAlone(this.root, name);
    return new Promise((resolve, reject) => {
      this.queue.push({ name, resolve, reject });
      this.start().stdin.write(`${name}
`);
    });
  }
  close() {
    this.child?.stdin.end();
    this.child = void 0;
  }
  start() {
    this.child ??= startCatFile(
      this.root,
      "--batch-check",
      this.queue,
      (chunk) => this.receive(chunk.toString("utf8"))
    );
    return this.child;
  }
  receive(text) {
    const lines = (this.partial + text).split("\n");
    this.partial = lines.pop() ?? "";
    for (const line of lines) this.queue.shift()?.resolve(parseInfo(line));
  }
};
function parseInfo(line) {
  const [id, type, sizeText, ...rest] = line.split(" ");
  const size = Number(sizeText);
  if (!id || !/^[0-9a-f]{40,64}$/.test(id) || !type || rest.length > 0 || !Number.isFinite(size)) return void 0;
  return { id, type, size };
}
async function infoAlone(root, name) {
  const id = await runGit(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", name]);
  if (id.code !== 0) return void 0;
  const check = await runGit(root, ["cat-file", "--batch-check"], { input: id.stdout.toString("utf8") });
  return parseInfo(check.stdout.toString("utf8").trim());
}
function startCatFile(root, mode, queue, receive) {
  const child = spawnGit(root, ["cat-file", mode]);
  let stderr = "";
  child.stdin.on("error", () => void 0);
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 4096) stderr += chunk.toString("utf8");
  });
  child.stdout.on("data", receive);
  const fail = (why) => {
    for (const pending of queue.splice(0))
      pending.reject(
        new SourceError(`git cat-file ${mode} stopped (${why}) before answering ${pending.name}: ${stderr.trim()}`)
      );
  };
  child.on("error", (error) => fail(error.message));
  child.on("close", (code) => fail(`exit ${code}`));
  return child;
}

// src/sources/parse-patch.ts
import { isUtf8 } from "node:buffer";
var COMMIT_HEADER_FORMAT = "--format=%x00leakscan-commit%x00%H%x00%an%x00%ae%x00%aI%x00%s%n%B%x00leakscan-message-end";
var HEADER_TAG = "leakscan-commit";
var MESSAGE_END = Buffer.from("\0leakscan-message-end");
var COMMIT_MESSAGE_PATH = "commit-message";
var LINE_PART_BYTES = 256 * 1024;
var isBlobCheck = (item) => "blobCheck" in item;
var IGNORE = () => void 0;
var PatchParser = class {
  totals = { commits: 0, files: 0, lines: 0, bytes: 0 };
  options;
  /** The unfinished last line, in pieces: joined once, when its newline arrives (no quadratic re-copying). */
  pending = [];
  pendingLength = 0;
  /** Set while a long line is being read in parts. */
  continuation;
  state = "outside";
  commit;
  message;
  messageLine = 0;
  path;
  pathIsNew = false;
  blobs;
  fileSkipped = false;
  skipReason;
  fileCounted = false;
  /** Number of parents in a combined (`--cc`) diff: the width of each line's prefix. */
  parents = 1;
  nextLine = 0;
  added;
  out = [];
  /** Set while the lines being parsed are whole lines of a chunk that is valid UTF-8 throughout. */
  utf8Lines = false;
  constructor(options) {
    this.options = options;
  }
  push(chunk) {
    let start = 0;
    let newline = chunk.indexOf(10);
    if (newline !== -1 && (this.pendingLength > 0 || this.continuation)) {
      this.hold(chunk.subarray(0, newline), false);
      this.finishLine(this.takePending());
      start = newline + 1;
      newline = chunk.indexOf(10, start);
    }
    const last = chunk.lastIndexOf(10);
    this.utf8Lines = last >= start && isUtf8(chunk.subarray(start, last + 1));
    for (; newline !== -1; newline = chunk.indexOf(10, start)) {
      if (chunk[start] !== 45 || this.state !== "hunk" || this.parents !== 1)
        this.line(chunk.subarray(start, newline));
      start = newline + 1;
    }
    this.utf8Lines = false;
    if (start < chunk.length) this.hold(chunk.subarray(start), true);
    return this.take();
  }
  /** Added text is decoded leniently (see `decodeLine`); lines of a chunk already known to be UTF-8 directly. */
  decode(bytes) {
    return this.utf8Lines ? bytes.toString("utf8") : decodeLine(bytes);
  }
  end() {
    if (this.pendingLength > 0 || this.continuation) this.finishLine(this.takePending());
    this.endFile();
    this.endMessage();
    return this.take();
  }
  /** Keeps part of an unfinished line; past `LINE_PART_BYTES` the line is handled in parts. */
  hold(part, mayCut) {
    this.pending.push(Buffer.from(part));
    this.pendingLength += part.length;
    if (!mayCut || this.pendingLength < LINE_PART_BYTES) return;
    const piece = this.takePending();
    if (this.continuation) this.continuation(piece);
    else this.continuation = this.line(piece) ?? IGNORE;
  }
  finishLine(last) {
    const continuation = this.continuation;
    this.continuation = void 0;
    if (continuation) continuation(last);
    else this.line(last);
  }
  takePending() {
    const line = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    return line;
  }
  take() {
    const out = this.out;
    this.out = [];
    return out;
  }
  /** One line (or the first part of a long one: the returned continuation takes the rest). */
  line(line) {
    if (line[0] === 0) return this.nulLine(line);
    if (this.state === "message") return this.messageText(line);
    if (this.state === "hunk") {
      const first = line[0];
      const isContent = this.parents > 1 ? this.isCombinedContent(line) : first === 43 || first === 32 || first === 45;
      if (isContent) return this.content(line);
      if (first === 92 || line.length === 0) return void 0;
      this.state = "file-header";
    }
    if (startsWith(line, "diff --git ")) return this.startFile(pathFromDiffGit(line.subarray(11)), 1);
    if (startsWith(line, "diff --cc ")) return this.startFile(decodePath(line.subarray(10)), 2);
    if (startsWith(line, "diff --combined ")) return this.startFile(decodePath(line.subarray(16)), 2);
    if (this.state !== "file-header") return void 0;
    if (line[0] === 64 && line[1] === 64) return this.hunkHeader(line);
    if (startsWith(line, "+++ ")) {
      const target = line.subarray(4);
      const name = target[0] !== 34 && target[target.length - 1] === 9 ? target.subarray(0, -1) : target;
      if (!startsWith(name, "/dev/null")) this.path = stripPrefix(decodePath(name), "b/");
      return void 0;
    }
    const text = line.toString("latin1");
    if (startsWith(line, "new file mode ")) this.pathIsNew = true;
    if (startsWith(line, "rename to ")) this.newPath(decodePath(line.subarray(10)));
    else if (startsWith(line, "copy to ")) this.newPath(decodePath(line.subarray(8)));
    else if (startsWith(line, "Binary files ") || startsWith(line, "GIT binary patch")) this.binaryFile();
    else if (/^(new file mode|new mode|mode|index \S+) .*160000/.test(text)) this.skipFile("submodule");
    else if (/^(new file mode|new mode|index \S+) 120000/.test(text)) this.skipFile("symlink");
    else if (startsWith(line, "index ")) this.blobIds(text.slice(6));
    return void 0;
  }
  /** `index OLD..NEW [mode]`, or `index A,B..NEW` for a merge: full object names (`--full-index`). */
  blobIds(text) {
    const match = /^([0-9a-f,]+)\.\.([0-9a-f]+)/.exec(text);
    if (match) this.blobs = { old: match[1].split(","), new: match[2] };
  }
  nulLine(line) {
    if (this.state === "message" && line.indexOf(MESSAGE_END) === 0) return this.endMessage();
    const fields = line.toString("utf8").split("\0");
    if (fields[1] !== HEADER_TAG) return this.state === "message" ? this.messageText(line) : void 0;
    this.endFile();
    this.endMessage();
    const [, , sha = "", author = "", email = "", date = "", subject = ""] = fields;
    this.commit = { sha, author, email, date, message: subject };
    this.totals.commits++;
    this.options.onCommit?.(this.commit);
    this.state = "message";
    this.messageLine = 0;
    this.message = new AddedLines(
      { kind: this.options.kind, path: COMMIT_MESSAGE_PATH, commit: this.commit, part: "commit-message" },
      (fragment) => this.out.push(fragment)
    );
    return IGNORE;
  }
  /** A line of the commit message (a message without a final newline ends in the marker itself). */
  messageText(line) {
    const end = line.indexOf(MESSAGE_END);
    const text = end === -1 ? line : line.subarray(0, end);
    this.messageLine++;
    this.message?.line(this.messageLine, this.decode(text));
    if (end === -1) return this.appendToMessage;
    this.endMessage();
    return IGNORE;
  }
  appendToMessage = (part) => {
    const end = part.indexOf(MESSAGE_END);
    this.message?.append(decodeLine(end === -1 ? part : part.subarray(0, end)));
    if (end !== -1) this.endMessage();
  };
  endMessage() {
    this.message?.flush();
    this.message = void 0;
    if (this.state === "message") this.state = "outside";
    return void 0;
  }
  startFile(path, parents) {
    this.endFile();
    this.endMessage();
    this.state = "file-header";
    this.path = path;
    this.pathIsNew = false;
    this.blobs = void 0;
    this.parents = parents;
    this.fileSkipped = false;
    this.skipReason = void 0;
    this.fileCounted = false;
    return void 0;
  }
  newPath(path) {
    this.path = path;
    this.pathIsNew = true;
  }
  origin() {
    return { kind: this.options.kind, path: this.path, commit: this.commit };
  }
  /** The config's allowlist.paths, checked once the path is final (after `rename to` and `+++`). */
  pathAllowed() {
    if (this.fileSkipped || this.path === void 0) return false;
    const reason = this.options.skipPath?.(this.path);
    if (reason) this.skipFile(reason);
    return !reason;
  }
  binaryFile() {
    if (!this.pathAllowed() || !this.blobs) return;
    this.out.push({ blobCheck: true, origin: this.origin(), oldBlobs: this.blobs.old, newBlob: this.blobs.new });
  }
  hunkHeader(line) {
    const text = line.toString("latin1");
    let ats = 0;
    while (text[ats] === "@") ats++;
    const match = /\+(\d+)(?:,\d+)?/.exec(text.slice(ats, text.indexOf("@".repeat(ats), ats)));
    this.parents = Math.max(1, ats - 1);
    this.nextLine = match ? Number(match[1]) : 1;
    if (this.state === "file-header") this.pathAllowed();
    this.state = "hunk";
    return void 0;
  }
  isCombinedContent(line) {
    for (let i = 0; i < this.parents; i++) {
      const c = line[i];
      if (c !== 43 && c !== 45 && c !== 32) return false;
    }
    return true;
  }
  /**
   * One line of a hunk. A line is in the new file unless a parent column says `-`; it is *added* when every
   * column says `+` (for a merge: new relative to every parent, i.e. a conflict resolution or an evil merge).
   */
  content(line) {
    let inResult = true;
    let added = true;
    for (let i = 0; i < this.parents; i++) {
      const c = line[i];
      if (c === 45) inResult = false;
      if (c !== 43) added = false;
    }
    if (!inResult) return void 0;
    const lineNumber = this.nextLine++;
    if (!added || this.fileSkipped || this.path === void 0) return void 0;
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
  appendToAdded = (part) => {
    this.count(part);
    this.added?.append(decodeLine(part));
  };
  count(bytes) {
    this.totals.bytes += bytes.length + 1;
  }
  endFile() {
    this.added?.flush();
    this.added = void 0;
    if (this.pathIsNew && this.path !== void 0 && this.skipReason !== "allowlisted-path") {
      this.out.push({ text: this.path, origin: { ...this.origin(), part: "file-name" }, startLine: 1 });
    }
    this.pathIsNew = false;
    this.path = void 0;
    this.parents = 1;
  }
  skipFile(reason, detail) {
    if (this.fileSkipped) return;
    this.fileSkipped = true;
    this.skipReason = reason;
    if (this.fileCounted) {
      this.totals.files--;
      this.fileCounted = false;
    }
    this.added = void 0;
    const where = this.path ?? "<unknown>";
    this.options.onSkip?.({
      path: where,
      reason,
      detail: detail || void 0,
      commit: this.commit?.sha
    });
  }
};
function startsWith(line, prefix) {
  if (line.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[i] !== prefix.charCodeAt(i)) return false;
  return true;
}
function stripPrefix(path, prefix) {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
function decodeLine(bytes) {
  return isUtf8(bytes) ? bytes.toString("utf8") : bytes.toString("latin1");
}
var C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function decodePath(raw) {
  let bytes = raw;
  if (bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, -1);
  if (bytes[0] !== 34) return decodeLine(bytes);
  return decodeLine(unquote(bytes, 0).bytes);
}
function unquote(text, start) {
  const out = [];
  let i = start + 1;
  while (i < text.length && text[i] !== 34) {
    const c = text[i];
    if (c !== 92) {
      out.push(c);
      i++;
      continue;
    }
    const next = String.fromCharCode(text[i + 1] ?? 0);
    if (/[0-7]/.test(next)) {
      const octal = text.subarray(i + 1, i + 4).toString("latin1");
      out.push(Number.parseInt(octal, 8) & 255);
      i += 4;
    } else {
      out.push(C_ESCAPES[next] ?? next.charCodeAt(0));
      i += 2;
    }
  }
  return { bytes: Buffer.from(out), end: i + 1 };
}
function pathFromDiffGit(rest) {
  if (rest[0] === 34) {
    const first = unquote(rest, 0);
    const second = rest.subarray(first.end + 1);
    return stripPrefix(decodePath(second), "b/");
  }
  const text = rest;
  if ((text.length - 1) % 2 === 0) {
    const half = (text.length - 1) / 2;
    const a = text.subarray(0, half);
    const b = text.subarray(half + 1);
    if (text[half] === 32 && a.subarray(2).equals(b.subarray(2))) return decodeLine(b.subarray(2));
  }
  const quotedSecond = text.indexOf(' "b/');
  if (quotedSecond !== -1) return stripPrefix(decodePath(text.subarray(quotedSecond + 1)), "b/");
  const marker = text.lastIndexOf(" b/");
  return decodeLine(marker === -1 ? text : text.subarray(marker + 3));
}

// src/sources/patch-stream.ts
var PATCH_FLAGS = [
  "-U0",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--full-index",
  "--src-prefix=a/",
  "--dst-prefix=b/",
  "-M",
  "--ignore-submodules=none",
  "--submodule=short"
];
var MAX_BLOB_BYTES = 64 * 1024 * 1024;
var NO_BLOB = /^0+$/;
async function* patchFragments(options) {
  const { stats } = options;
  const skip = (skip2) => {
    const { commit, ...rest } = skip2;
    stats.skipped.push(commit ? { ...rest, detail: `${rest.detail ? `${rest.detail}; ` : ""}commit ${commit}` } : rest);
  };
  const parser = new PatchParser({
    kind: options.kind,
    skipPath: options.skipPath,
    onSkip: skip,
    onCommit: (commit) => {
      stats.commitsScanned++;
      options.onCommit?.(commit);
    }
  });
  const fromBlobs = { files: 0, lines: 0, bytes: 0 };
  const sync = () => {
    stats.filesScanned = parser.totals.files + fromBlobs.files;
    stats.linesScanned = parser.totals.lines + fromBlobs.lines;
    stats.bytesScanned = parser.totals.bytes + fromBlobs.bytes;
  };
  let blobs;
  const expand = async function* (items) {
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
async function* addedInBlob(check, reader, totals, skip) {
  if (NO_BLOB.test(check.newBlob)) return;
  const where = { path: check.origin.path, commit: check.origin.commit?.sha };
  const blob = await reader.read(check.newBlob, MAX_BLOB_BYTES);
  if (!blob) return skip({ ...where, reason: "unreadable", detail: `blob ${check.newBlob} is not in the repository` });
  if (!blob.bytes)
    return skip({
      ...where,
      reason: "too-large",
      detail: `git labels it binary and its ${blob.size} bytes are more than ${MAX_BLOB_BYTES} leakscan reads to judge it`
    });
  if (looksBinary(blob.bytes)) return skip({ ...where, reason: "binary" });
  const oldLines = /* @__PURE__ */ new Set();
  for (const id of check.oldBlobs) {
    if (NO_BLOB.test(id)) continue;
    const old = await reader.read(id, MAX_BLOB_BYTES);
    if (old?.bytes) for (const line of decodeText(old.bytes).split("\n")) oldLines.add(line);
  }
  const fragments = [];
  const added = new AddedLines(check.origin, (fragment) => fragments.push(fragment));
  let counted = false;
  const lines = decodeText(blob.bytes).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (oldLines.has(line) || line === "" && i === lines.length - 1) continue;
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

// src/sources/read-ahead.ts
var ReadAhead = class {
  chunks = [];
  bytes = 0;
  done = false;
  failure;
  aborted = false;
  wakeConsumer;
  wakeReader;
  constructor(source, limit) {
    void this.read(source, limit);
  }
  async read(source, limit) {
    try {
      for await (const chunk of source) {
        if (this.aborted) break;
        this.chunks.push(chunk);
        this.bytes += chunk.length;
        this.wake();
        while (this.bytes > limit && !this.aborted) await new Promise((resolve) => this.wakeReader = resolve);
        if (this.aborted) break;
      }
    } catch (error) {
      this.failure = { error };
    } finally {
      this.done = true;
      this.wake();
    }
  }
  wake() {
    const wake = this.wakeConsumer;
    this.wakeConsumer = void 0;
    wake?.();
  }
  async *drain() {
    for (; ; ) {
      const chunk = this.chunks.shift();
      if (chunk) {
        this.bytes -= chunk.length;
        const wakeReader = this.wakeReader;
        this.wakeReader = void 0;
        wakeReader?.();
        yield chunk;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.done) return;
      await new Promise((resolve) => this.wakeConsumer = resolve);
    }
  }
  /** Stops reading; breaking out of the source's loop kills its git process. */
  abort() {
    this.aborted = true;
    const wakeReader = this.wakeReader;
    this.wakeReader = void 0;
    wakeReader?.();
  }
};

export {
  COMMIT_HEADER_FORMAT,
  BlobReader,
  ObjectInfoReader,
  PATCH_FLAGS,
  patchFragments,
  ReadAhead,
  gitPathFilter
};
