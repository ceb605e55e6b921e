import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { verifySignature } from '../../src/notify/sign.js';
import type { LeakNotice } from '../../src/notify/payload.js';
import { stateDirectory } from '../../src/state/state-dir.js';
import { CLI, makeTempDir, runCli, TEST_STATE_HOME, type CliResult } from '../helpers/run-cli.js';
import { answer, freePort, startReceiver, type Receiver } from '../helpers/receiver.js';
import { githubToken } from '../helpers/tokens.js';

const SECRET = 'whsec-test-5f2a9c';
const env = { LEAKSCAN_WEBHOOK_SECRET: SECRET };
// Small timeouts and backoff so every case runs in about a second.
const fast = { timeoutMs: 5000, connectTimeoutMs: 3000, retries: 2, backoffMs: 20, maxBackoffMs: 100 };

const receivers: Receiver[] = [];
after(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});
async function receiver(...args: Parameters<typeof startReceiver>): Promise<Receiver> {
  const r = await startReceiver(...args);
  receivers.push(r);
  return r;
}

/** A project with one leaked GitHub token and a `.leakscan.yaml` holding `rotation`. */
function project(rotation: unknown, extra: Record<string, unknown> = {}): { dir: string; token: string } {
  const dir = makeTempDir('leakscan-rotation-');
  const token = githubToken();
  writeFileSync(join(dir, 'app.env'), `APP_NAME=demo\nGITHUB_TOKEN=${token}\n`);
  writeFileSync(join(dir, '.leakscan.yaml'), JSON.stringify({ rotation, ...extra }, null, 2));
  return { dir, token };
}

const scan = (dir: string, ...args: string[]): Promise<CliResult> =>
  runCli(['scan', '--rotate', ...args], { cwd: dir, env });
const flush = (dir: string): Promise<CliResult> => runCli(['rotate', 'flush'], { cwd: dir, env });
/** Where the CLI keeps the outbox for `dir` by default: the test's state directory, out of the tree. */
const outboxFile = (dir: string): string =>
  join(stateDirectory(dir, { XDG_STATE_HOME: TEST_STATE_HOME }), 'outbox.jsonl');
const outboxText = (dir: string): string => readFileSync(outboxFile(dir), 'utf8');
const notices = (r: Receiver): LeakNotice[] => r.requests.map((request) => JSON.parse(request.body) as LeakNotice);
const distinctKeys = (r: Receiver): number =>
  new Set(r.requests.map((request) => request.headers['idempotency-key'])).size;

describe('rotation webhook, end to end', () => {
  it('sends one signed notice a receiver can verify, without the raw secret, and the scan still exits 1', async () => {
    const hook = await receiver(answer(204));
    const { dir, token } = project({ webhooks: [{ url: `${hook.url}/hooks/leak`, ...fast }] });
    const result = await scan(dir);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(hook.requests.length, 1);
    const [request] = hook.requests;
    const header = request!.headers['x-leakscan-signature'] as string;
    assert.deepEqual(verifySignature(header, request!.body, SECRET), {
      ok: true,
      timestamp: Number(/t=(\d+)/.exec(header)![1]),
    });
    assert.equal(verifySignature(header, request!.body, 'not-the-secret').ok, false);
    assert.equal(verifySignature(header, request!.body.replace('"line":2', '"line":3'), SECRET).ok, false);

    const [notice] = notices(hook);
    assert.equal(notice!.version, 1);
    assert.equal(notice!.rule.id, 'github-personal-access-token');
    assert.equal(notice!.secret.last4, token.slice(-4));
    assert.deepEqual([notice!.location.file, notice!.location.line], ['app.env', 2]);
    assert.equal(request!.headers['idempotency-key'], notice!.idempotencyKey);
    assert.equal(request!.headers['x-leakscan-event-id'], notice!.eventId);
    for (const [where, text] of [
      ['payload', request!.body],
      ['stdout', result.stdout],
      ['stderr', result.stderr],
      ['outbox', outboxText(dir)],
    ])
      assert.ok(!text!.includes(token), `the raw token is in the ${where}`);
    assert.match(result.stderr, /rotation: .*1 sent, 0 retried, 0 pending, 0 failed/);
  });

  it('includes the raw secret only when the target sets includeSecret', async () => {
    const hook = await receiver(answer(200));
    const { dir, token } = project({ webhooks: [{ url: hook.url, includeSecret: true, ...fast }] });
    assert.equal((await scan(dir)).code, 1);
    assert.equal(notices(hook)[0]!.secret.value, token);
    assert.ok(!outboxText(dir).includes(token), 'the delivered secret stayed in the outbox');
  });

  it('500 then 200: delivered once, and not again on the next scan', async () => {
    const hook = await receiver((_request, res, index) => void res.writeHead(index === 0 ? 500 : 200).end());
    const { dir } = project({ webhooks: [{ url: hook.url, ...fast }] });
    const first = await scan(dir);
    assert.equal(first.code, 1);
    assert.equal(hook.requests.length, 2);
    assert.equal(distinctKeys(hook), 1);
    assert.match(first.stderr, /1 sent, 1 retried, 0 pending/);
    assert.equal((await scan(dir)).code, 1);
    assert.equal(hook.requests.length, 2, 'the same leak was delivered twice across runs');
  });

  it('honours Retry-After on 429', async () => {
    const hook = await receiver(
      (_request, res, index) =>
        void (index === 0 ? res.writeHead(429, { 'Retry-After': '1' }).end() : res.writeHead(200).end()),
    );
    const { dir } = project({ webhooks: [{ url: hook.url, ...fast }] });
    assert.equal((await scan(dir)).code, 1);
    assert.equal(hook.requests.length, 2);
    // With a 20 ms backoff, only the Retry-After can explain a gap of a second.
    assert.ok(
      hook.requests[1]!.at - hook.requests[0]!.at >= 950,
      `retried after ${hook.requests[1]!.at - hook.requests[0]!.at} ms`,
    );
  });

  it('a server that never answers: timeout, retried, left pending in the outbox; the exit code is unchanged', async () => {
    const hook = await receiver(() => undefined);
    const { dir } = project({ webhooks: [{ url: hook.url, ...fast, timeoutMs: 300, retries: 1 }] });
    const result = await scan(dir);
    assert.equal(result.code, 1);
    assert.equal(hook.requests.length, 2);
    assert.match(result.stderr, /0 sent, 1 retried, 1 pending/);
    assert.match(result.stderr, /rotate flush/);
    const status = await runCli(['rotate', 'status'], { cwd: dir });
    assert.equal(status.code, 0);
    assert.match(status.stdout, /1 pending, 0 failed, 0 delivered/);
    assert.match(status.stdout, /pending .*github-personal-access-token app\.env:2 .*2 attempt\(s\), last: timeout/);
  });

  it('server down during the scan, up later: rotate flush delivers it exactly once', async () => {
    const port = await freePort();
    const { dir } = project({ webhooks: [{ url: `http://127.0.0.1:${port}/hook`, ...fast }] });
    const result = await scan(dir);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /1 pending/);
    const hook = await receiver(answer(202), port);
    const flushed = await flush(dir);
    assert.equal(flushed.code, 0, flushed.stderr);
    assert.equal(hook.requests.length, 1);
    assert.deepEqual(
      verifySignature(hook.requests[0]!.headers['x-leakscan-signature'] as string, hook.requests[0]!.body, SECRET).ok,
      true,
    );
    assert.equal((await flush(dir)).code, 0);
    assert.equal((await scan(dir)).code, 1);
    assert.equal(hook.requests.length, 1, 'delivered more than once');
  });

  it('the CLI killed (SIGKILL) mid-delivery: the next flush delivers, and a receiver deduping on the key sees one leak', async () => {
    const hook = await receiver(() => undefined);
    const { dir } = project({ webhooks: [{ url: hook.url, ...fast, timeoutMs: 30_000 }] });
    const child = spawn(process.execPath, [CLI, 'scan', '--rotate'], {
      cwd: dir,
      env: { ...process.env, XDG_STATE_HOME: TEST_STATE_HOME, ...env },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    for (const started = Date.now(); hook.requests.length === 0; ) {
      assert.ok(Date.now() - started < 30_000, 'the CLI never reached the receiver');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    assert.ok(existsSync(`${outboxFile(dir)}.lock`), 'the killed run held the lock');

    hook.behave(answer(200));
    const flushed = await flush(dir);
    assert.equal(flushed.code, 0, flushed.stderr);
    assert.equal(hook.requests.length, 2);
    assert.equal(distinctKeys(hook), 1);
    assert.equal(new Set(notices(hook).map((n) => n.eventId)).size, 1, 'a flush resends the same event');
    assert.equal((await flush(dir)).code, 0);
    assert.equal(hook.requests.length, 2);
  });

  it('does not follow a redirect to another host; the notice fails and is not retried', async () => {
    const elsewhere = await receiver(answer(200));
    const hook = await receiver(answer(307, { Location: `http://localhost:${elsewhere.port}/steal` }));
    const { dir } = project({ webhooks: [{ url: hook.url, ...fast }] });
    const result = await scan(dir);
    assert.equal(result.code, 1);
    assert.equal(hook.requests.length, 1);
    assert.equal(elsewhere.requests.length, 0);
    assert.match(result.stderr, /0 sent, 0 retried, 0 pending, 1 failed/);
    const status = await runCli(['rotate', 'status'], { cwd: dir });
    assert.match(status.stdout, /failed .*redirect \(307\) to http:\/\/localhost:\d+ not followed/);
    assert.equal((await flush(dir)).code, 1, 'a failed notice is reported by flush');
  });

  it('a failing receiver holds the scan up for one notice only; the rest wait, then flush delivers all', async () => {
    const hook = await receiver(answer(503));
    const { dir } = project({ webhooks: [{ url: hook.url, ...fast, retries: 1 }] });
    writeFileSync(join(dir, 'ci.env'), `TOKEN=${githubToken()}\n`);
    const result = await scan(dir);
    assert.equal(result.code, 1);
    assert.equal(hook.requests.length, 2, 'one notice, tried twice');
    assert.match(result.stderr, /0 sent, 1 retried, 2 pending/);
    assert.match(result.stderr, /HTTP 503: 1 more left pending without trying/);
    hook.behave(answer(200));
    assert.equal((await flush(dir)).code, 0);
    assert.equal(distinctKeys(hook), 2);
    assert.equal(hook.requests.length, 4);
  });

  it('does not retry a 400, and the scan exit code is unchanged', async () => {
    const hook = await receiver(answer(400));
    const { dir } = project({ webhooks: [{ url: hook.url, ...fast }] });
    const result = await scan(dir);
    assert.equal(result.code, 1);
    assert.equal(hook.requests.length, 1);
  });

  it('a clean scan sends nothing and exits 0 even with a dead receiver configured', async () => {
    const port = await freePort();
    const dir = makeTempDir('leakscan-rotation-');
    writeFileSync(join(dir, 'app.env'), 'APP_NAME=demo\n');
    writeFileSync(
      join(dir, '.leakscan.yaml'),
      JSON.stringify({ rotation: { webhooks: [{ url: `http://127.0.0.1:${port}/`, ...fast }] } }),
    );
    const clean = await scan(dir, '--quiet');
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout + clean.stderr, '', '--quiet printed something on a clean scan');
    assert.ok(!existsSync(outboxFile(dir)) && !existsSync(join(dir, '.leakscan')), 'a clean scan created the outbox');
  });

  it('an outbox that cannot be written is reported, and the scan result stands', async () => {
    const hook = await receiver(answer(200));
    const { dir } = project({ outbox: 'app.env/outbox.jsonl', webhooks: [{ url: hook.url, ...fast }] });
    const result = await scan(dir, '--format', 'json');
    assert.equal(result.code, 1);
    assert.equal((JSON.parse(result.stdout) as { findings: unknown[] }).findings.length, 1);
    assert.match(
      result.stderr,
      /leakscan: rotation: cannot create the outbox directory: .*\(the scan result is unaffected\)/,
    );
    assert.equal(hook.requests.length, 0, 'sent without being recorded first');
  });

  it('filters by rule and by minimum severity', async () => {
    const github = await receiver(answer(200));
    const severe = await receiver(answer(200));
    const acme = await receiver(answer(200));
    const { dir } = project(
      {
        webhooks: [
          { name: 'github', url: github.url, rules: ['github-*'], ...fast },
          { name: 'severe', url: severe.url, minSeverity: 'high', ...fast },
          { name: 'acme', url: acme.url, rules: ['acme-*'], ...fast },
        ],
      },
      {
        rules: {
          custom: [
            {
              id: 'acme-internal-key',
              title: 'ACME internal key',
              severity: 'low',
              keywords: ['acme_'],
              pattern: '(?<secret>acme_[a-z0-9]{24})',
              references: ['https://acme.example/keys'],
            },
          ],
        },
      },
    );
    writeFileSync(join(dir, 'acme.txt'), 'key = acme_q8tz1lmw4nb7cx2vr9kp3sd6\n');
    const result = await scan(dir);
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(
      notices(github).map((n) => n.rule.id),
      ['github-personal-access-token'],
    );
    assert.deepEqual(
      notices(severe).map((n) => n.rule.id),
      ['github-personal-access-token'],
    );
    assert.deepEqual(
      notices(acme).map((n) => n.rule.id),
      ['acme-internal-key'],
    );
  });

  it('sends the repository remote URL without its credentials', async () => {
    const hook = await receiver(answer(200));
    const { dir } = project({ webhooks: [{ url: hook.url, ...fast }] });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['remote', 'add', 'origin', 'https://deploy:hunter2token@git.example.com/acme/app.git'], {
      cwd: dir,
    });
    assert.equal((await scan(dir)).code, 1);
    assert.equal(notices(hook)[0]!.location.repository, 'https://git.example.com/acme/app.git');
    assert.ok(!hook.requests[0]!.body.includes('hunter2token'));
  });

  it('--rotate-dry-run prints what would be sent and sends nothing', async () => {
    const hook = await receiver(answer(200));
    const { dir, token } = project({ webhooks: [{ url: hook.url, includeSecret: true, ...fast }] });
    const result = await runCli(['scan', '--rotate-dry-run'], { cwd: dir, env });
    assert.equal(result.code, 1);
    assert.equal(hook.requests.length, 0);
    assert.match(result.stderr, /would POST http:\/\/127\.0\.0\.1:\d+ /);
    assert.match(result.stderr, /X-Leakscan-Signature: t=\d+,v1=[0-9a-f]{64}/);
    assert.ok(!result.stderr.includes(token), 'the dry run printed the raw token without --show-secrets');
    assert.ok(!existsSync(join(dir, '.leakscan')));
  });

  it('a missing signing secret leaves the notice pending instead of sending it unsigned', async () => {
    const hook = await receiver(answer(200));
    const { dir } = project({ webhooks: [{ url: hook.url, secretEnv: 'ACME_HOOK_KEY', ...fast }] });
    const result = await runCli(['scan', '--rotate'], { cwd: dir });
    assert.equal(result.code, 1);
    assert.equal(hook.requests.length, 0);
    assert.match(result.stderr, /ACME_HOOK_KEY is not set/);
    assert.equal((await runCli(['rotate', 'flush'], { cwd: dir, env: { ACME_HOOK_KEY: 'k' } })).code, 0);
    assert.equal(hook.requests.length, 1);
  });

  it('rejects a bad rotation section with field paths (exit 2), and plain http to a remote host', async () => {
    const { dir } = project({ webhooks: [{ url: 'http://rotate.example.com/hook', secretEnv: 'ghp_notaname!' }] });
    const result = await scan(dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /rotation\.webhooks\[0\]\.url: must use https/);
    assert.match(result.stderr, /rotation\.webhooks\[0\]\.secretEnv: must be the NAME/);
  });

  it('GitHub revocation target: one batched, unauthenticated POST /credentials/revoke, once per token', async () => {
    const github = await receiver(answer(202));
    const { dir, token } = project({ githubRevoke: { baseUrl: github.url, ...fast } });
    const second = githubToken('ghp_');
    writeFileSync(join(dir, 'ci.env'), `TOKEN=${second}\nAGAIN=${token}\n`);
    const result = await scan(dir);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(github.requests.length, 1);
    const [request] = github.requests;
    assert.equal(request!.method, 'POST');
    assert.equal(request!.url, '/credentials/revoke');
    assert.equal(request!.headers.authorization, undefined);
    assert.equal(request!.headers.accept, 'application/vnd.github+json');
    assert.deepEqual(
      (JSON.parse(request!.body) as { credentials: string[] }).credentials.sort(),
      [token, second].sort(),
    );
    assert.match(result.stderr, /github-revoke: 2 sent/);
    assert.ok(!result.stderr.includes(token));
    assert.ok(
      !outboxText(dir).includes(token) && !outboxText(dir).includes(second),
      'revoked tokens stayed in the outbox',
    );
    assert.equal((await scan(dir)).code, 1);
    assert.equal(github.requests.length, 1);
  });

  it('GitHub revocation target: an exhausted rate limit leaves the tokens pending for a later flush', async () => {
    const github = await receiver(
      answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }),
    );
    const { dir, token } = project({ githubRevoke: { baseUrl: github.url, ...fast } });
    const result = await scan(dir);
    assert.equal(result.code, 1);
    assert.equal(github.requests.length, 1, 'it retried inside the rate-limit window');
    assert.match(result.stderr, /github-revoke: 0 sent, 0 retried, 1 pending/);
    assert.ok(outboxText(dir).includes(token), 'a pending token must wait in the outbox');
    for (const args of [
      ['rotate', 'status'],
      ['rotate', 'status', '--json'],
    ]) {
      const status = await runCli(args, { cwd: dir });
      assert.match(status.stdout, /github-revoke/);
      assert.ok(!status.stdout.includes(token), `${args.join(' ')} printed a queued token`);
    }
    github.behave(answer(202));
    assert.equal((await flush(dir)).code, 0);
    assert.equal(github.requests.length, 2);
    assert.ok(!outboxText(dir).includes(token));
  });
});
