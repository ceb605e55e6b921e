import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  ATTEMPTS,
  findingKey,
  loadFinding,
  storeFinding
} from "./chunk-ONJLZALI.js";
import {
  FleetError
} from "./chunk-MFF7ALV6.js";
import "./chunk-KT7CGH3D.js";
import {
  describeError
} from "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/fleet/bull-queue.ts
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";

// src/fleet/redis-store.ts
var KEY_PREFIX = "leakscan:fleet:";
var STATE = `${KEY_PREFIX}state`;
var STATS = `${KEY_PREFIX}stats`;
var REPOS = `${KEY_PREFIX}repos`;
var findingsKey = (name) => `${KEY_PREFIX}findings:${name}`;
var RedisStore = class {
  constructor(redis) {
    this.redis = redis;
  }
  redis;
  async readState(name) {
    const text = await this.redis.hget(STATE, name);
    return text ? JSON.parse(text) : void 0;
  }
  async record(outcome, state) {
    const multi = this.redis.multi().hset(STATE, outcome.name, JSON.stringify(state)).sadd(REPOS, outcome.name);
    for (const finding of outcome.newFindings)
      multi.hsetnx(findingsKey(outcome.name), findingKey(finding), storeFinding(finding));
    multi.hincrby(STATS, "bytes", outcome.bytesScanned).hincrby(STATS, "commits", outcome.commitsScanned);
    const results = await multi.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error("Redis discarded the transaction");
  }
  async allFindings() {
    const names = (await this.redis.smembers(REPOS)).sort();
    const findings = [];
    for (const name of names)
      for (const text of Object.values(await this.redis.hgetall(findingsKey(name)))) findings.push(loadFinding(text));
    return findings;
  }
  /** Totals recorded so far, and when the first job started (set once, by the first worker to start one). */
  async totals() {
    const stats = await this.redis.hgetall(STATS);
    return {
      bytes: Number(stats.bytes ?? 0),
      commits: Number(stats.commits ?? 0),
      firstStartedAt: stats.started ? Number(stats.started) : void 0
    };
  }
  async markStarted() {
    await this.redis.hsetnx(STATS, "started", String(Date.now()));
  }
  async close() {
    await this.redis.quit().catch(() => void 0);
  }
};

// src/fleet/bull-queue.ts
var QUEUE_NAME = "leakscan-fleet";
var RUN_RETRY_DELAY_MS = 1e3;
var DEFAULT_BULL_SETTINGS = { lockDurationMs: 3e4, rateLimitMax: 0, rateLimitMs: 1e3 };
function connect(url) {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: false, lazyConnect: false });
}
var BullQueue = class {
  #url;
  #settings;
  store;
  #queue;
  constructor(url, settings = DEFAULT_BULL_SETTINGS) {
    this.#url = url;
    this.#settings = settings;
    this.store = new RedisStore(connect(url));
    this.#queue = new Queue(QUEUE_NAME, { connection: this.store.redis });
  }
  async enqueue(repos) {
    const jobs = await this.#queue.addBulk(
      repos.map((repo) => ({
        name: "scan",
        data: repo,
        opts: {
          attempts: ATTEMPTS,
          backoff: { type: "exponential", delay: 1e3 },
          removeOnComplete: { count: 1e5 },
          removeOnFail: { count: 1e5 }
        }
      }))
    );
    return jobs.length;
  }
  async work(job, options) {
    await this.store.markStarted();
    const connection = connect(this.#url);
    const worker = new Worker(
      QUEUE_NAME,
      async (bullJob) => {
        const outcome = await job(bullJob.data);
        return { ...outcome, newFindings: outcome.newFindings.length };
      },
      {
        connection,
        concurrency: options.concurrency,
        lockDuration: this.#settings.lockDurationMs,
        stalledInterval: Math.max(1e3, Math.floor(this.#settings.lockDurationMs / 2)),
        // After a connection error (Redis down or restarting) BullMQ waits this long before fetching again; its
        // default, 15 s per failed fetch, left a worker idle for up to ~40 s after a Redis restart.
        runRetryDelay: RUN_RETRY_DELAY_MS,
        ...this.#settings.rateLimitMax > 0 ? { limiter: { max: this.#settings.rateLimitMax, duration: this.#settings.rateLimitMs } } : {}
      }
    );
    worker.on(
      "completed",
      (done, result) => options.log(`${done.data.name}: ${result.commitsScanned} commits, ${result.newFindings} new findings`)
    );
    worker.on("failed", (failed, error) => {
      if (!failed) return;
      const final = failed.attemptsMade >= (failed.opts.attempts ?? 1);
      options.log(
        `${failed.data.name}: ${final ? "failed" : "will retry"} (attempt ${failed.attemptsMade}): ${describeError(error)}`
      );
    });
    worker.on("error", (error) => options.log(`worker: ${describeError(error)}`));
    const onQueueError = (error) => options.log(`queue: ${describeError(error)}`);
    this.#queue.on("error", onQueueError);
    await worker.waitUntilReady();
    let stop = () => void 0;
    let poll;
    try {
      await new Promise((resolve) => {
        stop = resolve;
        process.once("SIGTERM", stop);
        process.once("SIGINT", stop);
        if (!options.exitWhenDone) return;
        poll = setInterval(() => {
          this.#queue.getJobCounts("waiting", "active", "delayed", "prioritized").then(
            (counts) => Object.values(counts).every((count) => count === 0) && resolve(),
            () => void 0
          );
        }, 500);
      });
    } finally {
      clearInterval(poll);
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      await worker.close();
      this.#queue.off("error", onQueueError);
      connection.disconnect();
    }
  }
  async counts() {
    const counts = await this.#queue.getJobCounts("waiting", "active", "delayed", "prioritized", "completed", "failed");
    const totals = await this.store.totals();
    const failed = await this.#queue.getFailed(0, 99);
    return {
      queued: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      done: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      firstStartedAt: totals.firstStartedAt,
      bytesScanned: totals.bytes,
      commitsScanned: totals.commits,
      failures: failed.map((entry) => `${entry.data.name}: ${entry.failedReason}`)
    };
  }
  async close() {
    await this.#queue.close();
    await this.store.close();
  }
};
async function openBullQueue(url, settings) {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let reason;
  probe.on("error", (error) => reason ??= error);
  try {
    await probe.connect();
  } catch (error) {
    probe.disconnect();
    throw new FleetError(`cannot reach Redis at ${redisName(url)}: ${describeError(reason ?? error)}`);
  }
  try {
    const policy = await probe.config("GET", "maxmemory-policy");
    if (policy[1] && policy[1] !== "noeviction")
      process.stderr.write(
        `leakscan: warning: Redis maxmemory-policy is ${policy[1]}; BullMQ needs noeviction (see docs/fleet.md)
`
      );
  } catch {
  } finally {
    probe.disconnect();
  }
  return new BullQueue(url, settings);
}
var redisName = (url) => url.replace(/\/\/[^/@]*@/, "//***@");
export {
  BullQueue,
  DEFAULT_BULL_SETTINGS,
  openBullQueue,
  redisName
};
