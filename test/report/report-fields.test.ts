import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken, randomBase62 } from '../helpers/tokens.js';

// What a report says beyond the finding itself: skipped files (counted, listed on request), the CSV's history and
// pair columns, the commit of a dropped candidate, and the branch tips that still hold a key gone from HEAD.

interface JsonReport {
  findings: unknown[];
  summary: { skipped: number; skippedByReason: Record<string, number> };
  skipped?: { path: string; reason: string }[];
  dropped?: { file: string; filter: string; commit?: string }[];
}

const awsId = (): string =>
  `AKIA${[...randomBytes(16)].map((b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[b % 32]).join('')}`;

/** RFC 4180 rows (no quoted newlines in these reports) as objects keyed by the header. */
function csvRows(text: string): Record<string, string>[] {
  const split = (line: string): string[] =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, '')).slice(0, -1);
  const [header, ...rows] = text.trimEnd().split('\r\n');
  const names = split(header ?? '');
  return rows.map((row) => Object.fromEntries(split(row).map((value, i) => [names[i], value])));
}

describe('report fields', () => {
  it('JSON counts skipped files by reason and lists them only with --list-skipped or --explain', async () => {
    const dir = makeTempDir('leakscan-skipped-');
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `image-${i}.bin`), Buffer.from([0, 1, 2, 3, i & 0xff]));
    writeFileSync(join(dir, 'app.env'), `GITHUB_TOKEN=${githubToken()}\n`);
    const runs: Record<string, { bytes: number; report: JsonReport }> = {};
    for (const [name, extra] of Object.entries({ plain: [], list: ['--list-skipped'], explain: ['--explain'] })) {
      const run = await runCli(['scan', '--format', 'json', ...extra], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      runs[name] = { bytes: Buffer.byteLength(run.stdout), report: JSON.parse(run.stdout) as JsonReport };
    }
    const { plain, list, explain } = runs as Record<'plain' | 'list' | 'explain', (typeof runs)[string]>;
    assert.equal(plain.report.findings.length, 1);
    assert.deepEqual(plain.report.summary.skippedByReason, { binary: 300 });
    assert.equal(plain.report.summary.skipped, 300);
    assert.equal(plain.report.skipped, undefined, 'no list by default');
    assert.equal(list.report.skipped?.length, 300);
    assert.ok(list.report.skipped?.every((s) => s.reason === 'binary' && /^image-\d+\.bin$/.test(s.path)));
    assert.equal(explain.report.skipped?.length, 300);
    assert.ok(plain.bytes * 5 < list.bytes, `${plain.bytes} bytes without the list, ${list.bytes} with it`);

    const text = await runCli(['scan', '--list-skipped'], { cwd: dir });
    assert.match(text.stdout, /^skipped files \(--list-skipped\):$/m);
    assert.match(text.stdout, /^ {2}image-7\.bin {2}binary$/m);
    assert.doesNotMatch((await runCli(['scan'], { cwd: dir })).stdout, /image-7\.bin/);
  });

  it('a secret that is a common word is masked in values, never in rule ids or filter names', async () => {
    const dir = makeTempDir('leakscan-word-secret-');
    const generic = randomBase62(24);
    writeFileSync(
      join(dir, 'app.py'),
      `conn = "Server=db.internal;Database=app;User Id=sa;Password=secret;"\nAPI_SECRET = "${generic}"\nAPI_TOKEN = "your-api-token"\n`,
    );
    for (const format of ['json', 'sarif', 'csv']) {
      const run = await runCli(['scan', '--format', format, '--explain', '--min-confidence', 'lowest'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /generic-secret-assignment/, `${format}: the rule id is whole`);
      assert.doesNotMatch(run.stdout, /generic-\*+-assignment/, `${format}: nor in a fingerprint`);
      assert.ok(!run.stdout.includes(generic), `${format}: the generic value stays redacted`);
      if (format === 'json') {
        const report = JSON.parse(run.stdout) as Omit<JsonReport, 'findings'> & {
          findings: { ruleId: string; secret: string }[];
        };
        const sqlServer = report.findings.find((f) => f.ruleId.startsWith('database-sqlserver'));
        assert.ok(sqlServer && !sqlServer.secret.includes('secret'), 'the word itself is redacted as a secret');
        assert.ok(
          report.dropped?.some((d) => d.filter === 'placeholder'),
          'filter names are whole',
        );
      }
    }
  });

  it('text: control characters and bidirectional overrides in names and commit messages are shown escaped', async () => {
    const repo = GitRepo.init();
    const named = 'k\u001b[31m\u202e.env';
    const skipped = 'logo\u001b]0;pwned\u0007\r.bin';
    repo.commit('add \u001b[2Jsettings', {
      [named]: `GITHUB_TOKEN=${githubToken()}\n`,
      [skipped]: Buffer.from([0, 1, 2, 3]),
    });
    const outputs = [
      (await runCli(['scan', '--list-skipped'], { cwd: repo.dir, env: repo.env })).stdout,
      (await runCli(['history', '--list-skipped'], { cwd: repo.dir, env: repo.env })).stdout,
    ];
    for (const text of outputs) {
      assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/, JSON.stringify(text));
      assert.ok(text.includes('k\\x1b[31m\\u202e.env:1:14'), text);
      assert.ok(text.includes('logo\\x1b]0;pwned\\x07\\x0d.bin  binary'), text);
    }
    assert.ok(outputs[1]?.includes('add \\x1b[2Jsettings'), outputs[1]);
  });

  it('history: CSV history and pair columns, ref tips that still hold a key, --explain lines with the full SHA', async () => {
    const repo = GitRepo.init();
    repo.commit('base', { 'README.md': 'app\n' });
    const id = awsId();
    const secret = `${randomBase62(20)}/${randomBase62(19)}`;
    const allowed = githubToken();
    const added = repo.commit('add credentials', {
      'aws/credentials': `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`,
      'tools.env': `TOKEN=${allowed} # leakscan:allow\n`,
    });
    repo.git('branch', 'release');
    repo.git('tag', 'v1');
    repo.commit('remove credentials', { 'aws/credentials': null });

    const csv = await runCli(['history', '--format', 'csv'], { cwd: repo.dir, env: repo.env });
    assert.equal(csv.code, 1, csv.stderr);
    const header = csv.stdout.split('\r\n')[0] ?? '';
    assert.match(
      header,
      /,message,commitCount,presentAtHead,refTips,pairedRuleId,pairedLine,pairedSecret,secretId,reusedIn$/,
    );
    const row = csvRows(csv.stdout).find((r) => r.ruleId === 'aws-secret-access-key');
    assert.ok(row, csv.stdout);
    assert.equal(row.commit, added);
    assert.equal(row.commitCount, '1');
    assert.equal(row.presentAtHead, 'false');
    assert.equal(row.refTips, 'branch release; tag v1');
    assert.equal(row.pairedRuleId, 'aws-access-key-id');
    assert.equal(row.pairedLine, '2');
    assert.notEqual(row.pairedSecret, id);
    assert.ok(!csv.stdout.includes(id) && !csv.stdout.includes(secret), 'neither half in full by default');
    const shown = await runCli(['history', '--format', 'csv', '--show-secrets'], { cwd: repo.dir, env: repo.env });
    assert.equal(csvRows(shown.stdout).find((r) => r.ruleId === 'aws-secret-access-key')?.pairedSecret, id);

    const text = await runCli(['history', '--explain'], { cwd: repo.dir, env: repo.env });
    assert.match(text.stdout, /in 1 commit\(s\); not at HEAD, but still at the tip of branch release, tag v1/);
    assert.doesNotMatch(text.stdout, /no longer present at HEAD/);
    assert.match(
      text.stdout,
      new RegExp(
        `^ {2}tools\\.env:1 in commit ${added} {2}\\[github-[a-z-]+\\] ghp_\\*+ {2}dropped by inline-ignore`,
        'm',
      ),
    );
    const json = await runCli(['history', '--format', 'json', '--explain'], { cwd: repo.dir, env: repo.env });
    const dropped = (JSON.parse(json.stdout) as JsonReport).dropped?.find((d) => d.file === 'tools.env');
    assert.equal(dropped?.commit, added);
    assert.ok(!json.stdout.includes(allowed));
  });
});
