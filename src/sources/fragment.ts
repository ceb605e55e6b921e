/** Where a piece of scanned text came from. Git sources fill the commit fields. */
export interface Origin {
  kind: 'file' | 'stdin' | 'staged' | 'commit';
  /** Path relative to the scan root (or the repository root for git sources), with `/` separators. */
  path: string;
  commit?: CommitInfo;
  /** For a Jupyter notebook: the 0-based index of the cell the text comes from. */
  cell?: number;
}

export interface CommitInfo {
  /** Full 40-hex SHA. */
  sha: string;
  author: string;
  email: string;
  /** ISO 8601. */
  date: string;
  /** Subject line of the commit message. */
  message: string;
}

/**
 * A piece of text to scan plus where it came from. A fragment is either a whole file (lines numbered from
 * `startLine`) or the added lines of a patch (`lineNumbers[i]` is the new-file line of the fragment's line i).
 */
export interface Fragment {
  text: string;
  origin: Origin;
  startLine: number;
  lineNumbers?: readonly number[];
  /** Set when the text is the decoded form of an encoded value found in another fragment. */
  decodedFrom?: string;
}

/** A file or input that a source passed over, with the reason: every skip is counted in the summary. */
export interface Skipped {
  path: string;
  reason: SkipReason;
  detail?: string;
}

export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'symlink'
  | 'unreadable'
  | 'allowlisted-path'
  | 'default-ignored-path'
  | 'minified-bundle'
  | 'not-a-regular-file'
  | 'submodule';
