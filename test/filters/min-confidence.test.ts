import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

interface Report {
  findings: { ruleId: string; confidence: string }[];
  dropped?: { ruleId: string; filter: string; reason: string }[];
}

const GENERIC = 'DB_PASSWORD=q7Rz!v2Lm#9pXe4W\n';
const rulesOf = (stdout: string): string[] => (JSON.parse(stdout) as Report).findings.map((f) => f.ruleId).sort();

describe('--min-confidence and minConfidence', () => {
  it('scan reports every level by default; --min-confidence drops the lower ones, and --explain says so', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'app.env'), `${GENERIC}GITHUB_TOKEN=${githubToken()}\n`);
    assert.deepEqual(rulesOf((await runCli(['scan', '-f', 'json'], { cwd: dir })).stdout), [
      'generic-secret-assignment',
      'github-personal-access-token',
    ]);
    const medium = await runCli(['scan', '-f', 'json', '--explain', '--min-confidence', 'medium'], { cwd: dir });
    assert.equal(medium.code, 1);
    assert.deepEqual(rulesOf(medium.stdout), ['github-personal-access-token']);
    const dropped = (JSON.parse(medium.stdout) as Report).dropped ?? [];
    assert.ok(
      dropped.some(
        (d) =>
          d.ruleId === 'generic-secret-assignment' &&
          d.filter === 'min-confidence' &&
          d.reason === 'confidence low < medium (--min-confidence)',
      ),
    );
  });

  it('a config minConfidence applies; the option overrides it; bad values are usage or config errors naming the field', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'app.env'), GENERIC);
    writeFileSync(join(dir, '.leakscan.yaml'), 'minConfidence: high\n');
    const configured = await runCli(['scan', '-f', 'json'], { cwd: dir });
    assert.equal(configured.code, 0);
    assert.deepEqual(rulesOf(configured.stdout), []);
    assert.deepEqual(rulesOf((await runCli(['scan', '-f', 'json', '--min-confidence', 'low'], { cwd: dir })).stdout), [
      'generic-secret-assignment',
    ]);
    const badOption = await runCli(['scan', '--min-confidence', 'loud'], { cwd: dir });
    assert.equal(badOption.code, 2);
    assert.match(badOption.stderr, /min-confidence/);
    writeFileSync(join(dir, '.leakscan.yaml'), 'minConfidence: loud\n');
    const badConfig = await runCli(['scan'], { cwd: dir });
    assert.equal(badConfig.code, 2);
    assert.match(badConfig.stderr, /minConfidence: must be one of lowest, low, medium, high/);
  });

  it('staged leaves generic findings out by default (the hook stays quiet) and reports them with --min-confidence low', async () => {
    const repo = GitRepo.init();
    repo.write({ 'app.env': `${GENERIC}GITHUB_TOKEN=${githubToken()}\n` });
    repo.git('add', 'app.env');
    assert.deepEqual(rulesOf((await runCli(['staged', '-f', 'json'], { cwd: repo.dir })).stdout), [
      'github-personal-access-token',
    ]);
    assert.deepEqual(
      rulesOf((await runCli(['staged', '-f', 'json', '--min-confidence', 'low'], { cwd: repo.dir })).stdout),
      ['generic-secret-assignment', 'github-personal-access-token'],
    );
  });
});
