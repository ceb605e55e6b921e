import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSummary, repositoryLinks } from '../../src/action/github-output.js';
import type { Finding } from '../../src/findings/finding.js';
import { fingerprintOf, hashSecret, Secret } from '../../src/findings/secret.js';
import { githubToken } from '../helpers/tokens.js';

const SHA = 'c'.repeat(40);

function finding(file: string, line: number): Finding {
  const key = githubToken();
  return {
    ruleId: 'github-personal-access-token',
    title: 'GitHub token',
    vendor: 'GitHub',
    severity: 'critical',
    confidence: 'high',
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 41,
    secret: new Secret(key),
    fingerprint: fingerprintOf('github-personal-access-token', file, key),
    secretHash: hashSecret(key),
    commit: { sha: SHA, author: 'Ada', email: 'ada@example.test', date: '2026-01-01T00:00:00Z', message: 'add' },
    tags: [],
  };
}

const facts = (findings: Finding[], env: NodeJS.ProcessEnv) => ({
  what: 'a test',
  findings,
  commitsScanned: 1,
  filesScanned: 1,
  notes: [],
  showSecrets: false,
  links: repositoryLinks(env, SHA),
});

describe('the job summary', () => {
  const env = { GITHUB_SERVER_URL: 'https://github.example/', GITHUB_REPOSITORY: 'octo/app' };

  it('links file and commit on the server, percent-encoding every path segment', () => {
    const summary = renderSummary(facts([finding('dir (1)/a b#c.env', 3)], env));
    assert.ok(
      summary.includes(`(https://github.example/octo/app/blob/${SHA}/dir%20%281%29/a%20b%23c.env#L3)`),
      summary,
    );
    assert.ok(summary.includes(`(https://github.example/octo/app/commit/${SHA})`), summary);
  });

  it('a file name cannot end a code span, add a link or end the table cell', () => {
    const hostile = 'x`[click](https://evil.example)`|y.env';
    const summary = renderSummary(facts([finding(hostile, 1)], env));
    assert.ok(!summary.includes('](https://evil.example)'), summary);
    const row = summary.split('\n').find((line) => line.includes('evil.example')) ?? '';
    assert.equal(row.split(/(?<!\\)\|/).length, 8, row);
  });

  it('one row per fingerprint, the other places counted', () => {
    const first = finding('a.env', 1);
    const again = { ...first, line: 9 };
    const summary = renderSummary(facts([first, again, finding('b.env', 2)], env));
    assert.equal(summary.split(first.fingerprint).length, 2, summary);
    assert.match(summary, /a\.env:1`\]\([^)]*\) \(and 1 more place\)/);
  });

  it('no links when the runner does not name a server and repository it can trust', () => {
    for (const bad of [
      {},
      { GITHUB_SERVER_URL: 'javascript:alert(1)', GITHUB_REPOSITORY: 'octo/app' },
      { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'octo/app)(x' },
      { GITHUB_SERVER_URL: 'https://github.example/(x)', GITHUB_REPOSITORY: 'octo/app' },
    ]) {
      assert.equal(repositoryLinks(bad, SHA), undefined, JSON.stringify(bad));
      assert.doesNotMatch(renderSummary(facts([finding('a.env', 1)], bad)), /\]\(/);
    }
  });
});
