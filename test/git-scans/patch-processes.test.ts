import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { scanRevisions } from '../../src/git-scans/scan-revisions.js';
import { commitPatches, type PatchProcesses } from '../../src/sources/commit-range.js';
import { GitRepo } from '../helpers/git-repo.js';
import { githubToken } from '../helpers/tokens.js';

// A history scan splits the commits across several `git log --no-walk --stdin` processes (commitPatches):
// the patches, and so every finding, must be the same as from the one `git log`. Small runs of commits per
// process here, so a dozen commits go through many processes and every kind of commit crosses a boundary.
const ONE: PatchProcesses = { jobs: 1, commitsPerProcess: 512 };
const SPLITS: PatchProcesses[] = [
  { jobs: 2, commitsPerProcess: 1 },
  { jobs: 3, commitsPerProcess: 2 },
  { jobs: 4, commitsPerProcess: 5 },
];

const keys = Array.from({ length: 8 }, () => githubToken());

/** Branches, a rename, deletions, a conflicted merge whose resolution adds a key, a key re-added, UTF-16, tags. */
function history(): GitRepo {
  const repo = GitRepo.init();
  repo.commit('start', {
    'README.md': 'hello\n',
    'app.env': `NAME=demo\nTOKEN=${keys[0]}\n`,
    'shared.txt': 'a\nb\nc\n',
  });
  repo.commit('move the config', { 'app.env': null, 'config/app.env': `NAME=demo\nTOKEN=${keys[0]}\n` });
  repo.git('tag', 'v1');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit('feature key', { 'feature.txt': `token = ${keys[1]}\n`, 'shared.txt': 'a\nfeature side\nc\n' });
  repo.commit('utf-16 settings', {
    'settings.reg': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`token=${keys[2]}\r\n`, 'utf16le')]),
  });
  repo.git('checkout', '-q', 'main');
  repo.commit('rotate', { 'config/app.env': 'NAME=demo\nTOKEN=from-the-vault\n', 'shared.txt': 'a\nmain side\nc\n' });
  repo.commit('keys file', { 'keys.txt': `first ${keys[3]}\n`, 'old.env': `SECRET=${keys[4]}\n` });
  repo.commit('drop the key', { 'keys.txt': 'nothing here\n' });
  assert.notEqual(repo.gitRaw(['merge', '-q', '--no-edit', 'feature']).status, 0, 'the merge must conflict');
  repo.commit('merge feature', { 'shared.txt': `a\nboth sides ${keys[5]}\nc\n` });
  repo.commit('remove a file', { 'old.env': null });
  repo.commit('key back', { 'keys.txt': `nothing here\nagain ${keys[3]}\n` });
  repo.git('checkout', '-q', '-b', 'stale');
  repo.commit('never merged', { 'stale.txt': `k=${keys[6]}\n` });
  repo.git('tag', '-a', '-m', 'annotated', 'v2');
  repo.git('checkout', '-q', 'main');
  repo.commit('rename again', { 'keys.txt': null, 'notes/keys.txt': `nothing here\nagain ${keys[3]}\n` });
  return repo;
}

async function patchBytes(root: string, revisions: string[], processes: PatchProcesses): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of commitPatches(root, [...revisions, '--'], processes)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Everything a history report says of a finding. */
const described = (finding: Finding): unknown => {
  const { secret, exposure, ...rest } = finding;
  // Open while a ref holds it (or nothing removed it): the window ends at the time of the scan.
  const open = exposure && exposure.end !== exposure.removed?.date;
  return {
    ...rest,
    secret: secret.reveal(),
    exposure: exposure && { ...exposure, end: open ? 'now' : exposure.end, windowDays: open ? 0 : exposure.windowDays },
  };
};

async function historyScan(root: string, revisions: string[], processes: PatchProcesses) {
  const result = await scanRevisions({ root, revisions, head: 'HEAD', suppressions: {}, patchProcesses: processes });
  return {
    findings: result.findings.map(described),
    stats: { ...result.stats, skipped: result.stats.skipped },
  };
}

describe('history patches from several git processes', () => {
  const repo = history();

  for (const revisions of [['--all'], ['main'], ['--all', '--max-count=5'], ['main', '--not', 'v1']]) {
    it(`git log ${revisions.join(' ')}: the same bytes from one process and from many`, async () => {
      const one = await patchBytes(repo.dir, revisions, ONE);
      assert.ok(one.length > 0);
      for (const split of SPLITS)
        assert.ok(one.equals(await patchBytes(repo.dir, revisions, split)), JSON.stringify(split));
    });
  }

  it('the same findings: introducing commit, commit count, present at HEAD, exposure timeline', async () => {
    const one = await historyScan(repo.dir, ['--all'], ONE);
    // The history holds what the comparison is about.
    const bySecret = new Map(
      one.findings.map((finding) => [(finding as { secret: string }).secret, finding as Finding & { secret: string }]),
    );
    for (const key of keys.slice(0, 7)) assert.ok(bySecret.has(key), `key ${keys.indexOf(key)} found`);
    assert.equal(bySecret.get(keys[3]!)?.commitCount, 2, 'the re-added key: two commits added it');
    assert.equal(bySecret.get(keys[5]!)?.file, 'shared.txt', 'the key of the merge resolution');
    assert.equal(bySecret.get(keys[3]!)?.exposure?.presentAtHead, true, 'followed through the rename');
    assert.equal(bySecret.get(keys[0]!)?.presentAtHead, false);
    assert.equal(one.stats.commitsScanned, Number(repo.git('rev-list', '--all', '--count')));
    for (const split of SPLITS)
      assert.deepEqual(await historyScan(repo.dir, ['--all'], split), one, JSON.stringify(split));
  });

  it('a revision git cannot list is the same error either way', async () => {
    for (const processes of [ONE, ...SPLITS])
      await assert.rejects(
        scanRevisions({
          root: repo.dir,
          revisions: ['no-such-branch'],
          head: 'HEAD',
          suppressions: {},
          patchProcesses: processes,
        }),
        /cannot read the commits/,
      );
  });
});
