import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

const findings = (stdout: string) => (JSON.parse(stdout) as { findings: { file: string; ruleId: string }[] }).findings;

function commit(repo: GitRepo, message: string) {
  const result = spawnSync('git', ['commit', '-q', '-m', message], {
    cwd: repo.dir,
    env: { ...process.env, ...repo.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('config discovery and the baseline every mode applies', () => {
  it('a scan from a subdirectory uses the config at the repository top', async () => {
    const repo = GitRepo.init();
    const token = githubToken();
    repo.commit('init', {
      'sub/deep/key.env': `TOKEN=${token}\n`,
      '.leakscan.yaml': `allowlist:\n  regexes: ['^${token.slice(0, 12)}']\n`,
    });
    const fromSub = await runCli(['scan', '-f', 'json', '.'], { cwd: join(repo.dir, 'sub', 'deep'), env: repo.env });
    assert.equal(fromSub.code, 0, fromSub.stdout + fromSub.stderr);
    // The nearest config wins: one in the subdirectory that allowlists nothing.
    writeFileSync(join(repo.dir, 'sub', '.leakscan.yml'), 'defaultIgnores: true\n');
    const nearer = await runCli(['scan', '-f', 'json', '.'], { cwd: join(repo.dir, 'sub', 'deep'), env: repo.env });
    assert.equal(nearer.code, 1, nearer.stderr);
    assert.equal(findings(nearer.stdout).length, 1);
  });

  it('outside a repository a config in a parent directory does not apply', async () => {
    const parent = makeTempDir();
    const token = githubToken();
    writeFileSync(join(parent, '.leakscan.yaml'), `allowlist:\n  regexes: ['^${token.slice(0, 12)}']\n`);
    mkdirSync(join(parent, 'child'));
    writeFileSync(join(parent, 'child', 'key.env'), `TOKEN=${token}\n`);
    const result = await runCli(['scan', '-f', 'json', '.'], { cwd: join(parent, 'child') });
    assert.equal(result.code, 1, result.stderr);
  });

  it('the hook honours the baseline `leakscan baseline create` wrote, without any flag', async () => {
    const repo = GitRepo.init();
    repo.commit('init', { 'README.md': 'hi\n' });
    const install = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    assert.equal(install.code, 0, install.stderr);
    repo.write({ 'legacy.env': `TOKEN=${githubToken()}\n` });
    repo.git('add', '-A');
    assert.equal(commit(repo, 'blocked').code, 1);
    const created = await runCli(['baseline', 'create'], { cwd: repo.dir, env: repo.env });
    assert.equal(created.code, 0, created.stderr);
    repo.git('add', '-A');
    const accepted = commit(repo, 'accepted by the baseline');
    assert.equal(accepted.code, 0, accepted.output);
    // A new key is still blocked.
    repo.write({ 'new.env': `TOKEN=${githubToken()}\n` });
    repo.git('add', '-A');
    assert.equal(commit(repo, 'new key').code, 1);
  });

  it('`baseline:` in the config applies to scan, staged, diff and history; --baseline overrides it', async () => {
    const repo = GitRepo.init();
    repo.commit('init', { 'README.md': 'hi\n' });
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit('key', { 'app/key.env': `TOKEN=${githubToken()}\n` });
    const before = await runCli(['scan', '-f', 'json', '.'], { cwd: repo.dir, env: repo.env });
    assert.equal(before.code, 1);
    const fingerprint = (JSON.parse(before.stdout) as { findings: { fingerprint: string }[] }).findings[0]?.fingerprint;
    repo.write({
      'security/accepted.txt': `${fingerprint}\n`,
      '.leakscan.yaml': 'baseline: security/accepted.txt\n',
    });
    repo.git('add', '-A');
    // diff and history run from a subdirectory (the config is found upward); scan from the top, where its report
    // paths match the baseline's.
    for (const [dir, args] of [
      ['.', ['scan', '.']],
      ['app', ['diff', `${base}..HEAD`]],
      ['app', ['history']],
    ] as const) {
      const result = await runCli([...args, '-f', 'json'], { cwd: join(repo.dir, dir), env: repo.env });
      assert.equal(result.code, 0, `${args[0]}: ${result.stdout}${result.stderr}`);
    }
    repo.write({ 'app/key.env': `TOKEN=${githubToken()}\n` });
    repo.git('add', '-A');
    const staged = await runCli(['staged', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    assert.equal(staged.code, 1, 'a different key is not in the baseline');
    writeFileSync(join(repo.dir, 'empty-baseline'), '');
    const overridden = await runCli(['history', '-f', 'json', '--baseline', 'empty-baseline'], {
      cwd: repo.dir,
      env: repo.env,
    });
    assert.equal(overridden.code, 1);
  });

  it('`baseline:` must stay inside the config directory', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'a.txt'), 'hello\n');
    for (const value of ['/etc/passwd', '../outside', 'x/../../outside', '42']) {
      writeFileSync(join(dir, '.leakscan.yaml'), `baseline: ${value}\n`);
      const result = await runCli(['scan', '.'], { cwd: dir });
      assert.equal(result.code, 2, value);
      assert.match(result.stderr, /baseline: must be a file path relative to the config file/);
    }
  });

  it('a default .leakscan-baseline that is not a fingerprint file is left out with a note; a named one is an error', async () => {
    const repo = GitRepo.init();
    repo.commit('init', { 'README.md': 'hi\n' });
    repo.write({ '.leakscan-baseline': 'not a fingerprint\n', 'k.env': `TOKEN=${githubToken()}\n` });
    repo.git('add', '-A');
    const staged = await runCli(['staged', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    assert.equal(staged.code, 1, staged.stderr);
    assert.match(
      staged.stdout,
      /\.leakscan-baseline is not a baseline \(1 line\(s\) are not fingerprints\), so it was not applied/,
    );
    assert.doesNotMatch(staged.stdout, /not a fingerprint\b(?! \()/);
    writeFileSync(join(repo.dir, '.leakscan.yaml'), 'baseline: .leakscan-baseline\n');
    const named = await runCli(['staged', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    assert.equal(named.code, 2);
    assert.match(named.stderr, /not a fingerprint/);
  });
});
