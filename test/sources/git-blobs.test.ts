import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SourceError } from '../../src/errors.js';
import { BlobReader, ObjectInfoReader } from '../../src/sources/git-blobs.js';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir } from '../helpers/run-cli.js';

// The long-lived cat-file readers: answers in request order, missing objects as undefined, and a git process
// that cannot start or dies rejects every waiting request with git's reason instead of leaving it pending.
describe('git cat-file readers', () => {
  it('answer in order: contents, ids, a missing object, a blob over the limit', async () => {
    const repo = GitRepo.init();
    repo.commit('start', { 'a.txt': 'alpha\n', 'b.txt': 'b'.repeat(100) });
    const blobs = new BlobReader(repo.dir);
    const infos = new ObjectInfoReader(repo.dir);
    try {
      const [a, missing, big] = await Promise.all([
        blobs.read('HEAD:a.txt'),
        blobs.read('HEAD:nope.txt'),
        blobs.read('HEAD:b.txt', 10),
      ]);
      assert.equal(a?.bytes?.toString('utf8'), 'alpha\n');
      assert.equal(missing, undefined);
      assert.deepEqual(big, { size: 100, bytes: undefined });
      const [info, none] = await Promise.all([infos.info('HEAD:a.txt'), infos.info('HEAD:nope.txt')]);
      assert.equal(info?.type, 'blob');
      assert.equal(info?.id, repo.git('rev-parse', 'HEAD:a.txt').trim());
      assert.equal(none, undefined);
    } finally {
      blobs.close();
      infos.close();
    }
  });

  it('reject what is waiting, with the mode and git stderr, when git cannot serve the folder', async () => {
    const gone = makeTempDir('leakscan-blobs-gone-');
    rmSync(gone, { recursive: true, force: true });
    for (const [mode, ask] of [
      ['--batch', () => new BlobReader(gone).read('HEAD:a.txt')],
      ['--batch-check', () => new ObjectInfoReader(gone).info('HEAD:a.txt')],
    ] as const) {
      await assert.rejects(ask(), (error: unknown) => {
        assert.ok(error instanceof SourceError, String(error));
        assert.match(error.message, new RegExp(`git cat-file ${mode} stopped .* before answering HEAD:a\\.txt`));
        return true;
      });
    }
  });
});
