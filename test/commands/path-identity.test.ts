import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { assertValidSarif } from '../helpers/sarif.js';
import { githubToken } from '../helpers/tokens.js';

interface JsonReport {
  findings: { file: string; fingerprint: string }[];
}

/** The findings of one run as `file fingerprint`, sorted; fails unless the run found leaks (exit 1). */
async function identities(args: string[], cwd: string, env: Record<string, string> = {}): Promise<string[]> {
  const run = await runCli([...args, '--format', 'json'], { cwd, env });
  assert.equal(run.code, 1, `${args.join(' ')} in ${cwd}: ${run.stderr}`);
  return (JSON.parse(run.stdout) as JsonReport).findings.map((f) => `${f.file} ${f.fingerprint}`).sort();
}

/**
 * The same key in the same file has one identity however the command is invoked (issue 11): paths relative to
 * the repository's top level inside a work tree, to the scanned root outside one, `/`-separated.
 */
describe('paths and fingerprints do not depend on where leakscan runs', () => {
  // parent/
  //   a/        git repository: a.env, sub/b.env (committed)
  //   sibling/  an empty directory
  //   link  ->  a
  const parent = makeTempDir('leakscan-identity-');
  const repo = new GitRepo(join(parent, 'a'));
  const sibling = join(parent, 'sibling');
  let expected: string[];

  before(async () => {
    mkdirSync(repo.dir);
    mkdirSync(sibling);
    symlinkSync(repo.dir, join(parent, 'link'));
    repo.git('-c', 'init.defaultBranch=main', 'init', '-q');
    repo.commit('keys', { 'a.env': `TOKEN=${githubToken()}\n`, 'sub/b.env': `TOKEN=${githubToken()}\n` });
    expected = await identities(['scan', '.'], repo.dir, repo.env);
  });

  it('inside the repository the paths are its top level’s', () => {
    assert.deepEqual(
      expected.map((line) => line.split(' ')[0]),
      ['a.env', 'sub/b.env'],
    );
    for (const line of expected) {
      const [file, fingerprint] = line.split(' ') as [string, string];
      assert.ok(fingerprint.startsWith(`github-personal-access-token:${file}:`), fingerprint);
    }
  });

  it('`scan a` from the parent and `scan ../a` from a sibling give the same paths and fingerprints', async () => {
    assert.deepEqual(await identities(['scan', 'a'], parent, repo.env), expected);
    assert.deepEqual(await identities(['scan', '../a'], sibling, repo.env), expected);
    assert.deepEqual(await identities(['scan', join(parent, 'a')], sibling, repo.env), expected);
  });

  it('SARIF of a scan outside the current directory: relative URIs against %SRCROOT%, valid for the Multitool', async () => {
    const run = await runCli(['scan', '../a', '--format', 'sarif'], { cwd: sibling, env: repo.env });
    assert.equal(run.code, 1, run.stderr);
    const log = await assertValidSarif(run.stdout, 'scan ../a --format sarif');
    assert.equal(log.runs[0]?.originalUriBaseIds?.['%SRCROOT%']?.uri, `${pathToFileURL(repo.dir).href}/`);
    assert.deepEqual(log.runs[0]?.results?.map((r) => r.locations?.[0]?.physicalLocation.artifactLocation).sort(), [
      { uri: 'a.env', uriBaseId: '%SRCROOT%' },
      { uri: 'sub/b.env', uriBaseId: '%SRCROOT%' },
    ]);
    assert.deepEqual(
      log.runs[0]?.results?.map((r) => `${r.partialFingerprints?.['leakscanFingerprint/v1']}`).sort(),
      expected.map((line) => line.split(' ')[1]),
    );
  });

  it('through a symbolic link to the repository, the same identities', async () => {
    assert.deepEqual(await identities(['scan', 'link'], parent, repo.env), expected);
  });

  it('`scan sub/` from the top and `scan .` in the subdirectory agree with each other and with the full scan', async () => {
    const subOnly = expected.filter((line) => line.startsWith('sub/'));
    assert.deepEqual(await identities(['scan', 'sub/'], repo.dir, repo.env), subOnly);
    assert.deepEqual(await identities(['scan', '.'], join(repo.dir, 'sub'), repo.env), subOnly);
    assert.deepEqual(await identities(['scan', 'b.env'], join(repo.dir, 'sub'), repo.env), subOnly);
    assert.deepEqual(await identities(['scan', '../a.env', '.'], join(repo.dir, 'sub'), repo.env), expected);
  });

  it('`history` from a subdirectory gives the fingerprints of `scan` for the committed keys', async () => {
    assert.deepEqual(await identities(['history'], join(repo.dir, 'sub'), repo.env), expected);
  });

  it('a baseline written one way accepts every finding of a scan run another way', async () => {
    const baseline = join(parent, 'accepted.txt');
    const written = await runCli(['scan', 'a', '--write-baseline', baseline], { cwd: parent, env: repo.env });
    assert.equal(written.code, 1, written.stderr);
    for (const [args, cwd] of [
      [['scan', '.'], repo.dir],
      [['scan', '../a'], sibling],
      [['history'], join(repo.dir, 'sub')],
    ] as const) {
      const run = await runCli([...args, '--baseline', baseline], { cwd, env: repo.env });
      assert.equal(run.code, 0, `${args.join(' ')} in ${cwd}: ${run.stdout}${run.stderr}`);
      assert.doesNotMatch(run.stdout + run.stderr, /stale|not seen/i);
    }
  });

  it('outside a git work tree, paths are relative to the scanned directory', async () => {
    const outside = makeTempDir('leakscan-plain-');
    mkdirSync(join(outside, 'd', 'deep'), { recursive: true });
    mkdirSync(join(outside, 'other'));
    writeFileSync(join(outside, 'd', 'deep', 'k.env'), `TOKEN=${githubToken()}\n`);
    const inside = await identities(['scan', '.'], join(outside, 'd'));
    assert.deepEqual(
      inside.map((line) => line.split(' ')[0]),
      ['deep/k.env'],
    );
    assert.deepEqual(await identities(['scan', 'd'], outside), inside);
    assert.deepEqual(await identities(['scan', '../d'], join(outside, 'other')), inside);
    // Two scanned directories: relative to the deepest directory holding both, so neither path is ambiguous.
    writeFileSync(join(outside, 'other', 'k.env'), `TOKEN=${githubToken()}\n`);
    assert.deepEqual(
      (await identities(['scan', 'd', 'other'], outside)).map((line) => line.split(' ')[0]),
      ['d/deep/k.env', 'other/k.env'],
    );
  });
});
