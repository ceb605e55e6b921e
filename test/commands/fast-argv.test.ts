import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import yargs from 'yargs';
import { parseSimpleArgv } from '../../src/commands/fast-argv.js';
import { REPORT_OPTIONS, withReportOptions } from '../../src/commands/report-options.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

/** What yargs makes of the same command line, for the declared option names only. */
function yargsValues(args: string[]): Record<string, unknown> {
  const parsed = withReportOptions(yargs(args))
    .strict()
    .exitProcess(false)
    .fail((message) => {
      throw new Error(message);
    })
    .parseSync() as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(REPORT_OPTIONS)
      .filter((name) => parsed[name] !== undefined)
      .map((name) => [name, parsed[name]]),
  );
}

const declared = (values: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.keys(REPORT_OPTIONS)
      .filter((name) => values[name] !== undefined)
      .map((name) => [name, values[name]]),
  );

describe('the fast command-line path of leakscan staged', () => {
  const understood = [
    [],
    ['-q'],
    ['--quiet'],
    ['--no-quiet'],
    ['--no-color'],
    ['--format', 'json'],
    ['--format=sarif'],
    ['-f', 'csv', '-o', 'out.csv'],
    ['--show-secrets', '--explain', '--config', 'x.yaml'],
    ['--baseline', 'b.txt', '--write-baseline', 'w.txt'],
    ['--rotate', '--rotate-dry-run', '--rotate-url', 'http://127.0.0.1:1/hook'],
    ['-c', 'cfg.yaml', '--output=', '-q'],
  ];
  for (const args of understood) {
    it(`reads ${JSON.stringify(args)} exactly as yargs does`, () => {
      const fast = parseSimpleArgv(args, REPORT_OPTIONS);
      assert.ok(fast, 'expected the fast path to take this command line');
      assert.deepEqual(declared(fast), yargsValues(args));
    });
  }

  const leftToYargs = [
    ['--help'],
    ['-h'],
    ['--no-such-flag'],
    ['--quiet=false'],
    ['-qf', 'json'],
    ['-fjson'],
    ['extra'],
    ['--', '-q'],
    ['-q', '-q'],
    ['--format', 'json', '--format', 'csv'],
    ['--format', 'yaml'],
    ['--showSecrets'],
    ['--output'],
    ['--no-output'],
  ];
  for (const args of leftToYargs) {
    it(`leaves ${JSON.stringify(args)} to yargs`, () => {
      assert.equal(parseSimpleArgv(args, REPORT_OPTIONS), undefined);
    });
  }

  it('the built CLI: usage errors and help still come from yargs', async () => {
    const repo = GitRepo.init();
    const unknown = await runCli(['staged', '--no-such-flag'], { cwd: repo.dir, env: repo.env });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown argument/i);
    const badChoice = await runCli(['staged', '--format', 'yaml'], { cwd: repo.dir, env: repo.env });
    assert.equal(badChoice.code, 2);
    assert.match(badChoice.stderr, /Invalid values/i);
    const help = await runCli(['staged', '--help'], { cwd: repo.dir, env: repo.env });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--show-secrets/);
  });

  it('the built CLI: options given on the fast path take effect', async () => {
    const repo = GitRepo.init();
    const token = githubToken();
    repo.write({ 'app.env': `TOKEN=${token}\n` });
    repo.git('add', '-A');
    const shown = await runCli(['staged', '-f', 'json', '--show-secrets'], { cwd: repo.dir, env: repo.env });
    assert.equal(shown.code, 1, shown.stderr);
    assert.ok(shown.stdout.includes(token));
    const quiet = await runCli(['staged', '-q', '--no-color'], { cwd: repo.dir, env: repo.env });
    assert.equal(quiet.code, 1);
    assert.ok(!quiet.stdout.includes(token));
  });
});
