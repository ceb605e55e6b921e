import type { Finding } from '../findings/finding.js';

/**
 * What to do about a leak, for every output that says it (text, SARIF, the Action's annotations and job
 * summary): revoke or rotate it first (removing it from the code does not make it safe), then remove it; or
 * accept it by fingerprint or with an inline comment. Worded here once, in the lengths the outputs need.
 */
const ACCEPT_HOW = "add its fingerprint to .leakscanignore or put 'leakscan:allow' in a comment on the line";

/** One line, for the text report. */
export function remediationLine(finding: Finding): string {
  const rotate = finding.rotationGuide
    ? `revoke/rotate it (${finding.rotationGuide})`
    : 'revoke/rotate it at the vendor';
  return `${rotate}, then remove it from the code; to accept it, add the fingerprint to .leakscanignore or 'leakscan:allow' on the line`;
}

/** Sentences, for SARIF help and annotations. */
export function remediationText(finding: Finding): string {
  const guide = finding.rotationGuide ? ` Rotation guide: ${finding.rotationGuide}` : '';
  return (
    `Revoke or rotate it at ${finding.vendor} first: it stays usable by anyone who saw it until then.${guide} ` +
    `Then remove it from the code (and from history if it was pushed). To accept a finding, ${ACCEPT_HOW}.`
  );
}

/** Markdown lines under a table of findings (the job summary). */
export const REMEDIATION_FOOTER: readonly string[] = [
  'Revoke or rotate each key at its vendor first: removing it from the code does not make it safe.',
  'Accepting a finding (a test fixture, a revoked key): add its fingerprint to `.leakscanignore`, or a `leakscan:allow` comment on the line.',
];
