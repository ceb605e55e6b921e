import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  BlobReader,
  COMMIT_HEADER_FORMAT,
  PATCH_FLAGS,
  gitPathFilter,
  patchFragments
} from "./chunk-F6KLBWNL.js";
import {
  scan
} from "./chunk-GA637OWJ.js";
import {
  decodeText
} from "./chunk-FCLFQTNG.js";
import {
  fetchGit,
  firstLines,
  gitText,
  shallowBoundaries,
  shortSha,
  streamGit
} from "./chunk-USGU5MRX.js";
import {
  SourceError
} from "./chunk-SBG2HJLT.js";

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
    what: COMMITS_UNREADABLE,
    stats: options.stats,
    ...options.onCommit ? { onCommit: options.onCommit } : {},
    ...options.onBytes ? { onBytes: options.onBytes } : {},
    ...options.skipPath ? { skipPath: options.skipPath } : {}
  });
}

// src/sources/present-at-head.ts
async function markPresentAtHead(root, findings, head) {
  if (head === void 0 || findings.length === 0) return findings.map((finding) => ({ ...finding, presentAtHead: false }));
  const secretsByPath = /* @__PURE__ */ new Map();
  const namesAtHead = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (finding.part === "commit-message") continue;
    const secrets = secretsByPath.get(finding.file) ?? /* @__PURE__ */ new Set();
    secrets.add(finding.secret.reveal());
    secretsByPath.set(finding.file, secrets);
  }
  const presentByPath = /* @__PURE__ */ new Map();
  const keep = (path, blob) => {
    const present2 = /* @__PURE__ */ new Set();
    if (blob) {
      const texts = [blob.toString("utf8"), blob.toString("latin1"), decodeText(blob)];
      for (const secret of secretsByPath.get(path) ?? []) if (texts.some((text) => text.includes(secret))) present2.add(secret);
    }
    presentByPath.set(path, present2);
  };
  const reader = new BlobReader(root);
  try {
    for (const path of secretsByPath.keys()) {
      const blob = await reader.read(`${head}:${path}`);
      if (blob) namesAtHead.add(path);
      keep(path, blob?.bytes);
    }
  } finally {
    reader.close();
  }
  const present = (finding) => finding.part === "file-name" ? namesAtHead.has(finding.file) : finding.part === void 0 && (presentByPath.get(finding.file)?.has(finding.secret.reveal()) ?? false);
  return findings.map((finding) => ({ ...finding, presentAtHead: present(finding) }));
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
        stats,
        skipPath: gitPathFilter(config),
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
var DEPTH_STEPS = [50, 200, 1e3];
async function fetchUntil(request) {
  if (await request.complete()) return { note: void 0, complete: true };
  const { firstDepth } = request;
  const depths = request.unshallowFirst ? [] : [.../* @__PURE__ */ new Set([...firstDepth !== void 0 ? [firstDepth] : [], ...DEPTH_STEPS.filter((d) => firstDepth === void 0 || d > firstDepth)])];
  const remoteText = request.remote ? ` ${request.remote}` : "";
  for (const depth of depths) {
    if (!await isShallow(request.root)) break;
    await fetchOrFail(request, [`${request.depthOption}=${depth}`]);
    if (await request.complete()) return { note: `shallow checkout: fetched ${request.what} (git fetch ${request.depthOption}=${depth}${remoteText})`, complete: true };
  }
  const unshallow = await isShallow(request.root);
  await fetchOrFail(request, unshallow ? ["--unshallow"] : []);
  const note = `${unshallow ? "shallow checkout: " : ""}fetched ${request.what} (git fetch${unshallow ? " --unshallow" : ""}${remoteText})`;
  return { note, complete: await request.complete() };
}
async function fetchOrFail(request, options) {
  const wants = request.wants ?? [];
  const command = ["git fetch --no-tags", ...options, ...request.remote ? [request.remote] : [], ...wants.map((w) => /^[0-9a-f]{40}$/.test(w) ? shortSha(w) : w)].join(" ");
  request.log?.(`fetching ${request.what}: ${command}`);
  const result = await fetchGit(request.root, options, request.remote, wants);
  if (result.code !== 0) throw new SourceError(`cannot fetch ${request.what} (${command}): ${firstLines(result.stderr, 3) || `git exited with ${result.code}`}. Fix: ${request.fix}`);
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
  const list = boundaries.slice(0, 5).map(shortSha).join(", ") + (boundaries.length > 5 ? `, \u2026 (${boundaries.length} in all)` : "");
  return `shallow clone: the history before ${list} is not in this clone and was NOT scanned; ${boundaries.length === 1 ? "that commit has" : "those commits have"} no parent here, so ${boundaries.length === 1 ? "its" : "their"} whole tree was scanned as if added there (a finding attributed to a boundary commit may be older). Fix: ${fix}`;
}
var DEEPEN_FIX = "rerun with --deepen (fetches the missing history from the remote), or run 'git fetch --unshallow' (in GitHub Actions: actions/checkout with fetch-depth: 0)";

export {
  scanRevisions,
  fetchUntil,
  isShallow,
  boundariesIn,
  boundaryNote,
  DEEPEN_FIX
};
