import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../findings/finding.js';
import { readStateFile, replaceStateFile } from '../state/state-file.js';
import { storageName } from './repo-url.js';
import { findingKey, loadFinding, storeFinding } from './stored-finding.js';
import { type FleetStore, FleetError, type RepoOutcome, type RepoState } from './types.js';

interface RepoFile {
  name: string;
  state: RepoState;
  /** Stored findings by findingKey. */
  findings: Record<string, string>;
}

/**
 * The embedded store: one JSON file per repository under `<state dir>/repos/`, replaced atomically (a fresh
 * file renamed over the old one), so a process killed mid-write leaves the previous state and findings whole.
 */
export class DirectoryStore implements FleetStore {
  readonly #dir: string;

  constructor(stateDir: string) {
    this.#dir = join(stateDir, 'repos');
    mkdirSync(this.#dir, { recursive: true });
  }

  #file(name: string): string {
    return join(this.#dir, `${storageName(name)}.json`);
  }

  #read(path: string): RepoFile | undefined {
    const text = readStateFile(path, 'fleet state file');
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as RepoFile;
    } catch (error) {
      throw new FleetError(`unreadable fleet state file ${path}: ${(error as Error).message}`, { file: path });
    }
  }

  async readState(name: string): Promise<RepoState | undefined> {
    return this.#read(this.#file(name))?.state;
  }

  async record(outcome: RepoOutcome, state: RepoState): Promise<void> {
    const path = this.#file(outcome.name);
    const findings = { ...(this.#read(path)?.findings ?? {}) };
    for (const finding of outcome.newFindings) findings[findingKey(finding)] ??= storeFinding(finding);
    replaceStateFile(
      path,
      JSON.stringify({ name: outcome.name, state, findings } satisfies RepoFile),
      'fleet state file',
    );
  }

  async allFindings(): Promise<Finding[]> {
    const findings: Finding[] = [];
    for (const entry of readdirSync(this.#dir).sort()) {
      if (!entry.endsWith('.json')) continue;
      const file = this.#read(join(this.#dir, entry));
      for (const text of Object.values(file?.findings ?? {})) findings.push(loadFinding(text));
    }
    return findings;
  }

  async close(): Promise<void> {}
}
