import assert from 'node:assert/strict';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

interface JsonFinding {
  file: string;
  line: number;
  commit?: string;
  message?: string;
  commitCount?: number;
  presentAtHead?: boolean;
}
const report = (stdout: string) =>
  JSON.parse(stdout) as { findings: JsonFinding[]; summary: Record<string, number>; notes?: string[] };
const history = (repo: GitRepo, args: string[] = []) =>
  runCli(['history', '--format', 'json', ...args], { cwd: repo.dir, env: repo.env });

describe('leakscan history', () => {
  it('a key added, removed and re-added is reported once, at the introducing commit, with its commit count', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    const introduced = repo.commit('add key', { 'app.env': `NAME=x\nKEY=${key}\n` });
    repo.commit('remove key', { 'app.env': 'NAME=x\n' });
    repo.commit('re-add key', { 'app.env': `NAME=x\nKEY=${key}\n` });
    const result = await history(repo);
    assert.equal(result.code, 1, result.stderr);
    const { findings, summary } = report(result.stdout);
    assert.equal(findings.length, 1);
    assert.deepEqual(
      {
        commit: findings[0]?.commit,
        count: findings[0]?.commitCount,
        present: findings[0]?.presentAtHead,
        line: findings[0]?.line,
      },
      { commit: introduced, count: 2, present: true, line: 2 },
    );
    assert.equal(summary.commitsScanned, 3);
  });

  it('a key that is gone at HEAD says so in the text report', async () => {
    const repo = GitRepo.init();
    repo.commit('add', { 'a.env': `K=${githubToken()}\n` });
    repo.commit('remove', { 'a.env': null });
    const result = await runCli(['history'], { cwd: repo.dir, env: repo.env });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /in 1 commit\(s\); no longer present at HEAD/);
  });

  it('scans all refs by default: a key on a side branch only is found (not present at HEAD); --branch narrows', async () => {
    const repo = GitRepo.init();
    repo.commit('base', { 'a.txt': '1\n' });
    repo.git('checkout', '-q', '-b', 'side');
    const side = repo.commit('side key', { 'side.env': `K=${githubToken()}\n` });
    repo.git('checkout', '-q', 'main');
    repo.commit('main work', { 'a.txt': '2\n' });
    const all = report((await history(repo)).stdout).findings;
    assert.deepEqual(
      all.map((f) => [f.file, f.commit, f.presentAtHead]),
      [['side.env', side, false]],
    );
    const mainOnly = await history(repo, ['--branch', 'main']);
    assert.equal(mainOnly.code, 0, mainOnly.stdout);
    assert.equal(report(mainOnly.stdout).summary.commitsScanned, 2);
  });

  it('--max-commits and --since narrow the scan', async () => {
    const repo = GitRepo.init();
    repo.commit('old key', { 'old.env': `K=${githubToken()}\n` });
    repo.fastImport(5, (i) => ({ 'n.txt': `${i}\n` }));
    const limited = await history(repo, ['--max-commits', '3']);
    assert.equal(limited.code, 0, limited.stderr);
    assert.equal(report(limited.stdout).summary.commitsScanned, 3);
    const future = await history(repo, ['--since', '2100-01-01']);
    assert.equal(future.code, 0);
    assert.match(report(future.stdout).notes?.join('\n') ?? '', /no commits matched/);
  });

  it('finds the same keys, at the same lines, as leakscan scan on the checked-out files', async () => {
    const repo = GitRepo.init();
    repo.commit('one', { 'a.js': `// a\nconst k = "${githubToken()}";\n` });
    repo.commit('two', {
      'a.js': `// a\nconst k = "x";\nconst j = "${githubToken()}";\n`,
      'b/c.yml': `x: ${githubToken()}\n`,
    });
    const fromHistory = report((await history(repo)).stdout).findings.filter((f) => f.presentAtHead);
    const fromFiles = report(
      (await runCli(['scan', '--format', 'json', '.'], { cwd: repo.dir, env: repo.env })).stdout,
    ).findings;
    const key = (f: { file: string; line: number }) => `${f.file}:${f.line}`;
    assert.equal(fromFiles.length, 2);
    assert.deepEqual(fromHistory.map(key).sort(), fromFiles.map(key).sort());
  });

  it('in a shallow clone, names the boundary and how to fetch the rest', async () => {
    const origin = GitRepo.init();
    origin.commit('one', { 'a.txt': '1\n' });
    origin.commit('two', { 'a.txt': '2\n' });
    const dir = makeTempDir('leakscan-clone-');
    origin.git('clone', '-q', '--depth', '1', `file://${origin.dir}`, dir);
    const result = await history(new GitRepo(dir));
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      report(result.stdout).notes?.join('\n') ?? '',
      /shallow clone: the history before [0-9a-f]{12} is not in this clone and was NOT scanned.*--deepen/,
    );
  });

  it('--deepen fetches the history a shallow clone lacks, so an old key is found at its own commit', async () => {
    const origin = GitRepo.init();
    const keyCommit = origin.commit('old key', { 'old.env': `K=${githubToken()}\n` });
    origin.commit('remove', { 'old.env': null });
    origin.commit('tip', { 'a.txt': '2\n' });
    const dir = makeTempDir('leakscan-clone-');
    origin.git('clone', '-q', '--depth', '1', `file://${origin.dir}`, dir);
    const clone = new GitRepo(dir);
    assert.equal(report((await history(clone)).stdout).findings.length, 0);
    const deepened = await history(clone, ['--deepen']);
    assert.equal(deepened.code, 1, deepened.stderr);
    assert.deepEqual(
      report(deepened.stdout).findings.map((f) => [f.file, f.commit, f.presentAtHead]),
      [['old.env', keyCommit, false]],
    );
  });

  it('an empty repository, a corrupt object and a bad --branch exit 2 with a clear message', async () => {
    const empty = GitRepo.init();
    const emptyResult = await history(empty);
    assert.equal(emptyResult.code, 2);
    assert.match(emptyResult.stderr, /empty repository/);

    const repo = GitRepo.init();
    repo.commit('one', { 'a.txt': 'hello world, a file to corrupt\n' });
    const badBranch = await history(repo, ['--branch', 'nope']);
    assert.equal(badBranch.code, 2);
    assert.match(badBranch.stderr, /bad revision 'nope'/);
    const blob = repo.git('rev-parse', 'HEAD:a.txt');
    const objectPath = join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2));
    chmodSync(objectPath, 0o644);
    writeFileSync(objectPath, 'not a zlib stream');
    assert.ok(readdirSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2))).length > 0);
    const corrupt = await history(repo);
    assert.equal(corrupt.code, 2, corrupt.stdout);
    assert.match(corrupt.stderr, /cannot read the commits/);
  });
});
