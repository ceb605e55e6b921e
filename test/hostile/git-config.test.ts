import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkout, runAction } from '../helpers/action-harness.js';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';
import { PlantedCommands } from './planted-commands.js';

// A hostile repository's .git/config (or a file it includes) names programs; leakscan runs none of them,
// and the scan still reads what git stores. Each test plants commands, runs the real CLI or the built Action,
// and asserts both: no marker, and the planted key found.

interface JsonReport {
  findings: { file: string; line: number; commit?: string }[];
  notes?: string[];
}
const report = (stdout: string) => JSON.parse(stdout) as JsonReport;
// The user's own askpass programs would be trusted (and used); the tests run without any.
const { GIT_ASKPASS: _askpass, SSH_ASKPASS: _sshAskpass, ...cleanEnv } = process.env;
const cli = (repo: GitRepo, args: string[]) =>
  runCli([...args, '--format', 'json'], { cwd: repo.dir, env: { ...cleanEnv, ...repo.env } as Record<string, string> });

/** A repository with a key three commits back, and a depth-1 clone of it (the way CI checks out). */
function shallowClone(): { origin: GitRepo; clone: GitRepo; keyCommit: string; base: string } {
  const origin = GitRepo.init();
  const base = origin.commit('base', { 'README.md': 'hello\n' });
  const keyCommit = origin.commit('add settings', { 'settings.env': `TOKEN=${githubToken()}\n` });
  origin.commit('more', { 'a.txt': '1\n' });
  origin.commit('tip', { 'a.txt': '2\n' });
  const dir = join(makeTempDir('leakscan-clone-'), 'clone');
  origin.git('clone', '-q', '--depth', '1', `file://${origin.dir}`, dir);
  return { origin, clone: new GitRepo(dir), keyCommit, base };
}

describe('hostile repository config: nothing it names runs', () => {
  it('core.fsmonitor (also through include.path) does not run during leakscan staged, and the staged key is found', async () => {
    const planted = new PlantedCommands();
    const repo = GitRepo.init();
    repo.commit('init', { 'README.md': 'hi\n' });
    repo.write({ 'settings.env': `TOKEN=${githubToken()}\n` });
    repo.git('add', 'settings.env');
    // Planted after staging: the test's own `git add` would run them otherwise.
    repo.git('config', 'core.fsmonitor', planted.command('fsmonitor'));
    const staged = await cli(repo, ['staged']);
    assert.equal(staged.code, 1, staged.stderr);
    // A config file inside the work tree, included from .git/config: the same keys, one step removed.
    repo.write({
      'tools/evil.config': `[core]\n\tfsmonitor = ${planted.command('included-fsmonitor')}\n\thooksPath = ${planted.dir}\n`,
    });
    repo.git('config', 'include.path', '../tools/evil.config');
    const result = await cli(repo, ['staged']);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(
      report(result.stdout).findings.map((f) => f.file),
      ['settings.env'],
    );
    assert.deepEqual(planted.ran(), []);
  });

  it('diff drivers, textconv, filters, pagers and signature programs do not run in staged or history, and keys are found', async () => {
    const planted = new PlantedCommands();
    const repo = GitRepo.init();
    repo.write({ '.gitattributes': '*.env diff=evil filter=evil\n' });
    repo.commit('init', { 'README.md': 'hi\n' });
    const settings: [string, string][] = [
      ['diff.external', planted.command('diff-external')],
      ['diff.evil.command', planted.command('diff-driver')],
      ['diff.evil.textconv', planted.command('textconv')],
      ['filter.evil.clean', planted.command('filter-clean')],
      ['filter.evil.smudge', planted.command('filter-smudge')],
      ['filter.evil.process', planted.command('filter-process')],
      ['core.pager', planted.shell('core-pager')],
      ['pager.log', planted.shell('pager-log')],
      ['pager.diff', planted.shell('pager-diff')],
      ['log.showSignature', 'true'],
      ['gpg.program', planted.command('gpg')],
      ['gpg.format', 'openpgp'],
    ];
    // Committed before the config exists: git itself would otherwise run the clean filter on `git add`.
    const key = githubToken();
    const keyCommit = repo.commit('settings', { 'settings.env': `TOKEN=${key}\n` });
    // A signed-looking commit on top (log.showSignature makes git log run gpg.program to verify it).
    const tree = repo.git('rev-parse', `${keyCommit}^{tree}`);
    const signed = repo
      .gitRaw(
        ['hash-object', '-t', 'commit', '-w', '--stdin'],
        `tree ${tree}\nparent ${keyCommit}\nauthor A <a@example.test> 1700000000 +0000\ncommitter A <a@example.test> 1700000000 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\nsigned\n`,
      )
      .stdout.trim();
    repo.git('update-ref', 'refs/heads/main', signed);
    repo.write({ 'staged.env': `TOKEN=${githubToken()}\n` });
    repo.git('add', 'staged.env');
    // Planted last: the test's own git calls would run them otherwise.
    for (const [key, value] of settings) repo.git('config', key, value);

    const staged = await cli(repo, ['staged']);
    assert.equal(staged.code, 1, staged.stderr);
    assert.deepEqual(
      report(staged.stdout).findings.map((f) => f.file),
      ['staged.env'],
    );
    const history = await cli(repo, ['history']);
    assert.equal(history.code, 1, history.stderr);
    assert.deepEqual(
      report(history.stdout).findings.map((f) => [f.file, f.commit]),
      [['settings.env', keyCommit]],
    );
    const diff = await cli(repo, ['diff', `${keyCommit}~1..HEAD`]);
    assert.equal(diff.code, 1, diff.stderr);
    assert.deepEqual(planted.ran(), []);
  });

  it('leakscan diff --deepen and history --deepen run neither remote.origin.uploadpack nor a hook, and find the old key', async () => {
    const planted = new PlantedCommands();
    const { clone, keyCommit, base } = shallowClone();
    clone.git('config', 'remote.origin.uploadpack', planted.command('uploadpack'));
    clone.git('config', 'core.hooksPath', planted.dir);
    // The default hooks directory too: a fetch updates refs, which runs the reference-transaction hook.
    for (const dir of [planted.dir, join(clone.dir, '.git', 'hooks')]) {
      writeFileSync(
        join(dir, 'reference-transaction'),
        `#!/bin/sh\n${planted.shell(`hook-in-${dir === planted.dir ? 'hooksPath' : 'git-dir'}`)}\n`,
        { mode: 0o755 },
      );
    }
    const diff = await cli(clone, ['diff', `${base}..HEAD`, '--deepen']);
    assert.equal(diff.code, 1, diff.stderr);
    assert.deepEqual(
      report(diff.stdout).findings.map((f) => [f.file, f.commit]),
      [['settings.env', keyCommit]],
    );

    const second = shallowClone();
    second.clone.git('config', 'remote.origin.uploadpack', planted.command('uploadpack-history'));
    const history = await cli(second.clone, ['history', '--deepen']);
    assert.equal(history.code, 1, history.stderr);
    assert.deepEqual(
      report(history.stdout).findings.map((f) => [f.file, f.commit]),
      [['settings.env', second.keyCommit]],
    );
    assert.deepEqual(planted.ran(), []);
  });

  it("--deepen does not run an ext:: remote, the repository's core.sshCommand (the user's own, yes), core.gitProxy or core.alternateRefsCommand", async () => {
    const planted = new PlantedCommands();
    const { clone, base } = shallowClone();
    clone.git('config', 'protocol.ext.allow', 'always');
    clone.git('config', 'protocol.allow', 'always');
    clone.git('config', 'core.sshCommand', planted.command('ssh-command'));
    clone.git('config', 'core.gitProxy', planted.command('git-proxy'));
    // The user's own ssh command (global config) is the one an ssh fetch uses.
    writeFileSync(
      clone.env.GIT_CONFIG_GLOBAL as string,
      `[core]\n\tsshCommand = ${planted.command('users-own-ssh')}\n`,
    );
    const attempts: [string, RegExp][] = [
      [`ext::${planted.command('ext-remote')} %S`, /cannot fetch/],
      ['ssh://git@127.0.0.1:9/repo.git', /cannot fetch/],
      ['git://127.0.0.1:9/repo.git', /cannot fetch/],
    ];
    for (const [url, error] of attempts) {
      clone.git('remote', 'set-url', 'origin', url);
      const result = await cli(clone, ['diff', `${base}..HEAD`, '--deepen']);
      assert.equal(result.code, 2, `${url}: ${result.stdout}`);
      assert.match(result.stderr, error);
    }
    assert.deepEqual(planted.ran(), ['users-own-ssh']);

    // Alternates: a fetch asks for the alternate's refs, through core.alternateRefsCommand when it is set.
    const other = GitRepo.init();
    other.commit('other', { 'x.txt': 'x\n' });
    const fresh = shallowClone();
    writeFileSync(
      join(fresh.clone.dir, '.git', 'objects', 'info', 'alternates'),
      `${join(other.dir, '.git', 'objects')}\n`,
    );
    fresh.clone.git('config', 'core.alternateRefsCommand', planted.command('alternate-refs'));
    const deepened = await cli(fresh.clone, ['diff', `${fresh.base}..HEAD`, '--deepen']);
    assert.equal(deepened.code, 1, deepened.stderr);
    assert.deepEqual(planted.ran(), ['users-own-ssh']);
  });

  it("a fetch over HTTP that needs credentials runs neither the repository's credential helper nor its askpass, but the user's own helper", async () => {
    const planted = new PlantedCommands();
    const server = createServer((_request, response) => {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="leakscan-test"' });
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { clone, base } = shallowClone();
      clone.git('remote', 'set-url', 'origin', `http://127.0.0.1:${(server.address() as AddressInfo).port}/repo.git`);
      clone.git('config', 'credential.helper', planted.command('credential-helper'));
      clone.git('config', `credential.http://127.0.0.1.helper`, planted.command('credential-helper-for-url'));
      clone.git('config', 'core.askPass', planted.command('askpass'));
      // The user's global config is theirs: its helper still serves the fetch.
      writeFileSync(
        clone.env.GIT_CONFIG_GLOBAL as string,
        `[credential]\n\thelper = ${planted.command('users-own-helper')}\n`,
      );
      const result = await cli(clone, ['diff', `${base}..HEAD`, '--deepen']);
      assert.equal(result.code, 2, result.stdout);
      assert.match(result.stderr, /cannot fetch/);
    } finally {
      server.close();
    }
    assert.deepEqual(planted.ran(), ['users-own-helper']);
  });
});

describe('hostile repository config: nothing it sets hides a key', () => {
  it('log.showRoot=false, replace refs, grafts, i18n.logOutputEncoding and core.bigFileThreshold=1 hide nothing from history', async () => {
    const repo = GitRepo.init();
    const rootKey = githubToken();
    const root = repo.commit('root', { 'root.env': `TOKEN=${rootKey}\n` });
    const keyCommit = repo.commit('settings', { 'settings.env': `TOKEN=${githubToken()}\n` });
    const tip = repo.commit('tip', { 'a.txt': 'x\n' });
    // A replacement that shows the key commit as an empty one, and a graft that cuts history after the tip.
    const clean = repo
      .gitRaw(
        ['hash-object', '-t', 'commit', '-w', '--stdin'],
        `tree ${repo.git('rev-parse', `${root}^{tree}`)}\nparent ${root}\nauthor A <a@example.test> 1700000000 +0000\ncommitter A <a@example.test> 1700000000 +0000\n\nsettings\n`,
      )
      .stdout.trim();
    repo.git('replace', keyCommit, clean);
    mkdirSync(join(repo.dir, '.git', 'info'), { recursive: true });
    writeFileSync(join(repo.dir, '.git', 'info', 'grafts'), `${tip}\n`);
    repo.git('config', 'log.showRoot', 'false');
    repo.git('config', 'i18n.logOutputEncoding', 'UTF-16');
    repo.git('config', 'core.bigFileThreshold', '1');
    const result = await cli(repo, ['history']);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(
      report(result.stdout)
        .findings.map((f) => [f.file, f.commit])
        .sort(),
      [
        ['root.env', root],
        ['settings.env', keyCommit],
      ].sort(),
    );
  });
});

describe('hostile Action inputs and checkouts', () => {
  const pullRequest = () => {
    const upstream = GitRepo.init();
    const base = upstream.commit('base', { 'README.md': 'hello\n' });
    upstream.git('checkout', '-q', '-b', 'feature');
    upstream.commit('add settings', { 'settings.env': `TOKEN=${githubToken()}\n` });
    const head = upstream.commit('tip', { 'a.txt': '1\n' });
    return { upstream, base, head };
  };
  const payload = (base: string, head: string) => ({
    pull_request: {
      number: 7,
      commits: 2,
      base: { sha: base, ref: 'main', repo: { full_name: 'octo/app' } },
      head: { sha: head, ref: 'feature', repo: { full_name: 'octo/app' } },
    },
    repository: { full_name: 'octo/app', default_branch: 'main' },
  });

  it('base or head inputs that look like options (--upload-pack=…) are refused before any git call, and nothing runs', async () => {
    const planted = new PlantedCommands();
    const { upstream, head } = pullRequest();
    const { workspace } = checkout(upstream, head);
    const attempts: Record<string, string>[] = [
      { base: `--upload-pack=${planted.command('base-input')}` },
      { base: head, head: `--upload-pack=${planted.command('head-input')}` },
    ];
    for (const inputs of attempts) {
      const run = await runAction({
        workspace: workspace.dir,
        event: 'workflow_dispatch',
        payload: {},
        inputs: { mode: 'diff', ...inputs },
      });
      assert.equal(run.code, 1, run.stdout);
      assert.match(
        run.stdout,
        /::error::leakscan: bad revision '--upload-pack=.*': a revision cannot be empty, start with '-'/,
      );
    }
    assert.deepEqual(planted.ran(), []);
  });

  it('a shallow checkout whose config sets remote.origin.uploadpack and hooks: the fetch runs neither, and the key is found', async () => {
    const planted = new PlantedCommands();
    const { upstream, base, head } = pullRequest();
    const { workspace } = checkout(upstream, head);
    workspace.git('config', 'remote.origin.uploadpack', planted.command('uploadpack'));
    workspace.git('config', 'core.fsmonitor', planted.command('fsmonitor'));
    writeFileSync(
      join(workspace.dir, '.git', 'hooks', 'reference-transaction'),
      `#!/bin/sh\n${planted.shell('hook')}\n`,
      { mode: 0o755 },
    );
    const run = await runAction({ workspace: workspace.dir, event: 'pull_request', payload: payload(base, head) });
    assert.equal(run.outputs['leak-count'], '1', run.stdout);
    assert.match(run.stdout, /fetching the commits of/);
    assert.deepEqual(planted.ran(), []);
  });
});
