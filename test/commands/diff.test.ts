import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

interface JsonFinding {
  file: string;
  line: number;
  fingerprint: string;
  commit?: string;
  author?: string;
  email?: string;
  date?: string;
  message?: string;
  commitCount?: number;
  presentAtHead?: boolean;
}
const report = (stdout: string) =>
  JSON.parse(stdout) as { findings: JsonFinding[]; summary: Record<string, number>; notes?: string[] };
const diff = (repo: GitRepo, args: string[]) =>
  runCli(['diff', '--format', 'json', ...args], { cwd: repo.dir, env: repo.env });

describe('leakscan diff', () => {
  it('attributes each finding to the commit that introduced it, with author, email, date and subject', async () => {
    const repo = GitRepo.init();
    const base = repo.commit('base', { 'README.md': 'hi\n' });
    const first = repo.commit('add settings', { 'settings.py': `DEBUG = True\nTOKEN = "${githubToken()}"\n` });
    repo.commit('unrelated', { 'README.md': 'hello\n' });
    const result = await diff(repo, [`${base}..HEAD`]);
    assert.equal(result.code, 1, result.stderr);
    const { findings, summary } = report(result.stdout);
    assert.equal(findings.length, 1);
    assert.deepEqual(
      {
        file: findings[0]?.file,
        line: findings[0]?.line,
        commit: findings[0]?.commit,
        author: findings[0]?.author,
        email: findings[0]?.email,
        message: findings[0]?.message,
      },
      {
        file: 'settings.py',
        line: 2,
        commit: first,
        author: 'Test Author',
        email: 'author@example.test',
        message: 'add settings',
      },
    );
    assert.match(findings[0]?.date ?? '', /^\d{4}-\d\d-\d\dT/);
    assert.equal(summary.commitsScanned, 2);
  });

  it('reports the same findings, lines and fingerprints as leakscan scan on the same files', async () => {
    const repo = GitRepo.init();
    const base = repo.commit('empty start');
    repo.commit('files', {
      'src/a.ts': `export const a = 1;\nexport const t = "${githubToken()}";\n`,
      'conf/b.ini': `[x]\ntoken = ${githubToken()}\nother = ${githubToken()}\n`,
    });
    const fromDiff = report((await diff(repo, [`${base}..HEAD`])).stdout).findings;
    const fromFiles = report(
      (await runCli(['scan', '--format', 'json', '.'], { cwd: repo.dir, env: repo.env })).stdout,
    ).findings;
    const key = (f: JsonFinding) => `${f.fingerprint}@${f.line}`;
    assert.equal(fromFiles.length, 3);
    assert.deepEqual(fromDiff.map(key).sort(), fromFiles.map(key).sort());
  });

  it('--since REV scans REV..HEAD; a key already in REV is not reported', async () => {
    const repo = GitRepo.init();
    repo.commit('old key', { 'old.env': `A=${githubToken()}\n` });
    const since = repo.commit('mark', { 'x.txt': '1\n' });
    repo.commit('new key', { 'new.env': `B=${githubToken()}\n` });
    const result = await diff(repo, ['--since', since]);
    assert.deepEqual(
      report(result.stdout).findings.map((f) => f.file),
      ['new.env'],
    );
  });

  it('an empty range (both ends the same commit) scans nothing, says so, and exits 0', async () => {
    const repo = GitRepo.init();
    repo.commit('key', { 'k.env': `A=${githubToken()}\n` });
    repo.git('branch', 'feature');
    const result = await runCli(['diff', 'main..feature'], { cwd: repo.dir, env: repo.env });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /range is empty: main and feature both resolve to commit [0-9a-f]{12}/);
  });

  it('a bad revision exits 2 naming it; an empty repository exits 2', async () => {
    const repo = GitRepo.init();
    const empty = await runCli(['diff', 'HEAD~1..HEAD'], { cwd: repo.dir, env: repo.env });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /empty repository/);
    repo.commit('one', { 'a.txt': 'a\n' });
    const bad = await runCli(['diff', 'no-such-branch..HEAD'], { cwd: repo.dir, env: repo.env });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad revision 'no-such-branch'/);
    const option = await runCli(['diff', '--since=--output=/tmp/x'], { cwd: repo.dir, env: repo.env });
    assert.equal(option.code, 2);
    assert.match(option.stderr, /bad revision/);
  });

  it('merges: keys from the side branch are attributed to the side commit; a key added while resolving a conflict to the merge', async () => {
    const repo = GitRepo.init();
    const base = repo.commit('base', { 'app.txt': 'value=0\n' });
    repo.git('checkout', '-q', '-b', 'side');
    const sideCommit = repo.commit('side key', { 'app.txt': 'value=side\n', 'side.env': `S=${githubToken()}\n` });
    repo.git('checkout', '-q', 'main');
    repo.commit('main change', { 'app.txt': 'value=main\n' });
    assert.notEqual(repo.gitRaw(['merge', '-q', 'side']).status, 0);
    repo.write({ 'app.txt': `value=merged\nkey=${githubToken()}\n` });
    const merge = repo.commit('Merge branch side');
    const result = await diff(repo, [`${base}..main`]);
    assert.equal(result.code, 1, result.stderr);
    const found = report(result.stdout)
      .findings.map((f) => [f.file, f.line, f.commit])
      .sort();
    assert.deepEqual(found, [
      ['app.txt', 2, merge],
      ['side.env', 1, sideCommit],
    ]);
  });

  it('scans a detached HEAD and a range of more than 1,000 commits, finding keys at both ends', async () => {
    const repo = GitRepo.init();
    const base = repo.commit('base', { 'a.txt': 'start\n' });
    const firstKey = githubToken();
    const lastKey = githubToken();
    repo.fastImport(1200, (i) => ({
      'counter.txt': `${i}\n`,
      ...(i === 0 ? { 'first.env': `K=${firstKey}\n` } : {}),
      ...(i === 1199 ? { 'last.env': `K=${lastKey}\n` } : {}),
    }));
    repo.git('checkout', '-q', '--detach', 'HEAD');
    const result = await diff(repo, [`${base}..HEAD`]);
    assert.equal(result.code, 1, result.stderr);
    const parsed = report(result.stdout);
    assert.equal(parsed.summary.commitsScanned, 1200);
    assert.deepEqual(parsed.findings.map((f) => f.file).sort(), ['first.env', 'last.env']);
    assert.deepEqual(parsed.findings.map((f) => f.message).sort(), ['generated commit 0', 'generated commit 1199']);
  });

  it('in a shallow clone, says which part could not be scanned, and --deepen fetches it', async () => {
    const origin = GitRepo.init();
    const base = origin.commit('base', { 'a.txt': '0\n' });
    origin.commit('old key', { 'old.env': `K=${githubToken()}\n` });
    origin.commit('middle', { 'a.txt': '1\n' });
    origin.commit('tip', { 'a.txt': '2\n' });
    const cloneDir = (await import('../helpers/run-cli.js')).makeTempDir('leakscan-clone-');
    origin.git('clone', '-q', '--depth', '1', `file://${origin.dir}`, cloneDir);
    const clone = new GitRepo(cloneDir);

    // Without the base, the boundary commit's whole tree is scanned: the key is found but attributed to the
    // tip, and the notes say why and what was not scanned.
    const partial = await diff(clone, [`${base}..HEAD`]);
    assert.equal(partial.code, 1, partial.stderr);
    const parsed = report(partial.stdout);
    assert.deepEqual(
      parsed.findings.map((f) => [f.file, f.message]),
      [['old.env', 'tip']],
    );
    const note = parsed.notes?.join('\n') ?? '';
    assert.match(note, new RegExp(`shallow clone: base '${base}' is not in this clone`));
    assert.match(note, /whole tree was scanned as if added there/);
    assert.match(note, /--deepen/);

    const deepened = await diff(clone, [`${base}..HEAD`, '--deepen']);
    assert.equal(deepened.code, 1, deepened.stderr);
    assert.deepEqual(
      report(deepened.stdout).findings.map((f) => [f.file, f.message]),
      [['old.env', 'old key']],
    );
  });
});
