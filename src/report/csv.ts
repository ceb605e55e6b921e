import { refTips } from '../findings/exposure.js';
import type { Reporter, ReportInput } from './reporter.js';

const COLUMNS = [
  'ruleId',
  'title',
  'severity',
  'confidence',
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'secret',
  'fingerprint',
  'commit',
  'author',
  'email',
  'date',
  'message',
  'commitCount',
  'presentAtHead',
  'refTips',
  'pairedRuleId',
  'pairedLine',
  'pairedSecret',
  'secretId',
  'reusedIn',
] as const;
/** Added after the others when a --verify run gave the findings a state. */
const VERIFICATION_COLUMNS = ['verification', 'verificationReason'] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs a cell as a formula. */
function cell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvReporter: Reporter = {
  name: 'csv',
  render(input: ReportInput): string {
    const columns = input.findings.some((f) => f.verification) ? [...COLUMNS, ...VERIFICATION_COLUMNS] : COLUMNS;
    const rows = input.findings.map((f) => {
      const values: Record<(typeof COLUMNS)[number] | (typeof VERIFICATION_COLUMNS)[number], unknown> = {
        ...f,
        secret: f.secret.shown(input.showSecrets),
        commit: f.commit?.sha,
        author: f.commit?.author,
        email: f.commit?.email,
        date: f.commit?.date,
        message: f.commit?.message,
        secretId: f.secretId,
        reusedIn: f.reusedIn,
        commitCount: f.commitCount,
        presentAtHead: f.presentAtHead,
        // Branch and tag tips that still hold the key (history and diff scans), `;`-separated.
        refTips: refTips(f.exposure).join('; '),
        pairedRuleId: f.pairedWith?.ruleId,
        pairedLine: f.pairedWith?.line,
        pairedSecret: f.pairedWith?.secret.shown(input.showSecrets),
        verification: f.verification?.state,
        verificationReason: f.verification?.reason,
      };
      return columns.map((column) => cell(values[column])).join(',');
    });
    return `${[columns.join(','), ...rows].join('\r\n')}\r\n`;
  },
};
