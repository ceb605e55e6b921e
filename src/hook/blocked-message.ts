import { DEFAULT_BASELINE_FILE } from '../config/defaults.js';
import { IGNORE_FILE } from '../findings/suppressions.js';

/**
 * What `leakscan staged` says after the report when it finds a leak: that the commit was not made (when git
 * runs it as a commit hook, which sets GIT_INDEX_FILE), how to fix it, how to accept a finding on purpose,
 * and the emergency bypass.
 */
export function blockedCommitMessage(env: NodeJS.ProcessEnv): string {
  const inCommit = env.GIT_INDEX_FILE !== undefined;
  return [
    '',
    inCommit
      ? 'leakscan: the commit was NOT made: the staged changes add a secret (above).'
      : 'leakscan: the staged changes add a secret (above): the pre-commit hook would block this commit.',
    '  fix:    remove the secret from the file (read it from the environment or a secret manager), `git add` the',
    '          file and commit again; if the key was ever pushed or shared, rotate it too.',
    `  accept: a false alarm or a test key: 'leakscan:allow' in a comment on its line, or its fingerprint in`,
    `          ${IGNORE_FILE} or in the baseline ${DEFAULT_BASELINE_FILE} (leakscan baseline create).`,
    '  bypass: emergencies only: LEAKSCAN_SKIP=1 git commit ... (or git commit --no-verify, which skips every hook).',
    '',
  ].join('\n');
}
