import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import AjvModule from 'ajv-draft-04';
import type { Finding } from '../../src/findings/finding.js';
import { Secret } from '../../src/findings/secret.js';
import { REPORTERS } from '../../src/report/registry.js';
import type { ReportInput } from '../../src/report/reporter.js';
import { emptyStats } from '../../src/sources/scan-stats.js';

// Built at run time so this file itself holds no token-shaped literal.
const SECRET = ['ghp', 'R7aBk2Lq9XmT4vWc8NzP1sDf6Gh3Jy0Ue5Ko'].join('_');

const findings: Finding[] = [
  {
    ruleId: 'github-personal-access-token',
    title: 'GitHub personal access token (classic)',
    vendor: 'GitHub',
    severity: 'critical',
    confidence: 'high',
    file: 'config/app, "prod".env',
    line: 3,
    column: 14,
    endLine: 3,
    endColumn: 54,
    secret: new Secret(SECRET),
    fingerprint: 'github-personal-access-token:config/app, "prod".env:9662bbf17b0634a8',
    secretHash: '9662bbf17b0634a8bbf48359b8ed8291ea126869ea1062e697cb8fb094b5f77a',
    commit: {
      sha: 'a'.repeat(40),
      author: 'Ada <Lovelace>',
      email: 'ada@example.org',
      date: '2026-01-02T03:04:05Z',
      message: 'add config & "stuff"',
    },
    rotationGuide: 'https://docs.github.com/en/authentication',
    tags: ['source-hosting'],
  },
];

const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  findings,
  dropped: [],
  stats: { ...emptyStats(), filesScanned: 2, bytesScanned: 2048 },
  mode: 'diff',
  ruleCount: 1,
  elapsedMs: 1234,
  showSecrets: false,
  explain: false,
  color: false,
  toolVersion: '0.0.0-test',
  ...overrides,
});

// Every registered reporter has a golden file, so a new format cannot ship untested. UPDATE_GOLDEN=1 rewrites.
describe('reporters', () => {
  for (const [name, reporter] of Object.entries(REPORTERS)) {
    it(`${name}: matches test/report/golden/output.${name}.txt and never prints the raw secret`, () => {
      const output = reporter.render(input());
      assert.ok(!output.includes(SECRET), `${name} printed the raw secret`);
      const golden = new URL(`./golden/output.${name}.txt`, import.meta.url);
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, output);
      assert.ok(existsSync(golden), `no golden file for '${name}': run with UPDATE_GOLDEN=1 and review it`);
      assert.equal(output, readFileSync(golden, 'utf8'));
    });
  }

  it('sarif output is valid against the official SARIF 2.1.0 schema', () => {
    const require = createRequire(import.meta.url);
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
    const ajv = new (Ajv as unknown as new (o: object) => import('ajv').default)({
      allErrors: true,
      strict: false,
      unicodeRegExp: false,
    });
    const validate = ajv.compile(schema);
    for (const findingsCase of [findings, []]) {
      const log = JSON.parse(REPORTERS.sarif!.render(input({ findings: findingsCase })));
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    }
  });

  it('csv neutralises spreadsheet formulas and quotes commas and quotes', () => {
    const csv = REPORTERS.csv!.render(input({ findings: [{ ...findings[0]!, file: '=HYPERLINK("x")' }] }));
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`));
  });

  it('json carries commit fields flat and the secret only with showSecrets', () => {
    const report = JSON.parse(REPORTERS.json!.render(input({ showSecrets: true })));
    assert.equal(report.findings[0].secret, SECRET);
    assert.equal(report.findings[0].commit, 'a'.repeat(40));
    assert.equal(report.findings[0].author, 'Ada <Lovelace>');
  });
});
