/** Where a piece of scanned text came from. Git sources fill the commit fields. */
export interface Origin {
  kind: 'file' | 'stdin' | 'staged' | 'commit';
  /** Path relative to the scan root (or the repository root for git sources), with `/` separators. */
  path: string;
  commit?: CommitInfo | undefined;
  /**
   * Where in a change the text was, when not in the file's content: the commit's message (`path` is then
   * `commit-message`), or the file's own name (`path` is that name).
   */
  part?: 'commit-message' | 'file-name' | undefined;
  /** For a Jupyter notebook: the 0-based index of the cell the text comes from. */
  cell?: number | undefined;
}

export interface CommitInfo {
  /** Full 40-hex SHA. */
  sha: string;
  author: string;
  email: string;
  /** ISO 8601. */
  date: string;
  /** Subject line of the commit message (the whole message is scanned as its own fragment). */
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
  /** A window of a longer text (text-windows.ts): the column of its first character, when not 1. */
  startColumn?: number;
  /** A window after the first: findings that end before this position were reported by the previous one. */
  unseenFrom?: { line: number; column: number } | undefined;
  /** Set when the text is the decoded form of an encoded value found in another fragment. */
  decodedFrom?: string;
  /**
   * A window of a large text (see `AddedLines`): its first `overlap` characters ended the previous window, so a
   * match that ends within them was found there already; `firstColumn` is the column of the text's first
   * character when the window starts mid-line.
   */
  overlap?: number;
  firstColumn?: number;
}

/** A file or input that a source passed over, with the reason: every skip is counted in the summary. */
export interface Skipped {
  path: string;
  reason: SkipReason;
  detail?: string | undefined;
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
  | 'submodule'
  | 'gitignored';
