import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { stateDirectory } from '../../src/state/state-dir.js';
import { answer, startReceiver, type Receiver } from '../helpers/receiver.js';
import { makeTempDir, runCli, TEST_STATE_HOME, type CliResult } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

// leakscan's state files in a repository someone else controls: committed links, FIFOs, directories and
// pre-filled journals must neither redirect a write nor suppress a delivery.
const SIGNING = { LEAKSCAN_WEBHOOK_SECRET: 'whsec-test-state' };
const fast = { timeoutMs: 3000, connectTimeoutMs: 2000, retries: 0, backoffMs: 10, maxBackoffMs: 20 };
const BOUND = { timeout: 60_000 };

const receivers: Receiver[] = [];
after(async () => Promise.all(receivers.map((r) => r.close())));
async function receiver(): Promise<Receiver> {
  const r = await startReceiver(answer(204));
  receivers.push(r);
  return r;
}

/** A project with one leaked token, a webhook target, and whatever the test plants. */
function project(url: string, rotation: Record<string, unknown> = {}): { dir: string; token: string; victim: string } {
  const dir = makeTempDir('leakscan-state-');
  const token = githubToken();
  writeFileSync(
    join(dir, '.leakscan.yaml'),
    JSON.stringify({ rotation: { webhooks: [{ name: 'hook', url, ...fast }], ...rotation } }),
  );
  writeFileSync(join(dir, 'app.env'), `GITHUB_TOKEN=${token}\n`);
  const victim = join(makeTempDir('leakscan-victim-'), '.bashrc');
  writeFileSync(victim, 'alias ll="ls -l"\n');
  return { dir, token, victim };
}

const defaultOutbox = (dir: string): string =>
  join(stateDirectory(dir, { XDG_STATE_HOME: TEST_STATE_HOME }), 'outbox.jsonl');
const scanRotate = (dir: string): Promise<CliResult> => runCli(['scan', '--rotate'], { cwd: dir, env: SIGNING });

describe('the rotation outbox', () => {
  it(
    'lives out of the tree: a committed .leakscan/outbox.jsonl symlink to ~/.bashrc is never written through',
    BOUND,
    async () => {
      const hook = await receiver();
      const { dir, victim } = project(hook.url);
      mkdirSync(join(dir, '.leakscan'));
      symlinkSync(victim, join(dir, '.leakscan', 'outbox.jsonl'));
      const result = await scanRotate(dir);
      assert.equal(result.code, 1, result.stderr);
      assert.equal(hook.requests.length, 1, 'the notice was delivered');
      assert.equal(readFileSync(victim, 'utf8'), 'alias ll="ls -l"\n', 'the link target was written');
      assert.ok(existsSync(defaultOutbox(dir)), 'the outbox is in the state directory');
    },
  );

  it('a committed outbox cannot pre-mark a leak as delivered', BOUND, async () => {
    const hook = await receiver();
    const { dir } = project(hook.url);
    // A real delivery writes the journal that marks this leak delivered.
    const first = await scanRotate(dir);
    assert.equal(first.code, 1, first.stderr);
    const journal = readFileSync(defaultOutbox(dir), 'utf8');
    assert.match(journal, /"type":"delivered"/);
    // A fresh clone of the same repository commits that journal at the old default path: the leak is still sent.
    const clone = makeTempDir('leakscan-clone-');
    for (const name of ['.leakscan.yaml', 'app.env']) writeFileSync(join(clone, name), readFileSync(join(dir, name)));
    mkdirSync(join(clone, '.leakscan'));
    writeFileSync(join(clone, '.leakscan', 'outbox.jsonl'), journal);
    const second = await scanRotate(clone);
    assert.equal(second.code, 1, second.stderr);
    assert.equal(hook.requests.length, 2, 'the planted journal suppressed the delivery');
    assert.match(second.stderr, /\.leakscan\/outbox\.jsonl is not read any more/);
  });

  it(
    'a configured outbox that is a symlink, a FIFO or a directory is refused with a clear error, nothing written or sent',
    BOUND,
    async () => {
      for (const plant of ['symlink', 'fifo', 'directory'] as const) {
        const hook = await receiver();
        const { dir, victim } = project(hook.url, { outbox: 'state/outbox.jsonl' });
        mkdirSync(join(dir, 'state'));
        const path = join(dir, 'state', 'outbox.jsonl');
        if (plant === 'symlink') symlinkSync(victim, path);
        else if (plant === 'fifo') execFileSync('mkfifo', [path]);
        else mkdirSync(path);
        const result = await scanRotate(dir);
        assert.equal(result.code, 1, `${plant}: the scan result stands (${result.stderr})`);
        assert.match(
          result.stderr,
          /refusing to use the rotation outbox .*state\/outbox\.jsonl: a (symbolic link|FIFO|directory)/,
          plant,
        );
        assert.equal(hook.requests.length, 0, `${plant}: delivered without a journal`);
        assert.equal(readFileSync(victim, 'utf8'), 'alias ll="ls -l"\n');
        const flushed = await runCli(['rotate', 'flush'], { cwd: dir, env: SIGNING });
        assert.equal(flushed.code, 2, `${plant}: flush must fail (${flushed.stderr})`);
        assert.match(flushed.stderr, /refusing to use the rotation outbox/);
      }
    },
  );

  it('a configured outbox under a committed directory symlink is refused', BOUND, async () => {
    const hook = await receiver();
    const { dir } = project(hook.url, { outbox: '.leakscan/outbox.jsonl' });
    const elsewhere = makeTempDir('leakscan-elsewhere-');
    symlinkSync(elsewhere, join(dir, '.leakscan'));
    const result = await scanRotate(dir);
    assert.match(result.stderr, /refusing to use the rotation outbox .*\.leakscan is a symbolic link/);
    assert.ok(!existsSync(join(elsewhere, 'outbox.jsonl')));
    assert.equal(hook.requests.length, 0);
  });

  it('a config cannot point the outbox outside the tree', BOUND, async () => {
    const { dir, victim } = project('http://127.0.0.1:9/', {
      outbox: '../../../../../../../../tmp/x/../../root/.bashrc',
    });
    const result = await scanRotate(dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /rotation\.outbox: must be a relative path inside the working directory/);
    assert.ok(existsSync(victim));
  });

  it('malformed lines are quarantined and reported, never fatal, and later notices still deliver', BOUND, async () => {
    const hook = await receiver();
    const { dir } = project(hook.url);
    const outbox = defaultOutbox(dir);
    mkdirSync(join(outbox, '..'), { recursive: true });
    const bodyless = JSON.stringify({
      type: 'enqueued',
      at: new Date().toISOString(),
      target: 'hook',
      key: 'k1',
      eventId: 'e',
      ruleId: 'r',
      file: 'f',
      line: 1,
    });
    writeFileSync(outbox, `{"type":"enqueued"}\n${bodyless}\nnot json at all\n`);
    const result = await scanRotate(dir);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(hook.requests.length, 1, 'the new notice was not delivered');
    assert.match(result.stderr, /3 malformed outbox line\(s\) moved to .*outbox\.jsonl\.quarantine/);
    assert.equal(readFileSync(`${outbox}.quarantine`, 'utf8').trim().split('\n').length, 3);
    const status = await runCli(['rotate', 'status'], { cwd: dir, env: SIGNING });
    assert.equal(status.code, 0, status.stderr);
    assert.match(status.stdout, /0 pending, 0 failed, 1 delivered/);
    assert.doesNotMatch(status.stdout, /malformed/);
    const flushed = await runCli(['rotate', 'flush'], { cwd: dir, env: SIGNING });
    assert.equal(flushed.code, 0, flushed.stderr);
  });

  it('a read-only outbox is an error before any delivery, so a flush never re-sends', BOUND, async () => {
    const hook = await receiver();
    const { dir } = project(hook.url, { outbox: 'state/outbox.jsonl' });
    // A pending notice, queued while the receiver was unreachable.
    writeFileSync(
      join(dir, '.leakscan.yaml'),
      JSON.stringify({
        rotation: { outbox: 'state/outbox.jsonl', webhooks: [{ name: 'hook', url: 'http://127.0.0.1:9/', ...fast }] },
      }),
    );
    assert.equal((await scanRotate(dir)).code, 1);
    assert.match(readFileSync(join(dir, 'state', 'outbox.jsonl'), 'utf8'), /"type":"enqueued"/);
    writeFileSync(
      join(dir, '.leakscan.yaml'),
      JSON.stringify({
        rotation: { outbox: 'state/outbox.jsonl', webhooks: [{ name: 'hook', url: hook.url, ...fast }] },
      }),
    );
    chmodSync(join(dir, 'state', 'outbox.jsonl'), 0o444);
    // root ignores file modes: run the CLI as an unprivileged user who may use the directory but not the file.
    const asUser = process.getuid?.() === 0;
    if (asUser) {
      for (const path of [dir, join(dir, 'state')]) chmodSync(path, 0o777);
      chmodSync(join(dir, '.leakscan.yaml'), 0o644);
    }
    for (let run = 0; run < 2; run++) {
      const flushed = await runAs(asUser, ['rotate', 'flush'], dir);
      assert.equal(flushed.code, 2, flushed.stderr);
      assert.match(flushed.stderr, /cannot write the rotation outbox .*state\/outbox\.jsonl/);
    }
    assert.equal(hook.requests.length, 0, 'delivered while the journal could not record it');
  });
});

/** Runs the CLI, as `nobody` when the tests run as root (whom file modes do not stop). */
function runAs(unprivileged: boolean, args: string[], cwd: string): Promise<CliResult> {
  const runAs = unprivileged ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
  return runCli(args, { cwd, env: { ...SIGNING, HOME: cwd }, runAs });
}

describe('baseline files', () => {
  it('baseline create refuses a committed .leakscan-baseline symlink before scanning or writing', BOUND, async () => {
    const dir = makeTempDir('leakscan-state-');
    writeFileSync(join(dir, 'app.env'), `GITHUB_TOKEN=${githubToken()}\n`);
    const victim = join(makeTempDir('leakscan-victim-'), '.bashrc');
    writeFileSync(victim, 'original\n');
    symlinkSync(victim, join(dir, '.leakscan-baseline'));
    const result = await runCli(['baseline', 'create'], { cwd: dir });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /refusing to use the baseline .*\.leakscan-baseline: a symbolic link/);
    assert.equal(readFileSync(victim, 'utf8'), 'original\n');
  });

  it('--write-baseline refuses a link and a directory; a regular file is replaced atomically', BOUND, async () => {
    const dir = makeTempDir('leakscan-state-');
    writeFileSync(join(dir, 'app.env'), `GITHUB_TOKEN=${githubToken()}\n`);
    const victim = join(makeTempDir('leakscan-victim-'), 'target');
    writeFileSync(victim, 'original\n');
    symlinkSync(victim, join(dir, 'linked.baseline'));
    mkdirSync(join(dir, 'dir.baseline'));
    for (const name of ['linked.baseline', 'dir.baseline']) {
      const result = await runCli(['scan', 'app.env', '--write-baseline', name], { cwd: dir });
      assert.match(result.stderr, /refusing to use the baseline/, name);
    }
    assert.equal(readFileSync(victim, 'utf8'), 'original\n');
    writeFileSync(join(dir, 'plain.baseline'), 'old\n');
    const written = await runCli(['scan', 'app.env', '--write-baseline', 'plain.baseline'], { cwd: dir });
    assert.equal(written.code, 1, written.stderr);
    assert.match(
      readFileSync(join(dir, 'plain.baseline'), 'utf8'),
      /^github-personal-access-token:app\.env:[0-9a-f]{16}$/m,
    );
  });

  it(
    'a .leakscanignore or baseline that is a FIFO or a link is refused, not read (no hang, no quoting of another file)',
    BOUND,
    async () => {
      const dir = makeTempDir('leakscan-state-');
      writeFileSync(join(dir, 'app.env'), `GITHUB_TOKEN=${githubToken()}\n`);
      execFileSync('mkfifo', [join(dir, '.leakscanignore')]);
      const fifo = await runCli(['scan', 'app.env'], { cwd: dir });
      assert.equal(fifo.code, 2);
      assert.match(fifo.stderr, /refusing to use \.leakscanignore .*a FIFO/);
      const secretFile = join(makeTempDir('leakscan-victim-'), 'private');
      writeFileSync(secretFile, 'private-line-that-must-not-be-echoed\n');
      symlinkSync(secretFile, join(dir, 'linked.baseline'));
      unlinkSync(join(dir, '.leakscanignore'));
      const linked = await runCli(['scan', 'app.env', '--baseline', 'linked.baseline'], { cwd: dir });
      assert.equal(linked.code, 2);
      assert.doesNotMatch(linked.stderr, /private-line/);
    },
  );
});
