import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { githubToken } from '../helpers/tokens.js';
import { freePort } from '../helpers/receiver.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

// The receiver docs/rotation.md shows is the documentation of the signature: run that exact block, not a copy.
const readme = readFileSync(new URL('../../docs/rotation.md', import.meta.url), 'utf8');
const signatureSection = readme.slice(readme.indexOf('## Signature'));
const receiverSource = /```js\n([\s\S]*?)```/.exec(signatureSection)?.[1] ?? '';

function post(port: number, body: string, signature: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'X-Leakscan-Signature': signature } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the README receiver', () => {
  let receiver: ChildProcess | undefined;
  after(() => receiver?.kill());

  it('is at most 15 lines of plain Node', () => {
    assert.ok(receiverSource.includes("from 'node:crypto'"));
    assert.ok(receiverSource.trimEnd().split('\n').length <= 15, receiverSource);
  });

  it('verifies what the CLI sends, logs the leak once, and refuses a forged request', async () => {
    const dir = makeTempDir('leakscan-readme-receiver-');
    writeFileSync(join(dir, 'receiver.mjs'), receiverSource);
    const port = await freePort();
    const secret = 'readme-secret-9d1';
    receiver = spawn(process.execPath, ['receiver.mjs'], {
      cwd: dir,
      env: { ...process.env, LEAKSCAN_WEBHOOK_SECRET: secret, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let logged = '';
    receiver.stdout!.on('data', (chunk) => (logged += chunk));
    for (let i = 0; i < 800; i++) {
      const up = await post(port, '{}', 't=0,v1=00').then(
        () => true,
        () => false,
      );
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }

    const project = makeTempDir('leakscan-readme-project-');
    const token = githubToken();
    writeFileSync(join(project, 'app.env'), `GITHUB_TOKEN=${token}\n`);
    writeFileSync(
      join(project, '.leakscan.yaml'),
      JSON.stringify({ rotation: { webhooks: [{ url: `http://127.0.0.1:${port}/`, retries: 0 }] } }),
    );
    const run = (args: string[]) => runCli(args, { cwd: project, env: { LEAKSCAN_WEBHOOK_SECRET: secret } });
    const scanned = await run(['scan', '--rotate']);
    assert.equal(scanned.code, 1);
    assert.match(scanned.stderr, /1 sent, 0 retried, 0 pending, 0 failed/);

    // The receiver answered 204 only after verifying; a wrong key gets 401, which is a refusal, not a retry.
    const wrongKey = makeTempDir('leakscan-readme-wrong-');
    writeFileSync(join(wrongKey, 'app.env'), `GITHUB_TOKEN=${githubToken()}\n`);
    writeFileSync(
      join(wrongKey, '.leakscan.yaml'),
      JSON.stringify({ rotation: { webhooks: [{ url: `http://127.0.0.1:${port}/`, retries: 0 }] } }),
    );
    const refused = await runCli(['scan', '--rotate'], {
      cwd: wrongKey,
      env: { LEAKSCAN_WEBHOOK_SECRET: 'not-the-key' },
    });
    assert.match(refused.stderr, /0 sent, 0 retried, 0 pending, 1 failed/);

    const now = Math.floor(Date.now() / 1000);
    assert.equal(await post(port, '{"idempotencyKey":"x"}', `t=${now},v1=${'0'.repeat(64)}`), 401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(logged.trim().split('\n'), [`rotate github-personal-access-token ${token.slice(-4)} app.env`]);
  });
});
