/** A commit as a timeline names it: full SHA, author date (ISO 8601), author name. */
export interface TimelineCommit {
  sha: string;
  date: string;
  author: string;
}

/**
 * How long a secret was open to anyone who could read the repository: from the commit that introduced it to
 * the commit that removed it from every place, or to the scan (`end`) while a ref still holds it.
 */
export interface Exposure {
  introduced: TimelineCommit;
  /** The commit on HEAD's history (the range's end for `diff`) after which no tracked place held it. */
  removed?: TimelineCommit | undefined;
  presentAtHead: boolean;
  /** Branches and tags whose tip still holds it (in a file at the tip, or in a commit the tip contains). */
  branches: string[];
  tags: string[];
  /** The end of the window: the removing commit's date, else the time of the scan. */
  end: string;
  /** `end - introduced.date`, in days, one decimal. */
  windowDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function exposureDays(from: string, to: string): number {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  return Number.isFinite(days) ? Math.max(0, Math.round(days * 10) / 10) : 0;
}

/** Still open: some ref (or HEAD) holds it, or the commit that ended it is unknown. */
export const stillExposed = (exposure: Exposure): boolean =>
  exposure.presentAtHead || exposure.branches.length > 0 || exposure.tags.length > 0 || exposure.removed === undefined;

/** The branch and tag tips that still hold the key (`branch main`, `tag v1.2`); none without a timeline. */
export const refTips = (exposure: Exposure | undefined): string[] =>
  exposure ? [...exposure.branches.map((name) => `branch ${name}`), ...exposure.tags.map((name) => `tag ${name}`)] : [];

/** One line for people: how long the key was open, from which commit to which, and what still holds it. */
export function exposureNote(exposure: Exposure): string {
  const holders = refTips(exposure);
  const removal = exposure.removed
    ? `removed in ${exposure.removed.sha} (${exposure.removed.date}, ${exposure.removed.author})`
    : 'never removed';
  const state = stillExposed(exposure)
    ? `still exposed${holders.length > 0 ? ` on ${holders.join(', ')}` : ''}`
    : 'no ref holds it any more';
  return `exposed ${exposure.windowDays} days: introduced in ${exposure.introduced.sha} (${exposure.introduced.date}, ${exposure.introduced.author}), ${removal}; ${state}`;
}
