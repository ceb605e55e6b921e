import { randomBytes } from 'node:crypto';
import { relative, sep } from 'node:path';
import * as core from '@actions/core';
import type { Finding } from '../findings/finding.js';
import { knownSecretValues } from '../findings/known-secrets.js';
import { REMEDIATION_FOOTER, remediationText } from '../report/remediation.js';
import { shortSha } from '../sources/git.js';
import { reuseNote } from '../findings/secret-groups.js';
import { verificationNote } from '../verify/verification.js';

/**
 * Registers every raw secret with the runner so it is masked in every later log line (the runner replaces it
 * with ***). Must run before anything about the findings is logged. The runner masks line by line, so a
 * multi-line secret (a PEM key) is also registered one line at a time.
 */
export function maskSecrets(findings: readonly Finding[]): void {
  // Raw on purpose: the runner can only mask a value it was told.
  for (const value of knownSecretValues(findings)) core.setSecret(value);
}

/**
 * The runner reads a workflow command from any line of the step's output that starts (after blanks) with `::`,
 * or `##[` in the old syntax, and a lone carriage return ends a line too. Commands leakscan issues go through
 * @actions/core, which escapes their data (`%`, CR, LF) and properties (also `:` and `,`).
 */
const COMMAND_LINE = /^[ \t]*(?:::|##\[)/;

/**
 * Logs text that can hold names and content from the scanned repository (the text report, notes naming refs
 * and paths). Text with a line that would read as a workflow command is logged between `stop-commands` and
 * its resume token, random per call, which the runner documents for exactly this: nothing between them is a
 * command, so a file named `x\n::warning ::pwned` is printed, not obeyed.
 */
export function logUntrusted(text: string): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (!body.split(/\r\n|\r|\n/).some((line) => COMMAND_LINE.test(line))) {
    process.stdout.write(body);
    return;
  }
  const token = `leakscan-${randomBytes(16).toString('hex')}`;
  process.stdout.write(`::stop-commands::${token}\n${body}::${token}::\n`);
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
  const secret = finding.secret.shown(showSecrets);
  const commit = finding.commit
    ? ` Introduced in commit ${shortSha(finding.commit.sha)} by ${finding.commit.author}.`
    : '';
  const reused = reuseNote(finding);
  const verified = finding.verification ? ` Verification: ${verificationNote(finding.verification)}.` : '';
  return `${finding.title} ${secret} (rule ${finding.ruleId}).${verified}${commit} ${remediationText(finding)} Fingerprint: ${finding.fingerprint} (the one to add to .leakscanignore).${reused ? ` ${reused}.` : ''}`;
}

export interface SummaryFacts {
  what: string;
  findings: readonly Finding[];
  commitsScanned: number;
  filesScanned: number;
  notes: readonly string[];
  showSecrets: boolean;
  /** Where files and commits are shown on the repository's server; no links without it. */
  links?: RepositoryLinks | undefined;
}

/** The repository on its server (`GITHUB_SERVER_URL`/`GITHUB_REPOSITORY`) and the commit a file is shown at. */
export interface RepositoryLinks {
  server: string;
  repository: string;
  /** The commit scanned (a directory scan's checkout, a range's end): where a finding without a commit is. */
  head?: string | undefined;
}

/** Links from the runner's environment, or undefined when it does not name a server and repository it can trust. */
export function repositoryLinks(env: NodeJS.ProcessEnv, head: string | undefined): RepositoryLinks | undefined {
  const server = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]+)?(?:\/[A-Za-z0-9._~-]+)*$/.test(server)) return undefined;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return undefined;
  return { server, repository, head: head && /^[0-9a-f]{40}$/.test(head) ? head : undefined };
}

/** Every character of a path segment that could end a Markdown link or a URL is percent-encoded. */
const urlSegment = (segment: string): string =>
  encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function commitLink(sha: string, links: RepositoryLinks | undefined): string {
  const text = codeCell(shortSha(sha));
  return links ? `[${text}](${links.server}/${links.repository}/commit/${sha})` : text;
}

function locationLink(finding: Finding, links: RepositoryLinks | undefined): string {
  const text = codeCell(`${finding.file}:${finding.line}`);
  const at = finding.commit?.sha ?? links?.head;
  // A key in a commit message has no place in a file: the commit column links to it.
  if (!links || !at || finding.part === 'commit-message') return text;
  const path = finding.file.split('/').map(urlSegment).join('/');
  const anchor = finding.part === 'file-name' ? '' : `#L${finding.line}`;
  return `[${text}](${links.server}/${links.repository}/blob/${at}/${path}${anchor})`;
}

/**
 * The job summary: a count line, then a table with everything needed to act on or accept each finding, one row
 * per fingerprint (the one to accept it with), the file and commit linked on the repository's server.
 */
export function renderSummary(facts: SummaryFacts): string {
  const lines: string[] = [];
  const count = facts.findings.length;
  lines.push(`## leakscan: ${count === 0 ? 'no leaks found' : `${count} leak${count === 1 ? '' : 's'} found`}`, '');
  lines.push(`Scanned ${facts.what}: ${facts.commitsScanned} commit(s), ${facts.filesScanned} file(s).`, '');
  // The Verified column only when a --verify run gave the findings a state.
  const verified = facts.findings.some((f) => f.verification);
  if (count > 0) {
    lines.push(
      `| Rule | Location | Commit | Author | Secret |${verified ? ' Verified |' : ''} To accept it |`,
      `| --- | --- | --- | --- | --- |${verified ? ' --- |' : ''} --- |`,
    );
    const byFingerprint = new Map<string, Finding[]>();
    for (const f of facts.findings) byFingerprint.set(f.fingerprint, [...(byFingerprint.get(f.fingerprint) ?? []), f]);
    for (const [fingerprint, [f, ...others]] of byFingerprint) {
      if (!f) continue;
      const secret = f.secret.shown(facts.showSecrets);
      const more = others.length > 0 ? ` (and ${others.length} more place${others.length === 1 ? '' : 's'})` : '';
      lines.push(
        `| ${cell(f.title)} (${codeCell(f.ruleId)}) | ${locationLink(f, facts.links)}${more} | ${f.commit ? commitLink(f.commit.sha, facts.links) : '—'} | ${cell(f.commit?.author ?? '—')} | ${codeCell(secret.replace(/\s+/g, ' '))} |${verified ? ` ${cell(f.verification ? verificationNote(f.verification) : '—')} |` : ''} add ${codeCell(fingerprint)} to \`.leakscanignore\` |`,
      );
    }
    lines.push('', ...REMEDIATION_FOOTER);
  }
  for (const note of facts.notes) lines.push('', `> ${cell(note)}`);
  return `${lines.join('\n')}\n`;
}

/** The job summary of a run that failed before it could report (a fetch that failed, a bad input): the error. */
export function renderFailureSummary(message: string): string {
  return `## leakscan: the scan failed\n\nNo result: the scan did not finish, so this is not a pass.\n\n> ${cell(message)}\n`;
}

/**
 * Text in a code span (`src/app.env:3`). A file name can hold a backtick, which would end the span and let the
 * rest read as Markdown (a link, emphasis): such text is shown as plain text with every markup character escaped.
 */
function codeCell(text: string): string {
  return text.includes('`') ? cell(text.replace(/[\\`*_[\]()!~#]/g, '\\$&')) : cell(`\`${text}\``);
}

/** Table cells are Markdown inside HTML: escape what would end the cell or open a tag. */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}
