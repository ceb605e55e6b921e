import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { hashSecret, Secret } from '../../src/findings/secret.js';
import { markReuse } from '../../src/findings/secret-groups.js';
import { escapeHtml, htmlReporter, jsonForScript } from '../../src/report/html.js';
import type { ReportInput } from '../../src/report/reporter.js';
import { emptyStats } from '../../src/sources/scan-stats.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

const finding = (secret: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'github-personal-access-token',
  title: 'GitHub token',
  vendor: 'GitHub',
  severity: 'high',
  confidence: 'high',
  file: 'a.env',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 41,
  secret: new Secret(secret),
  fingerprint: `github-personal-access-token:a.env:${hashSecret(secret).slice(0, 16)}`,
  secretHash: hashSecret(secret),
  tags: [],
  ...extra,
});

const render = (findings: Finding[], overrides: Partial<ReportInput> = {}): string =>
  htmlReporter.render({
    findings: markReuse(findings),
    dropped: [],
    stats: { ...emptyStats(), filesScanned: 1, bytesScanned: 10 },
    mode: 'history',
    ruleCount: 1,
    elapsedMs: 1,
    showSecrets: false,
    explain: false,
    color: false,
    toolVersion: 'test',
    ...overrides,
  });

describe('html report (markup)', () => {
  it('escapes markup characters, control characters and bidirectional overrides', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
    assert.equal(escapeHtml('a\u0000b\u001bc\nd'), 'a\ufffdb\ufffdc\nd');
    assert.equal(escapeHtml('evil\u202etxt.exe'), 'evil[U+202E]txt.exe');
  });

  it('embeds JSON that cannot close its script element or start a comment, and parses back to the same data', () => {
    const value = { text: '</script><!-- <script> \u2028\u2029 & "q"' };
    const embedded = jsonForScript(value);
    assert.doesNotMatch(embedded, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(embedded), value);
  });

  it('runs only its own script: the Content-Security-Policy names its hash and allows no fetch', () => {
    const html = render([finding(githubToken())]);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] as string);
    assert.equal(scripts.length, 1);
    const hash = createHash('sha256')
      .update(scripts[0] as string, 'utf8')
      .digest('base64');
    assert.ok(csp.includes(`'sha256-${hash}'`));
    assert.doesNotMatch(html, /<link|@import|url\(|src="http/i);
  });

  it('keeps the key redacted where a commit message or a file name holds it too, unless --show-secrets', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    repo.commit(`deploy with ${key}`, { [`${key}.txt`]: 'x\n', 'a.env': `K=${key}\n` });
    const redacted = await runCli(['history', '--format', 'html'], { cwd: repo.dir, env: repo.env });
    assert.equal(redacted.code, 1, redacted.stderr);
    assert.ok(!redacted.stdout.includes(key));
    assert.ok(redacted.stdout.includes('deploy with ghp_********'));
    assert.ok(redacted.stdout.includes('REUSED in 3 places'));
    const shown = await runCli(['history', '--format', 'html', '--show-secrets'], { cwd: repo.dir, env: repo.env });
    assert.ok(shown.stdout.includes(key));
  });

  it('links only http(s) rotation guides: a javascript: URL from a custom rule is not a link', () => {
    const html = render([
      finding(githubToken(), { rotationGuide: 'javascript:alert(1)', references: ['https://docs.example/rotate'] }),
    ]);
    assert.ok(!html.includes('javascript:'));
    assert.match(html, /href="https:\/\/docs\.example\/rotate"/);
  });

  it('a directory scan (no timelines) still renders every secret, with its places', () => {
    const html = render([finding(githubToken()), finding(githubToken(), { file: 'b.env' })], { mode: 'directory' });
    assert.equal(html.match(/<article class="card/g)?.length, 2);
    assert.doesNotMatch(html, /class="timeline"/);
  });
});
