import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { type GitHttpServer, startGitHttpServer } from '../helpers/git-http-server.js';
import { CLI, type CliResult, makeTempDir, runCli, TEST_STATE_HOME } from '../helpers/run-cli.js';
import { assertValidSarif } from '../helpers/sarif.js';
import { githubToken } from '../helpers/tokens.js';

interface JsonReport {
  findings: { file: string; fingerprint: string; presentAtHead?: boolean }[];
  notes?: string[];
}

const findingsOf = (run: CliResult): string[] =>
  (JSON.parse(run.stdout) as JsonReport).findings.map((f) => `${f.file} ${f.fingerprint}`).sort();

/**
 * A repository by URL (issue 11): `scan <url>` scans the files at HEAD, `history <url>` every commit of every
 * branch and tag, from a clone in a temporary directory that is removed afterwards. Served by real git over
 * file:// and smart HTTP (`git http-backend`) on 127.0.0.1, a private repository behind a token.
 */
describe('scan and history of a repository named by URL', () => {
  const token = `lst_${githubToken().slice(4)}`; // the server's password: never printed, never stored
  const [atHead, removed] = [githubToken(), githubToken()];
  const upstream = GitRepo.init();
  const projects = makeTempDir('leakscan-served-');
  // Clones go under this TMPDIR, so a test sees what was left behind.
  const tmp = makeTempDir('leakscan-tmp-');
  const cwd = makeTempDir('leakscan-reviewer-');
  let server: GitHttpServer;
  let local: string[];
  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    ...upstream.env,
    TMPDIR: tmp,
    ...extra,
  });

  before(async () => {
    upstream.commit('old key', { 'old.env': `K=${removed}\n` });
    upstream.commit('remove it', { 'old.env': null });
    upstream.commit('key', { 'config/app.env': `TOKEN=${atHead}\n`, 'README.md': 'app\n' });
    upstream.git('branch', 'feature');
    mkdirSync(join(projects, 'private'));
    mkdirSync(join(projects, 'o'));
    for (const path of ['public.git', 'private/repo.git', 'o/public.git'])
      upstream.git('clone', '-q', '--bare', upstream.dir, join(projects, path));
    server = await startGitHttpServer(projects, token);
    local = findingsOf(await runCli(['history', '--format', 'json'], { cwd: upstream.dir, env: upstream.env }));
  });
  after(async () => server?.close());

  const clonesLeft = (): string[] => readdirSync(tmp).filter((name) => name.startsWith('leakscan-remote-'));

  it('file://: history finds every key with the fingerprints of a local history scan, and the clone is removed', async () => {
    const run = await runCli(['history', `file://${join(projects, 'public.git')}`, '--format', 'json'], {
      cwd,
      env: env(),
    });
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(findingsOf(run), local);
    assert.equal(local.length, 2);
    // Every branch is named once, as the remote's: not the clone's own copy of the default branch beside it.
    const branches = (JSON.parse(run.stdout) as { findings: { exposure?: { branches: string[] } }[] }).findings.map(
      (finding) => finding.exposure?.branches,
    );
    assert.deepEqual(branches.flat().sort(), ['origin/feature', 'origin/main'], JSON.stringify(branches));
    assert.match(
      (JSON.parse(run.stdout) as JsonReport).notes?.join('\n') ?? '',
      /repository file:\/\/.*public\.git at [0-9a-f]{40}/,
    );
    assert.doesNotMatch(run.stderr, /cloning/, 'no progress when stderr is not a terminal');
    assert.deepEqual(clonesLeft(), []);
  });

  it('on a terminal the clone shows its progress', () => {
    // `script` gives the CLI a pseudo-terminal.
    const command = [process.execPath, CLI, 'history', `file://${join(projects, 'public.git')}`]
      .map((arg) => `'${arg}'`)
      .join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd,
      env: { ...process.env, ...env(), NO_COLOR: '1', XDG_STATE_HOME: TEST_STATE_HOME },
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /cloning file:\/\/\S+public\.git: \w+:? \d+% \(\d+\/\d+\)/);
  });

  it('file://: scan reads the files at HEAD only (the removed key is history)', async () => {
    const run = await runCli(['scan', `file://${join(projects, 'public.git')}`, '--format', 'json'], {
      cwd,
      env: env(),
    });
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(
      findingsOf(run),
      local.filter((line) => line.startsWith('config/')),
    );
    assert.deepEqual(clonesLeft(), []);
  });

  it('http: a public repository through git http-backend, SARIF mapped to the repository', async () => {
    const url = `${server.url}/public.git`;
    const run = await runCli(['history', url, '--format', 'sarif'], { cwd, env: env() });
    assert.equal(run.code, 1, run.stderr);
    const log = await assertValidSarif(run.stdout, 'history <url> --format sarif');
    assert.equal(log.runs[0]?.versionControlProvenance?.[0]?.repositoryUri, url);
    assert.match(log.runs[0]?.versionControlProvenance?.[0]?.revisionId ?? '', /^[0-9a-f]{40}$/);
    assert.equal(log.runs[0]?.results?.length, 2);
  });

  it('owner/name is GitHub shorthand (GITHUB_SERVER_URL names another server)', async () => {
    const run = await runCli(['scan', 'o/public', '--format', 'json'], {
      cwd,
      env: env({ GITHUB_SERVER_URL: server.url }),
    });
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(
      findingsOf(run),
      local.filter((line) => line.startsWith('config/')),
    );
    assert.ok(server.requests.some((r) => r.path.startsWith('/o/public.git/')));
    // A mistyped local path can look like owner/name: the clone is said before it starts.
    assert.match(run.stderr, new RegExp(`no local path by that name: cloning ${server.url}/o/public\\.git`));
  });

  it('a private repository without credentials: exit 2, a clear message naming the URL', async () => {
    const run = await runCli(['history', `${server.url}/private/repo.git`], { cwd, env: env() });
    assert.equal(run.code, 2, run.stdout);
    assert.match(run.stderr, new RegExp(`cannot clone ${server.url}/private/repo\\.git: authentication required`));
    assert.match(run.stderr, /LEAKSCAN_GIT_TOKEN/);
    assert.deepEqual(clonesLeft(), []);
  });

  it('LEAKSCAN_GIT_TOKEN opens a private repository; the token is in no output, no kept file, no argument', async () => {
    const keep = join(makeTempDir('leakscan-keep-'), 'clone');
    const run = await runCli(['history', `${server.url}/private/repo.git`, '--format', 'json', '--keep-clone', keep], {
      cwd,
      env: env({ LEAKSCAN_GIT_TOKEN: token }),
    });
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(findingsOf(run), local);
    assert.ok(!run.stdout.includes(token) && !run.stderr.includes(token));
    assert.ok(server.requests.some((r) => r.path.startsWith('/private/') && r.authorization?.startsWith('Basic ')));
    // The clone is kept, with no credential anywhere in its git directory's config.
    assert.ok(existsSync(join(keep, '.git', 'config')));
    const config = readFileSync(join(keep, '.git', 'config'), 'utf8');
    assert.ok(!config.includes(token), config);
    assert.match(config, new RegExp(`url = ${server.url}/private/repo\\.git`));
    assert.match(run.stderr + run.stdout, /kept in/);
    assert.deepEqual(clonesLeft(), [], 'the askpass program and the template are removed');
  });

  it('credentials written in the URL are used, and stripped from every message and the kept clone', async () => {
    const keep = join(makeTempDir('leakscan-keep-'), 'clone');
    const withToken = `http://x-access-token:${token}@${server.url.slice('http://'.length)}/private/repo.git`;
    const run = await runCli(['scan', withToken, '--format', 'json', '--keep-clone', keep], { cwd, env: env() });
    assert.equal(run.code, 1, run.stderr);
    assert.ok(!run.stdout.includes(token) && !run.stderr.includes(token));
    assert.ok(!readFileSync(join(keep, '.git', 'config'), 'utf8').includes(token));
    const wrong = withToken.replace(token, 'wrong-password');
    const refused = await runCli(['scan', wrong], { cwd, env: env() });
    assert.equal(refused.code, 2);
    assert.ok(!refused.stderr.includes('wrong-password'), refused.stderr);
    assert.match(refused.stderr, new RegExp(`cannot clone ${server.url}/private/repo\\.git`));
  });

  it('an unreachable repository: exit 2, a clear message', async () => {
    const run = await runCli(['scan', 'http://127.0.0.1:9/nothing.git'], { cwd, env: env() });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot clone http:\/\/127\.0\.0\.1:9\/nothing\.git: the repository cannot be reached/);
    const missing = await runCli(['history', `file://${join(projects, 'missing.git')}`], { cwd, env: env() });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot clone file:\/\/.*missing\.git/);
    assert.doesNotMatch(missing.stderr + run.stderr, /internal error/);
  });

  it('interrupted while the server stalls: the temporary clone is removed', async () => {
    const sockets = new Set<Socket>();
    const stalled = createNetServer((socket) => {
      sockets.add(socket); // accepted, never answered
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const { port } = stalled.address() as AddressInfo;
    const child = spawn(process.execPath, [CLI, 'history', `http://127.0.0.1:${port}/slow.git`], {
      cwd,
      env: { ...process.env, ...env(), XDG_STATE_HOME: TEST_STATE_HOME },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    const closed = new Promise((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    try {
      // Wait until git is cloning (it made the clone's directory in the temporary one), then interrupt it.
      const cloning = (): boolean => clonesLeft().some((dir) => existsSync(join(tmp, dir, 'repository')));
      for (let i = 0; i < 200 && !cloning(); i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(cloning(), 'the clone started');
      child.kill('SIGINT');
      assert.equal(await closed, 'SIGINT', stderr);
      assert.deepEqual(clonesLeft(), []);
    } finally {
      child.kill('SIGKILL');
      for (const socket of sockets) socket.destroy();
      stalled.close();
    }
  });

  it('--keep-clone into a directory that is not empty is refused before anything is fetched', async () => {
    const keep = makeTempDir('leakscan-keep-');
    writeFileSync(join(keep, 'mine.txt'), 'x\n');
    const run = await runCli(['scan', `file://${join(projects, 'public.git')}`, '--keep-clone', keep], {
      cwd,
      env: env(),
    });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /not empty/);
    assert.deepEqual(readdirSync(keep), ['mine.txt']);
  });
});

describe('a hostile repository by URL', () => {
  it('its config, attributes, submodules and ignore file change nothing and run nothing', async () => {
    const marker = join(makeTempDir('leakscan-marker-'), 'ran');
    const key = githubToken();
    const hostile = GitRepo.init();
    hostile.commit('keys', { 'k.env': `TOKEN=${key}\n`, 'utf.env': `TOKEN=${key}\n` });
    const hostileFiles = {
      // Its own config would allowlist every path, and its ignore file does not parse: neither is read.
      '.leakscan.yaml': 'allowlist:\n  paths:\n    - "**"\n',
      '.leakscanignore': 'not a fingerprint\n',
      // Filters, textconv and an encoding git would apply on checkout (UTF-16 without a BOM would pass for
      // binary): the files are written as committed.
      '.gitattributes': '*.env filter=evil diff=evil\nutf.env working-tree-encoding=UTF-16LE\n',
      '.gitmodules': `[submodule "sub"]\n\tpath = sub\n\turl = ext::sh -c touch% ${marker}\n`,
    };
    // Added by name: `git add -A` would re-read utf.env through the new attribute.
    hostile.write(hostileFiles);
    hostile.git('add', '--', ...Object.keys(hostileFiles));
    hostile.git('commit', '-q', '-m', 'hostile');
    const bare = join(makeTempDir('leakscan-served-'), 'hostile.git');
    hostile.git('clone', '-q', '--bare', hostile.dir, bare);
    // The user's own git config names the filter and hooks: the scan still runs none of them.
    const hooks = makeTempDir('leakscan-hooks-');
    for (const hook of ['post-checkout', 'reference-transaction', 'post-index-change']) {
      writeFileSync(join(hooks, hook), `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
    }
    writeFileSync(
      hostile.env.GIT_CONFIG_GLOBAL as string,
      [
        '[filter "evil"]',
        `\tsmudge = touch '${marker}'; cat`,
        `\tclean = cat`,
        `\tprocess = touch '${marker}'`,
        '[core]',
        `\thooksPath = ${hooks}`,
        `\tfsmonitor = touch '${marker}'`,
        '',
      ].join('\n'),
    );
    const cwd = makeTempDir('leakscan-reviewer-');
    const tmp = makeTempDir('leakscan-tmp-');
    for (const command of ['scan', 'history']) {
      const run = await runCli([command, `file://${bare}`, '--format', 'json'], {
        cwd,
        env: { ...hostile.env, TMPDIR: tmp },
      });
      assert.equal(run.code, 1, `${command}: ${run.stderr}`);
      const files = (JSON.parse(run.stdout) as JsonReport).findings.map((f) => f.file).sort();
      assert.deepEqual(files, ['k.env', 'utf.env'], command);
      assert.ok(!existsSync(marker), `${command}: something the repository configured ran`);
    }
    assert.deepEqual(readdirSync(tmp), []);
  });

  it('--config is the user’s file, read from the current directory', async () => {
    const repo = GitRepo.init();
    repo.commit('key', { 'k.env': `TOKEN=${githubToken()}\n`, 'README.md': 'app\n' });
    const bare = join(makeTempDir('leakscan-served-'), 'r.git');
    repo.git('clone', '-q', '--bare', repo.dir, bare);
    const cwd = makeTempDir('leakscan-reviewer-');
    writeFileSync(join(cwd, 'mine.yaml'), 'allowlist:\n  paths:\n    - "k.env"\n');
    const run = await runCli(['scan', `file://${bare}`, '--config', 'mine.yaml'], { cwd, env: repo.env });
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });

  it('URLs that would run a command or inject an option are refused, and nothing runs', async () => {
    const marker = join(makeTempDir('leakscan-marker-'), 'ran');
    const cwd = makeTempDir('leakscan-reviewer-');
    for (const args of [
      ['scan', `ext::sh -c touch% ${marker}`],
      ['history', `ext::sh -c touch% ${marker}`],
      ['scan', '--', `--upload-pack=touch ${marker}`],
      ['history', '--', `--upload-pack=touch ${marker}`],
      ['history', `fd::3`],
      ['history', `ssh://-oProxyCommand=touch%20${marker}/x.git`],
      ['scan', `git@-oProxyCommand=touch%20${marker}:x.git`],
      ['scan', `ftp://127.0.0.1/x.git`],
    ]) {
      const run = await runCli(args, { cwd });
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
      assert.doesNotMatch(run.stderr, /internal error/);
      assert.ok(!existsSync(marker), `${args.join(' ')} ran a command`);
    }
  });
});
