import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

/** A local server answering like the GitHub REST API: pages linked by `Link`, one rate-limited answer. */
async function fakeGitHub(pages: object[][], options: { foreignNext?: boolean } = {}) {
  const seen: IncomingMessage[] = [];
  let limited = false;
  const server = createServer((request, response) => {
    seen.push(request);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const page = Number(url.searchParams.get('page') ?? '1');
    if (page === 2 && !limited) {
      limited = true;
      response.writeHead(403, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
        'content-type': 'application/json',
      });
      response.end('{"message":"API rate limit exceeded"}');
      return;
    }
    const { port } = server.address() as AddressInfo;
    const origin = options.foreignNext ? 'http://127.0.0.2:9' : `http://127.0.0.1:${port}`;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (page < pages.length) headers.link = `<${origin}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"`;
    response.writeHead(200, headers);
    response.end(JSON.stringify(pages[page - 1] ?? []));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/v3`, seen, close: () => new Promise((r) => server.close(r)) };
}

const repo = (name: string, extra: object = {}) => ({
  clone_url: `https://ghe.example.test/acme/${name}.git`,
  ...extra,
});

describe('fleet enqueue --github-org', () => {
  it('follows pages, waits out a rate limit, filters archived and forks, refuses hostile clone URLs', async () => {
    const api = await fakeGitHub([
      [repo('one'), repo('old', { archived: true }), repo('forked', { fork: true })],
      [repo('two'), { clone_url: '--upload-pack=touch /tmp/pwned' }, { clone_url: 'ext::sh -c id' }],
      [repo('three')],
    ]);
    try {
      const work = makeTempDir();
      const result = await runCli(
        ['fleet', 'enqueue', '--github-org', 'acme', '--github-api-url', api.url, '--state-dir', 'state'],
        { cwd: work, env: { REDIS_URL: '', GITHUB_TOKEN: 'test-token-value' } },
      );
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /GitHub rate limit: waiting/);
      assert.match(result.stderr, /GitHub: 3 repositories of acme \(2 archived or forks left out\)/);
      assert.match(result.stderr, /skipped a repository the API listed: not a repository address/);
      assert.match(result.stderr, /queued 3 repositories/);
      assert.ok(api.seen.every((request) => request.headers.authorization === 'Bearer test-token-value'));
      assert.ok(api.seen.every((request) => request.url?.startsWith('/api/v3/orgs/acme/repos')));
      assert.equal(api.seen.length, 4, 'three pages and one rate-limited retry');
      const status = await runCli(['fleet', 'status', '--state-dir', 'state', '--format', 'json'], {
        cwd: work,
        env: { REDIS_URL: '' },
      });
      assert.equal(JSON.parse(status.stdout).queued, 3);
    } finally {
      await api.close();
    }
  });

  it('never follows a next page to another origin (the token stays with the API)', async () => {
    const api = await fakeGitHub([[repo('one')], [repo('two')]], { foreignNext: true });
    try {
      const result = await runCli(['fleet', 'enqueue', '--github-user', 'someone', '--github-api-url', api.url], {
        cwd: makeTempDir(),
        env: { REDIS_URL: '' },
      });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /refusing a next page on another origin/);
      assert.equal(api.seen.length, 1);
    } finally {
      await api.close();
    }
  });

  it('refuses an owner name that is not one', async () => {
    const result = await runCli(
      ['fleet', 'enqueue', '--github-org', '../../user', '--github-api-url', 'http://127.0.0.1:9'],
      {
        cwd: makeTempDir(),
        env: { REDIS_URL: '' },
      },
    );
    assert.equal(result.code, 2);
    assert.match(result.stderr, /not a GitHub organisation or user name/);
  });
});
