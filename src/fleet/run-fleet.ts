import { verifyOptions, type VerifyArgs } from '../commands/verify-args.js';
import { verifyStep } from '../output/verify-step.js';
import { readFile, writeFile } from 'node:fs/promises';
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
import { planShards, shardOf } from './plan.js';
import { parseRepoList } from './repo-url.js';
import { repoJob } from './scan-repo.js';
import type { FleetCounts, FleetRepo, FleetStore } from './types.js';

/** The options every `fleet` subcommand shares (fleet-command.ts declares them). */
export interface FleetArgs extends VerifyArgs {
  'state-dir'?: string | undefined;
  'cache-dir'?: string | undefined;
  config?: string | undefined;
  repos?: string | undefined;
  plan?: string | undefined;
  'github-org'?: string | undefined;
  'github-user'?: string | undefined;
  'github-api-url': string;
  'include-archived': boolean;
  'include-forks': boolean;
  shard?: number | undefined;
  shards?: number | undefined;
  'state-dirs'?: string[] | undefined;
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
    const { openBullQueue } = await import('./bull-queue.js').catch((error: NodeJS.ErrnoException) => {
      // bullmq and ioredis are optional peers: a user install is leakscan alone, and the embedded queue needs neither.
      if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      throw new UsageError(
        'REDIS_URL is set, and fleet on Redis needs bullmq and ioredis beside leakscan: npm install bullmq@6.7.6 ioredis@6.1.0 (unset REDIS_URL for the embedded queue)',
      );
    });
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

async function readText(file: string, option: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${option}: cannot read ${file}: ${(error as Error).message}`);
  }
}

async function readRepos(file: string): Promise<FleetRepo[]> {
  return parseRepoList(await readText(file, '--repos'), file);
}

/** `--repos FILE`, or `--plan FILE --shard I`. */
async function reposToScan(args: FleetArgs): Promise<FleetRepo[]> {
  if (args.plan !== undefined) {
    if (args.shard === undefined) throw new UsageError('--plan needs --shard I');
    return shardOf(await readText(args.plan, '--plan'), args.plan, args.shard);
  }
  if (!args.repos) throw new UsageError('--repos FILE (or --plan FILE --shard I): the repositories to scan');
  return readRepos(args.repos);
}

/** `fleet plan --repos FILE --shards N`: the plan as JSON, on stdout or in `-o`. */
export async function runPlan(args: FleetArgs): Promise<number> {
  if (!args.repos) throw new UsageError('--repos FILE: the repositories to split');
  const plan = planShards(await readRepos(args.repos), args.shards ?? 0);
  const text = `${JSON.stringify(plan, null, 2)}\n`;
  if (args.output) await writeFile(args.output, text);
  else process.stdout.write(text);
  say(args)(`${plan.shards.length} shards: ${plan.shards.map((shard) => shard.length).join(', ')} repositories`);
  return EXIT_CLEAN;
}

/** `fleet merge DIR..`: one report from the state directories of every shard. */
export async function runMerge(args: FleetArgs): Promise<number> {
  const dirs = args['state-dirs'] ?? [];
  if (dirs.length === 0) throw new UsageError('name the state directories of the shards to merge');
  const parts = dirs.map((dir) => ({
    queue: new EmbeddedQueue(resolve(dir)),
    store: new DirectoryStore(resolve(dir)),
  }));
  const store: FleetStore = {
    readState: async () => undefined,
    record: async () => undefined,
    allFindings: async () => (await Promise.all(parts.map((part) => part.store.allFindings()))).flat(),
    close: async () => undefined,
  };
  const counts = await Promise.all(parts.map((part) => part.queue.counts()));
  const merged: FleetCounts = {
    queued: 0,
    active: 0,
    done: 0,
    failed: 0,
    bytesScanned: 0,
    commitsScanned: 0,
    firstStartedAt: undefined,
    failures: counts.flatMap((count) => count.failures),
  };
  for (const count of counts)
    for (const key of ['queued', 'active', 'done', 'failed', 'bytesScanned', 'commitsScanned'] as const)
      merged[key] += count[key];
  return report(store, merged, args);
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

/** `fleet enqueue`: --repos FILE, or every repository of --github-org / --github-user. */
export async function enqueueFromFile(args: FleetArgs): Promise<number> {
  const sources = [args.repos, args['github-org'], args['github-user']].filter((source) => source !== undefined);
  if (sources.length !== 1)
    throw new UsageError('name the repositories once: --repos FILE, --github-org ORG or --github-user USER');
  if (args.repos) return runEnqueue(args, await readRepos(args.repos));
  const { listGitHubRepos } = await import('./github.js');
  const repos = await listGitHubRepos({
    org: args['github-org'],
    user: args['github-user'],
    apiUrl: args['github-api-url'],
    token: process.env.GITHUB_TOKEN || undefined,
    includeArchived: args['include-archived'],
    includeForks: args['include-forks'],
    log: say(args),
  });
  return runEnqueue(args, repos);
}

async function work(fleet: Fleet, args: FleetArgs, exitWhenDone: boolean): Promise<void> {
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1)
    throw new UsageError('--concurrency: expected a whole number >= 1');
  const config = await fleetConfig(args);
  const rotate = args.rotate || args['rotate-dry-run'];
  const log = (text: string): void => void process.stderr.write(text);
  const rotation = rotate ? { dryRun: args['rotate-dry-run'], extraUrl: args['rotate-url'] } : undefined;
  // Each repository's job verifies its own new findings: the request budget and the cache are per repository.
  const verify = verifyOptions(args, config.verify, process.cwd());
  await fleet.queue.work(
    repoJob({
      cacheDir: resolve(args['cache-dir'] ?? join(fleet.stateDir, 'mirrors')),
      store: fleet.store,
      config,
      onNewFindings:
        verify || rotation
          ? async (found) => {
              // Verification first, so that rotation acts on live keys only (as in the other modes).
              const result = verify ? (await verifyStep(found, verify, false)).result : found;
              if (rotation) {
                const step = await prepareRotation(result, { ...rotation, showSecrets: false, quiet: args.quiet }, log);
                await step(result, 'history');
              }
              return result;
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

async function report(store: FleetStore, counts: FleetCounts, args: FleetArgs): Promise<number> {
  const leaks = await writeFleetReport(store, {
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
    return await report(fleet.store, await fleet.queue.counts(), args);
  } finally {
    await fleet.close();
  }
}

/** `fleet scan --repos FILE` (or `--plan FILE --shard I`): enqueue, work until the queue is empty, report; in one process. */
export async function runFleetScan(args: FleetArgs): Promise<number> {
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
