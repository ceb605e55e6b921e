import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe('CLI habits', () => {
  const cwd = makeTempDir();

  it('--version and -V print the package version and exit 0', async () => {
    for (const flag of ['--version', '-V']) {
      const result = await runCli([flag], { cwd });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, `${version}\n`);
    }
  });

  it('-h and --help print the usage and exit 0', async () => {
    for (const flag of ['-h', '--help']) {
      const result = await runCli([flag], { cwd });
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /leakscan scan \[paths\.\.\]/);
    }
    const command = await runCli(['scan', '-h'], { cwd });
    assert.equal(command.code, 0, command.stderr);
    assert.match(command.stdout, /--format/);
  });

  it('suggests the command or option a typo meant', async () => {
    const command = await runCli(['scna', '.'], { cwd });
    assert.equal(command.code, 2);
    assert.match(command.stderr, /did you mean 'scan'\?/);
    const option = await runCli(['scan', '--formt', 'json', '.'], { cwd });
    assert.equal(option.code, 2);
    assert.match(option.stderr, /did you mean --format\?/);
    const swapped = await runCli(['scan', '--quite', '.'], { cwd });
    assert.match(swapped.stderr, /did you mean --quiet\?/);
    const unrelated = await runCli(['frobnicate'], { cwd });
    assert.equal(unrelated.code, 2);
    assert.doesNotMatch(unrelated.stderr, /did you mean/);
  });

  it('a command without its action lists the actions', async () => {
    for (const [command, actions] of [
      ['rules', 'list, check'],
      ['hook', 'install, uninstall'],
      ['rotate', 'flush, status'],
    ] as const) {
      const result = await runCli([command], { cwd });
      assert.equal(result.code, 2);
      assert.match(result.stderr, new RegExp(`${command} needs an action: ${actions}`));
      assert.doesNotMatch(result.stderr, /Not enough non-option arguments/);
    }
  });

  it('enum values are case-insensitive (--format JSON, rules LIST)', async () => {
    const dir = makeTempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/a.txt`, 'hello\n');
    const result = await runCli(['scan', '--format', 'JSON', '--min-confidence', 'High', 'a.txt'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as { version: number }).version, 1);
    const rules = await runCli(['rules', 'LIST', '--format', 'Json'], { cwd });
    assert.equal(rules.code, 0, rules.stderr);
    assert.ok((JSON.parse(rules.stdout) as unknown[]).length > 100);
    const bad = await runCli(['scan', '--format', 'yaml', 'a.txt'], { cwd: dir });
    assert.equal(bad.code, 2);
  });

  it('-o creates missing directories', async () => {
    const dir = makeTempDir();
    const { existsSync, writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/a.txt`, 'hello\n');
    const result = await runCli(['scan', '-o', 'missing/dir/r.json', '-f', 'json', 'a.txt'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(`${dir}/missing/dir/r.json`));
  });
});
