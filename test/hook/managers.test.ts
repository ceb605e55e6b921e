import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { GitRepo } from '../helpers/git-repo.js';
import { CLI, makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

// The real tools: husky and lefthook's Linux x64 binary package are pinned devDependencies (the binary package,
// not the `lefthook` wrapper: the wrapper's postinstall installs hooks into this repository, and the registry
// here lacks its other platforms' packages, which `npm ci` demands). The binary runs in temp repos only;
// pre-commit is Debian's /usr/bin/pre-commit.
const root = fileURLToPath(new URL('../..', import.meta.url));
const HUSKY_DIR = join(root, 'node_modules', 'husky');
const LEFTHOOK_BIN = join(
  dirname(createRequire(import.meta.url).resolve('lefthook-linux-x64/package.json')),
  'bin',
  'lefthook',
);
const PRE_COMMIT = '/usr/bin/pre-commit';

/** A project with leakscan as a devDependency: node_modules/.bin/leakscan is the built CLI. */
function project(files: Record<string, string> = {}): GitRepo {
  const repo = GitRepo.init();
  repo.write({ 'package.json': '{ "name": "app", "private": true }\n', ...files });
  mkdirSync(join(repo.dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(CLI, join(repo.dir, 'node_modules', '.bin', 'leakscan'));
  writeFileSync(join(repo.dir, '.gitignore'), 'node_modules/\n');
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'init', '--no-verify');
  return repo;
}

function run(repo: GitRepo, command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd: repo.dir,
    env: {
      ...process.env,
      ...repo.env,
      NO_COLOR: '1',
      PRE_COMMIT_HOME: join(repo.env.HOME as string, 'pre-commit'),
      ...env,
    },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const commit = (repo: GitRepo, message: string, env: Record<string, string> = {}) =>
  run(repo, 'git', ['commit', '-q', '-m', message], env);

let round = 0;

/** A key blocks the commit (nothing is committed), then a clean change goes through. */
function assertBlocksThenAllows(repo: GitRepo, env: Record<string, string> = {}): { blocked: string; clean: string } {
  const commits = () => repo.git('rev-list', '--count', 'HEAD');
  const before = commits();
  repo.write({ 'config.env': `TOKEN=${githubToken()}\n` });
  repo.git('add', 'config.env');
  const blocked = commit(repo, 'with a key', env);
  assert.notEqual(blocked.code, 0, blocked.output);
  assert.match(blocked.output, /github-personal-access-token/);
  assert.equal(commits(), before, 'no commit was made');
  repo.write({ 'config.env': `TOKEN=\${GITHUB_TOKEN}\nROUND=${++round}\n` });
  repo.git('add', 'config.env');
  const clean = commit(repo, 'clean', env);
  assert.equal(clean.code, 0, clean.output);
  assert.equal(Number(commits()), Number(before) + 1);
  return { blocked: blocked.output, clean: clean.output };
}

const hookFiles = (repo: GitRepo) =>
  readdirSync(join(repo.dir, '.git', 'hooks'))
    .filter((name) => !name.endsWith('.sample'))
    .sort();

describe('hook managers, with the real tools', () => {
  it('husky 9: leakscan joins .husky/pre-commit, the team hook keeps running, and husky reinstalling does not undo it', async () => {
    const repo = project({ '.husky/pre-commit': 'echo "team hook ran" >&2\n' });
    symlinkSync(HUSKY_DIR, join(repo.dir, 'node_modules', 'husky'));
    const husky = run(repo, process.execPath, [join('node_modules', 'husky', 'bin.js')]);
    assert.equal(husky.code, 0, husky.output);
    assert.equal(repo.git('config', 'core.hooksPath'), '.husky/_');

    const install = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    assert.equal(install.code, 0, install.stderr);
    assert.match(
      install.stdout,
      /husky manages this repository's git hooks: added `leakscan staged` to \.husky\/pre-commit/,
    );
    const script = readFileSync(join(repo.dir, '.husky', 'pre-commit'), 'utf8');
    assert.match(script, /^echo "team hook ran" >&2\n# leakscan: .*\nleakscan staged\n$/);
    assert.ok(!existsSync(join(repo.dir, '.husky', '_', 'pre-commit.leakscan-chained')), "husky's stub is untouched");

    const first = assertBlocksThenAllows(repo);
    assert.match(first.blocked, /team hook ran/);
    assert.match(first.blocked, /the commit was NOT made/);
    assert.match(first.clean, /team hook ran/);

    // `npm install` runs husky's `prepare` again: the hook still scans.
    assert.equal(run(repo, process.execPath, [join('node_modules', 'husky', 'bin.js')]).code, 0);
    assertBlocksThenAllows(repo);

    const again = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    assert.match(again.stdout, /already runs leakscan staged/);
    const uninstall = await runCli(['hook', 'uninstall'], { cwd: repo.dir, env: repo.env });
    assert.equal(uninstall.code, 0, uninstall.stderr);
    assert.equal(readFileSync(join(repo.dir, '.husky', 'pre-commit'), 'utf8'), 'echo "team hook ran" >&2\n');
  });

  it('husky without a pre-commit script: leakscan creates it', async () => {
    const repo = project();
    symlinkSync(HUSKY_DIR, join(repo.dir, 'node_modules', 'husky'));
    assert.equal(run(repo, process.execPath, [join('node_modules', 'husky', 'bin.js')]).code, 0);
    const install = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    assert.equal(install.code, 0, install.stderr);
    assert.match(install.stdout, /\.husky\/pre-commit \(created\)/);
    assertBlocksThenAllows(repo);
  });

  it('lefthook: touches nothing, prints the config and exits 2; that config blocks a key with the real lefthook', async () => {
    const team = 'pre-push:\n  commands:\n    team:\n      run: echo team\n';
    const repo = project({ 'lefthook.yml': team });
    const hooksBefore = hookFiles(repo);
    const install = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    assert.equal(install.code, 2);
    assert.match(
      install.stderr,
      /lefthook manages this repository's git hooks \(lefthook\.yml\): leakscan changed nothing/,
    );
    assert.match(install.stdout, /run: \.\/node_modules\/\.bin\/leakscan staged/);
    assert.deepEqual(hookFiles(repo), hooksBefore);
    assert.equal(readFileSync(join(repo.dir, 'lefthook.yml'), 'utf8'), team);

    writeFileSync(join(repo.dir, 'lefthook.yml'), `${team}${install.stdout}`);
    repo.git('add', 'lefthook.yml');
    const lefthook = run(repo, LEFTHOOK_BIN, ['install']);
    assert.equal(lefthook.code, 0, lefthook.output);
    assert.ok(hookFiles(repo).includes('pre-commit'));
    const { blocked } = assertBlocksThenAllows(repo, { LEFTHOOK_BIN });
    assert.match(blocked, /the commit was NOT made/);
  });

  it('pre-commit (Debian 3.0.x): touches nothing, prints the config and exits 2; that config blocks a key', async () => {
    const repo = project({ '.pre-commit-config.yaml': 'repos: []\n' });
    const install = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    assert.equal(install.code, 2);
    assert.match(install.stderr, /pre-commit manages this repository's git hooks/);
    assert.deepEqual(hookFiles(repo), []);

    writeFileSync(join(repo.dir, '.pre-commit-config.yaml'), install.stdout);
    repo.git('add', '.pre-commit-config.yaml');
    const setup = run(repo, PRE_COMMIT, ['install']);
    assert.equal(setup.code, 0, setup.output);
    const { blocked } = assertBlocksThenAllows(repo);
    assert.match(blocked, /leakscan \(secrets in staged changes\)\.+Failed/);

    // A skipped scan does not pass silently as "Passed": the hook is verbose, so the notice shows.
    repo.write({ 'skip.env': `TOKEN=${githubToken()}\n` });
    repo.git('add', 'skip.env');
    const skipped = commit(repo, 'skipped', { LEAKSCAN_SKIP: '1' });
    assert.equal(skipped.code, 0, skipped.output);
    assert.match(skipped.output, /LEAKSCAN_SKIP=1: the staged changes were NOT scanned/);
  });

  it("pre-commit accepts leakscan's own .pre-commit-hooks.yaml (Debian 3.0.x)", () => {
    const result = spawnSync(PRE_COMMIT, ['validate-manifest', join(root, '.pre-commit-hooks.yaml')], {
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: makeTempDir() },
    });
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });

  it('a core.hooksPath leakscan does not own is said, and its existing hook is chained, not disabled', async () => {
    const repo = project({ '.githooks/pre-commit': '#!/bin/sh\necho "shared hook ran" >&2\n' });
    spawnSync('chmod', ['+x', join(repo.dir, '.githooks', 'pre-commit')]);
    repo.git('config', 'core.hooksPath', '.githooks');
    const install = await runCli(['hook', 'install'], { cwd: repo.dir, env: repo.env });
    assert.equal(install.code, 0, install.stderr);
    assert.match(install.stdout, /core\.hooksPath is set \(\.githooks\)/);
    assert.match(install.stdout, /kept the existing hook/);
    const { blocked } = assertBlocksThenAllows(repo);
    assert.match(blocked, /shared hook ran/);
  });

  it('husky: a .husky/pre-commit that is a link, or a .husky that leads out of the repository, is not written through', async () => {
    const outside = makeTempDir();
    writeFileSync(join(outside, 'bashrc'), 'export A=1\n');
    const linked = project();
    mkdirSync(join(linked.dir, '.husky'));
    symlinkSync(join(outside, 'bashrc'), join(linked.dir, '.husky', 'pre-commit'));
    const viaFile = await runCli(['hook', 'install'], { cwd: linked.dir, env: linked.env });
    assert.equal(viaFile.code, 2);
    assert.match(viaFile.stderr, /not a regular file/);
    const viaDir = project();
    symlinkSync(outside, join(viaDir.dir, '.husky'));
    const result = await runCli(['hook', 'install'], { cwd: viaDir.dir, env: viaDir.env });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /leads outside the repository/);
    assert.equal(readFileSync(join(outside, 'bashrc'), 'utf8'), 'export A=1\n');
    assert.ok(!existsSync(join(outside, 'pre-commit')));
  });
});
