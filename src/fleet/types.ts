import type { Finding } from '../findings/finding.js';
import { LeakscanError } from '../errors.js';

/** One repository to scan: where to clone it from, and the name reports and state use (no credentials). */
export interface FleetRepo {
  /** What git fetches from: a URL (`https://`, `ssh://`, `git@host:path`, `file://`) or an absolute path. */
  url: string;
  /** The URL without credentials: the repository's name in reports, state and job ids. */
  name: string;
}

/** What was scanned of one repository: the tips of every ref, so the next run reads only newer commits. */
export interface RepoState {
  tips: string[];
  scannedAt: string;
}

/** What one job did. */
export interface RepoOutcome {
  name: string;
  commitsScanned: number;
  bytesScanned: number;
  /** Findings in commits this run read for the first time, secrets redacted. */
  newFindings: Finding[];
}

/** Totals `fleet status` prints. */
export interface FleetCounts {
  queued: number;
  active: number;
  done: number;
  failed: number;
  /** Milliseconds since the epoch when the first job of this fleet started; undefined before. */
  firstStartedAt: number | undefined;
  bytesScanned: number;
  commitsScanned: number;
  /** `name: reason` of each failed repository. */
  failures: string[];
}

/**
 * Where scan state and findings live: the state directory (embedded) or Redis. `record` stores a repository's
 * new tips and new findings together, so a worker killed before it neither loses nor doubles a finding.
 */
export interface FleetStore {
  readState(name: string): Promise<RepoState | undefined>;
  record(outcome: RepoOutcome, state: RepoState): Promise<void>;
  /** Every stored finding (secrets redacted), repository by repository. */
  allFindings(): Promise<Finding[]>;
  close(): Promise<void>;
}

/** A job function: what a worker does with one repository, whichever queue handed it out. */
export type RepoJob = (repo: FleetRepo) => Promise<RepoOutcome>;

/** A fleet run that cannot go on (a bad repository list, an unreachable Redis, an unreadable state directory). */
export class FleetError extends LeakscanError {}
