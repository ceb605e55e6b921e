import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { Secret } from '../../src/findings/secret.js';
import { markPresentAtHead, secretsIn } from '../../src/findings/present-at-head.js';
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

// secretsIn looks for an ASCII secret in the bytes before decoding anything: the answers must be those of
// searching the UTF-8, Latin-1 and UTF-16 decodings of the whole blob.
describe('secretsIn', () => {
  const key = 'AKIA_SAMPLE_KEY_1234';
  const utf16le = (text: string, bom: boolean): Buffer =>
    Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16le(text, false).swap16()]);
  const cases: [string, Buffer, boolean][] = [
    ['UTF-8', Buffer.from(`id = ${key}\n`), true],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${key}\n`)]), true],
    [
      'invalid UTF-8 around it',
      Buffer.concat([Buffer.from([0xc3, 0xe9]), Buffer.from(key), Buffer.from([0xff])]),
      true,
    ],
    ['UTF-16LE with a BOM', utf16le(`token: ${key}\n`, true), true],
    ['UTF-16LE without a BOM', utf16le(`token: ${key}\nmore text here\n`, false), true],
    ['UTF-16BE', utf16be(`token: ${key}\n`), true],
    ['UTF-16 without it', utf16le('token: nothing here\n', true), false],
    ['split by a byte', Buffer.from(`${key.slice(0, 8)}\u0000${key.slice(8)}`), false],
    ['absent', Buffer.from('nothing\n'), false],
  ];
  for (const [name, blob, expected] of cases)
    it(`${name}: ${expected ? 'holds' : 'does not hold'} an ASCII secret`, () => {
      assert.deepEqual([...secretsIn(blob, [key, 'NOT_THERE'])], expected ? [key] : []);
    });

  it('a non-ASCII secret is found in UTF-8, Latin-1 and UTF-16 text', () => {
    const secret = 'pässwörd-sample-9f3a';
    assert.equal(secretsIn(Buffer.from(`p=${secret}`), [secret]).size, 1);
    assert.equal(secretsIn(Buffer.from(`p=${secret}`, 'latin1'), [secret]).size, 1);
    assert.equal(secretsIn(utf16le(`p=${secret}\n`, true), [secret]).size, 1);
    assert.equal(secretsIn(Buffer.from('p=passwort'), [secret]).size, 0);
  });
});
