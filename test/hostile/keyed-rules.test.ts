// A keyed rule (`assigned_to`) puts the shared assignment context in front of its value. That context is
// built so it cannot backtrack without bound; this file feeds it lines made to try every branch of it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const alnum = (length: number): string => [...randomBytes(length)].map((byte) => ALNUM[byte % ALNUM.length]).join('');

interface Report {
  findings: { ruleId: string; line: number }[];
}

describe('keyed rules on hostile lines', () => {
  it('near-misses of the assignment context, 600 KB on one line, are scanned in bounded work; the key after them is found', {
    timeout: 120_000,
  }, async () => {
    // Each near-miss fills one part of the context to its bound (a 32-character identifier rest, a .NET
    // section, quotes, blanks, operators, openers) and ends one character short of a Cohere key (40
    // letters and digits), so every start position tries every branch. The bound is the harness's timeout,
    // never a time asserted.
    const nearMisses = [
      `cohere${'_'.repeat(32)}:${'x'.repeat(24)}"]    =    "[${alnum(39)} `,
      `COHERE\\"\\"    ||=    b'${alnum(39)}-`,
      `cohere${'.'.repeat(31)}    ${alnum(39)};`,
      `cohere:cohere:cohere(cohere,cohere>${alnum(39)}|`,
    ];
    const line = Array.from({ length: 600_000 / 100 }, (_, i) => nearMisses[i % nearMisses.length]).join('');
    const dir = makeTempDir();
    writeFileSync(join(dir, 'settings.txt'), `${line}\nCOHERE_API_KEY=${alnum(40)}\n`);
    const { code, stdout } = await runCli(['scan', '.', '--format', 'json', '--no-default-ignores'], { cwd: dir });
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as Report;
    assert.deepEqual(
      report.findings.filter((finding) => finding.ruleId === 'cohere-api-key').map((finding) => finding.line),
      [2],
    );
  });
});
