import type { Finding } from '../findings/finding.js';
import { exposureNote, refTips } from '../findings/exposure.js';
import { reuseNote } from '../findings/secret-groups.js';
import { remediationLine } from './remediation.js';
import type { Reporter, ReportInput } from './reporter.js';
import { summarize, summaryLine } from './summary.js';
import { verificationNote } from '../verify/verification.js';

/** Stands in for ESC in the colour codes this reporter adds, until the text from the repository is escaped. */
const ESC_MARK = '\ue000';
const paint = (enabled: boolean, code: number, text: string): string =>
  enabled ? `${ESC_MARK}[${code}m${text}${ESC_MARK}[0m` : text;

/**
 * File names, commit messages, authors, ref names and notes come from the scanned repository: a control character
 * in them (ESC starts a terminal escape sequence, CR overwrites the line) or a bidirectional override would change
 * what a person sees. They are shown as escapes (`\x1b`, `\u202e`); tabs and newlines stay.
 */
function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ue000]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
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
  if (finding.commitCount !== undefined || finding.presentAtHead !== undefined)
    lines.push(`    in ${finding.commitCount ?? 1} commit(s); ${presence(finding)}`);
  if (finding.exposure) lines.push(`    ${exposureNote(finding.exposure)}`);
  if (finding.verification) lines.push(`    verification: ${verificationNote(finding.verification)}`);
  lines.push(`    fix: ${remediationLine(finding)}`);
  return lines.join('\n');
}

/** Whether the key is still where people fetch it: at HEAD, else at the tip of which branches and tags. */
function presence(finding: Finding): string {
  if (finding.presentAtHead) return 'STILL PRESENT at HEAD';
  const tips = refTips(finding.exposure);
  return tips.length > 0 ? `not at HEAD, but still at the tip of ${tips.join(', ')}` : 'no longer present at HEAD';
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
            (d) =>
              `  ${d.file}:${d.line}${d.commit ? ` in commit ${d.commit}` : ''}  [${d.ruleId}] ${d.secret}  dropped by ${d.filter}: ${d.reason}`,
          ),
        ].join('\n'),
      );
    }
    if (input.listSkipped && input.stats.skipped.length > 0) {
      blocks.push(
        [
          'skipped files (--list-skipped):',
          ...input.stats.skipped.map((s) => `  ${s.path}  ${s.reason}${s.detail ? `: ${s.detail}` : ''}`),
        ].join('\n'),
      );
    }
    for (const note of input.notes ?? []) blocks.push(`note: ${note}`);
    blocks.push(summaryLine(summarize(input)));
    return terminalSafe(`${blocks.join('\n\n')}\n`).replaceAll(ESC_MARK, '\u001b');
  },
};
