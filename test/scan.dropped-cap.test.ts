import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_DROPPED_KEPT, scan } from '../src/scan.js';
import type { Fragment } from '../src/sources/fragment.js';

describe('scan() keeps memory bounded on dropped candidates', () => {
  it('lists at most MAX_DROPPED_KEPT dropped candidates and counts the rest', async () => {
    // Placeholder tokens: every one is a candidate the placeholder/entropy filters drop.
    const line = 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n';
    const fragments = 3;
    const linesPerFragment = Math.ceil((MAX_DROPPED_KEPT + 500) / fragments);
    const result = await scan({
      cwd: process.cwd(),
      config: (await import('../src/config/config-file.js')).defaultConfig(),
      source: async function* (): AsyncGenerator<Fragment> {
        for (let i = 0; i < fragments; i++)
          yield { text: line.repeat(linesPerFragment), origin: { kind: 'file', path: `f${i}.env` }, startLine: 1 };
      },
    });
    assert.equal(result.findings.length, 0);
    assert.equal(result.dropped.length, MAX_DROPPED_KEPT);
    // Every drop is either listed or counted: nothing is lost from the summary.
    const perLine = (
      await scan({
        cwd: process.cwd(),
        config: (await import('../src/config/config-file.js')).defaultConfig(),
        source: async function* (): AsyncGenerator<Fragment> {
          yield { text: line, origin: { kind: 'file', path: 'one.env' }, startLine: 1 };
        },
      })
    ).dropped.length;
    assert.ok(perLine >= 1);
    assert.equal(result.dropped.length + (result.droppedOmitted ?? 0), fragments * linesPerFragment * perLine);
  });
});
