import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  COMMIT_HEADER_FORMAT,
  PATCH_FLAGS,
  gitPathFilter,
  patchFragments
} from "./chunk-UJ35B6QE.js";
import {
  scan
} from "./chunk-FUTHVVRV.js";
import {
  gitText,
  runGit,
  shallowBoundaries,
  streamGit
} from "./chunk-OU7SLQGR.js";
import {
  fingerprintFileGlobs
} from "./chunk-MTB3CF5U.js";
import {
  SourceError
} from "./chunk-JFG6ZZTS.js";

// src/findings/dedupe-commits.ts
function dedupeAcrossCommits(findings) {
  const groups = /* @__PURE__ */ new Map();
  const passthrough = [];
  for (const finding of findings) {
    if (!finding.commit) {
      passthrough.push(finding);
      continue;
    }
    const group = groups.get(finding.fingerprint);
    if (!group) {
      groups.set(finding.fingerprint, { introducing: finding, commits: /* @__PURE__ */ new Set([finding.commit.sha]) });
      continue;
    }
    group.commits.add(finding.commit.sha);
    if (Date.parse(finding.commit.date) <= Date.parse(group.introducing.commit?.date ?? "")) group.introducing = finding;
  }
  return [...passthrough, ...[...groups.values()].map(({ introducing, commits }) => ({ ...introducing, commitCount: commits.size }))];
}

// src/sources/commit-range.ts
function logPatchArgs(revisionArgs) {
  return ["log", "-p", "--cc", COMMIT_HEADER_FORMAT, ...PATCH_FLAGS, ...revisionArgs];
}
var COMMITS_UNREADABLE = "cannot read the commits";
function commitFragments(options) {
  return patchFragments({
    root: options.root,
    gitArgs: logPatchArgs(options.revisionArgs),
    ...options.chunks ? { chunks: options.chunks } : {},
    kind: "commit",
    maxFileBytes: options.maxFileBytes,
    what: COMMITS_UNREADABLE,
    stats: options.stats,
    ...options.onCommit ? { onCommit: options.onCommit } : {},
    ...options.onBytes ? { onBytes: options.onBytes } : {},
    ...options.skipPath ? { skipPath: options.skipPath } : {}
  });
}

// src/sources/present-at-head.ts
import { spawn } from "node:child_process";
async function markPresentAtHead(root, findings, head) {
  if (head === void 0 || findings.length === 0) return findings.map((finding) => ({ ...finding, presentAtHead: false }));
  const secretsByPath = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const secrets = secretsByPath.get(finding.file) ?? /* @__PURE__ */ new Set();
    secrets.add(finding.secret);
    secretsByPath.set(finding.file, secrets);
  }
  const presentByPath = /* @__PURE__ */ new Map();
  const keep = (path, blob) => {
    const present = /* @__PURE__ */ new Set();
    if (blob) {
      const texts = [blob.toString("utf8"), blob.toString("latin1")];
      for (const secret of secretsByPath.get(path) ?? []) if (texts.some((text) => text.includes(secret))) present.add(secret);
    }
    presentByPath.set(path, present);
  };
  const paths = [...secretsByPath.keys()];
  const batchable = paths.filter((path) => !path.includes("\n") && !path.includes("\r"));
  await readBlobs(root, batchable.map((path) => `${head}:${path}`), (index, blob) => keep(batchable[index], blob));
  for (const path of paths.filter((p) => !batchable.includes(p))) {
    const result = await runGit(root, ["cat-file", "blob", `${head}:${path}`]);
    keep(path, result.code === 0 ? result.stdout : void 0);
  }
  return findings.map((finding) => ({ ...finding, presentAtHead: presentByPath.get(finding.file)?.has(finding.secret) ?? false }));
}
function readBlobs(root, names, onBlob) {
  if (names.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-c", "core.quotePath=false", "cat-file", "--batch"], { cwd: root, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let chunks = [];
    let buffered = 0;
    let needed = 0;
    let index = 0;
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 4096) stderr += chunk.toString("utf8");
    });
    child.stdout.on("data", (chunk) => {
      chunks.push(chunk);
      buffered += chunk.length;
      if (buffered < needed) return;
      let pending = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      needed = 0;
      for (; ; ) {
        const newline = pending.indexOf(10);
        if (newline === -1) break;
        const header = pending.subarray(0, newline).toString("utf8");
        if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
          onBlob(index++, void 0);
          pending = pending.subarray(newline + 1);
          continue;
        }
        const [, type, sizeText] = header.split(" ");
        const end = newline + 1 + Number(sizeText);
        if (pending.length < end + 1) {
          needed = end + 1;
          break;
        }
        onBlob(index++, type === "blob" ? pending.subarray(newline + 1, end) : void 0);
        pending = pending.subarray(end + 1);
      }
      chunks = pending.length > 0 ? [pending] : [];
      buffered = pending.length;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (index === names.length) resolve();
      else reject(new SourceError(`git cat-file --batch stopped after ${index} of ${names.length} objects (exit ${code}): ${stderr.trim()}`));
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(`${names.join("\n")}
`);
  });
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

// src/git-scans/scan-revisions.ts
var EARLY_PATCH_BYTES = 64 * 1024 * 1024;
async function scanRevisions(request) {
  const revisionArgs = [...request.revisions, "--"];
  const patches = new ReadAhead(streamGit(request.root, logPatchArgs(revisionArgs), COMMITS_UNREADABLE), EARLY_PATCH_BYTES);
  let result;
  try {
    result = await scan({
      cwd: request.root,
      ...request.configFile ? { configFile: request.configFile } : {},
      ...request.config ? { config: request.config } : {},
      suppressions: request.suppressions,
      source: ({ config, stats }) => commitFragments({
        root: request.root,
        revisionArgs,
        chunks: patches.drain(),
        maxFileBytes: config.maxFileBytes,
        stats,
        skipPath: gitPathFilter(config, fingerprintFileGlobs(request.root, request.baselineFile)),
        ...request.onCommit ? { onCommit: request.onCommit } : {},
        ...request.onBytes ? { onBytes: request.onBytes } : {}
      })
    });
  } finally {
    patches.abort();
  }
  const findings = await markPresentAtHead(request.root, dedupeAcrossCommits(result.findings), request.head);
  return { ...result, findings };
}

// src/sources/shallow.ts
var short = (sha) => sha.slice(0, 12);
async function deepenUntil(root, satisfied) {
  for (const depth of [50, 200, 1e3]) {
    if (await satisfied()) return `fetched more history (git fetch --deepen=${depth})`;
    await fetch(root, [`--deepen=${depth}`]);
    if (!await isShallow(root)) break;
  }
  if (await isShallow(root)) {
    if (await satisfied()) return "fetched more history (git fetch --deepen)";
    await fetch(root, ["--unshallow"]);
  }
  return "fetched the full history (git fetch --unshallow)";
}
async function fetchFullHistory(root) {
  await fetch(root, ["--unshallow"]);
  return "fetched the full history (git fetch --unshallow)";
}
async function fetch(root, args) {
  const result = await runGit(root, ["fetch", "--quiet", "--no-tags", ...args]);
  if (result.code !== 0) {
    throw new SourceError(`--deepen: cannot fetch more history (git fetch ${args.join(" ")}): ${result.stderr.trim().split("\n").slice(0, 3).join("; ")}`);
  }
}
async function isShallow(root) {
  return await gitText(root, ["rev-parse", "--is-shallow-repository"], "cannot inspect the repository") === "true";
}
async function boundariesIn(root, revListArgs) {
  const boundaries = await shallowBoundaries(root);
  if (boundaries.size === 0) return [];
  const listed = await gitText(root, ["rev-list", ...revListArgs], "cannot list commits");
  return listed.split("\n").filter((sha) => boundaries.has(sha));
}
function boundaryNote(boundaries, fix) {
  const list = boundaries.slice(0, 5).map(short).join(", ") + (boundaries.length > 5 ? `, \u2026 (${boundaries.length} in all)` : "");
  return `shallow clone: the history before ${list} is not in this clone and was NOT scanned; ${boundaries.length === 1 ? "that commit has" : "those commits have"} no parent here, so ${boundaries.length === 1 ? "its" : "their"} whole tree was scanned as if added there (a finding attributed to a boundary commit may be older). Fix: ${fix}`;
}
var DEEPEN_FIX = "rerun with --deepen (fetches the missing history from the remote), or run 'git fetch --unshallow' (in GitHub Actions: actions/checkout with fetch-depth: 0)";

export {
  scanRevisions,
  deepenUntil,
  fetchFullHistory,
  isShallow,
  boundariesIn,
  boundaryNote,
  DEEPEN_FIX
};
