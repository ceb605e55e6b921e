import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { CLI, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

/** A real `git commit` that runs the hooks. */
function commit(repo: GitRepo, message: string, env: Record<string, string> = {}) {
  const result = spawnSync('git', ['commit', '-q', '-m', message], {
    cwd: repo.dir,
    env: { ...process.env, ...repo.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('leakscan hook', () => {
  it('installs a pre-commit hook that blocks a commit with a key and allows it once the key is removed', async () => {
    const repo = GitRepo.init();
    repo.commit('init', { 'README.md': 'hi\n' });
    const install = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    assert.equal(install.code, 0, install.stderr);
    const hook = readFileSync(join(repo.dir, '.git', 'hooks', 'pre-commit'), 'utf8');
    assert.ok(hook.includes(CLI), 'the hook runs the installing CLI by absolute path');

    repo.write({ 'config.env': `TOKEN=${githubToken()}\n` });
    repo.git('add', '-A');
    const blocked = commit(repo, 'add config');
    assert.equal(blocked.code, 1);
    assert.match(blocked.stdout + blocked.stderr, /config\.env:1:7 .*github-personal-access-token/);
    assert.equal(repo.git('rev-list', '--count', 'HEAD'), '1');

    repo.write({ 'config.env': 'TOKEN=${GITHUB_TOKEN}\n' });
    repo.git('add', '-A');
    const allowed = commit(repo, 'add config');
    assert.equal(allowed.code, 0, allowed.stdout + allowed.stderr);
    assert.equal(repo.git('rev-list', '--count', 'HEAD'), '2');
  });

  it('a blocked commit says it was not made, the fix, the accept and the bypass; a clean one is silent', async () => {
    const repo = GitRepo.init();
    repo.commit('init', { 'README.md': 'hi\n' });
    await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    repo.write({ 'k.env': `K=${githubToken()}\n` });
    repo.git('add', '-A');
    const blocked = commit(repo, 'blocked');
    assert.equal(blocked.code, 1);
    assert.match(blocked.stderr, /the commit was NOT made/);
    assert.match(blocked.stderr, /fix: +remove the secret/);
    assert.match(blocked.stderr, /accept: .*leakscan:allow.*\n.*\.leakscanignore.*\.leakscan-baseline/);
    assert.match(blocked.stderr, /LEAKSCAN_SKIP=1 git commit .*--no-verify/);
    repo.write({ 'k.env': 'K=${TOKEN}\n' });
    repo.git('add', '-A');
    const clean = commit(repo, 'clean');
    assert.equal(clean.code, 0, clean.stderr);
    assert.equal(clean.stdout + clean.stderr, '');
    // Run by hand, outside a commit, it says what the hook would do; --verbose prints the summary of a clean scan.
    repo.write({ 'j.env': `K=${githubToken()}\n` });
    repo.git('add', '-A');
    const byHand = await runCli(['staged'], { cwd: repo.dir, env: repo.env });
    assert.equal(byHand.code, 1);
    assert.match(byHand.stderr, /the pre-commit hook would block this commit/);
    repo.git('rm', '-q', '--cached', 'j.env');
    const verbose = await runCli(['staged', '--verbose'], { cwd: repo.dir, env: repo.env });
    assert.equal(verbose.code, 0, verbose.stderr);
    assert.match(verbose.stdout + verbose.stderr, /0 leaks found/);
  });

  it('LEAKSCAN_SKIP=1 lets the commit through and says the scan was skipped', async () => {
    const repo = GitRepo.init();
    await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    repo.write({ 'k.env': `K=${githubToken()}\n` });
    repo.git('add', '-A');
    const result = commit(repo, 'skip', { LEAKSCAN_SKIP: '1' });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /LEAKSCAN_SKIP=1: the staged changes were NOT scanned/);
  });

  it('chains an existing hook (it still runs, and can still block), and uninstall restores it', async () => {
    const repo = GitRepo.init();
    const hookPath = join(repo.dir, '.git', 'hooks', 'pre-commit');
    const original = '#!/bin/sh\necho "original hook ran" >&2\n[ ! -f block-me ]\n';
    writeFileSync(hookPath, original, { mode: 0o755 });
    const install = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    assert.match(install.stdout, /kept the existing hook/);

    repo.write({ 'a.txt': 'clean\n', 'block-me': '' });
    repo.git('add', '-A');
    const blockedByOriginal = commit(repo, 'one');
    assert.equal(blockedByOriginal.code, 1);
    assert.match(blockedByOriginal.stderr, /original hook ran/);
    repo.git('rm', '-q', '--cached', 'block-me');
    repo.write({ 'block-me': null });
    const passes = commit(repo, 'one');
    assert.equal(passes.code, 0, passes.stderr);
    assert.match(passes.stderr, /original hook ran/);

    // Installing twice does not chain leakscan's own hook to itself.
    await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    const uninstall = await runCli(['hook', 'uninstall'], { cwd: repo.dir, env: repo.env });
    assert.equal(uninstall.code, 0, uninstall.stderr);
    assert.equal(readFileSync(hookPath, 'utf8'), original);
    assert.equal(existsSync(`${hookPath}.leakscan-chained`), false);
  });

  it('--force replaces an existing hook; uninstall refuses to delete a hook leakscan did not write', async () => {
    const repo = GitRepo.init();
    const hookPath = join(repo.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hookPath, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const refused = await runCli(['hook', 'uninstall'], { cwd: repo.dir, env: repo.env });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /not installed by leakscan/);
    await runCli(['hook', 'install', '--force'], { cwd: repo.dir, env: repo.env });
    assert.equal(existsSync(`${hookPath}.leakscan-chained`), false);
    assert.match(readFileSync(hookPath, 'utf8'), /leakscan pre-commit hook/);
  });

  it('honours core.hooksPath', async () => {
    const repo = GitRepo.init();
    repo.git('config', 'core.hooksPath', '.githooks');
    await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    assert.ok(existsSync(join(repo.dir, '.githooks', 'pre-commit')));
    repo.write({ 'k.env': `K=${githubToken()}\n` });
    repo.git('add', 'k.env');
    assert.equal(commit(repo, 'key').code, 1);
  });

  it('falls back to node_modules/.bin/leakscan, then leakscan on PATH, when the installing CLI is gone, and fails clearly when none is found', async () => {
    const repo = GitRepo.init();
    await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    const hookPath = join(repo.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hookPath, readFileSync(hookPath, 'utf8').replace(CLI, '/nonexistent/leakscan/dist/cli.js'));
    repo.write({ 'k.env': `K=${githubToken()}\n` });
    repo.git('add', 'k.env');
    const { mkdirSync, rmSync } = await import('node:fs');
    // A devDependency: node_modules/.bin/leakscan in the repository.
    mkdirSync(join(repo.dir, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(
      join(repo.dir, 'node_modules', '.bin', 'leakscan'),
      `#!/bin/sh\necho "via node_modules" >&2\nexec "${process.execPath}" "${CLI}" "$@"\n`,
      { mode: 0o755 },
    );
    const viaNodeModules = commit(repo, 'key', { PATH: '/usr/bin:/bin' });
    assert.equal(viaNodeModules.code, 1);
    assert.match(viaNodeModules.stderr, /via node_modules/);
    rmSync(join(repo.dir, 'node_modules'), { recursive: true });
    // A global install: leakscan on PATH.
    const bin = join(repo.dir, '..', `bin-${Date.now()}`);
    mkdirSync(bin);
    writeFileSync(join(bin, 'leakscan'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
    const viaPath = commit(repo, 'key', { PATH: `${bin}:/usr/bin:/bin` });
    assert.equal(viaPath.code, 1);
    assert.match(viaPath.stdout + viaPath.stderr, /github-personal-access-token/);
    const none = commit(repo, 'key', { PATH: '/usr/bin:/bin' });
    assert.equal(none.code, 1);
    assert.match(none.stderr, /cannot run the secret scan/);
  });
});
