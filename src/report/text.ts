import type { Finding } from '../findings/finding.js';
import { exposureNote } from '../findings/exposure.js';
import { reuseNote } from '../findings/secret-groups.js';
import { remediationLine } from './remediation.js';
import type { Reporter, ReportInput } from './reporter.js';
import { summarize, summaryLine } from './summary.js';
import { verificationNote } from '../verify/verification.js';

const paint = (enabled: boolean, code: number, text: string): string =>
  enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
const SEVERITY_COLOR = { critical: 31, high: 31, medium: 33, low: 36 } as const;

function renderFinding(finding: Finding, input: ReportInput): string {
  const lines = [
    `${paint(input.color, 1, `${finding.file}:${finding.line}:${finding.column}`)}  ${paint(input.color, SEVERITY_COLOR[finding.severity], finding.severity)}  ${finding.title} [${finding.ruleId}]`,
    `    secret: ${finding.secret.shown(input.showSecrets)}  confidence: ${finding.confidence}  fingerprint: ${finding.fingerprint}`,
  ];
  if (finding.cell !== undefined) lines.push(`    in notebook cell ${finding.cell}`);
  if (finding.decodedFrom) lines.push(`    decoded from ${finding.decodedFrom}`);
  if (finding.pairedWith) {
    const half = finding.pairedWith;
    lines.push(`    paired with ${half.ruleId} ${half.secret.shown(input.showSecrets)} at line ${half.line}`);
  }
  if (finding.commit) {
    lines.push(
      `    commit ${finding.commit.sha} by ${finding.commit.author} <${finding.commit.email}> on ${finding.commit.date}: ${finding.commit.message}`,
    );
  }
  const reused = reuseNote(finding);
  if (reused) lines.push(`    ${reused}`);
  if (finding.commitCount !== undefined || finding.presentAtHead !== undefined) {
    lines.push(
      `    in ${finding.commitCount ?? 1} commit(s); ${finding.presentAtHead ? 'STILL PRESENT at HEAD' : 'no longer present at HEAD'}`,
    );
  }
  if (finding.exposure) lines.push(`    ${exposureNote(finding.exposure)}`);
  if (finding.verification) lines.push(`    verification: ${verificationNote(finding.verification)}`);
  lines.push(`    fix: ${remediationLine(finding)}`);
  return lines.join('\n');
}

export const textReporter: Reporter = {
  name: 'text',
  render(input: ReportInput): string {
    const blocks = input.findings.map((finding) => renderFinding(finding, input));
    if (input.explain && input.dropped.length > 0) {
      blocks.push(
        [
          'dropped candidates (--explain):',
          ...input.dropped.map(
            (d) => `  ${d.file}:${d.line}  [${d.ruleId}] ${d.secret}  dropped by ${d.filter}: ${d.reason}`,
          ),
        ].join('\n'),
      );
    }
    for (const note of input.notes ?? []) blocks.push(`note: ${note}`);
    blocks.push(summaryLine(summarize(input.stats, input.findings.length, input.elapsedMs)));
    return `${blocks.join('\n\n')}\n`;
  },
};
