import type { Finding } from '../findings/finding.js';
import { groupBySecret, type SecretGroup } from '../findings/secret-groups.js';
import type { Reporter, ReportInput } from './reporter.js';
import { summarize } from './summary.js';

export const JSON_REPORT_VERSION = 1;

/** A finding as machines see it: the secret redacted unless --show-secrets, commit fields flattened. */
export function serializeFinding(finding: Finding, showSecrets: boolean): Record<string, unknown> {
  const { secret, commit, pairedWith, ...rest } = finding;
  return {
    ...rest,
    secret: secret.shown(showSecrets),
    pairedWith: pairedWith && { ...pairedWith, secret: pairedWith.secret.shown(showSecrets) },
    ...(commit
      ? { commit: commit.sha, author: commit.author, email: commit.email, date: commit.date, message: commit.message }
      : {}),
  };
}

/** One secret with every place it was found in: what a reviewer rotates once. */
export function serializeSecret(group: SecretGroup, showSecrets: boolean): Record<string, unknown> {
  const { secret, locations, ...rest } = group;
  return {
    ...rest,
    reused: group.reusedIn > 1,
    secret: secret.shown(showSecrets),
    locations: locations.map(({ commit, ...location }) =>
      commit
        ? {
            ...location,
            commit: commit.sha,
            author: commit.author,
            email: commit.email,
            date: commit.date,
            message: commit.message,
          }
        : location,
    ),
  };
}

export const jsonReporter: Reporter = {
  name: 'json',
  render(input: ReportInput): string {
    const report = {
      version: JSON_REPORT_VERSION,
      tool: { name: 'leakscan', version: input.toolVersion },
      mode: input.mode,
      findings: input.findings.map((finding) => serializeFinding(finding, input.showSecrets)),
      secrets: groupBySecret(input.findings).map((group) => serializeSecret(group, input.showSecrets)),
      summary: { ...summarize(input), rules: input.ruleCount },
      // Counted by reason in summary.skippedByReason; the list itself (often hundreds of binaries) on request.
      skipped: input.listSkipped || input.explain ? input.stats.skipped : undefined,
      ...(input.explain ? { dropped: input.dropped } : {}),
      ...(input.notes && input.notes.length > 0 ? { notes: input.notes } : {}),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
  },
};
