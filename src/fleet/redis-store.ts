import type { Redis } from 'ioredis';
import type { Finding } from '../findings/finding.js';
import { findingKey, loadFinding, storeFinding } from './stored-finding.js';
import type { FleetStore, RepoOutcome, RepoState } from './types.js';

/** Every key leakscan writes in Redis starts with this (BullMQ's own keys start with `bull:`). */
export const KEY_PREFIX = 'leakscan:fleet:';
const STATE = `${KEY_PREFIX}state`;
const STATS = `${KEY_PREFIX}stats`;
const REPOS = `${KEY_PREFIX}repos`;
const findingsKey = (name: string): string => `${KEY_PREFIX}findings:${name}`;

/**
 * The shared store of a worker pool: per repository its scanned tips (hash `state`) and findings (hash
 * `findings:<name>`, by fingerprint, set only when absent), written in one MULTI with the byte and commit
 * totals, so a worker killed before it leaves nothing half-recorded and a retried job adds nothing twice.
 */
export class RedisStore implements FleetStore {
  constructor(readonly redis: Redis) {}

  async readState(name: string): Promise<RepoState | undefined> {
    const text = await this.redis.hget(STATE, name);
    return text ? (JSON.parse(text) as RepoState) : undefined;
  }

  async record(outcome: RepoOutcome, state: RepoState): Promise<void> {
    const multi = this.redis.multi().hset(STATE, outcome.name, JSON.stringify(state)).sadd(REPOS, outcome.name);
    for (const finding of outcome.newFindings)
      multi.hsetnx(findingsKey(outcome.name), findingKey(finding), storeFinding(finding));
    multi.hincrby(STATS, 'bytes', outcome.bytesScanned).hincrby(STATS, 'commits', outcome.commitsScanned);
    const results = await multi.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('Redis discarded the transaction');
  }

  async allFindings(): Promise<Finding[]> {
    const names = (await this.redis.smembers(REPOS)).sort();
    const findings: Finding[] = [];
    for (const name of names)
      for (const text of Object.values(await this.redis.hgetall(findingsKey(name)))) findings.push(loadFinding(text));
    return findings;
  }

  /** Totals recorded so far, and when the first job started (set once, by the first worker to start one). */
  async totals(): Promise<{ bytes: number; commits: number; firstStartedAt: number | undefined }> {
    const stats = await this.redis.hgetall(STATS);
    return {
      bytes: Number(stats.bytes ?? 0),
      commits: Number(stats.commits ?? 0),
      firstStartedAt: stats.started ? Number(stats.started) : undefined,
    };
  }

  async markStarted(): Promise<void> {
    await this.redis.hsetnx(STATS, 'started', String(Date.now()));
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
