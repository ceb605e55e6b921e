import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

// The hook's bundle is compiled with a V8 code cache kept in the user's cache directory (src/code-cache.ts).
function stagedRepo(): GitRepo {
  const repo = GitRepo.init();
  repo.write({ 'app.js': `const token = "${githubToken()}";\n` });
  repo.git('add', '-A');
  return repo;
}

async function hook(repo: GitRepo, env: Record<string, string>) {
  const result = await runCli(['staged', '--format', 'json'], { cwd: repo.dir, env: { ...repo.env, ...env } });
  assert.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout) as { findings: { file: string; line: number }[] };
  assert.deepEqual(
    report.findings.map((f) => [f.file, f.line]),
    [['app.js', 1]],
  );
  assert.doesNotMatch(result.stderr, /internal error|Error/);
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('staged-fast-path.cjs-'));

describe('staged: V8 code cache', () => {
  it('is written on the first run (0700 directory, 0600 file) and used unchanged by the second', async () => {
    const repo = stagedRepo();
    const cacheHome = makeTempDir('leakscan-cache-');
    await hook(repo, { XDG_CACHE_HOME: cacheHome });
    const dir = join(cacheHome, 'leakscan');
    const [file] = cacheFiles(dir);
    assert.ok(file, 'no cache file written');
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    const path = join(dir, file);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dir), [file], 'a temporary file was left behind');
    const first = readFileSync(path);
    const { mtimeMs, ino } = statSync(path);
    // A run whose cache V8 rejected, or that found none, writes it anew (a new inode, by rename): one that
    // used it leaves it alone.
    await hook(repo, { XDG_CACHE_HOME: cacheHome });
    assert.deepEqual(readFileSync(path), first);
    assert.equal(statSync(path).ino, ino);
    assert.equal(statSync(path).mtimeMs, mtimeMs);
  });

  it("the bundle's dynamic imports (the YAML parser for a config) work when its code comes from the cache", async () => {
    const repo = stagedRepo();
    repo.write({
      '.leakscan.yaml': 'allowlist:\n  paths: ["fixtures/**"]\n',
      'fixtures/k.env': `K=${githubToken()}\n`,
    });
    repo.git('add', '-A');
    const cacheHome = makeTempDir('leakscan-cache-');
    // The first run writes the cache, the second compiles from it, then imports yaml.
    await hook(repo, { XDG_CACHE_HOME: cacheHome });
    await hook(repo, { XDG_CACHE_HOME: cacheHome });
  });

  it('a corrupt or truncated cache is ignored and replaced, never crashes the hook', async () => {
    const repo = stagedRepo();
    const cacheHome = makeTempDir('leakscan-cache-');
    await hook(repo, { XDG_CACHE_HOME: cacheHome });
    const dir = join(cacheHome, 'leakscan');
    const path = join(dir, cacheFiles(dir)[0] ?? 'missing');
    const good = readFileSync(path);
    // Flipped payload bytes with the header kept: V8 alone would accept the payload and crash.
    const flipped = Buffer.from(good);
    for (let i = 64; i < flipped.length; i += 997) flipped[i] = (flipped[i] ?? 0) ^ 0xff;
    for (const corrupt of [flipped, good.subarray(0, good.length >> 1), Buffer.from('not a cache'), Buffer.alloc(0)]) {
      writeFileSync(path, corrupt, { mode: 0o600 });
      await hook(repo, { XDG_CACHE_HOME: cacheHome });
      assert.deepEqual(readFileSync(path).length > 1000, true, 'the cache was not rebuilt');
      assert.notDeepEqual(readFileSync(path), corrupt);
    }
  });

  it('works without a usable cache directory, and never uses one relative to the scanned repository', async () => {
    const repo = stagedRepo();
    // A cache directory that cannot be created: its parent is a regular file (root ignores permission bits).
    const blocker = join(makeTempDir('leakscan-cache-'), 'file');
    writeFileSync(blocker, '');
    await hook(repo, { XDG_CACHE_HOME: blocker });
    await hook(repo, { XDG_CACHE_HOME: blocker });
    // A relative XDG_CACHE_HOME is not a cache directory (it would resolve inside the repository): HOME's is used.
    const home = makeTempDir('leakscan-home-');
    await hook(repo, { XDG_CACHE_HOME: '.', HOME: home });
    assert.deepEqual(
      readdirSync(repo.dir).filter((name) => name !== '.git' && name !== 'app.js'),
      [],
    );
    assert.equal(cacheFiles(join(home, '.cache', 'leakscan')).length, 1);
  });
});
