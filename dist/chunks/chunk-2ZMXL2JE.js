import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  BlobReader,
  COMMIT_HEADER_FORMAT,
  ObjectInfoReader,
  PATCH_FLAGS,
  ReadAhead,
  gitPathFilter,
  patchFragments
} from "./chunk-ENXIS3YA.js";
import {
  exposureDays
} from "./chunk-IQHZQQL6.js";
import {
  scan
} from "./chunk-YJENZ4M4.js";
import {
  groupBySecret
} from "./chunk-WWJKY4QW.js";
import {
  decodeText,
  sniffEncoding
} from "./chunk-R46I27HW.js";
import {
  gitText,
  runGit,
  streamGit
} from "./chunk-A5CIQFFQ.js";

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
    if (Date.parse(finding.commit.date) <= Date.parse(group.introducing.commit?.date ?? ""))
      group.introducing = finding;
  }
  return [
    ...passthrough,
    ...[...groups.values()].map(({ introducing, commits }) => ({ ...introducing, commitCount: commits.size }))
  ];
}

// src/sources/commit-range.ts
import { availableParallelism } from "node:os";
function logPatchArgs(revisionArgs) {
  return ["log", "-p", "--cc", COMMIT_HEADER_FORMAT, ...PATCH_FLAGS, ...revisionArgs];
}
var COMMITS_UNREADABLE = "cannot read the commits";
var DEFAULT_PATCH_PROCESSES = { jobs: availableParallelism(), commitsPerProcess: 512 };
var AHEAD_BYTES = 32 * 1024 * 1024;
async function* commitPatches(root, revisionArgs, { jobs, commitsPerProcess } = DEFAULT_PATCH_PROCESSES) {
  if (jobs <= 1) {
    yield* streamGit(root, logPatchArgs(revisionArgs), COMMITS_UNREADABLE);
    return;
  }
  const listed = commitIds(streamGit(root, ["rev-list", ...revisionArgs], COMMITS_UNREADABLE));
  const logArgs = logPatchArgs(["--no-walk=unsorted", "--stdin"]);
  const running = [];
  const startNext = async () => {
    const ids = [];
    while (ids.length < commitsPerProcess) {
      const next = await listed.next();
      if (next.done) break;
      ids.push(next.value);
    }
    if (ids.length === 0) return false;
    running.push(new ReadAhead(streamGit(root, logArgs, COMMITS_UNREADABLE, `${ids.join("\n")}
`), AHEAD_BYTES));
    return true;
  };
  let current;
  try {
    for (; ; ) {
      while (running.length < jobs && await startNext()) ;
      current = running.shift();
      if (!current) return;
      yield* current.drain();
    }
  } finally {
    for (const ahead of [current, ...running]) ahead?.abort();
    await listed.return(void 0);
  }
}
async function* commitIds(chunks) {
  let partial = "";
  for await (const chunk of chunks) {
    const lines = (partial + chunk.toString("latin1")).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) if (COMMIT_ID.test(line)) yield line;
  }
  if (COMMIT_ID.test(partial)) yield partial;
}
var COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function commitFragments(options) {
  return patchFragments({
    root: options.root,
    gitArgs: logPatchArgs(options.revisionArgs),
    chunks: options.chunks,
    kind: "commit",
    what: COMMITS_UNREADABLE,
    stats: options.stats,
    onCommit: options.onCommit,
    onBytes: options.onBytes,
    skipPath: options.skipPath
  });
}

// src/findings/present-at-head.ts
async function markPresentAtHead(root, findings, head) {
  if (head === void 0 || findings.length === 0)
    return findings.map((finding) => ({ ...finding, presentAtHead: false }));
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
    presentByPath.set(path, blob ? secretsIn(blob, secretsByPath.get(path) ?? []) : /* @__PURE__ */ new Set());
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
function secretsIn(blob, secrets) {
  let texts;
  let encoding = null;
  const present = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (ASCII.test(secret)) {
      if (blob.includes(secret, 0, "latin1")) present.add(secret);
      else {
        if (encoding === null) encoding = sniffEncoding(blob);
        if ((encoding === "utf16le" || encoding === "utf16be") && decodeText(blob, encoding).includes(secret))
          present.add(secret);
      }
      continue;
    }
    texts ??= [blob.toString("utf8"), blob.toString("latin1"), decodeText(blob)];
    if (texts.some((text) => text.includes(secret))) present.add(secret);
  }
  return present;
}
var ASCII = /^[\u0000-\u007f]*$/;

// src/git-scans/exposure-timeline.ts
async function traceExposure(root, findings, head, now = /* @__PURE__ */ new Date()) {
  if (head === void 0 || !findings.some((finding) => finding.commit)) return [...findings];
  const groups = groupBySecret(findings.filter((finding) => finding.commit));
  const trace = new Timeline(
    root,
    head,
    groups.map((group) => group.secret.reveal())
  );
  try {
    const exposures = /* @__PURE__ */ new Map();
    for (const group of groups) {
      exposures.set(group.id, await trace.exposureOf(group.secret.reveal(), group.locations, now));
    }
    return findings.map((finding) => {
      const exposure = finding.secretId ? exposures.get(finding.secretId) : void 0;
      return exposure ? { ...finding, exposure } : finding;
    });
  } finally {
    trace.close();
  }
}
var BATCH = 32;
async function inBatches(items, ask) {
  const answers = [];
  for (let start = 0; start < items.length; start += BATCH)
    answers.push(...await Promise.all(items.slice(start, start + BATCH).map(ask)));
  return answers;
}
var Timeline = class {
  constructor(root, head, secrets) {
    this.root = root;
    this.head = head;
    this.secrets = secrets;
    this.blobs = new BlobReader(root);
    this.objects = new ObjectInfoReader(root);
  }
  root;
  head;
  secrets;
  blobs;
  objects;
  tips;
  renames;
  /**
   * Blob id → which of the traced secrets it holds. Refs and commits name the same blob over and over (a
   * file unchanged between hundreds of tags): each `commit:path` is resolved to its blob id once, and each
   * blob read once and searched for every secret at that time.
   */
  held = /* @__PURE__ */ new Map();
  objectOf = /* @__PURE__ */ new Map();
  /** Paths (NUL-joined) → the commits on HEAD's history that touch them, oldest first. */
  pathLogs = /* @__PURE__ */ new Map();
  close() {
    this.blobs.close();
    this.objects.close();
  }
  async exposureOf(secret, locations, now) {
    const withCommit = locations.filter((location) => location.commit);
    const first = withCommit.reduce((a, b) => Date.parse(b.commit.date) < Date.parse(a.commit.date) ? b : a);
    const introduced = asTimelineCommit(first.commit);
    const inTree = withCommit.filter((location) => location.part !== "commit-message");
    const inMessages = withCommit.filter((location) => location.part === "commit-message");
    const places = [];
    for (const location of inTree) places.push({ location, secret, paths: await this.namesOf(location) });
    let presentAtHead = false;
    for (const place of places)
      if (place.location.presentAtHead || await this.holds(this.head, place)) presentAtHead = true;
    const holding = [];
    const tips = await this.refTips();
    const tipHolds = await inBatches(tips, (tip) => this.anyHolds(tip.commit, places));
    for (const [index, tip] of tips.entries())
      if (tipHolds[index] || await this.messageReaches(tip, inMessages)) holding.push(tip);
    const removed = presentAtHead || places.length === 0 ? void 0 : await this.removalOf(places);
    const open = presentAtHead || holding.length > 0 || removed === void 0;
    const end = open ? now.toISOString() : removed.date;
    return {
      introduced,
      removed,
      presentAtHead,
      branches: holding.filter((tip) => tip.kind === "branch").map((tip) => tip.name),
      tags: holding.filter((tip) => tip.kind === "tag").map((tip) => tip.name),
      end,
      windowDays: exposureDays(introduced.date, end)
    };
  }
  /** Whether the tree of `commit` holds the secret at any of its places. */
  async anyHolds(commit, places) {
    for (const place of places) if (await this.holds(commit, place)) return true;
    return false;
  }
  /** Whether a tip contains a commit whose message holds the secret. */
  async messageReaches(tip, inMessages) {
    for (const location of inMessages) {
      const contained = await runGit(this.root, ["merge-base", "--is-ancestor", location.commit.sha, tip.commit]);
      if (contained.code === 0) return true;
    }
    return false;
  }
  /**
   * The last commit on HEAD's history (oldest first) at which the place went from holding the key to not
   * holding it; the latest of those over all places. Undefined when no place ever held it on HEAD's history
   * (a key that only lived on another branch).
   */
  async removalOf(places) {
    let latest;
    for (const place of places) {
      const commits = await this.commitsTouching(place.paths);
      let held = false;
      let removal;
      const holds = await inBatches(commits, (commit) => this.holds(commit.sha, place));
      for (const [index, commit] of commits.entries()) {
        if (held && !holds[index]) removal = commit;
        held = holds[index];
      }
      if (removal && (!latest || Date.parse(removal.date) > Date.parse(latest.date))) latest = removal;
    }
    return latest;
  }
  /** The commits on HEAD's history that touch any of `paths`, oldest first (one `git log` per set of names). */
  commitsTouching(paths) {
    const key = paths.join("\0");
    let commits = this.pathLogs.get(key);
    if (!commits) {
      commits = this.logOf(paths);
      this.pathLogs.set(key, commits);
    }
    return commits;
  }
  async logOf(paths) {
    const log = await runGit(this.root, [
      "--literal-pathspecs",
      "log",
      "-z",
      "--reverse",
      "--format=%H%x1f%aI%x1f%an",
      this.head,
      "--",
      ...paths
    ]);
    const commits = [];
    if (log.code !== 0) return commits;
    for (const record of log.stdout.toString("utf8").split("\0")) {
      const [sha, date, ...author] = record.replace(/^\n/, "").split("");
      if (!sha || !date || !/^[0-9a-f]{40}$/.test(sha)) continue;
      commits.push({ sha, date, author: author.join("") });
    }
    return commits;
  }
  /** Whether the tree of `commit` holds the secret under any of the place's names. */
  async holds(commit, place) {
    for (const path of place.paths) {
      const name = `${commit}:${path}`;
      let info = this.objectOf.get(name);
      if (!info) {
        info = this.objects.info(name);
        this.objectOf.set(name, info);
      }
      const object = await info;
      if (object?.type !== "blob") continue;
      if (place.location.part === "file-name") return true;
      let held = this.held.get(object.id);
      if (!held) {
        held = this.blobs.read(object.id).then((blob) => blob?.bytes ? secretsIn(blob.bytes, this.secrets) : /* @__PURE__ */ new Set());
        this.held.set(object.id, held);
      }
      if ((await held).has(place.secret)) return true;
    }
    return false;
  }
  /** The place's path, then each name it was renamed to on HEAD's history after the key came in. */
  async namesOf(location) {
    const names = [location.file];
    const since = Date.parse(location.commit.date);
    for (const rename of await this.renamesOnHead()) {
      if (rename.date >= since && rename.from === names[names.length - 1]) names.push(rename.to);
    }
    return names;
  }
  /** Every rename on HEAD's history, oldest first (one `git log` for all places). */
  async renamesOnHead() {
    if (this.renames) return this.renames;
    const log = await runGit(this.root, [
      "log",
      "-z",
      "-M",
      "--diff-filter=R",
      "--name-status",
      "--reverse",
      "--format=%x01%ct",
      this.head,
      "--"
    ]);
    const renames = [];
    if (log.code === 0) {
      for (const commit of log.stdout.toString("utf8").split("").slice(1)) {
        const fields = commit.split("\0");
        const date = Number(fields[0]) * 1e3;
        for (let i = 1; i + 2 < fields.length; i += 3) {
          const status = fields[i].replace(/^\n/, "");
          if (status.startsWith("R"))
            renames.push({ date, from: fields[i + 1], to: fields[i + 2] });
        }
      }
    }
    this.renames = renames;
    return renames;
  }
  /** Local branches, remote-tracking branches and tags, each with the commit it points at. */
  async refTips() {
    if (this.tips) return this.tips;
    const text = await gitText(
      this.root,
      [
        "for-each-ref",
        "--format=%(symref)%00%(objectname)%00%(*objectname)%00%(refname)",
        "refs/heads",
        "refs/remotes",
        "refs/tags"
      ],
      "cannot list branches and tags"
    );
    const tips = [];
    for (const line of text.split("\n")) {
      const [symref, object, peeled, ref] = line.split("\0");
      if (!ref || symref) continue;
      const commit = peeled || object;
      if (!commit) continue;
      if (ref.startsWith("refs/tags/")) tips.push({ name: ref.slice("refs/tags/".length), kind: "tag", commit });
      else tips.push({ name: ref.replace(/^refs\/(heads|remotes)\//, ""), kind: "branch", commit });
    }
    this.tips = tips;
    return tips;
  }
};
var asTimelineCommit = (commit) => ({
  sha: commit.sha,
  date: commit.date,
  author: commit.author
});

// src/git-scans/scan-revisions.ts
var EARLY_PATCH_BYTES = 64 * 1024 * 1024;
async function scanRevisions(request) {
  const revisionArgs = [...request.revisions, "--"];
  const patches = new ReadAhead(commitPatches(request.root, revisionArgs, request.patchProcesses), EARLY_PATCH_BYTES);
  let result;
  try {
    result = await scan({
      cwd: request.root,
      configFile: request.configFile,
      config: request.config,
      suppressions: request.suppressions,
      source: ({ config, stats }) => commitFragments({
        root: request.root,
        revisionArgs,
        chunks: patches.drain(),
        stats,
        skipPath: gitPathFilter(config),
        onCommit: request.onCommit,
        onBytes: request.onBytes
      })
    });
  } finally {
    patches.abort();
  }
  const atHead = await markPresentAtHead(request.root, dedupeAcrossCommits(result.findings), request.head);
  const findings = await traceExposure(request.root, atHead, request.head);
  return { ...result, findings };
}

export {
  scanRevisions
};
