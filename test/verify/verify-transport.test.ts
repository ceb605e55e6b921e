import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { startReceiver, type Receiver } from '../helpers/receiver.js';
import { githubToken } from '../helpers/tokens.js';

/** A GitHub look-alike over real TLS (a throw-away self-signed certificate for 127.0.0.1). */
const live = new Set<string>();
const seen: string[] = [];
let retryAfterSeconds = 0;
const certDir = makeTempDir('leakscan-verify-tls-');
let tlsServer: Server;
let tlsOrigin = '';
let proxy: Server;
const connects: string[] = [];
let proxyUrl = '';
let caEnv: Record<string, string>;

before(async () => {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(certDir, 'key.pem'),
      '-out',
      join(certDir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  caEnv = { NODE_EXTRA_CA_CERTS: join(certDir, 'cert.pem') };
  tlsServer = createHttpsServer(
    { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) },
    (request, response) => {
      const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
      seen.push(token);
      if (retryAfterSeconds > 0) {
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) });
        return void response.end('{"message":"API rate limit exceeded"}');
      }
      response.writeHead(live.has(token) ? 200 : 401, { 'content-type': 'application/json' });
      response.end(live.has(token) ? '{"resources":{}}' : '{"message":"Bad credentials"}');
    },
  );
  await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
  tlsOrigin = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}`;
  // An egress proxy that only tunnels (CONNECT), recording where to.
  proxy = createHttpServer();
  proxy.on('connect', (request, client) => {
    connects.push(String(request.url));
    const [host, port] = String(request.url).split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
after(() => {
  tlsServer.closeAllConnections();
  tlsServer.close();
  proxy.close();
});

function repoWith(tokens: string[], config?: string): string {
  const dir = makeTempDir('leakscan-verify-');
  writeFileSync(join(dir, 'app.env'), tokens.map((t, i) => `TOKEN_${i}=${t}\n`).join(''));
  if (config) writeFileSync(join(dir, '.leakscan.yaml'), config);
  return dir;
}

const states = (stdout: string): string[] =>
  (JSON.parse(stdout) as { findings: { verification?: { state: string; reason: string } }[] }).findings.map(
    (f) => `${f.verification?.state}: ${f.verification?.reason}`,
  );

describe('verification transport', () => {
  it('verifies over HTTPS with the certificate checked, and through an HTTPS_PROXY tunnel', async () => {
    const token = githubToken();
    live.add(token);
    const dir = repoWith([token]);
    const args = [
      'scan',
      '.',
      '--format',
      'json',
      '--verify',
      '--verify-endpoint',
      `github=${tlsOrigin}`,
      '--verify-allow-internal',
    ];
    const direct = await runCli(args, { cwd: dir, env: caEnv });
    assert.equal(direct.stdout.length > 0, true, direct.stderr);
    assert.match(states(direct.stdout)[0] ?? '', /^live: 200 from 127\.0\.0\.1/);
    const untrusted = await runCli(args, { cwd: dir });
    assert.equal(untrusted.stdout.length > 0, true, untrusted.stderr);
    assert.match(
      states(untrusted.stdout)[0] ?? '',
      /^unknown: .*(certificate|CERT)/i,
      'an unverifiable certificate is unknown',
    );
    const viaProxy = await runCli(args, { cwd: dir, env: { ...caEnv, HTTPS_PROXY: proxyUrl } });
    assert.equal(viaProxy.stdout.length > 0, true, viaProxy.stderr);
    assert.match(states(viaProxy.stdout)[0] ?? '', /^live/);
    assert.deepEqual(connects, [tlsOrigin.replace('https://', '')]);
  });

  it('a Retry-After longer than it waits is unknown, with no retry', async () => {
    const token = githubToken();
    retryAfterSeconds = 3600;
    try {
      const before = seen.length;
      const result = await runCli(
        [
          'scan',
          '.',
          '--format',
          'json',
          '--verify',
          '--verify-endpoint',
          `github=${tlsOrigin}`,
          '--verify-allow-internal',
        ],
        { cwd: repoWith([token, githubToken()]), env: caEnv },
      );
      const all = states(result.stdout);
      assert.ok(
        all.every((s) => s.startsWith('unknown')),
        all.join('\n'),
      );
      assert.ok(
        all.some((s) => /429 .*rate limited \(Retry-After 3600\)/.test(s)),
        all.join('\n'),
      );
      assert.ok(all.some((s) => /asked to wait/.test(s)) || seen.length - before === 2, all.join('\n'));
      assert.ok(seen.length - before <= 2, 'one request per key at most, no retry');
    } finally {
      retryAfterSeconds = 0;
    }
  });

  it('keeps answers on disk with --verify-cache-ttl, hashed, never the key', async () => {
    const token = githubToken();
    live.add(token);
    const dir = repoWith([token]);
    const stateHome = makeTempDir('leakscan-verify-state-');
    const args = [
      'scan',
      '.',
      '--format',
      'json',
      '--verify',
      '--verify-cache-ttl',
      '1h',
      '--verify-endpoint',
      `github=${tlsOrigin}`,
      '--verify-allow-internal',
    ];
    const env = { ...caEnv, XDG_STATE_HOME: stateHome };
    const before = seen.length;
    await runCli(args, { cwd: dir, env });
    const second = await runCli(args, { cwd: dir, env });
    assert.equal(seen.length - before, 1, 'the second run is answered from the cache');
    assert.match(states(second.stdout)[0] ?? '', /^live: .*\(cached\)/);
    const files = execFileSync('find', [stateHome, '-name', 'verify-cache.json']).toString().trim();
    assert.ok(files, 'a cache file was written');
    const text = readFileSync(files, 'utf8');
    assert.ok(!text.includes(token) && !text.includes(token.slice(4, 20)));
    assert.match(text, /"[0-9a-f]{64}":/);
    // Reading the cache does not confirm a guessed key: entries are not a plain hash of verifier and key.
    const plainHash = createHash('sha256').update(`github\0${token}\0`).digest('hex');
    assert.ok(!text.includes(plainHash));
    assert.ok(!text.includes(createHash('sha256').update(plainHash).digest('hex')));
    const keyFile = join(dirname(files), 'verify-cache.key');
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    // Another user's cache key (here: a new one) finds nothing: the key is asked again.
    rmSync(keyFile);
    const third = await runCli(args, { cwd: dir, env });
    assert.equal(seen.length - before, 2);
    assert.doesNotMatch(states(third.stdout)[0] ?? '', /\(cached\)/);
  });

  it('a webhook with verification: any also gets the invalid key', async () => {
    const liveToken = githubToken();
    const deadToken = githubToken();
    live.add(liveToken);
    const receiver: Receiver = await startReceiver();
    try {
      const dir = repoWith(
        [liveToken, deadToken],
        `rotation:\n  webhooks:\n    - url: ${receiver.url}\n      retries: 0\n      verification: any\n`,
      );
      await runCli(
        ['scan', '.', '--verify', '--rotate', '--verify-endpoint', `github=${tlsOrigin}`, '--verify-allow-internal'],
        { cwd: dir, env: { ...caEnv, LEAKSCAN_WEBHOOK_SECRET: 'test-signing-secret' } },
      );
      const states = receiver.requests
        .map((r) => (JSON.parse(r.body) as { verification?: { state: string } }).verification?.state)
        .sort();
      assert.deepEqual(states, ['invalid', 'live']);
    } finally {
      await receiver.close();
    }
  });

  it('sends only live keys to the rotation webhook, with the state in the payload', async () => {
    const liveToken = githubToken();
    const deadToken = githubToken();
    live.add(liveToken);
    const receiver: Receiver = await startReceiver();
    try {
      const dir = repoWith(
        [liveToken, deadToken],
        `rotation:\n  webhooks:\n    - url: ${receiver.url}\n      retries: 0\n`,
      );
      const result = await runCli(
        ['scan', '.', '--verify', '--rotate', '--verify-endpoint', `github=${tlsOrigin}`, '--verify-allow-internal'],
        { cwd: dir, env: { ...caEnv, LEAKSCAN_WEBHOOK_SECRET: 'test-signing-secret' } },
      );
      assert.equal(receiver.requests.length, 1, result.stderr);
      const notice = JSON.parse(receiver.requests[0]?.body ?? '{}') as { verification?: { state: string } };
      assert.equal(notice.verification?.state, 'live');
    } finally {
      await receiver.close();
    }
  });

  it('config verify: true turns verification on; --only-verified without it is a usage error', async () => {
    const token = githubToken();
    live.add(token);
    const dir = repoWith([token], 'verify: true\n');
    const result = await runCli(
      ['scan', '.', '--format', 'json', '--verify-endpoint', `github=${tlsOrigin}`, '--verify-allow-internal'],
      { cwd: dir, env: caEnv },
    );
    assert.match(states(result.stdout)[0] ?? '', /^live/);
    const plain = repoWith([token]);
    const refused = await runCli(['scan', '.', '--only-verified'], { cwd: plain });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--only-verified needs --verify/);
  });
});
