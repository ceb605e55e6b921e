import type { Finding } from './finding.js';

/**
 * One finding per secret (by fingerprint) across commits: the one from the commit that introduced it (the
 * oldest author date; on a tie, the later in `git log` order, which lists children first), with
 * `commitCount` = the number of distinct commits that added it. Findings without a commit pass through.
 * Pure; keeps the order in which each secret was first seen.
 */
export function dedupeAcrossCommits(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, { introducing: Finding; commits: Set<string> }>();
  const passthrough: Finding[] = [];
  for (const finding of findings) {
    if (!finding.commit) {
      passthrough.push(finding);
      continue;
    }
    const group = groups.get(finding.fingerprint);
    if (!group) {
      groups.set(finding.fingerprint, { introducing: finding, commits: new Set([finding.commit.sha]) });
      continue;
    }
    group.commits.add(finding.commit.sha);
    if (Date.parse(finding.commit.date) <= Date.parse(group.introducing.commit?.date ?? ''))
      group.introducing = finding;
  }
  return [
    ...passthrough,
    ...[...groups.values()].map(({ introducing, commits }) => ({ ...introducing, commitCount: commits.size })),
  ];
}
