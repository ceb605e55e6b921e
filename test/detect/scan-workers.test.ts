import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { listFiles } from '../../src/sources/directory.js';
import { scan } from '../../src/scan.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

// Enough files that scan() spreads them over worker threads; the report must be exactly what a one-file-at-a-
// time scan gives: every finding, in path order, then line and column, and every skip in path order.
const DIRS = 6;
const FILES_PER_DIR = 60;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

interface Expected {
  findings: string[];
  skipped: string[];
}

function makeTree(): { dir: string; expected: Expected } {
  const dir = makeTempDir('leakscan-parallel-');
  const expected: Expected = { findings: [], skipped: [] };
  for (let d = 0; d < DIRS; d++) {
    mkdirSync(join(dir, `d${d}`));
    for (let f = 0; f < FILES_PER_DIR; f++) {
      const path = `d${d}/f${String(f).padStart(3, '0')}.txt`;
      const n = d * FILES_PER_DIR + f;
      if (n % 37 === 5) {
        writeFileSync(join(dir, path), PNG);
        expected.skipped.push(`${path}:binary`);
        continue;
      }
      if (n % 53 === 7) {
        // Over --max-file-size: read in windows, never skipped.
        writeFileSync(join(dir, path), `${'x'.repeat(5000)}\ntoken: ${githubToken()}\n`);
        expected.findings.push(`${path}:2:8`);
        continue;
      }
      const lines = Array.from({ length: 5 + (n % 9) }, (_, i) => `const value${i} = compute(${i}, 'text ${n}');`);
      if (n % 4 === 0) {
        const line = n % 5;
        const first = githubToken();
        lines[line] = n % 8 === 0 ? `a = '${first}'; b = '${githubToken()}'` : `token: ${first}`;
        expected.findings.push(`${path}:${line + 1}:${n % 8 === 0 ? 6 : 8}`);
        if (n % 8 === 0) expected.findings.push(`${path}:${line + 1}:${6 + first.length + 8}`);
      }
      writeFileSync(join(dir, path), `${lines.join('\n')}\n`);
    }
  }
  return { dir, expected };
}

describe('directory scans on worker threads', () => {
  const { dir, expected } = makeTree();

  it('the built CLI reports every finding and skip in path, line, column order', async () => {
    const result = await runCli(['scan', '.', '--format', 'json', '--list-skipped', '--max-file-size', '4KB'], {
      cwd: dir,
    });
    assert.equal(result.code, 1, result.stderr);
    const report = JSON.parse(result.stdout) as {
      findings: { file: string; line: number; column: number }[];
      skipped: { path: string; reason: string }[];
      summary: { filesScanned: number };
    };
    assert.deepEqual(
      report.findings.map((f) => `${f.file}:${f.line}:${f.column}`),
      expected.findings,
    );
    assert.deepEqual(
      report.skipped.map((s) => `${s.path}:${s.reason}`),
      expected.skipped,
    );
    assert.equal(report.summary.filesScanned, DIRS * FILES_PER_DIR - expected.skipped.length);
  });

  it('scan() run in-process (from the TypeScript sources) gives the same result', async () => {
    const result = await scan({
      cwd: dir,
      source: {
        readOptions: () => ({ maxFileBytes: 4096, skipMinifiedBundles: false }),
        listFiles: async ({ cwd, stats }, onFile) =>
          listFiles(
            { cwd, paths: [], maxFileBytes: 4096, gitignore: true, defaultIgnores: [], allowlistPaths: [] },
            stats.skipped,
            onFile,
          ),
      },
    });
    assert.deepEqual(
      result.findings.map((f) => `${f.file}:${f.line}:${f.column}`),
      expected.findings,
    );
    assert.deepEqual(
      result.stats.skipped.map((s) => `${s.path}:${s.reason}`),
      expected.skipped,
    );
  });
});
