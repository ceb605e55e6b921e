import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { Secret } from '../../src/findings/secret.js';
import { REPORTERS } from '../../src/report/registry.js';
import type { ReportInput } from '../../src/report/reporter.js';
import { emptyStats } from '../../src/sources/scan-stats.js';
import { assertValidSarif } from '../helpers/sarif.js';

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

  it('sarif output passes the SARIF 2.1.0 schema and the SARIF Multitool, with paths relative to %SRCROOT%', async () => {
    const oddNames = [
      { ...findings[0]!, file: 'dir/a#b?c:d%e.env', fingerprint: 'x:dir/a#b?c:d%e.env:0000000000000000' },
      { ...findings[0]!, file: '/abs/named-stdin', fingerprint: 'x:/abs/named-stdin:0000000000000000' },
    ];
    const cases: [string, Partial<ReportInput>][] = [
      ['findings, no root', { findings }],
      ['no findings', { findings: [] }],
      ['a local root', { findings, root: '/work/repo' }],
      ['odd names', { findings: oddNames, root: '/work/repo' }],
      ['a remote repository', { findings, remote: { url: 'https://example.test/o/r.git', commit: 'b'.repeat(40) } }],
    ];
    for (const [label, overrides] of cases) {
      const log = await assertValidSarif(REPORTERS.sarif!.render(input(overrides)), label);
      for (const result of log.runs[0]?.results ?? [])
        assert.ok(!result.locations?.[0]?.physicalLocation.artifactLocation.uri.startsWith('/'), label);
    }
    const local = JSON.parse(REPORTERS.sarif!.render(input({ findings: oddNames, root: '/work/repo' })));
    assert.equal(local.runs[0].originalUriBaseIds['%SRCROOT%'].uri, 'file:///work/repo/');
    assert.deepEqual(
      local.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: object } }[] }) => {
        return r.locations[0]?.physicalLocation.artifactLocation;
      }),
      [{ uri: 'dir/a%23b%3Fc%3Ad%25e.env', uriBaseId: '%SRCROOT%' }, { uri: 'file:///abs/named-stdin' }],
    );
    const remote = JSON.parse(
      REPORTERS.sarif!.render(input({ remote: { url: 'https://example.test/o/r.git', commit: 'b'.repeat(40) } })),
    );
    assert.deepEqual(remote.runs[0].versionControlProvenance, [
      {
        repositoryUri: 'https://example.test/o/r.git',
        revisionId: 'b'.repeat(40),
        mappedTo: { uriBaseId: '%SRCROOT%' },
      },
    ]);
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
