import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  backoffDelay,
  decide,
  parseRetryAfter,
  postOnce,
  withRetries,
  type Outcome,
} from '../../src/notify/deliver.js';
import { DEFAULT_POLICY, type DeliveryPolicy } from '../../src/notify/rotation-config.js';

const policy: DeliveryPolicy = {
  connectTimeoutMs: 500,
  timeoutMs: 300,
  retries: 3,
  backoffMs: 100,
  maxBackoffMs: 1000,
  maxRetryAfterMs: 5000,
};
const status = (code: number, retryAfter?: string): Outcome => ({
  kind: 'response',
  status: code,
  ...(retryAfter ? { retryAfter } : {}),
});

describe('retry policy', () => {
  it('delivers on any 2xx', () => {
    for (const code of [200, 201, 202, 204]) assert.deepEqual(decide(status(code), 0, policy), { action: 'delivered' });
  });

  it('retries network errors, timeouts, 5xx, 408 and 429', () => {
    const retryable: Outcome[] = [
      status(500),
      status(503),
      status(408),
      status(429),
      { kind: 'network-error', message: 'ECONNREFUSED' },
      { kind: 'timeout', phase: 'total' },
    ];
    for (const outcome of retryable)
      assert.equal(decide(outcome, 0, policy, 0, () => 0.5).action, 'retry', JSON.stringify(outcome));
  });

  it('does not retry other 4xx or a refused redirect: they fail for good', () => {
    for (const outcome of [
      status(400),
      status(401),
      status(403),
      status(404),
      status(410),
      status(422),
      { kind: 'redirect-refused', status: 302, location: 'https://evil.example' } as Outcome,
    ])
      assert.deepEqual(decide(outcome, 0, policy), { action: 'stop', state: 'failed' });
  });

  it('leaves the notice pending once the retry budget is spent', () => {
    assert.deepEqual(decide(status(503), 3, policy), { action: 'stop', state: 'pending' });
  });

  it('waits as long as Retry-After says, in seconds or as a date', () => {
    assert.deepEqual(decide(status(429, '2'), 0, policy), { action: 'retry', delayMs: 2000 });
    const now = Date.parse('2026-11-26T10:00:00Z');
    assert.deepEqual(decide(status(503, 'Thu, 26 Nov 2026 10:00:03 GMT'), 0, policy, now), {
      action: 'retry',
      delayMs: 3000,
    });
  });

  it('does not block the run on a Retry-After longer than maxRetryAfterMs: the notice stays pending', () => {
    assert.deepEqual(decide(status(429, '3600'), 0, policy), { action: 'stop', state: 'pending' });
  });

  it('backs off exponentially, with jitter in the upper half, capped', () => {
    assert.equal(
      backoffDelay(0, policy, () => 0),
      50,
    );
    assert.equal(
      backoffDelay(0, policy, () => 1),
      100,
    );
    assert.equal(
      backoffDelay(2, policy, () => 0),
      200,
    );
    assert.equal(
      backoffDelay(2, policy, () => 1),
      400,
    );
    assert.equal(
      backoffDelay(10, policy, () => 1),
      1000,
    );
  });

  it('parses Retry-After and ignores nonsense', () => {
    assert.equal(parseRetryAfter('0'), 0);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(undefined), undefined);
  });

  it('withRetries: 500, 500, 200 → delivered after three attempts, sleeping the backoff between', async () => {
    const outcomes = [status(500), status(500), status(200)];
    const slept: number[] = [];
    const report = await withRetries(async () => outcomes.shift()!, policy, {
      sleep: async (ms) => void slept.push(ms),
      random: () => 1,
    });
    assert.equal(report.state, 'delivered');
    assert.equal(report.attempts, 3);
    assert.deepEqual(slept, [100, 200]);
  });

  it('the defaults give up on a server that never answers within a minute, so a scan is never held long', () => {
    const p = DEFAULT_POLICY;
    const backoff = Array.from({ length: p.retries }, (_, i) => backoffDelay(i, p, () => 1)).reduce((a, b) => a + b, 0);
    assert.ok(p.retries >= 2);
    assert.ok((p.retries + 1) * p.timeoutMs + backoff <= 60_000);
  });
});

describe('one POST against a real server', () => {
  let server: Server;
  let base: string;
  let otherBase: string;
  let other: Server;
  const hits: string[] = [];
  const otherHits: string[] = [];
  before(async () => {
    other = createServer((req, res) => {
      otherHits.push(req.url ?? '');
      res.end('stolen');
    });
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      hits.push(req.url ?? '');
      if (req.url === '/hang') return; // accepts, never answers
      if (req.url === '/away') {
        res.writeHead(307, { Location: `${otherBase}/collect` }).end();
        return;
      }
      if (req.url === '/moved') {
        res.writeHead(308, { Location: '/hook' }).end();
        return;
      }
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => res.writeHead(body.includes('ok') ? 204 : 400).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => other.listen(0, 'localhost', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    otherBase = `http://localhost:${(other.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    other.close();
  });

  it('returns the status', async () => {
    assert.deepEqual(await postOnce({ url: `${base}/hook`, body: '"ok"', headers: {} }, policy), {
      kind: 'response',
      status: 204,
    });
  });

  it('times out on a server that never answers', async () => {
    assert.deepEqual(await postOnce({ url: `${base}/hang`, body: '"ok"', headers: {} }, policy), {
      kind: 'timeout',
      phase: 'total',
    });
  });

  it('reports a closed port as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await postOnce({ url: `http://127.0.0.1:${port}/`, body: '{}', headers: {} }, policy);
    assert.deepEqual(outcome, { kind: 'network-error', message: 'ECONNREFUSED' });
  });

  it('does not follow a redirect to another host', async () => {
    const outcome = await postOnce({ url: `${base}/away`, body: '"ok"', headers: {} }, policy);
    assert.equal(outcome.kind, 'redirect-refused');
    assert.deepEqual(otherHits, []);
  });

  it('follows a 308 on the same origin, re-posting the same body', async () => {
    hits.length = 0;
    assert.deepEqual(await postOnce({ url: `${base}/moved`, body: '"ok"', headers: {} }, policy), {
      kind: 'response',
      status: 204,
    });
    assert.deepEqual(hits, ['/moved', '/hook']);
  });
});
