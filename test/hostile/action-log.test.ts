// Issue 17, workflow commands: names and content from the scanned repository reach the Action's log (the text
// report, annotations, notes); none of it may be read by the runner as a command.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { githubToken } from '../helpers/tokens.js';
import { checkout, runAction } from '../helpers/action-harness.js';

const REPO = {
  id: 1296269,
  name: 'app',
  full_name: 'octo/app',
  private: false,
  fork: false,
  default_branch: 'main',
  owner: { login: 'octo' },
};

interface Command {
  name: string;
  properties: string;
  data: string;
}

/**
 * The commands a runner would act on in a step's output: lines split as .NET's ReadLine splits them (CR, LF,
 * CRLF), leading blanks trimmed, `::name props::data` and the old `##[name props]data`, with stop-commands.
 */
function runnerCommands(output: string): Command[] {
  const commands: Command[] = [];
  let resumeToken: string | undefined;
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (resumeToken !== undefined) {
      if (line === `::${resumeToken}::`) resumeToken = undefined;
      continue;
    }
    const modern = /^::([^ :]+)(?: ([^:]*))?::(.*)$/.exec(line);
    const legacy = /^##\[([^ \]]+)(?: ([^\]]*))?\](.*)$/.exec(line);
    const match = modern ?? legacy;
    if (!match) continue;
    const command = { name: match[1] as string, properties: match[2] ?? '', data: match[3] ?? '' };
    if (command.name === 'stop-commands') resumeToken = command.data;
    else commands.push(command);
  }
  return commands;
}

describe('the Action log: no injected workflow commands', () => {
  it('file names with LF or CR followed by a command are printed, not obeyed; their annotations round-trip', async () => {
    const upstream = GitRepo.init();
    const head = upstream.commit('base', { 'README.md': 'app\n' });
    const { workspace } = checkout(upstream, head);
    const names = [
      'x\n::warning ::pwned-lf.env',
      'y\r::warning ::pwned-cr.env',
      'z\n##[warning]pwned-legacy.env',
      'w\n  ::error file=a,line=1::pwned-indented.env',
      'p%0A::warning ::pwned-percent.env',
    ];
    for (const name of names) writeFileSync(join(workspace.dir, name), `TOKEN=${githubToken()}\n`);
    const run = await runAction({
      workspace: workspace.dir,
      event: 'workflow_dispatch',
      payload: { repository: REPO },
      inputs: { mode: 'scan' },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.code, 1, output);
    const commands = runnerCommands(output);
    assert.deepEqual(
      commands.filter((c) => c.name === 'warning'),
      [],
    );
    assert.deepEqual(
      commands
        .filter((c) => !['add-mask', 'error', 'group', 'endgroup', 'debug', 'notice'].includes(c.name))
        .map((c) => c.name),
      [],
    );
    // The one error annotation per finding carries the name escaped; parsed back it is the name on disk.
    const annotated = run.errors.map((e) => e.properties.file).filter((f): f is string => f !== undefined);
    assert.deepEqual(annotated.sort(), [...names].sort());
    for (const command of commands.filter((c) => c.name === 'error')) {
      assert.doesNotMatch(command.properties, /[\r\n]/);
      assert.doesNotMatch(command.data, /[\r\n]/);
    }
    // The names are still in the log, for people: inside the stop-commands block.
    assert.match(run.stdout, /::stop-commands::leakscan-[0-9a-f]{32}\n/);
    assert.ok(run.stdout.includes('::warning ::pwned-lf.env'));
  });

  it('mode: scan on a workspace where everything is ignored fails the job, naming why', async () => {
    const upstream = GitRepo.init();
    const head = upstream.commit('base', {
      'logo.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096)]),
    });
    const { workspace } = checkout(upstream, head);
    // Planted after checkout, so nothing is tracked: the .gitignore hides itself and every other file.
    writeFileSync(join(workspace.dir, '.gitignore'), '*\n');
    writeFileSync(join(workspace.dir, 'app.env'), `TOKEN=${githubToken()}\n`);
    const run = await runAction({
      workspace: workspace.dir,
      event: 'workflow_dispatch',
      payload: { repository: REPO },
      inputs: { mode: 'scan' },
    });
    assert.equal(run.code, 1, run.stdout);
    assert.ok(
      run.errors.some((e) =>
        /nothing was scanned \(0 bytes read\): everything was skipped \((binary: 1, gitignored: 2|gitignored: 2, binary: 1)\)/.test(
          e.message,
        ),
      ),
      run.stdout,
    );
  });
});
