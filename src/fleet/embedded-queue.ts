import { join } from 'node:path';
import { describeError } from '../errors.js';
import { readStateFile, replaceStateFile } from '../state/state-file.js';
import { ATTEMPTS, type FleetQueue, type WorkOptions } from './queue.js';
import { type FleetCounts, FleetError, type FleetRepo, type RepoJob } from './types.js';

interface EmbeddedJob extends FleetRepo {
  status: 'queued' | 'active' | 'done' | 'failed';
  attempts: number;
  error?: string | undefined;
  commits?: number | undefined;
  bytes?: number | undefined;
}

interface QueueFile {
  firstStartedAt?: number | undefined;
  jobs: EmbeddedJob[];
}

/**
 * The queue without a server: `<state dir>/queue.json`, worked by one process with an in-process pool of
 * `concurrency` jobs. Same job function, same store semantics as BullMQ; a job that throws is tried again up
 * to ATTEMPTS times, then marked failed with the reason. A job left `active` by a killed process is queued again
 * on the next `work`.
 */
export class EmbeddedQueue implements FleetQueue {
  readonly #file: string;

  constructor(stateDir: string) {
    this.#file = join(stateDir, 'queue.json');
  }

  #read(): QueueFile {
    const text = readStateFile(this.#file, 'fleet queue file');
    if (text === undefined) return { jobs: [] };
    try {
      return JSON.parse(text) as QueueFile;
    } catch (error) {
      throw new FleetError(`unreadable fleet queue file ${this.#file}: ${(error as Error).message}`);
    }
  }

  #write(queue: QueueFile): void {
    replaceStateFile(this.#file, JSON.stringify(queue), 'fleet queue file');
  }

  async enqueue(repos: readonly FleetRepo[]): Promise<number> {
    const queue = this.#read();
    const byName = new Map(queue.jobs.map((job) => [job.name, job]));
    for (const repo of repos) byName.set(repo.name, { ...repo, status: 'queued', attempts: 0 });
    this.#write({ ...queue, jobs: [...byName.values()] });
    return repos.length;
  }

  async work(job: RepoJob, options: WorkOptions): Promise<void> {
    const queue = this.#read();
    for (const entry of queue.jobs) if (entry.status === 'active') entry.status = 'queued';
    queue.firstStartedAt ??= Date.now();
    this.#write(queue);
    const pending = queue.jobs.filter((entry) => entry.status === 'queued');
    const runOne = async (entry: EmbeddedJob): Promise<void> => {
      entry.status = 'active';
      this.#write(queue);
      for (;;) {
        entry.attempts += 1;
        try {
          const outcome = await job({ url: entry.url, name: entry.name });
          Object.assign(entry, {
            status: 'done',
            commits: (entry.commits ?? 0) + outcome.commitsScanned,
            bytes: (entry.bytes ?? 0) + outcome.bytesScanned,
          });
          entry.error = undefined;
          options.log(`${entry.name}: ${outcome.commitsScanned} commits, ${outcome.newFindings.length} new findings`);
          break;
        } catch (error) {
          entry.error = describeError(error);
          if (entry.attempts >= ATTEMPTS) {
            entry.status = 'failed';
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

  async counts(): Promise<FleetCounts> {
    const queue = this.#read();
    const count = (status: EmbeddedJob['status']): number => queue.jobs.filter((job) => job.status === status).length;
    return {
      queued: count('queued'),
      active: count('active'),
      done: count('done'),
      failed: count('failed'),
      firstStartedAt: queue.firstStartedAt,
      bytesScanned: queue.jobs.reduce((sum, job) => sum + (job.bytes ?? 0), 0),
      commitsScanned: queue.jobs.reduce((sum, job) => sum + (job.commits ?? 0), 0),
      failures: queue.jobs.filter((job) => job.status === 'failed').map((job) => `${job.name}: ${job.error ?? ''}`),
    };
  }

  async close(): Promise<void> {}
}
