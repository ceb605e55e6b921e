import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OVERLAP_CHARS, WINDOW_CHARS } from '../../src/sources/added-lines.js';
import type { Fragment, Skipped } from '../../src/sources/fragment.js';
import { isBlobCheck, PatchParser, pathFromDiffGit, type PatchItem } from '../../src/sources/parse-patch.js';

const SHA = 'a'.repeat(40);
// What git prints for COMMIT_HEADER_FORMAT: the header line, the message (%B), the end marker, then the patch.
const header = (sha = SHA, subject = 'add config', body = '') =>
  `\0leakscan-commit\0${sha}\0Ada Lovelace\0ada@example.test\x002024-01-02T03:04:05+00:00\0${subject}\n${subject}\n${body ? `\n${body}\n` : ''}\0leakscan-message-end\n\n`;

/** `fragments`: file content; `extra`: commit messages, added file names and blob checks. */
function parse(patch: string | Buffer, options: { chunkSize?: number } = {}) {
  const skipped: Skipped[] = [];
  const parser = new PatchParser({ kind: 'commit', onSkip: (s) => skipped.push(s) });
  const bytes = Buffer.isBuffer(patch) ? patch : Buffer.from(patch, 'utf8');
  const items: PatchItem[] = [];
  const size = options.chunkSize ?? bytes.length;
  for (let i = 0; i < bytes.length; i += size) items.push(...parser.push(bytes.subarray(i, i + size)));
  items.push(...parser.end());
  const isContent = (item: PatchItem): item is Fragment => !isBlobCheck(item) && item.origin.part === undefined;
  return {
    fragments: items.filter(isContent),
    extra: items.filter((item) => !isContent(item)),
    skipped,
    totals: parser.totals,
  };
}

const simple = `${header()}diff --git a/config/app.env b/config/app.env
index 1111111..2222222 100644
--- a/config/app.env
+++ b/config/app.env
@@ -2,0 +3,2 @@ NAME=app
+TOKEN=one
+OTHER=two
@@ -10 +12 @@ x
-OLD=1
+NEW=1
`;

describe('PatchParser', () => {
  it('yields added lines with new-file line numbers and the commit', () => {
    const { fragments, totals } = parse(simple);
    assert.deepEqual(
      fragments.map((f) => ({ text: f.text, lines: f.lineNumbers, path: f.origin.path })),
      [
        { text: 'TOKEN=one\nOTHER=two', lines: [3, 4], path: 'config/app.env' },
        { text: 'NEW=1', lines: [12], path: 'config/app.env' },
      ],
    );
    assert.deepEqual(fragments[0]?.origin.commit, {
      sha: SHA,
      author: 'Ada Lovelace',
      email: 'ada@example.test',
      date: '2024-01-02T03:04:05+00:00',
      message: 'add config',
    });
    assert.deepEqual(totals, { commits: 1, files: 1, lines: 3, bytes: 'TOKEN=one\nOTHER=two\nNEW=1\n'.length });
  });

  it('gives the same result whatever the chunk boundaries', () => {
    const whole = parse(simple).fragments;
    for (const chunkSize of [1, 2, 3, 7, 64]) assert.deepEqual(parse(simple, { chunkSize }).fragments, whole);
  });

  it('ignores removed lines, so a deleted file yields nothing', () => {
    const patch = `${header()}diff --git a/secret.txt b/secret.txt\ndeleted file mode 100644\nindex 1111111..0000000\n--- a/secret.txt\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-TOKEN=gone\n-+looks added but is removed\n`;
    assert.deepEqual(parse(patch).fragments, []);
  });

  it('reports added lines of a renamed file under the new path', () => {
    const patch = `${header()}diff --git a/old name.txt b/new name.txt\nsimilarity index 90%\nrename from old name.txt\nrename to new name.txt\nindex 1..2 100644\n--- a/old name.txt\t\n+++ b/new name.txt\t\n@@ -5,0 +6 @@\n+added=1\n`;
    const { fragments } = parse(patch);
    assert.equal(fragments[0]?.origin.path, 'new name.txt');
    assert.deepEqual(fragments[0]?.lineNumbers, [6]);
  });

  it('unquotes C-style quoted paths with octal escapes, quotes, tabs and newlines', () => {
    const patch = `${header()}diff --git "a/dir/caf\\303\\251 \\"q\\"\\tx\\ny.txt" "b/dir/caf\\303\\251 \\"q\\"\\tx\\ny.txt"\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ "b/dir/caf\\303\\251 \\"q\\"\\tx\\ny.txt"\n@@ -0,0 +1 @@\n+k=v\n`;
    assert.equal(parse(patch).fragments[0]?.origin.path, 'dir/café "q"\tx\ny.txt');
  });

  it('finds the path of a binary file from an unquoted header with spaces, and asks for its blobs to be judged', () => {
    assert.equal(pathFromDiffGit(Buffer.from('a/my file.png b/my file.png')), 'my file.png');
    const patch = `${header()}diff --git a/my file.png b/my file.png\nnew file mode 100644\nindex 0000000..1111111\nBinary files /dev/null and b/my file.png differ\n`;
    const { fragments, extra, skipped } = parse(patch);
    assert.deepEqual(fragments, []);
    assert.deepEqual(skipped, []);
    const check = extra.find(isBlobCheck);
    assert.deepEqual(check && [check.origin.path, check.oldBlobs, check.newBlob], [
      'my file.png',
      ['0000000'],
      '1111111',
    ]);
  });

  it('skips submodule pointer changes', () => {
    const patch = `${header()}diff --git a/vendor/lib b/vendor/lib\nnew file mode 160000\nindex 0000000..1234567\n--- /dev/null\n+++ b/vendor/lib\n@@ -0,0 +1 @@\n+Subproject commit 1234567890123456789012345678901234567890\n`;
    const { fragments, skipped } = parse(patch);
    assert.deepEqual(fragments, []);
    assert.equal(skipped[0]?.reason, 'submodule');
  });

  it('skips a symlink, whose added line is only its target', () => {
    const patch = `${header()}diff --git a/link b/link\nnew file mode 120000\nindex 0000000..1234567\n--- /dev/null\n+++ b/link\n@@ -0,0 +1 @@\n+../target\n\\ No newline at end of file\n`;
    const { fragments, skipped } = parse(patch);
    assert.deepEqual(fragments, []);
    assert.deepEqual(
      skipped.map((s) => s.reason),
      ['symlink'],
    );
  });

  it('keeps bytes of invalid UTF-8 as Latin-1 so ASCII keys survive', () => {
    const patch = Buffer.concat([
      Buffer.from(`${header()}diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+\xff\xfe key=ABC`, 'latin1'),
      Buffer.from('\n'),
    ]);
    assert.equal(parse(patch).fragments[0]?.text, '\xff\xfe key=ABC');
  });

  it('decodes each line alone whatever the chunks: UTF-8 split across chunks, a Latin-1 line beside UTF-8 ones', () => {
    // The parser checks a chunk's whole lines for UTF-8 at once; a chunk with one Latin-1 line or a character
    // cut in two must still decode every other line as UTF-8 and that one as Latin-1.
    const patch = Buffer.concat([
      Buffer.from(
        `${header(SHA, 'café ☕')}diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,2 +1,3 @@\n-old ünïcode\n-+removed\n+naïve ☕ key=A\n`,
      ),
      Buffer.from('+\xe9t\xe9 key=B\n', 'latin1'),
      Buffer.from(
        `+日本語 key=C\n${header('b'.repeat(40), 'next')}diff --cc m\nindex 1,2..3\n--- a/m\n+++ b/m\n@@@ -1,1 -1,1 +1,2 @@@\n- ä\n++ß key=D\n`,
      ),
    ]);
    const whole = parse(patch);
    assert.deepEqual(
      whole.fragments.map((f) => f.text),
      ['naïve ☕ key=A\n\xe9t\xe9 key=B\n日本語 key=C', 'ß key=D'],
    );
    assert.equal(whole.extra[0] && 'text' in whole.extra[0] ? whole.extra[0].text : '', 'café ☕');
    for (const chunkSize of [1, 2, 3, 5, 7, 13, 64]) {
      const split = parse(patch, { chunkSize });
      assert.deepEqual(split.fragments, whole.fragments, `chunks of ${chunkSize}`);
      assert.deepEqual(split.extra, whole.extra, `chunks of ${chunkSize}`);
      assert.deepEqual(split.totals, whole.totals, `chunks of ${chunkSize}`);
    }
  });

  it('counts in a merge (--cc) only lines new relative to every parent, numbered in the merge result', () => {
    const patch = `${header('b'.repeat(40), 'Merge branch side')}diff --cc app.txt
index 1111111,2222222..3333333
--- a/app.txt
+++ b/app.txt
@@@ -1,1 -1,1 +1,3 @@@
- ours=1
 -theirs=1
++resolved=1
 +from-side=1
+ from-main=1
`;
    const { fragments } = parse(patch);
    assert.deepEqual(
      fragments.map((f) => [f.text, f.lineNumbers]),
      [['resolved=1', [1]]],
    );
    assert.equal(fragments[0]?.origin.commit?.message, 'Merge branch side');
  });

  it('attributes each file to its own commit across several commits', () => {
    const patch = `${header('1'.repeat(40), 'one')}diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -0,0 +1 @@\n+a=1\n${header('2'.repeat(40), 'two')}diff --git a/b b/b\n--- a/b\n+++ b/b\n@@ -0,0 +1 @@\n+b=2\n`;
    const { fragments, totals } = parse(patch);
    assert.deepEqual(
      fragments.map((f) => [f.origin.path, f.origin.commit?.message]),
      [
        ['a', 'one'],
        ['b', 'two'],
      ],
    );
    assert.equal(totals.commits, 2);
  });

  it('scans added text of any size in overlapping windows: every line once, each window bounded', () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    const patch = `${header()}diff --git a/big b/big\n--- a/big\n+++ b/big\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}\n`).join('')}`;
    const { fragments, skipped, totals } = parse(patch, { chunkSize: 65536 });
    assert.deepEqual(skipped, []);
    assert.ok(fragments.length >= 3, `${fragments.length} windows`);
    for (const fragment of fragments) assert.ok(fragment.text.length <= WINDOW_CHARS + 100);
    // Without the overlaps, the windows are the added text, in order.
    const rebuilt = fragments.map((f) => f.text.slice(f.overlap ?? 0)).join('');
    assert.equal(rebuilt.replace(/\n/g, ''), lines.join(''));
    assert.ok(fragments.slice(1).every((f) => f.overlap !== undefined && f.overlap >= OVERLAP_CHARS - 60));
    assert.equal(totals.lines, lines.length);
  });

  it('scans a single line longer than a window (fed in many chunks) in parts, with the column each part starts at', () => {
    const parser = new PatchParser({ kind: 'commit' });
    const items: PatchItem[] = [
      ...parser.push(
        Buffer.from(`${header()}diff --git a/min.js b/min.js\n--- a/min.js\n+++ b/min.js\n@@ -0,0 +1,2 @@\n+`),
      ),
    ];
    for (let i = 0; i < 1000; i++) items.push(...parser.push(Buffer.alloc(4096, 0x61)));
    items.push(...parser.push(Buffer.from('KEY=tail\n+short=1\n')), ...parser.end());
    const fragments = items.filter((item): item is Fragment => !isBlobCheck(item) && item.origin.path === 'min.js');
    assert.ok(fragments.length > 3);
    const last = fragments[fragments.length - 1] as Fragment;
    assert.match(last.text, /KEY=tail\nshort=1$/);
    assert.deepEqual(last.lineNumbers, [1, 2]);
    assert.equal(last.firstColumn, 4096 * 1000 + 'KEY=tail'.length + 1 - (last.text.length - 'short=1'.length - 1));
  });

  it('yields each commit message as text, numbered from its subject line, with or without a final newline', () => {
    const patch = `${header('1'.repeat(40), 'subject', 'body line\nTOKEN=abc')}${header('2'.repeat(40), 'no newline').replace('no newline\n\0', 'no newline\0')}`;
    const { extra } = parse(patch, { chunkSize: 5 });
    const messages = extra.filter(
      (item): item is Fragment => !isBlobCheck(item) && item.origin.part === 'commit-message',
    );
    assert.deepEqual(
      messages.map((m) => [m.origin.path, m.origin.commit?.sha[0], m.text, m.lineNumbers]),
      [
        ['commit-message', '1', 'subject\n\nbody line\nTOKEN=abc', [1, 2, 3, 4]],
        ['commit-message', '2', 'no newline', [1]],
      ],
    );
  });

  it('yields the name of every path a change adds (new, renamed, copied), not of a modified one', () => {
    const patch = `${header()}diff --git a/new.txt b/new.txt\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/new.txt\n@@ -0,0 +1 @@\n+x\ndiff --git a/a b/renamed\nsimilarity index 100%\nrename from a\nrename to renamed\ndiff --git a/kept.txt b/kept.txt\nindex 1111111..2222222 100644\n--- a/kept.txt\n+++ b/kept.txt\n@@ -1 +1 @@\n-a\n+b\n`;
    const names = parse(patch).extra.filter(
      (item): item is Fragment => !isBlobCheck(item) && item.origin.part === 'file-name',
    );
    assert.deepEqual(
      names.map((n) => [n.text, n.origin.path]),
      [
        ['new.txt', 'new.txt'],
        ['renamed', 'renamed'],
      ],
    );
  });

  it('does not take a "\\ No newline" marker or an added line that looks like a header as structure', () => {
    const patch = `${header()}diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -0,0 +1,2 @@\n++++ b/fake\n+diff --git a/y b/y\n\\ No newline at end of file\n`;
    const { fragments } = parse(patch);
    assert.deepEqual(
      fragments.map((f) => [f.origin.path, f.text]),
      [['x', '+++ b/fake\ndiff --git a/y b/y']],
    );
  });
});
