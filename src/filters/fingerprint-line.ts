import type { Filter } from './filter.js';

/** `rule-id:path:16-hex`, optionally with a `# comment`: a line of a baseline or `.leakscanignore`. */
const FINGERPRINT_LINE = /^\s*[a-z0-9][a-z0-9-]*:\S.*:[0-9a-f]{16}\s*(?:#.*)?$/;
/** A fingerprint quoted in other text (docs, a comment, a ticket pasted into a README). */
const FINGERPRINT_IN_TEXT = /(?<![\w-])[a-z0-9][a-z0-9-]{0,80}:[^\s`'"]{1,400}:[0-9a-f]{16}(?![0-9a-f])/g;

function withinFingerprint(secret: string, lineText: string): boolean {
  for (const match of lineText.matchAll(FINGERPRINT_IN_TEXT)) if (match[0].includes(secret)) return true;
  return false;
}

/**
 * A leakscan fingerprint is leakscan's own output, not a key, but a generic rule reads
 * `github-personal-access-token:src/app.js:906bfba33d9a919a` as a secret-named variable assigned a value. Git modes
 * scan baseline and ignore files like any other added file (a pull request could hide a key there), so their
 * fingerprint lines would all be reported; docs and comments quote fingerprints too. Only generic
 * (low-confidence) matches are dropped: a vendor key written into such a line is still a finding.
 */
export const fingerprintLineFilter: Filter = {
  name: 'fingerprint-line',
  check: ({ candidate, lineText }) => {
    if (candidate.rule.confidence !== 'low') return undefined;
    if (FINGERPRINT_LINE.test(lineText)) {
      return 'the line is a leakscan fingerprint (rule:path:hash), not an assignment';
    }
    if (withinFingerprint(candidate.secret, lineText)) {
      return 'the value is part of a leakscan fingerprint (rule:path:hash) quoted in text';
    }
    return undefined;
  },
};
