import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logPatchArgs } from '../../src/sources/commit-range.js';
import { splitLogChunks } from '../../src/sources/split-log.js';
import { GitRepo } from '../helpers/git-repo.js';

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/** A history with a rename, a side branch and a merge commit with an evil edit. */
function repoWithMergeAndRename(): GitRepo {
  const repo = GitRepo.init();
  repo.fastImport(40, (i) => ({ [`src/file${i % 7}.txt`]: `line ${i}\n`.repeat(1 + (i % 5)) }));
  repo.git('mv', 'src/file1.txt', 'src/renamed.txt');
  repo.commit('rename');
  repo.git('checkout', '-q', '-b', 'side');
  repo.commit('side change', { 'side.txt': 'side\n' });
  repo.git('checkout', '-q', 'main');
  repo.commit('main change', { 'main.txt': 'main\n' });
  repo.git('merge', '-q', '--no-ff', '--no-commit', 'side');
  repo.write({ 'evil.txt': 'added in the merge\n' });
  repo.git('add', '-A');
  repo.git('-c', 'user.name=T', '-c', 'user.email=t@example.test', 'commit', '-q', '--no-verify', '-m', 'merge');
  return repo;
}

describe('splitLogChunks', () => {
  it('two git processes produce exactly the bytes of one git log', async () => {
    const repo = repoWithMergeAndRename();
    const revisionArgs = ['--all', '--'];
    const single = Buffer.from(repo.gitRaw([...logPatchArgs(revisionArgs)]).stdout, 'utf8');
    assert.ok(single.includes('rename to src/renamed.txt') && single.includes('diff --cc evil.txt'), 'fixture has a rename and a merge');
    const split = await collect(splitLogChunks({ root: repo.dir, logArgs: logPatchArgs([]), revisionArgs, what: 'test', minCommits: 2, readAheadBytes: 64 }));
    assert.equal(split.toString('utf8'), single.toString('utf8'));
  });

  it('a range selects the same commits as git log does', async () => {
    const repo = repoWithMergeAndRename();
    const revisionArgs = ['HEAD~3..HEAD', '--'];
    const single = repo.gitRaw([...logPatchArgs(revisionArgs)]).stdout;
    const split = await collect(splitLogChunks({ root: repo.dir, logArgs: logPatchArgs([]), revisionArgs, what: 'test', minCommits: 2 }));
    assert.equal(split.toString('utf8'), single);
  });

  it('a bad revision is a clear error, not a hang', async () => {
    const repo = repoWithMergeAndRename();
    await assert.rejects(collect(splitLogChunks({ root: repo.dir, logArgs: logPatchArgs([]), revisionArgs: ['no-such-ref', '--'], what: 'cannot read the commits', minCommits: 2 })), /cannot read the commits/);
  });
});
