import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  DEFAULT_IGNORED_PATHS
} from "./chunk-E2LCKTAV.js";
import {
  streamGit
} from "./chunk-OU7SLQGR.js";
import {
  globMatcher
} from "./chunk-Q5OU3ES6.js";

// src/sources/git-path-filter.ts
var CACHE_LIMIT = 1e4;
function gitPathFilter(config, extraSkips = []) {
  const skipGlobs = [...config.allowlist.paths, ...extraSkips];
  const allowlisted = skipGlobs.length > 0 ? globMatcher(skipGlobs) : void 0;
  const ignored = config.defaultIgnores ? globMatcher(DEFAULT_IGNORED_PATHS) : void 0;
  const cache = /* @__PURE__ */ new Map();
  return (path) => {
    if (cache.has(path)) return cache.get(path);
    const reason = allowlisted?.(path) ? "allowlisted-path" : ignored?.(path) ? "default-ignored-path" : void 0;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(path, reason);
    return reason;
  };
}

// src/sources/parse-patch.ts
import { isUtf8 } from "node:buffer";
var COMMIT_HEADER_FORMAT = "--format=%x00leakscan-commit%x00%H%x00%an%x00%ae%x00%aI%x00%s";
var HEADER_TAG = "leakscan-commit";
var PatchParser = class {
  totals = { commits: 0, files: 0, lines: 0, bytes: 0 };
  options;
  /** The unfinished last line, in pieces: joined once, when its newline arrives (no quadratic re-copying). */
  pending = [];
  pendingLength = 0;
  state = "outside";
  commit;
  path;
  fileSkipped = false;
  fileCounted = false;
  fileBytes = 0;
  /** Number of parents in a combined (`--cc`) diff: the width of each line's prefix. */
  parents = 1;
  nextLine = 0;
  run;
  runLast = -1;
  out = [];
  constructor(options) {
    this.options = options;
  }
  push(chunk) {
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
  end() {
    if (this.pendingLength > 0) this.line(this.takePending());
    this.endFile();
    return this.take();
  }
  /**
   * Keeps part of an unfinished line. Past the size limit the rest is dropped: the kept part is already over
   * the limit, so the line's file is skipped as too-large, and a minified one-line file cannot exhaust memory.
   */
  hold(part) {
    if (this.pendingLength <= this.options.maxFileBytes + 1) this.pending.push(Buffer.from(part));
    this.pendingLength += part.length;
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
  line(line) {
    if (line[0] === 0) return this.commitHeader(line);
    if (this.state === "hunk") {
      const first = line[0];
      const isContent = this.parents > 1 ? this.isCombinedContent(line) : first === 43 || first === 32 || first === 45;
      if (isContent) return this.content(line);
      if (first === 92 || line.length === 0) return;
      this.state = "file-header";
    }
    if (startsWith(line, "diff --git ")) return this.startFile(pathFromDiffGit(line.subarray(11)), 1);
    if (startsWith(line, "diff --cc ")) return this.startFile(decodePath(line.subarray(10)), 2);
    if (startsWith(line, "diff --combined ")) return this.startFile(decodePath(line.subarray(16)), 2);
    if (this.state !== "file-header") return;
    if (line[0] === 64 && line[1] === 64) return this.hunkHeader(line);
    if (startsWith(line, "+++ ")) {
      const target = line.subarray(4);
      const name = target[0] !== 34 && target[target.length - 1] === 9 ? target.subarray(0, -1) : target;
      if (!startsWith(name, "/dev/null")) this.path = stripPrefix(decodePath(name), "b/");
      return;
    }
    if (startsWith(line, "rename to ")) this.path = decodePath(line.subarray(10));
    else if (startsWith(line, "copy to ")) this.path = decodePath(line.subarray(8));
    else if (startsWith(line, "Binary files ") || startsWith(line, "GIT binary patch")) this.skipFile("binary");
    else if (/^(new file mode|new mode|mode|index \S+) .*160000/.test(line.toString("latin1"))) this.skipFile("submodule");
    else if (/^(new file mode|new mode|index \S+) 120000/.test(line.toString("latin1"))) this.skipFile("symlink");
  }
  commitHeader(line) {
    const fields = line.toString("utf8").split("\0");
    if (fields[1] !== HEADER_TAG) return;
    this.endFile();
    this.state = "outside";
    const [, , sha = "", author = "", email = "", date = "", message = ""] = fields;
    this.commit = { sha, author, email, date, message };
    this.totals.commits++;
    this.options.onCommit?.(this.commit);
  }
  startFile(path, parents) {
    this.endFile();
    this.state = "file-header";
    this.path = path;
    this.parents = parents;
    this.fileSkipped = false;
    this.fileCounted = false;
    this.fileBytes = 0;
  }
  hunkHeader(line) {
    const text = line.toString("latin1");
    let ats = 0;
    while (text[ats] === "@") ats++;
    const match = /\+(\d+)(?:,\d+)?/.exec(text.slice(ats, text.indexOf("@".repeat(ats), ats)));
    this.parents = Math.max(1, ats - 1);
    this.nextLine = match ? Number(match[1]) : 1;
    if (this.state === "file-header" && this.path !== void 0 && !this.fileSkipped) {
      const reason = this.options.skipPath?.(this.path);
      if (reason) this.skipFile(reason);
    }
    this.state = "hunk";
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
    if (!inResult) return;
    const lineNumber = this.nextLine++;
    if (!added || this.fileSkipped || this.path === void 0) return;
    const body = line.subarray(this.parents);
    this.fileBytes += body.length + 1;
    if (this.fileBytes > this.options.maxFileBytes) {
      this.run = void 0;
      this.skipFile("too-large", `added text > ${this.options.maxFileBytes} bytes`);
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
  flushRun() {
    const run = this.run;
    this.run = void 0;
    if (!run || run.lines.length === 0 || this.path === void 0) return;
    const origin = { kind: this.options.kind, path: this.path, ...this.commit ? { commit: this.commit } : {} };
    this.out.push({ text: run.lines.join("\n"), origin, startLine: run.lineNumbers[0], lineNumbers: run.lineNumbers });
  }
  endFile() {
    this.flushRun();
    this.path = void 0;
    this.parents = 1;
  }
  skipFile(reason, detail) {
    if (this.fileSkipped) return;
    this.fileSkipped = true;
    if (this.fileCounted) {
      this.totals.files--;
      this.fileCounted = false;
    }
    const where = this.path ?? "<unknown>";
    this.options.onSkip?.({
      path: where,
      reason,
      ...detail ? { detail } : {},
      ...this.commit ? { commit: this.commit.sha } : {}
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
var PATCH_FLAGS = ["-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", "-M", "--ignore-submodules=none", "--submodule=short"];
async function* patchFragments(options) {
  const { stats } = options;
  const parser = new PatchParser({
    kind: options.kind,
    maxFileBytes: options.maxFileBytes,
    ...options.skipPath ? { skipPath: options.skipPath } : {},
    onSkip: ({ commit, ...skip }) => stats.skipped.push(commit ? { ...skip, detail: `${skip.detail ? `${skip.detail}; ` : ""}commit ${commit.slice(0, 12)}` } : skip),
    onCommit: (commit) => {
      stats.commitsScanned++;
      options.onCommit?.(commit);
    }
  });
  const sync = () => {
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

export {
  COMMIT_HEADER_FORMAT,
  PATCH_FLAGS,
  patchFragments,
  gitPathFilter
};
