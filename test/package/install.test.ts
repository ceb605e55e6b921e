import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A cache of its own, never the user's nor one in the checkout. */
const npmCache = makeTempDir('leakscan-npm-cache-');

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', npm_config_cache: npmCache },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package (README: Install, from a tarball)', () => {
  it('packs without the Action bundle, installs with no dependencies, and scans', () => {
    const out = makeTempDir('leakscan-pack-');
    const packed = run('npm', ['pack', '--json', '--pack-destination', out], root);
    assert.equal(packed.code, 0, packed.stderr);
    const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    const paths = files.map((f) => f.path);
    assert.ok(paths.includes('dist/cli.js') && paths.includes('dist/rules.json'));
    assert.ok(paths.includes('dist/detect/scan-worker.js'), 'the worker thread bundle');
    assert.ok(!paths.includes('dist/action.js'), 'the Action runs from the repository checkout, not from npm');
    assert.ok(!paths.some((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('node_modules/')));
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(manifest.dependencies, undefined, 'the bundle contains every runtime dependency');

    // The README's steps, in a fresh directory; --offline proves nothing else is fetched.
    const project = makeTempDir('leakscan-user-');
    writeFileSync(join(project, 'package.json'), '{ "name": "user-project", "private": true }\n');
    const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(out, filename)], project);
    assert.equal(install.code, 0, install.stderr);
    assert.deepEqual(
      readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.')),
      ['leakscan'],
    );
    // As the README says: npx --no-install runs the project's copy (and would fail rather than download).
    const leakscan = (args: string[]) => run('npx', ['--no-install', 'leakscan', ...args], project);
    const version = leakscan(['--version']);
    assert.equal(version.code, 0, version.stderr);
    assert.equal(version.stdout.trim(), manifest.version);
    writeFileSync(join(project, 'config.env'), `TOKEN=${githubToken()}\n`);
    const scan = leakscan(['scan', 'config.env']);
    assert.equal(scan.code, 1, scan.stderr);
    assert.match(scan.stdout, /config\.env:1:7 .*github-personal-access-token/);
    const rules = leakscan(['rules', 'list', '--format', 'json']);
    assert.equal(rules.code, 0, rules.stderr);
  });
});
