import { createHash } from 'node:crypto';
import { parseRepo } from './repo-url.js';
import { type FleetRepo, FleetError } from './types.js';

/** `fleet plan`'s file: the repositories of each shard, for a CI matrix or a Kubernetes Indexed Job. */
export interface FleetPlan {
  version: 1;
  shards: FleetRepo[][];
}

/**
 * Splits repositories into `count` shards by a hash of each name: a repository stays in its shard when the
 * list grows or shrinks, so each shard's state directory (kept as a CI cache) keeps serving the same ones.
 */
export function planShards(repos: readonly FleetRepo[], count: number): FleetPlan {
  if (!Number.isInteger(count) || count < 1 || count > 10_000)
    throw new FleetError('--shards: expected a whole number from 1 to 10000');
  const shards: FleetRepo[][] = Array.from({ length: count }, () => []);
  for (const repo of repos) {
    const hash = createHash('sha256').update(repo.name).digest().readUInt32BE(0);
    shards[hash % count]?.push(repo);
  }
  return { version: 1, shards };
}

/** The repositories of shard `index` of a plan file's text; every address is checked again (the file may be edited). */
export function shardOf(text: string, file: string, index: number): FleetRepo[] {
  let plan: FleetPlan;
  try {
    plan = JSON.parse(text) as FleetPlan;
  } catch (error) {
    throw new FleetError(`${file}: not a fleet plan: ${(error as Error).message}`);
  }
  if (plan?.version !== 1 || !Array.isArray(plan.shards)) throw new FleetError(`${file}: not a fleet plan (version 1)`);
  const shard = plan.shards[index];
  if (!Number.isInteger(index) || !Array.isArray(shard))
    throw new FleetError(`--shard: expected 0 to ${plan.shards.length - 1} for ${file}`);
  return shard.map((repo) => parseRepo(String(repo?.url ?? '')));
}
