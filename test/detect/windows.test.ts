import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../src/config/config-file.js';
import { createDetector } from '../../src/detect/detector.js';
import { defaultFilters } from '../../src/filters/default-filters.js';
import { compileRuleFiles, readRuleFiles } from '../../src/rules/load-rules.js';
import { AddedLines, WINDOW_CHARS } from '../../src/sources/added-lines.js';
import type { Fragment } from '../../src/sources/fragment.js';
import { githubToken } from '../helpers/tokens.js';

const { files } = await readRuleFiles();
const detector = createDetector(compileRuleFiles(files), defaultFilters(defaultConfig()));

/** Feeds one long line to AddedLines in the given parts and detects on every window it emits. */
function findingsOf(parts: string[]) {
  const windows: Fragment[] = [];
  const added = new AddedLines({ kind: 'staged', path: 'bundle.js' }, (fragment) => windows.push(fragment));
  added.line(7, parts[0] as string);
  for (const part of parts.slice(1)) added.append(part);
  added.flush();
  return { windows, findings: windows.flatMap((window) => detector.detect(window).findings) };
}

describe('windows of a long text', () => {
  it('a key cut by a window boundary is found whole in the next window, once, at its real line and column', () => {
    const key = githubToken();
    const before = `${'a'.repeat(WINDOW_CHARS - 10)} t="${key.slice(0, 20)}`;
    const { windows, findings } = findingsOf([before, `${key.slice(20)}"; rest`]);
    assert.equal(windows.length, 2);
    assert.ok(!(windows[0] as Fragment).text.includes(key), 'the first window holds only part of the key');
    assert.deepEqual(
      findings.map((f) => [f.secret.reveal(), f.line, f.column]),
      [[key, 7, before.length - 19]],
    );
  });

  it('a key that lies wholly in the overlap is reported by the window that ends with it, not again', () => {
    const key = githubToken();
    const { windows, findings } = findingsOf([
      `${'a'.repeat(WINDOW_CHARS - 60)} t="${key}";`,
      ' tail'.repeat(10),
      ' more',
    ]);
    assert.equal(windows.length, 2);
    assert.ok((windows[1] as Fragment).text.includes(key), 'the second window repeats the key in its overlap');
    assert.deepEqual(
      findings.map((f) => f.column),
      [WINDOW_CHARS - 60 + 5],
    );
  });
});
