import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Config } from '../config/config.js';
import { loadConfig } from '../config/config-file.js';
import { UsageError } from '../errors.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_LEAKS } from '../output/exit-codes.js';
import { prepareRotation } from '../output/rotation-step.js';
import { stateDirectory } from '../state/state-dir.js';
import { DirectoryStore } from './dir-store.js';
import { EmbeddedQueue } from './embedded-queue.js';
import { writeFleetReport } from './fleet-report.js';
import type { FleetQueue } from './queue.js';
import { parseRepoList } from './repo-url.js';
import { repoJob } from './scan-repo.js';
import type { FleetCounts, FleetRepo, FleetStore } from './types.js';

/** The options every `fleet` subcommand shares (fleet-command.ts declares them). */
export interface FleetArgs {
  'state-dir'?: string | undefined;
  'cache-dir'?: string | undefined;
  config?: string | undefined;
  repos?: string | undefined;
  concurrency: number;
  'exit-when-done': boolean;
  'lock-duration': number;
  'rate-limit'?: number | undefined;
  format: string;
  output?: string | undefined;
  rotate: boolean;
  'rotate-dry-run': boolean;
  'rotate-url'?: string | undefined;
  quiet: boolean;
}

interface Fleet {
  queue: FleetQueue;
  store: FleetStore;
  stateDir: string;
  close(): Promise<void>;
}

/** REDIS_URL set: BullMQ on Redis (loaded only now, never on another command's path); else the embedded queue. */
async function openFleet(args: FleetArgs): Promise<Fleet> {
  const stateDir = resolve(args['state-dir'] ?? join(stateDirectory(process.cwd()), 'fleet'));
  const redisUrl = process.env.REDIS_URL;
  if (redisUrl) {
    const { openBullQueue } = await import('./bull-queue.js');
    const queue = await openBullQueue(redisUrl, {
      lockDurationMs: args['lock-duration'],
      rateLimitMax: args['rate-limit'] ?? 0,
      rateLimitMs: 60_000,
    });
    return { queue, store: queue.store, stateDir, close: () => queue.close() };
  }
  const queue = new EmbeddedQueue(stateDir);
  const store = new DirectoryStore(stateDir);
  return { queue, store, stateDir, close: async () => undefined };
}

async function readRepos(file: string): Promise<FleetRepo[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--repos: cannot read ${file}: ${(error as Error).message}`);
  }
  return parseRepoList(text, file);
}

async function fleetConfig(args: FleetArgs): Promise<Config> {
  // The scanned repositories' own .leakscan.yaml is never read: the config is the operator's.
  return loadConfig(process.cwd(), args.config);
}

const say = (args: FleetArgs) => (line: string) => {
  if (!args.quiet) process.stderr.write(`${line}\n`);
};

export async function runEnqueue(args: FleetArgs, repos: FleetRepo[]): Promise<number> {
  const fleet = await openFleet(args);
  try {
    const count = await fleet.queue.enqueue(repos);
    say(args)(`queued ${count} repositories`);
    return EXIT_CLEAN;
  } finally {
    await fleet.close();
  }
}

export async function enqueueFromFile(args: FleetArgs): Promise<number> {
  if (!args.repos) throw new UsageError('name the repositories: --repos FILE, --github-org ORG or --github-user USER');
  return runEnqueue(args, await readRepos(args.repos));
}

async function work(fleet: Fleet, args: FleetArgs, exitWhenDone: boolean): Promise<void> {
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1)
    throw new UsageError('--concurrency: expected a whole number >= 1');
  const config = await fleetConfig(args);
  const rotate = args.rotate || args['rotate-dry-run'];
  const log = (text: string): void => void process.stderr.write(text);
  const rotation = rotate ? { dryRun: args['rotate-dry-run'], extraUrl: args['rotate-url'] } : undefined;
  await fleet.queue.work(
    repoJob({
      cacheDir: resolve(args['cache-dir'] ?? join(fleet.stateDir, 'mirrors')),
      store: fleet.store,
      config,
      onNewFindings: rotation
        ? async (result) => {
            const step = await prepareRotation(result, { ...rotation, showSecrets: false, quiet: args.quiet }, log);
            await step(result, 'history');
          }
        : undefined,
    }),
    { concurrency: args.concurrency, exitWhenDone, log: say(args) },
  );
}

export async function runWorker(args: FleetArgs): Promise<number> {
  const fleet = await openFleet(args);
  try {
    await work(fleet, args, args['exit-when-done']);
    return EXIT_CLEAN;
  } finally {
    await fleet.close();
  }
}

export function statusText(counts: FleetCounts, now = Date.now()): string {
  const hours = counts.firstStartedAt ? (now - counts.firstStartedAt) / 3_600_000 : 0;
  const perHour = hours > 0 ? (counts.done + counts.failed) / hours : 0;
  const left = counts.queued + counts.active;
  const eta = perHour > 0 && left > 0 ? `${Math.ceil((left / perHour) * 60)} min` : left > 0 ? 'unknown' : '-';
  return [
    `queued ${counts.queued}, active ${counts.active}, done ${counts.done}, failed ${counts.failed}`,
    `repositories/hour ${perHour.toFixed(1)}, commits scanned ${counts.commitsScanned}, bytes scanned ${counts.bytesScanned}, ETA ${eta}`,
    ...counts.failures.map((failure) => `failed: ${failure}`),
  ].join('\n');
}

export async function runStatus(args: FleetArgs): Promise<number> {
  const fleet = await openFleet(args);
  try {
    const counts = await fleet.queue.counts();
    process.stdout.write(args.format === 'json' ? `${JSON.stringify(counts, null, 2)}\n` : `${statusText(counts)}\n`);
    return EXIT_CLEAN;
  } finally {
    await fleet.close();
  }
}

async function report(fleet: Fleet, args: FleetArgs): Promise<number> {
  const counts = await fleet.queue.counts();
  const leaks = await writeFleetReport(fleet.store, {
    format: args.format,
    output: args.output,
    config: await fleetConfig(args),
    counts,
  });
  if (counts.failed > 0) return leaks > 0 ? EXIT_LEAKS : EXIT_ERROR;
  return leaks > 0 ? EXIT_LEAKS : EXIT_CLEAN;
}

export async function runReport(args: FleetArgs): Promise<number> {
  const fleet = await openFleet(args);
  try {
    return await report(fleet, args);
  } finally {
    await fleet.close();
  }
}

/** `fleet scan --repos FILE`: enqueue, work until the queue is empty, report; in one process. */
export async function runFleetScan(args: FleetArgs): Promise<number> {
  if (!args.repos) throw new UsageError('--repos FILE: the repositories to scan');
  const repos = await readRepos(args.repos);
  const fleet = await openFleet(args);
  try {
    await fleet.queue.enqueue(repos);
    await work(fleet, args, true);
    return await report(fleet, args);
  } finally {
    await fleet.close();
  }
}
