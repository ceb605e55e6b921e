import type { Dropped, Finding } from '../findings/finding.js';
import type { RemoteOrigin } from '../sources/remote-clone.js';
import type { MinConfidenceCut } from '../filters/min-confidence.js';
import type { ScanStats } from '../sources/scan-stats.js';

/** Everything a reporter may show. Reporters are pure: they return a string and never write. */
export interface ReportInput {
  findings: Finding[];
  dropped: Dropped[];
  stats: ScanStats;
  /** `directory`, `stdin`, `staged`, `diff`, `history`. */
  mode: string;
  /** The confidence cut and how many findings it hid (absent where no cut was applied). */
  minConfidence?: MinConfidenceCut | undefined;
  ruleCount: number;
  elapsedMs: number;
  showSecrets: boolean;
  explain: boolean;
  /** List every skipped file (`--list-skipped`, or `--explain`); otherwise only counted by reason. */
  listSkipped?: boolean | undefined;
  color: boolean;
  toolVersion: string;
  /** Lines a source or post-processor wants people to read (e.g. a shallow-clone warning). */
  notes?: string[];
  /** The directory the findings' paths are relative to (SARIF's `%SRCROOT%`). */
  root?: string | undefined;
  /** A remote scan's repository: its paths are relative to it, not to `root` (a clone since removed). */
  remote?: RemoteOrigin | undefined;
}

export interface Reporter {
  name: string;
  render(input: ReportInput): string;
}
