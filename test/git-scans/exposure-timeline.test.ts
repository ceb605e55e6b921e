import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { GitRepo, type FileChanges } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';
import { assertValidSarif } from '../helpers/sarif.js';

interface JsonExposure {
  introduced: { sha: string; date: string; author: string };
  removed?: { sha: string; date: string; author: string };
  presentAtHead: boolean;
  branches: string[];
  tags: string[];
  end: string;
  windowDays: number;
}
interface JsonSecret {
  id: string;
  reusedIn: number;
  locations: { file: string }[];
  exposure?: JsonExposure;
}
interface JsonFinding {
  file: string;
  secretId: string;
  exposure?: JsonExposure;
}

/** Commits with a chosen author date and author, so windows have known lengths. */
function commitAt(repo: GitRepo, date: string, message: string, files: FileChanges, author = 'Test Author'): string {
  repo.write(files);
  repo.git('add', '-A');
  const result = spawnSync(
    'git',
    [
      '-c',
      `user.name=${author}`,
      '-c',
      'user.email=author@example.test',
      'commit',
      '-q',
      '--allow-empty',
      '--no-verify',
      '-m',
      message,
    ],
    {
      cwd: repo.dir,
      env: { ...process.env, ...repo.env, GIT_AUTHOR_NAME: author, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return repo.git('rev-parse', 'HEAD');
}

async function historyReport(
  repo: GitRepo,
  command: string[] = ['history'],
): Promise<{ findings: JsonFinding[]; secrets: JsonSecret[] }> {
  const result = await runCli([...command, '--format', 'json'], { cwd: repo.dir, env: repo.env });
  assert.equal(result.code, 1, result.stderr);
  return JSON.parse(result.stdout) as { findings: JsonFinding[]; secrets: JsonSecret[] };
}

const daysSince = (iso: string): number => (Date.now() - Date.parse(iso)) / 86_400_000;

describe('exposure timeline', () => {
  it('a key added then removed: introduced and removing commits (40-hex, date, author), a closed window in days', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    commitAt(repo, '2024-03-01T10:00:00Z', 'base', { 'README.md': 'hi\n' });
    const added = commitAt(
      repo,
      '2024-03-02T10:00:00Z',
      'add config',
      { 'app.env': `NAME=x\nTOKEN=${key}\n` },
      'Ada Lovelace',
    );
    commitAt(repo, '2024-03-05T10:00:00Z', 'unrelated', { 'README.md': 'hello\n' });
    const removed = commitAt(repo, '2024-03-12T22:00:00Z', 'drop token', { 'app.env': 'NAME=x\n' }, 'Grace Hopper');
    const { secrets } = await historyReport(repo);
    assert.equal(secrets.length, 1);
    const exposure = secrets[0]?.exposure;
    assert.ok(exposure);
    assert.deepEqual(exposure.introduced, { sha: added, date: '2024-03-02T10:00:00+00:00', author: 'Ada Lovelace' });
    assert.deepEqual(exposure.removed, { sha: removed, date: '2024-03-12T22:00:00+00:00', author: 'Grace Hopper' });
    assert.equal(exposure.presentAtHead, false);
    assert.deepEqual([exposure.branches, exposure.tags], [[], []]);
    assert.equal(exposure.end, '2024-03-12T22:00:00+00:00');
    assert.equal(exposure.windowDays, 10.5);
    const text = await runCli(['history'], { cwd: repo.dir, env: repo.env });
    assert.match(
      text.stdout,
      new RegExp(
        `exposed 10.5 days: introduced in ${added} \\(2024-03-02T10:00:00\\+00:00, Ada Lovelace\\), removed in ${removed} .*; no ref holds it any more`,
      ),
    );
  });

  it('a key still at HEAD: open window up to now, the branch that holds it, no removing commit', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    const added = commitAt(repo, '2025-01-10T00:00:00Z', 'add', { 'a.env': `K=${key}\n` });
    commitAt(repo, '2025-01-11T00:00:00Z', 'more', { 'b.txt': 'x\n' });
    const before = Date.now();
    const { findings } = await historyReport(repo);
    const exposure = findings[0]?.exposure;
    assert.ok(exposure);
    assert.equal(exposure.introduced.sha, added);
    assert.equal(exposure.removed, undefined);
    assert.equal(exposure.presentAtHead, true);
    assert.deepEqual(exposure.branches, ['main']);
    assert.ok(Date.parse(exposure.end) >= before - 1000);
    assert.ok(Math.abs(exposure.windowDays - daysSince('2025-01-10T00:00:00Z')) < 0.2, String(exposure.windowDays));
  });

  it('a key moved to another file (a rename) is still at HEAD: the rename is followed', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    commitAt(repo, '2025-02-01T00:00:00Z', 'add', { 'old/name.env': `K=${key}\nA=1\nB=2\n` });
    commitAt(repo, '2025-02-02T00:00:00Z', 'move', { 'old/name.env': null, 'new/place.env': `K=${key}\nA=1\nB=2\n` });
    const { findings } = await historyReport(repo);
    assert.deepEqual(
      findings.map((f) => f.file),
      ['old/name.env'],
    );
    assert.equal(findings[0]?.exposure?.presentAtHead, true);
    assert.deepEqual(findings[0]?.exposure?.branches, ['main']);
    assert.equal(findings[0]?.exposure?.removed, undefined);
  });

  it('a reused key removed from one file but still in another is one open secret; removed from both, the later removal closes it', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    commitAt(repo, '2025-03-01T00:00:00Z', 'one', { 'a.env': `K=${key}\n` });
    commitAt(repo, '2025-03-03T00:00:00Z', 'two', { 'b.env': `K=${key}\n` });
    commitAt(repo, '2025-03-04T00:00:00Z', 'drop a', { 'a.env': null });
    let { secrets } = await historyReport(repo);
    assert.equal(secrets.length, 1);
    assert.equal(secrets[0]?.reusedIn, 2);
    assert.equal(secrets[0]?.exposure?.presentAtHead, true);
    assert.equal(secrets[0]?.exposure?.removed, undefined);
    const last = commitAt(repo, '2025-03-09T00:00:00Z', 'drop b', { 'b.env': null });
    ({ secrets } = await historyReport(repo));
    assert.equal(secrets[0]?.exposure?.removed?.sha, last);
    assert.equal(secrets[0]?.exposure?.windowDays, 8);
  });

  it('a key only on another branch tip: not at HEAD, that branch listed, no removing commit, window open', async () => {
    const repo = GitRepo.init();
    commitAt(repo, '2025-04-01T00:00:00Z', 'base', { 'a.txt': '1\n' });
    repo.git('checkout', '-q', '-b', 'feature/side');
    commitAt(repo, '2025-04-02T00:00:00Z', 'side key', { 'side.env': `K=${githubToken()}\n` });
    repo.git('checkout', '-q', 'main');
    commitAt(repo, '2025-04-03T00:00:00Z', 'main work', { 'a.txt': '2\n' });
    const exposure = (await historyReport(repo)).secrets[0]?.exposure;
    assert.ok(exposure);
    assert.equal(exposure.presentAtHead, false);
    assert.deepEqual(exposure.branches, ['feature/side']);
    assert.equal(exposure.removed, undefined);
    assert.ok(Math.abs(exposure.windowDays - daysSince('2025-04-02T00:00:00Z')) < 0.2);
  });

  it('a key removed on main but kept by a tag (annotated and lightweight): removed commit named, the tags listed, window still open', async () => {
    const repo = GitRepo.init();
    commitAt(repo, '2025-05-01T00:00:00Z', 'add', { 'cfg.env': `K=${githubToken()}\n` });
    repo.git('tag', 'v1.0');
    repo.git('tag', '-a', '-m', 'release', 'v1.0-annotated');
    const removed = commitAt(repo, '2025-05-02T00:00:00Z', 'remove', { 'cfg.env': 'K=\n' });
    repo.git('tag', 'v2.0');
    const exposure = (await historyReport(repo)).secrets[0]?.exposure;
    assert.ok(exposure);
    assert.equal(exposure.presentAtHead, false);
    assert.equal(exposure.removed?.sha, removed);
    assert.deepEqual(exposure.tags.sort(), ['v1.0', 'v1.0-annotated']);
    assert.deepEqual(exposure.branches, []);
    assert.ok(exposure.windowDays > 30, 'a tag still serves the key: the window runs to now');
  });

  it('more tags and commits than one batch of blob reads: every holding tag and the last removal are found', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    const holdingTags: string[] = [];
    let removal = '';
    // The key is in app.env at commits 0-25, gone at 26-40, back at 41-60, gone from 61 on (70 tagged commits).
    for (let n = 0; n <= 70; n++) {
      const holds = n <= 25 || (n >= 41 && n <= 60);
      const sha = repo.commit(`edit ${n}`, { 'app.env': `EDIT=${n}\n${holds ? `TOKEN=${key}\n` : ''}` });
      if (n === 61) removal = sha;
      repo.git('tag', `t${n}`);
      if (holds) holdingTags.push(`t${n}`);
    }
    const { secrets } = await historyReport(repo);
    const exposure = secrets[0]?.exposure;
    assert.ok(exposure);
    assert.equal(exposure.removed?.sha, removal);
    assert.equal(exposure.presentAtHead, false);
    assert.deepEqual([...exposure.tags].sort(), holdingTags.sort());
    assert.deepEqual(exposure.branches, []);
  });

  it('a key in a commit message stays exposed while a branch contains that commit', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    const sha = commitAt(repo, '2025-06-01T00:00:00Z', `deploy with ${key}`, { 'a.txt': '1\n' });
    const { secrets } = await historyReport(repo);
    const exposure = secrets[0]?.exposure;
    assert.equal(exposure?.introduced.sha, sha);
    assert.equal(exposure?.presentAtHead, false);
    assert.deepEqual(exposure?.branches, ['main']);
  });

  it('diff scans carry the timeline too, in json and in sarif properties', async () => {
    const repo = GitRepo.init();
    const base = commitAt(repo, '2025-07-01T00:00:00Z', 'base', { 'a.txt': '1\n' });
    commitAt(repo, '2025-07-02T00:00:00Z', 'key', { 'k.env': `K=${githubToken()}\n` });
    const { findings } = await historyReport(repo, ['diff', `${base}..HEAD`]);
    assert.equal(findings[0]?.exposure?.presentAtHead, true);
    const sarif = await runCli(['diff', `${base}..HEAD`, '--format', 'sarif'], { cwd: repo.dir, env: repo.env });
    await assertValidSarif(sarif.stdout, 'diff --format sarif');
    const result = (JSON.parse(sarif.stdout) as { runs: { results: { properties: { exposure?: JsonExposure } }[] }[] })
      .runs[0]?.results[0];
    assert.equal(result?.properties.exposure?.introduced.date, '2025-07-02T00:00:00+00:00');
  });

  it('hostile file names (pathspec magic, leading dash, newline) are read as names', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    const names = [':(glob)**', '-rf.env', 'line\nbreak.env'];
    commitAt(repo, '2025-08-01T00:00:00Z', 'add', Object.fromEntries(names.map((name) => [name, `K=${key}\n`])));
    const removed = commitAt(
      repo,
      '2025-08-03T00:00:00Z',
      'remove',
      Object.fromEntries(names.map((name) => [name, null])),
    );
    const { secrets } = await historyReport(repo);
    assert.equal(secrets[0]?.reusedIn, 3);
    assert.equal(secrets[0]?.exposure?.removed?.sha, removed);
    assert.equal(secrets[0]?.exposure?.windowDays, 2);
  });
});
