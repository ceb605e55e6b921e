import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  ATTEMPTS,
  findingKey,
  loadFinding,
  storeFinding
} from "./chunk-ONJLZALI.js";
import {
  parseRepo,
  parseRepoList,
  storageName
} from "./chunk-ZPCCOC2D.js";
import {
  FleetError
} from "./chunk-MFF7ALV6.js";
import {
  writeReport
} from "./chunk-XQULZLTM.js";
import "./chunk-OBGJFIS4.js";
import {
  scanRevisions
} from "./chunk-2ZMXL2JE.js";
import "./chunk-ENXIS3YA.js";
import {
  verifyOptions
} from "./chunk-QMNSO2LP.js";
import "./chunk-IQHZQQL6.js";
import {
  stateDirectory
} from "./chunk-TCMEDIPO.js";
import "./chunk-B4DN4HVJ.js";
import {
  outputView,
  prepareRotation,
  verifyStep
} from "./chunk-75IGMPQ5.js";
import {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_LEAKS,
  toolVersion
} from "./chunk-LEWFHLIX.js";
import "./chunk-5DY6PWZU.js";
import {
  emptyStats,
  withMinConfidence
} from "./chunk-YJENZ4M4.js";
import {
  markReuse
} from "./chunk-WWJKY4QW.js";
import "./chunk-DBFSX6Q5.js";
import "./chunk-XBR7TLOJ.js";
import "./chunk-JBW4X3RT.js";
import "./chunk-Z5AEVAKK.js";
import "./chunk-FMLDEMHG.js";
import "./chunk-HKYFGOHU.js";
import "./chunk-QDLW7BHU.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-R46I27HW.js";
import {
  fetchGit,
  firstLines,
  gitText,
  runGit
} from "./chunk-A5CIQFFQ.js";
import "./chunk-GIWBHFB6.js";
import {
  loadConfig
} from "./chunk-HWL32VRT.js";
import {
  minConfidenceFor
} from "./chunk-G7RB6AHY.js";
import "./chunk-354T74UX.js";
import "./chunk-6VP5PA7T.js";
import "./chunk-ZDNC562W.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-EA75SS5A.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-GIB3MS5R.js";
import {
  readStateFile,
  replaceStateFile
} from "./chunk-Z2QTASWP.js";
import {
  UsageError,
  describeError
} from "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/fleet/run-fleet.ts
import { readFile, writeFile } from "node:fs/promises";
import { join as join4, resolve } from "node:path";

// src/fleet/dir-store.ts
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
var DirectoryStore = class {
  #dir;
  constructor(stateDir) {
    this.#dir = join(stateDir, "repos");
    mkdirSync(this.#dir, { recursive: true });
  }
  #file(name) {
    return join(this.#dir, `${storageName(name)}.json`);
  }
  #read(path) {
    const text = readStateFile(path, "fleet state file");
    if (text === void 0) return void 0;
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new FleetError(`unreadable fleet state file ${path}: ${error.message}`, { file: path });
    }
  }
  async readState(name) {
    return this.#read(this.#file(name))?.state;
  }
  async record(outcome, state) {
    const path = this.#file(outcome.name);
    const findings = { ...this.#read(path)?.findings ?? {} };
    for (const finding of outcome.newFindings) findings[findingKey(finding)] ??= storeFinding(finding);
    replaceStateFile(
      path,
      JSON.stringify({ name: outcome.name, state, findings }),
      "fleet state file"
    );
  }
  async allFindings() {
    const findings = [];
    for (const entry of readdirSync(this.#dir).sort()) {
      if (!entry.endsWith(".json")) continue;
      const file = this.#read(join(this.#dir, entry));
      for (const text of Object.values(file?.findings ?? {})) findings.push(loadFinding(text));
    }
    return findings;
  }
  async close() {
  }
};

// src/fleet/embedded-queue.ts
import { join as join2 } from "node:path";
var EmbeddedQueue = class {
  #file;
  constructor(stateDir) {
    this.#file = join2(stateDir, "queue.json");
  }
  #read() {
    const text = readStateFile(this.#file, "fleet queue file");
    if (text === void 0) return { jobs: [] };
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new FleetError(`unreadable fleet queue file ${this.#file}: ${error.message}`);
    }
  }
  #write(queue) {
    replaceStateFile(this.#file, JSON.stringify(queue), "fleet queue file");
  }
  async enqueue(repos) {
    const queue = this.#read();
    const byName = new Map(queue.jobs.map((job) => [job.name, job]));
    for (const repo of repos) byName.set(repo.name, { ...repo, status: "queued", attempts: 0 });
    this.#write({ ...queue, jobs: [...byName.values()] });
    return repos.length;
  }
  async work(job, options) {
    const queue = this.#read();
    for (const entry of queue.jobs) if (entry.status === "active") entry.status = "queued";
    queue.firstStartedAt ??= Date.now();
    this.#write(queue);
    const pending = queue.jobs.filter((entry) => entry.status === "queued");
    const runOne = async (entry) => {
      entry.status = "active";
      this.#write(queue);
      for (; ; ) {
        entry.attempts += 1;
        try {
          const outcome = await job({ url: entry.url, name: entry.name });
          Object.assign(entry, {
            status: "done",
            commits: (entry.commits ?? 0) + outcome.commitsScanned,
            bytes: (entry.bytes ?? 0) + outcome.bytesScanned
          });
          entry.error = void 0;
          options.log(`${entry.name}: ${outcome.commitsScanned} commits, ${outcome.newFindings.length} new findings`);
          break;
        } catch (error) {
          entry.error = describeError(error);
          if (entry.attempts >= ATTEMPTS) {
            entry.status = "failed";
            options.log(`${entry.name}: failed after ${entry.attempts} attempts: ${entry.error}`);
            break;
          }
        }
      }
      this.#write(queue);
    };
    const lanes = Array.from({ length: Math.max(1, options.concurrency) }, async () => {
      for (let next = pending.shift(); next; next = pending.shift()) await runOne(next);
    });
    await Promise.all(lanes);
  }
  async counts() {
    const queue = this.#read();
    const count = (status) => queue.jobs.filter((job) => job.status === status).length;
    return {
      queued: count("queued"),
      active: count("active"),
      done: count("done"),
      failed: count("failed"),
      firstStartedAt: queue.firstStartedAt,
      bytesScanned: queue.jobs.reduce((sum, job) => sum + (job.bytes ?? 0), 0),
      commitsScanned: queue.jobs.reduce((sum, job) => sum + (job.commits ?? 0), 0),
      failures: queue.jobs.filter((job) => job.status === "failed").map((job) => `${job.name}: ${job.error ?? ""}`)
    };
  }
  async close() {
  }
};

// src/fleet/fleet-report.ts
async function writeFleetReport(store, options) {
  const findings = markReuse(
    (await store.allFindings()).sort(
      (a, b) => (a.repository ?? "").localeCompare(b.repository ?? "") || a.fingerprint.localeCompare(b.fingerprint)
    )
  );
  const stats = {
    ...emptyStats(),
    commitsScanned: options.counts.commitsScanned,
    bytesScanned: options.counts.bytesScanned
  };
  const result = withMinConfidence(
    // Several repositories have no common root: each finding's path is relative to its own repository.
    { findings, dropped: [], stats, ruleCount: 0, config: options.config, root: "", elapsedMs: 0 },
    minConfidenceFor("history", void 0, options.config.minConfidence)
  );
  const notes = [
    `fleet: ${options.counts.done} repositories scanned, ${options.counts.failed} failed, ${options.counts.queued + options.counts.active} not finished`,
    ...options.counts.failures.map((failure) => `failed: ${failure}`)
  ];
  const input = {
    findings: result.findings,
    dropped: [],
    stats: result.stats,
    mode: "history",
    ruleCount: 0,
    elapsedMs: 0,
    showSecrets: false,
    explain: false,
    color: false,
    toolVersion: toolVersion(),
    notes
  };
  writeReport({ input, raw: result }, { format: options.format, output: options.output, color: false, quiet: false });
  return result.findings.length;
}

// src/fleet/plan.ts
import { createHash } from "node:crypto";
function planShards(repos, count) {
  if (!Number.isInteger(count) || count < 1 || count > 1e4)
    throw new FleetError("--shards: expected a whole number from 1 to 10000");
  const shards = Array.from({ length: count }, () => []);
  for (const repo of repos) {
    const hash = createHash("sha256").update(repo.name).digest().readUInt32BE(0);
    shards[hash % count]?.push(repo);
  }
  return { version: 1, shards };
}
function shardOf(text, file, index) {
  let plan;
  try {
    plan = JSON.parse(text);
  } catch (error) {
    throw new FleetError(`${file}: not a fleet plan: ${error.message}`);
  }
  if (plan?.version !== 1 || !Array.isArray(plan.shards)) throw new FleetError(`${file}: not a fleet plan (version 1)`);
  const shard = plan.shards[index];
  if (!Number.isInteger(index) || !Array.isArray(shard))
    throw new FleetError(`--shard: expected 0 to ${plan.shards.length - 1} for ${file}`);
  return shard.map((repo) => parseRepo(String(repo?.url ?? "")));
}

// src/fleet/mirror.ts
import { mkdir, rm, stat } from "node:fs/promises";
import { join as join3 } from "node:path";
var MIRROR_REFSPECS = ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"];
var HEAD_REF = "refs/leakscan/head";
async function updateMirror(cacheDir, repo) {
  const path = join3(cacheDir, `${storageName(repo.name)}.git`);
  if (!await isDirectory(path)) {
    await mkdir(cacheDir, { recursive: true });
    await rm(path, { recursive: true, force: true });
    await gitText(cacheDir, ["init", "--quiet", "--bare", "--", path], `cannot create a mirror for ${repo.name}`);
  }
  let fetched = await fetchGit(path, ["--prune", "--force"], repo.url, [...MIRROR_REFSPECS, `+HEAD:${HEAD_REF}`]);
  if (fetched.code !== 0 && /couldn't find remote ref HEAD/i.test(fetched.stderr))
    fetched = await fetchGit(path, ["--prune", "--force"], repo.url, MIRROR_REFSPECS);
  if (fetched.code !== 0)
    throw new FleetError(
      `cannot fetch ${repo.name}: ${firstLines(fetched.stderr, 3).replaceAll(repo.url, repo.name) || `git exited with ${fetched.code}`}`
    );
  return path;
}
async function refTips(mirror) {
  const text = await gitText(
    mirror,
    ["for-each-ref", "--format=%(objectname) %(objecttype) %(*objectname) %(*objecttype)", "refs/heads", "refs/tags"],
    "cannot list refs"
  );
  const tips = /* @__PURE__ */ new Set();
  for (const line of text.split("\n")) {
    const [sha, type, peeled, peeledType] = line.split(" ");
    if (type === "commit" && sha) tips.add(sha);
    else if (type === "tag" && peeledType === "commit" && peeled) tips.add(peeled);
  }
  return [...tips].sort();
}
async function presentCommits(mirror, tips) {
  if (tips.length === 0) return [];
  const result = await runGit(mirror, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], {
    input: `${tips.join("\n")}
`
  });
  return result.stdout.toString("utf8").split("\n").map((line) => line.split(" ")).filter(([, type]) => type === "commit").map(([sha]) => sha);
}
async function mirrorHead(mirror) {
  const result = await runGit(mirror, ["rev-parse", "--verify", "--quiet", `${HEAD_REF}^{commit}`]);
  return result.code === 0 ? HEAD_REF : void 0;
}
async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

// src/fleet/scan-repo.ts
function repoJob(context) {
  return async (repo) => {
    const mirror = await updateMirror(context.cacheDir, repo);
    const tips = await refTips(mirror);
    const previous = await context.store.readState(repo.name);
    const seen = await presentCommits(mirror, previous?.tips ?? []);
    const state = { tips, scannedAt: (/* @__PURE__ */ new Date()).toISOString() };
    const unseen = tips.filter((tip) => !seen.includes(tip));
    if (unseen.length === 0) {
      const outcome2 = { name: repo.name, commitsScanned: 0, bytesScanned: 0, newFindings: [] };
      await context.store.record(outcome2, state);
      return outcome2;
    }
    const scanned = await scanRevisions({
      root: mirror,
      revisions: [...unseen, ...seen.length > 0 ? ["--not", ...seen] : []],
      head: await mirrorHead(mirror),
      config: context.config,
      suppressions: {}
    });
    const found = { ...scanned, findings: scanned.findings.map((finding) => ({ ...finding, repository: repo.name })) };
    const result = found.findings.length > 0 && context.onNewFindings ? await context.onNewFindings(found) : found;
    const { shown } = outputView(result, false);
    const outcome = {
      name: repo.name,
      commitsScanned: result.stats.commitsScanned,
      bytesScanned: result.stats.bytesScanned,
      newFindings: shown.findings
    };
    await context.store.record(outcome, state);
    return outcome;
  };
}

// src/fleet/run-fleet.ts
async function openFleet(args) {
  const stateDir = resolve(args["state-dir"] ?? join4(stateDirectory(process.cwd()), "fleet"));
  const redisUrl = process.env.REDIS_URL;
  if (redisUrl) {
    const { openBullQueue } = await import("./bull-queue-DMS7WHBI.js").catch((error) => {
      if (error.code !== "ERR_MODULE_NOT_FOUND") throw error;
      throw new UsageError(
        "REDIS_URL is set, and fleet on Redis needs bullmq and ioredis beside leakscan: npm install bullmq@6.7.6 ioredis@6.1.0 (unset REDIS_URL for the embedded queue)"
      );
    });
    const queue2 = await openBullQueue(redisUrl, {
      lockDurationMs: args["lock-duration"],
      rateLimitMax: args["rate-limit"] ?? 0,
      rateLimitMs: 6e4
    });
    return { queue: queue2, store: queue2.store, stateDir, close: () => queue2.close() };
  }
  const queue = new EmbeddedQueue(stateDir);
  const store = new DirectoryStore(stateDir);
  return { queue, store, stateDir, close: async () => void 0 };
}
async function readText(file, option) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`${option}: cannot read ${file}: ${error.message}`);
  }
}
async function readRepos(file) {
  return parseRepoList(await readText(file, "--repos"), file);
}
async function reposToScan(args) {
  if (args.plan !== void 0) {
    if (args.shard === void 0) throw new UsageError("--plan needs --shard I");
    return shardOf(await readText(args.plan, "--plan"), args.plan, args.shard);
  }
  if (!args.repos) throw new UsageError("--repos FILE (or --plan FILE --shard I): the repositories to scan");
  return readRepos(args.repos);
}
async function runPlan(args) {
  if (!args.repos) throw new UsageError("--repos FILE: the repositories to split");
  const plan = planShards(await readRepos(args.repos), args.shards ?? 0);
  const text = `${JSON.stringify(plan, null, 2)}
`;
  if (args.output) await writeFile(args.output, text);
  else process.stdout.write(text);
  say(args)(`${plan.shards.length} shards: ${plan.shards.map((shard) => shard.length).join(", ")} repositories`);
  return EXIT_CLEAN;
}
async function runMerge(args) {
  const dirs = args["state-dirs"] ?? [];
  if (dirs.length === 0) throw new UsageError("name the state directories of the shards to merge");
  const parts = dirs.map((dir) => ({
    queue: new EmbeddedQueue(resolve(dir)),
    store: new DirectoryStore(resolve(dir))
  }));
  const store = {
    readState: async () => void 0,
    record: async () => void 0,
    allFindings: async () => (await Promise.all(parts.map((part) => part.store.allFindings()))).flat(),
    close: async () => void 0
  };
  const counts = await Promise.all(parts.map((part) => part.queue.counts()));
  const merged = {
    queued: 0,
    active: 0,
    done: 0,
    failed: 0,
    bytesScanned: 0,
    commitsScanned: 0,
    firstStartedAt: void 0,
    failures: counts.flatMap((count) => count.failures)
  };
  for (const count of counts)
    for (const key of ["queued", "active", "done", "failed", "bytesScanned", "commitsScanned"])
      merged[key] += count[key];
  return report(store, merged, args);
}
async function fleetConfig(args) {
  return loadConfig(process.cwd(), args.config);
}
var say = (args) => (line) => {
  if (!args.quiet) process.stderr.write(`${line}
`);
};
async function runEnqueue(args, repos) {
  const fleet = await openFleet(args);
  try {
    const count = await fleet.queue.enqueue(repos);
    say(args)(`queued ${count} repositories`);
    return EXIT_CLEAN;
  } finally {
    await fleet.close();
  }
}
async function enqueueFromFile(args) {
  const sources = [args.repos, args["github-org"], args["github-user"]].filter((source) => source !== void 0);
  if (sources.length !== 1)
    throw new UsageError("name the repositories once: --repos FILE, --github-org ORG or --github-user USER");
  if (args.repos) return runEnqueue(args, await readRepos(args.repos));
  const { listGitHubRepos } = await import("./github-V3UDKFTJ.js");
  const repos = await listGitHubRepos({
    org: args["github-org"],
    user: args["github-user"],
    apiUrl: args["github-api-url"],
    token: process.env.GITHUB_TOKEN || void 0,
    includeArchived: args["include-archived"],
    includeForks: args["include-forks"],
    log: say(args)
  });
  return runEnqueue(args, repos);
}
async function work(fleet, args, exitWhenDone) {
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1)
    throw new UsageError("--concurrency: expected a whole number >= 1");
  const config = await fleetConfig(args);
  const rotate = args.rotate || args["rotate-dry-run"];
  const log = (text) => void process.stderr.write(text);
  const rotation = rotate ? { dryRun: args["rotate-dry-run"], extraUrl: args["rotate-url"] } : void 0;
  const verify = verifyOptions(args, config.verify, process.cwd());
  await fleet.queue.work(
    repoJob({
      cacheDir: resolve(args["cache-dir"] ?? join4(fleet.stateDir, "mirrors")),
      store: fleet.store,
      config,
      onNewFindings: verify || rotation ? async (found) => {
        const result = verify ? (await verifyStep(found, verify, false)).result : found;
        if (rotation) {
          const step = await prepareRotation(result, { ...rotation, showSecrets: false, quiet: args.quiet }, log);
          await step(result, "history");
        }
        return result;
      } : void 0
    }),
    { concurrency: args.concurrency, exitWhenDone, log: say(args) }
  );
}
async function runWorker(args) {
  const fleet = await openFleet(args);
  try {
    await work(fleet, args, args["exit-when-done"]);
    return EXIT_CLEAN;
  } finally {
    await fleet.close();
  }
}
function statusText(counts, now = Date.now()) {
  const hours = counts.firstStartedAt ? (now - counts.firstStartedAt) / 36e5 : 0;
  const perHour = hours > 0 ? (counts.done + counts.failed) / hours : 0;
  const left = counts.queued + counts.active;
  const eta = perHour > 0 && left > 0 ? `${Math.ceil(left / perHour * 60)} min` : left > 0 ? "unknown" : "-";
  return [
    `queued ${counts.queued}, active ${counts.active}, done ${counts.done}, failed ${counts.failed}`,
    `repositories/hour ${perHour.toFixed(1)}, commits scanned ${counts.commitsScanned}, bytes scanned ${counts.bytesScanned}, ETA ${eta}`,
    ...counts.failures.map((failure) => `failed: ${failure}`)
  ].join("\n");
}
async function runStatus(args) {
  const fleet = await openFleet(args);
  try {
    const counts = await fleet.queue.counts();
    process.stdout.write(args.format === "json" ? `${JSON.stringify(counts, null, 2)}
` : `${statusText(counts)}
`);
    return EXIT_CLEAN;
  } finally {
    await fleet.close();
  }
}
async function report(store, counts, args) {
  const leaks = await writeFleetReport(store, {
    format: args.format,
    output: args.output,
    config: await fleetConfig(args),
    counts
  });
  if (counts.failed > 0) return leaks > 0 ? EXIT_LEAKS : EXIT_ERROR;
  return leaks > 0 ? EXIT_LEAKS : EXIT_CLEAN;
}
async function runReport(args) {
  const fleet = await openFleet(args);
  try {
    return await report(fleet.store, await fleet.queue.counts(), args);
  } finally {
    await fleet.close();
  }
}
async function runFleetScan(args) {
  const repos = await reposToScan(args);
  const fleet = await openFleet(args);
  try {
    await fleet.queue.enqueue(repos);
    await work(fleet, args, true);
    return await report(fleet.store, await fleet.queue.counts(), args);
  } finally {
    await fleet.close();
  }
}
export {
  enqueueFromFile,
  runEnqueue,
  runFleetScan,
  runMerge,
  runPlan,
  runReport,
  runStatus,
  runWorker,
  statusText
};
