import type { CommitInfo } from '../sources/fragment.js';
import type { FindingConfidence, Severity } from '../rules/rule-definition.js';
import type { Exposure } from './exposure.js';
import type { Secret } from './secret.js';
import type { Verification } from '../verify/verification.js';

/** A reported leak. `secret` redacts itself wherever it is printed; `secret.reveal()` is the raw value. */
export interface Finding {
  ruleId: string;
  title: string;
  vendor: string;
  severity: Severity;
  confidence: FindingConfidence;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  secret: Secret;
  /** `ruleId:path:sha256(secret)[0..16]`: no line, no commit, so it survives rebases and line shifts. */
  fingerprint: string;
  /** Full SHA-256 of the secret, hex: lets a receiver look a key up without ever seeing it. */
  secretHash: string;
  commit?: CommitInfo | undefined;
  /** Set when the key is not in the file's content: in the commit's message, or in the file's name. */
  part?: 'commit-message' | 'file-name' | undefined;
  /** For history scans: how many commits the same secret at the same path appears in. */
  commitCount?: number;
  /** For history scans: whether the secret is still in the file at HEAD. */
  presentAtHead?: boolean | undefined;
  decodedFrom?: string | undefined;
  /** For a Jupyter notebook: the 0-based index of the cell holding the secret (the line is the file's). */
  cell?: number | undefined;
  /** The id half of a paired credential (an AWS access key id next to its secret), reported with it. */
  pairedWith?: PairedHalf | undefined;
  rotationGuide?: string | undefined;
  /** The vendor documentation the rule was written from. */
  references?: string[];
  tags: string[];
  /** The repository a multi-repository run found it in; never part of a fingerprint or a secret id. */
  repository?: string;
  /** The secret's identity across files, commits and repositories (`secret-groups.ts`): rule family + hash. */
  secretId?: string;
  /** In how many places (files, per repository; commits for a key in a message) the same secret was found. */
  reusedIn?: number;
  /** History and diff scans: when the secret was introduced, removed, and which refs still hold it. */
  exposure?: Exposure | undefined;
  /** With --verify: what the vendor said about the key (`live`, `invalid`, `unknown`) and why. */
  verification?: Verification | undefined;
}

export interface PairedHalf {
  ruleId: string;
  line: number;
  column: number;
  secret: Secret;
}

/** A candidate a filter dropped, with the filter's reason: what `--explain` prints. */
export interface Dropped {
  ruleId: string;
  file: string;
  line: number;
  filter: string;
  reason: string;
  /** Already redacted. */
  secret: string;
  /** The full SHA of the commit the candidate was added in (history and diff scans). */
  commit?: string | undefined;
}

/** A finding a later step drops (an id without its secret, below --min-confidence, accepted), as --explain lists it. */
export function droppedFinding(finding: Finding, filter: string, reason: string): Dropped {
  const dropped: Dropped = {
    ruleId: finding.ruleId,
    file: finding.file,
    line: finding.line,
    filter,
    reason,
    secret: finding.secret.redacted,
  };
  if (finding.commit) dropped.commit = finding.commit.sha;
  return dropped;
}
