import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { describeError } from '../errors.js';
import { ATTEMPTS, type FleetQueue, type WorkOptions } from './queue.js';
import { RedisStore } from './redis-store.js';
import { type FleetCounts, FleetError, type FleetRepo, type RepoJob, type RepoOutcome } from './types.js';

const QUEUE_NAME = 'leakscan-fleet';

/** BullMQ settings a deployment may tune; the defaults are BullMQ's own except where noted. */
export interface BullSettings {
  /** How long a job's lock lasts without renewal: a killed worker's job is taken again after about this. */
  lockDurationMs: number;
  /** At most this many jobs start per `rateLimitMs` across all workers (BullMQ's limiter); 0: no limit. */
  rateLimitMax: number;
  rateLimitMs: number;
}

/** How long a worker waits before fetching again after a connection error (BullMQ's `runRetryDelay`). */
const RUN_RETRY_DELAY_MS = 1000;

export const DEFAULT_BULL_SETTINGS: BullSettings = { lockDurationMs: 30_000, rateLimitMax: 0, rateLimitMs: 1000 };

/** A Redis connection as BullMQ requires it for workers (no retry limit per request, no ready check). */
function connect(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: false, lazyConnect: false });
}

/**
 * The fleet queue on BullMQ: any number of `fleet worker` processes on any number of machines consume it.
 * Retries with exponential backoff, stalled-job recovery (a worker killed mid-repository: its lock expires and
 * another worker takes the job), concurrency and rate limits are BullMQ's.
 */
export class BullQueue implements FleetQueue {
  readonly #url: string;
  readonly #settings: BullSettings;
  readonly store: RedisStore;
  readonly #queue: Queue;

  constructor(url: string, settings: BullSettings = DEFAULT_BULL_SETTINGS) {
    this.#url = url;
    this.#settings = settings;
    this.store = new RedisStore(connect(url));
    this.#queue = new Queue(QUEUE_NAME, { connection: this.store.redis });
  }

  async enqueue(repos: readonly FleetRepo[]): Promise<number> {
    const jobs = await this.#queue.addBulk(
      repos.map((repo) => ({
        name: 'scan',
        data: repo,
        opts: {
          attempts: ATTEMPTS,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { count: 100_000 },
          removeOnFail: { count: 100_000 },
        },
      })),
    );
    return jobs.length;
  }

  async work(job: RepoJob, options: WorkOptions): Promise<void> {
    await this.store.markStarted();
    // BullMQ never closes a connection it was handed: this one is closed below, after the worker.
    const connection = connect(this.#url);
    const worker = new Worker<FleetRepo, Omit<RepoOutcome, 'newFindings'> & { newFindings: number }>(
      QUEUE_NAME,
      async (bullJob) => {
        const outcome = await job(bullJob.data);
        return { ...outcome, newFindings: outcome.newFindings.length };
      },
      {
        connection,
        concurrency: options.concurrency,
        lockDuration: this.#settings.lockDurationMs,
        stalledInterval: Math.max(1000, Math.floor(this.#settings.lockDurationMs / 2)),
        // After a connection error (Redis down or restarting) BullMQ waits this long before fetching again; its
        // default, 15 s per failed fetch, left a worker idle for up to ~40 s after a Redis restart.
        runRetryDelay: RUN_RETRY_DELAY_MS,
        ...(this.#settings.rateLimitMax > 0
          ? { limiter: { max: this.#settings.rateLimitMax, duration: this.#settings.rateLimitMs } }
          : {}),
      },
    );
    worker.on('completed', (done, result) =>
      options.log(`${done.data.name}: ${result.commitsScanned} commits, ${result.newFindings} new findings`),
    );
    worker.on('failed', (failed, error) => {
      if (!failed) return;
      const final = failed.attemptsMade >= (failed.opts.attempts ?? 1);
      options.log(
        `${failed.data.name}: ${final ? 'failed' : 'will retry'} (attempt ${failed.attemptsMade}): ${describeError(error)}`,
      );
    });
    worker.on('error', (error) => options.log(`worker: ${describeError(error)}`));
    // Without a listener BullMQ prints the queue's connection errors (Redis down or restarting) raw, stack and all.
    const onQueueError = (error: Error): void => options.log(`queue: ${describeError(error)}`);
    this.#queue.on('error', onQueueError);
    await worker.waitUntilReady();
    let stop = (): void => undefined;
    let poll: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve) => {
        stop = resolve;
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
        if (!options.exitWhenDone) return;
        // A count that fails (Redis down) is asked again at the next tick, never an unhandled rejection.
        poll = setInterval(() => {
          this.#queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized').then(
            (counts) => Object.values(counts).every((count) => count === 0) && resolve(),
            () => undefined,
          );
        }, 500);
      });
    } finally {
      clearInterval(poll);
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      await worker.close();
      this.#queue.off('error', onQueueError);
      connection.disconnect();
    }
  }

  async counts(): Promise<FleetCounts> {
    const counts = await this.#queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
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
      failures: failed.map((entry) => `${entry.data.name}: ${entry.failedReason}`),
    };
  }

  async close(): Promise<void> {
    await this.#queue.close();
    await this.store.close();
  }
}

/** Checks Redis answers before any work, so a wrong REDIS_URL is one clear error, not a hang. */
export async function openBullQueue(url: string, settings?: BullSettings): Promise<BullQueue> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let reason: unknown;
  probe.on('error', (error) => (reason ??= error));
  try {
    await probe.connect();
  } catch (error) {
    probe.disconnect();
    throw new FleetError(`cannot reach Redis at ${redisName(url)}: ${describeError(reason ?? error)}`);
  }
  try {
    const policy = (await probe.config('GET', 'maxmemory-policy')) as string[];
    if (policy[1] && policy[1] !== 'noeviction')
      process.stderr.write(
        `leakscan: warning: Redis maxmemory-policy is ${policy[1]}; BullMQ needs noeviction (see docs/fleet.md)\n`,
      );
  } catch {
    // A managed Redis may refuse CONFIG: the policy is then the operator's to check.
  } finally {
    probe.disconnect();
  }
  return new BullQueue(url, settings);
}

/** REDIS_URL without its password, for messages. */
export const redisName = (url: string): string => url.replace(/\/\/[^/@]*@/, '//***@');
