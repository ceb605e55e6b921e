import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { hashSecret, Secret } from '../../src/findings/secret.js';
import { groupBySecret, markReuse } from '../../src/findings/secret-groups.js';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';
import { assertValidSarif } from '../helpers/sarif.js';

const finding = (secret: string, file: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'github-personal-access-token',
  title: 'GitHub token',
  vendor: 'GitHub',
  severity: 'high',
  confidence: 'high',
  file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 41,
  secret: new Secret(secret),
  fingerprint: `github-personal-access-token:${file}:${hashSecret(secret).slice(0, 16)}`,
  secretHash: hashSecret(secret),
  tags: [],
  ...extra,
});

interface JsonSecret {
  id: string;
  reusedIn: number;
  reused: boolean;
  secret: string;
  locations: { file: string; commit?: string; repository?: string }[];
}
interface JsonFinding {
  file: string;
  secretId: string;
  reusedIn: number;
}

describe('group by secret', () => {
  it('one group per family and secret hash, across files, rules of one vendor and repositories; reusedIn counts places', () => {
    const [a, b] = [githubToken(), githubToken()];
    const groups = groupBySecret([
      finding(a, 'one.env'),
      finding(a, 'two.env', { ruleId: 'github-fine-grained-token', severity: 'critical' }),
      finding(a, 'two.env', { line: 9 }),
      finding(a, 'one.env', { repository: 'other/repo' }),
      finding(b, 'one.env'),
      finding(b, 'one.env', { vendor: 'Generic' }),
    ]);
    assert.deepEqual(
      groups.map((g) => [g.family, g.reusedIn, g.locations.length, g.severity, g.ruleIds.length]),
      [
        ['github', 3, 4, 'critical', 2],
        ['github', 1, 1, 'high', 1],
        ['generic', 1, 1, 'high', 1],
      ],
    );
    // Nothing repository-specific in the id: the same key in two repositories has one id.
    assert.equal(groups[0]?.id, `github:${hashSecret(a).slice(0, 16)}`);
  });

  it('a key in the messages of two commits is in two places; markReuse tags every finding', () => {
    const key = githubToken();
    const commit = (sha: string) => ({
      sha: sha.repeat(40),
      author: 'A',
      email: 'a@x',
      date: '2024-01-01T00:00:00Z',
      message: 'm',
    });
    const marked = markReuse([
      finding(key, 'commit-message', { part: 'commit-message', commit: commit('a') }),
      finding(key, 'commit-message', { part: 'commit-message', commit: commit('b') }),
      finding(githubToken(), 'x.env'),
    ]);
    assert.deepEqual(
      marked.map((f) => f.reusedIn),
      [2, 2, 1],
    );
    assert.equal(marked[0]?.secretId, marked[1]?.secretId);
  });

  it('scan: a key in two files is one secret with two locations, flagged as reused in json, sarif, csv, junit and text', async () => {
    const dir = makeTempDir();
    const [reused, single] = [githubToken(), githubToken()];
    writeFileSync(join(dir, 'a.env'), `TOKEN=${reused}\n`);
    writeFileSync(join(dir, 'b.env'), `OTHER=${single}\nTOKEN=${reused}\n`);
    const run = (format: string) => runCli(['scan', '.', '--format', format], { cwd: dir });

    const json = JSON.parse((await run('json')).stdout) as { findings: JsonFinding[]; secrets: JsonSecret[] };
    assert.equal(json.findings.length, 3);
    const reusedGroup = json.secrets.find((s) => s.reused);
    assert.ok(reusedGroup);
    assert.equal(json.secrets.length, 2);
    assert.deepEqual(reusedGroup.locations.map((l) => l.file).sort(), ['a.env', 'b.env']);
    assert.equal(reusedGroup.reusedIn, 2);
    assert.equal(reusedGroup.secret, `${reused.slice(0, 4)}********`);
    assert.deepEqual(json.findings.map((f) => f.reusedIn).sort(), [1, 2, 2]);

    const sarifText = (await run('sarif')).stdout;
    await assertValidSarif(sarifText, 'scan of a reused key');
    const sarif = JSON.parse(sarifText) as { runs: { results: unknown[] }[] };
    const results = sarif.runs[0]?.results as {
      properties: { reusedIn: number; reused: boolean; secretId: string };
      relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    const flagged = results.filter((r) => r.properties.reused);
    assert.equal(flagged.length, 2);
    assert.deepEqual(
      flagged
        .map((r) => r.relatedLocations?.map((l) => l.physicalLocation.artifactLocation.uri))
        .flat()
        .sort(),
      ['a.env', 'b.env'],
    );
    assert.equal(results.filter((r) => r.relatedLocations).length, 2);

    const csv = (await run('csv')).stdout.trim().split('\r\n');
    assert.ok(csv[0]?.endsWith(',secretId,reusedIn'));
    assert.equal(csv.filter((row) => row.endsWith(`,${reusedGroup.id},2`)).length, 2);

    for (const format of ['text', 'junit']) {
      const output = (await run(format)).stdout;
      assert.equal(
        output.split(`REUSED: the same key is in 2 places (secret ${reusedGroup.id})`).length - 1,
        2,
        format,
      );
      assert.ok(!output.includes(reused), `${format} printed the key`);
    }
  });

  it('history: a key copied into a second file and a third is one secret; re-adding in one file adds no place', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    repo.commit('add', { 'a.env': `K=${key}\n` });
    repo.commit('copy', { 'config/b.env': `K=${key}\n` });
    repo.commit('reuse', { 'c.env': `K=${key}\n` });
    repo.commit('drop', { 'c.env': null });
    repo.commit('re-add', { 'c.env': `K=${key}\n` });
    const result = await runCli(['history', '--format', 'json'], { cwd: repo.dir, env: repo.env });
    assert.equal(result.code, 1, result.stderr);
    const report = JSON.parse(result.stdout) as { findings: JsonFinding[]; secrets: JsonSecret[] };
    assert.equal(report.findings.length, 3);
    assert.equal(report.secrets.length, 1);
    assert.equal(report.secrets[0]?.reusedIn, 3);
    assert.deepEqual(
      report.secrets[0]?.locations.map((l) => l.file),
      ['a.env', 'config/b.env', 'c.env'],
    );
    assert.ok(report.secrets[0]?.locations.every((l) => /^[0-9a-f]{40}$/.test(l.commit ?? '')));
  });
});
