import { reuseNote } from '../findings/secret-groups.js';
import type { Reporter, ReportInput } from './reporter.js';
import { verificationNote } from '../verify/verification.js';

const escapeXml = (text: string): string =>
  // Control characters other than tab/newline are not allowed in XML 1.0 at all.
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(
      /[<>&"']/g,
      (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
    );

/** JUnit XML for CIs that show test reports: one failing test case per finding, one passing case when clean. */
export const junitReporter: Reporter = {
  name: 'junit',
  render(input: ReportInput): string {
    const cases = input.findings.map((f) => {
      const where = `${f.file}:${f.line}:${f.column}`;
      const commit = f.commit ? `\ncommit ${f.commit.sha} by ${f.commit.author} <${f.commit.email}>` : '';
      const reuse = reuseNote(f);
      const reused = `${reuse ? `\n${reuse}` : ''}${f.verification ? `\nverification: ${verificationNote(f.verification)}` : ''}`;
      const body = `${f.title} at ${where} (${f.secret.shown(input.showSecrets)})\nfingerprint: ${f.fingerprint}${commit}${reused}`;
      return `    <testcase classname="leakscan.${escapeXml(f.ruleId)}" name="${escapeXml(where)}" file="${escapeXml(f.file)}" line="${f.line}">\n      <failure type="${escapeXml(f.ruleId)}" message="${escapeXml(`${f.title} at ${where}`)}">${escapeXml(body)}</failure>\n    </testcase>`;
    });
    if (cases.length === 0) cases.push('    <testcase classname="leakscan" name="no leaked secrets"/>');
    const tests = Math.max(1, input.findings.length);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="leakscan" tests="${tests}" failures="${input.findings.length}">\n  <testsuite name="leakscan" tests="${tests}" failures="${input.findings.length}" time="${(input.elapsedMs / 1000).toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
  },
};
