import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFingerprints } from '../../src/findings/suppressions.js';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

const report = (stdout: string) =>
  JSON.parse(stdout) as {
    findings: { file: string; fingerprint: string }[];
    dropped?: { filter: string; file: string }[];
    notes?: string[];
  };

describe('baselines and .leakscanignore', () => {
  it('parses fingerprints with comments, and rejects lines that are not fingerprints', () => {
    const text =
      '# header\n\nrule-a:path with space/#x.txt:0123456789abcdef  # accepted: test key\nrule-b:a.txt:fedcba9876543210\n';
    assert.deepEqual(
      [...parseFingerprints(text, 'f')],
      ['rule-a:path with space/#x.txt:0123456789abcdef', 'rule-b:a.txt:fedcba9876543210'],
    );
    assert.throws(() => parseFingerprints('rule:a.txt:12\n', 'f'), /line 1: not a fingerprint/);
  });

  it('baseline create writes sorted fingerprints (no lines, no dates); --baseline then reports only new findings and lists stale entries', async () => {
    const repo = GitRepo.init();
    repo.write({ 'b.env': `K=${githubToken()}\n`, 'a.env': `K=${githubToken()}\n` });
    const created = await runCli(['baseline', 'create'], { cwd: repo.dir, env: repo.env });
    assert.equal(created.code, 0, created.stderr);
    const baselineText = readFileSync(join(repo.dir, '.leakscan-baseline'), 'utf8');
    const entries = baselineText.split('\n').filter((l) => l && !l.startsWith('#'));
    assert.equal(entries.length, 2);
    assert.deepEqual(entries, [...entries].sort());
    assert.doesNotMatch(baselineText, /\d{4}-\d\d-\d\d|:\d+:\d+/);

    const clean = await runCli(['scan', '--baseline', '.leakscan-baseline', '--format', 'json', '--explain', '.'], {
      cwd: repo.dir,
      env: repo.env,
    });
    assert.equal(clean.code, 0, clean.stdout);
    assert.deepEqual(
      report(clean.stdout).dropped?.map((d) => d.filter),
      ['baseline', 'baseline'],
    );

    repo.write({ 'a.env': null, 'c.env': `K=${githubToken()}\n` });
    const next = await runCli(['scan', '--baseline', '.leakscan-baseline', '--format', 'json', '.'], {
      cwd: repo.dir,
      env: repo.env,
    });
    assert.equal(next.code, 1);
    const parsed = report(next.stdout);
    assert.deepEqual(
      parsed.findings.map((f) => f.file),
      ['c.env'],
    );
    assert.match(parsed.notes?.join('\n') ?? '', /1 stale baseline entry .*\n {2}github-personal-access-token:a\.env:/);
  });

  it('every git mode takes --baseline and --write-baseline; the fingerprints match across modes', async () => {
    const repo = GitRepo.init();
    const base = repo.commit('base', { 'r.md': 'x\n' });
    repo.commit('key', { 'k.env': `K=${githubToken()}\n` });
    const written = await runCli(['history', '--write-baseline', 'bl.txt', '--quiet'], {
      cwd: repo.dir,
      env: repo.env,
    });
    assert.equal(written.code, 1);
    for (const args of [['history'], ['diff', `${base}..HEAD`], ['scan', '.']]) {
      const result = await runCli([...args, '--baseline', 'bl.txt'], { cwd: repo.dir, env: repo.env });
      assert.equal(result.code, 0, `${args[0]}: ${result.stdout}`);
    }
    repo.write({ 'n.env': `N=${githubToken()}\n` });
    repo.git('add', 'n.env');
    const staged = await runCli(['staged', '--baseline', 'bl.txt', '--format', 'json'], {
      cwd: repo.dir,
      env: repo.env,
    });
    assert.deepEqual(
      report(staged.stdout).findings.map((f) => f.file),
      ['n.env'],
    );
  });

  it('.leakscanignore at the repository root is honoured by default, with comments', async () => {
    const repo = GitRepo.init();
    repo.commit('key', { 'k.env': `K=${githubToken()}\n` });
    const first = report(
      (await runCli(['history', '--format', 'json'], { cwd: repo.dir, env: repo.env })).stdout,
    ).findings;
    assert.equal(first.length, 1);
    writeFileSync(
      join(repo.dir, '.leakscanignore'),
      `# revoked on 2024-01-01, test fixture\n${first[0]?.fingerprint}\n`,
    );
    const result = await runCli(['history', '--format', 'json', '--explain'], { cwd: repo.dir, env: repo.env });
    assert.equal(result.code, 0, result.stdout);
    assert.deepEqual(
      report(result.stdout).dropped?.map((d) => d.filter),
      ['leakscanignore'],
    );
  });

  it("baseline create run from outside applies the scanned repository's .leakscanignore, not the current directory's", async () => {
    const outside = makeTempDir();
    const repo = GitRepo.init();
    repo.commit('keys', { 'a.env': `K=${githubToken()}\n`, 'b.env': `K=${githubToken()}\n` });
    const fingerprints = report(
      (await runCli(['scan', '--format', 'json', '.'], { cwd: repo.dir, env: repo.env })).stdout,
    ).findings.map((f) => f.fingerprint);
    assert.equal(fingerprints.length, 2);
    const [accepted, other] = [...fingerprints].sort() as [string, string];
    writeFileSync(join(repo.dir, '.leakscanignore'), `${accepted}\n`);
    // A .leakscanignore where the command runs names the other one: it belongs to no scanned repository.
    writeFileSync(join(outside, '.leakscanignore'), `${other}\n`);
    const created = await runCli(['baseline', 'create', '--file', 'out.baseline', repo.dir], {
      cwd: outside,
      env: repo.env,
    });
    assert.equal(created.code, 0, created.stderr);
    const entries = readFileSync(join(outside, 'out.baseline'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    assert.deepEqual(entries, [other]);
  });
});
