import type { FleetCounts, FleetRepo, RepoJob } from './types.js';

export interface WorkOptions {
  concurrency: number;
  /** Return once nothing is queued or running (embedded mode always does). */
  exitWhenDone: boolean;
  /** A line of progress per finished or failed repository. */
  log: (line: string) => void;
}

/** The job queue, embedded or BullMQ: both hand the same job function one repository at a time. */
export interface FleetQueue {
  /** Queues one job per repository; returns how many were queued. */
  enqueue(repos: readonly FleetRepo[]): Promise<number>;
  work(job: RepoJob, options: WorkOptions): Promise<void>;
  counts(): Promise<FleetCounts>;
  close(): Promise<void>;
}

/** How often a job is tried before it is marked failed, in both modes. */
export const ATTEMPTS = 3;
