import { relative, sep } from 'node:path';
import * as core from '@actions/core';
import type { Finding } from '../findings/finding.js';
import { redactSecret } from '../findings/secret.js';

/** Shortest line of a multi-line secret worth masking on its own: shorter lines are PEM dashes and the like. */
const MIN_MASKED_LINE = 8;

/**
 * Registers every raw secret with the runner so it is masked in every later log line (the runner replaces it
 * with ***). Must run before anything about the findings is logged. The runner masks line by line, so a
 * multi-line secret (a PEM key) is also registered one line at a time.
 */
export function maskSecrets(findings: readonly Finding[]): void {
  const values = new Set<string>();
  for (const finding of findings) {
    for (const secret of [finding.secret, finding.pairedWith?.secret]) {
      if (!secret) continue;
      values.add(secret);
      if (secret.includes('\n')) for (const line of secret.split(/\r?\n/)) if (line.trim().length >= MIN_MASKED_LINE) values.add(line.trim());
    }
  }
  for (const value of values) core.setSecret(value);
}

/** A path relative to the workspace, as annotations need, for a path relative to the repository root. */
export function workspacePath(workspace: string, root: string, file: string): string {
  const prefix = relative(workspace, root).split(sep).join('/');
  return prefix && !prefix.startsWith('..') ? `${prefix}/${file}` : file;
}

/** One error annotation per finding, on its line (and columns when it is on one line). */
export function annotate(findings: readonly Finding[], workspace: string, root: string, showSecrets: boolean): void {
  for (const finding of findings) {
    const singleLine = finding.line === finding.endLine;
    core.error(annotationMessage(finding, showSecrets), {
      title: `leakscan: ${finding.title} (${finding.ruleId})`,
      file: workspacePath(workspace, root, finding.file),
      startLine: finding.line,
      endLine: finding.endLine,
      ...(singleLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
    });
  }
}

function annotationMessage(finding: Finding, showSecrets: boolean): string {
  const secret = showSecrets ? finding.secret : redactSecret(finding.secret);
  const commit = finding.commit ? ` Introduced in commit ${finding.commit.sha.slice(0, 12)} by ${finding.commit.author}.` : '';
  return (
    `${finding.title} ${secret} (rule ${finding.ruleId}).${commit} Revoke or rotate it at ${finding.vendor} first, then remove it. ` +
    `Fingerprint: ${finding.fingerprint} (add it to .leakscanignore to accept this finding).`
  );
}

export interface SummaryFacts {
  what: string;
  findings: readonly Finding[];
  commitsScanned: number;
  filesScanned: number;
  notes: readonly string[];
  showSecrets: boolean;
}

/** The job summary: a count line, then a table with everything needed to act on or accept each finding. */
export function renderSummary(facts: SummaryFacts): string {
  const lines: string[] = [];
  const count = facts.findings.length;
  lines.push(`## leakscan: ${count === 0 ? 'no leaks found' : `${count} leak${count === 1 ? '' : 's'} found`}`, '');
  lines.push(`Scanned ${facts.what}: ${facts.commitsScanned} commit(s), ${facts.filesScanned} file(s).`, '');
  if (count > 0) {
    lines.push('| Rule | Location | Commit | Author | Secret | Fingerprint | How to ignore |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const f of facts.findings) {
      const secret = facts.showSecrets ? f.secret : redactSecret(f.secret);
      lines.push(
        `| ${cell(`${f.title} (\`${f.ruleId}\`)`)} | ${cell(`\`${f.file}:${f.line}\``)} | ${f.commit ? `\`${f.commit.sha.slice(0, 12)}\`` : '—'} | ${cell(f.commit?.author ?? '—')} | ${cell(`\`${secret.replace(/\s+/g, ' ')}\``)} | ${cell(`\`${f.fingerprint}\``)} | ${cell(`add \`${f.fingerprint}\` to \`.leakscanignore\``)} |`,
      );
    }
    lines.push('', 'Revoke or rotate each key at its vendor first: removing it from the code does not make it safe.');
    lines.push('Accepting a finding (a test fixture, a revoked key): add its fingerprint to `.leakscanignore`, or a `leakscan:allow` comment on the line.');
  }
  for (const note of facts.notes) lines.push('', `> ${cell(note)}`);
  return `${lines.join('\n')}\n`;
}

/** Table cells are Markdown inside HTML: escape what would end the cell or open a tag. */
function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
