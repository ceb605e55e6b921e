import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { Secret } from '../../src/findings/secret.js';
import { markPresentAtHead } from '../../src/findings/present-at-head.js';
import { GitRepo } from '../helpers/git-repo.js';

// markPresentAtHead reads every blob through one `git cat-file --batch`: answers must stay matched to their
// paths whatever the mix of present, removed, missing and oddly named files, and large blobs.
const finding = (file: string, secret: string): Finding =>
  ({
    ruleId: 'r',
    file,
    line: 1,
    secret: new Secret(secret),
    fingerprint: `r:${file}:${secret}`,
  }) as unknown as Finding;

describe('markPresentAtHead', () => {
  it('answers per path and secret, in the order of the findings', async () => {
    const repo = GitRepo.init();
    const big = `${'filler line of text\n'.repeat(20000)}KEEP_BIG\n`;
    repo.commit('first', {
      'a.env': 'KEEP_A\nGONE_A\n',
      'dir with space/b.txt': 'KEEP_B\n',
      'big.txt': big,
      'removed.txt': 'GONE_R\n',
      'ünï.txt': 'KEEP_U\n',
    });
    repo.commit('second', { 'a.env': 'KEEP_A\n', 'removed.txt': null });
    const findings = [
      finding('a.env', 'KEEP_A'),
      finding('a.env', 'GONE_A'),
      finding('removed.txt', 'GONE_R'),
      finding('big.txt', 'KEEP_BIG'),
      finding('never-existed.txt', 'X'),
      finding('dir with space/b.txt', 'KEEP_B'),
      finding('ünï.txt', 'KEEP_U'),
      finding('big.txt', 'NOT_THERE'),
    ];
    const marked = await markPresentAtHead(repo.dir, findings, 'HEAD');
    assert.deepEqual(
      marked.map((f) => [f.file, f.secret.reveal(), f.presentAtHead]),
      [
        ['a.env', 'KEEP_A', true],
        ['a.env', 'GONE_A', false],
        ['removed.txt', 'GONE_R', false],
        ['big.txt', 'KEEP_BIG', true],
        ['never-existed.txt', 'X', false],
        ['dir with space/b.txt', 'KEEP_B', true],
        ['ünï.txt', 'KEEP_U', true],
        ['big.txt', 'NOT_THERE', false],
      ],
    );
  });

  it('marks nothing present without a head commit', async () => {
    const repo = GitRepo.init();
    const marked = await markPresentAtHead(repo.dir, [finding('a.env', 'K')], undefined);
    assert.equal(marked[0]?.presentAtHead, false);
  });
});
