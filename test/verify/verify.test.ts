import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readRuleFiles } from '../../src/rules/load-rules.js';
import { awsAccountOfKeyId } from '../../src/verify/canary.js';
import { readVerifierFiles } from '../../src/verify/load-verifiers.js';
import { semanticProblems, type VerifierDefinition } from '../../src/verify/verifier-definition.js';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

type Behaviour =
  | 'live'
  | 'invalid'
  | 'waf'
  | 'foreign-403'
  | 'rate-limited'
  | 'error'
  | 'redirect'
  | 'hang'
  | 'endless'
  | 'reset';

/** A local server that answers as api.github.com documents, by the token it is given. */
class FakeVendor {
  readonly server: Server;
  readonly requests: { host: string; path: string; auth: string }[] = [];
  readonly behaviours = new Map<string, Behaviour>();
  readonly #rateLimited = new Set<string>();
  origin = '';

  constructor() {
    this.server = createServer((request, response) => this.#answer(request, response));
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  countFor(token: string): number {
    return this.requests.filter((r) => r.auth === `Bearer ${token}`).length;
  }

  #answer(request: IncomingMessage, response: ServerResponse): void {
    const auth = String(request.headers.authorization ?? '');
    this.requests.push({ host: String(request.headers.host), path: request.url ?? '', auth });
    const token = auth.replace(/^Bearer /, '');
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    switch (this.behaviours.get(token) ?? 'invalid') {
      case 'live':
        return json(200, { resources: { core: { limit: 5000 } } });
      case 'invalid':
        return json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      case 'waf':
        response.writeHead(403, { 'content-type': 'text/html' });
        return void response.end('<html><body>Access denied by the firewall</body></html>');
      case 'foreign-403':
        return json(403, { message: 'Forbidden' });
      case 'rate-limited':
        if (!this.#rateLimited.has(token)) {
          this.#rateLimited.add(token);
          return json(429, { message: 'slow down' }, { 'retry-after': '1' });
        }
        return json(200, { resources: {} });
      case 'error':
        return json(502, { message: 'bad gateway' });
      case 'redirect':
        response.writeHead(302, { location: 'http://collector.example/steal' });
        return void response.end();
      case 'hang':
        return; // never answers
      case 'endless': {
        // 200 and a body that never ends: the client must stop reading on its own.
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = `{"resources":${'['.repeat(1)}${' '.repeat(16 * 1024)}`;
        const pump = (): void => {
          while (response.write(chunk)) if (response.destroyed) return;
          response.once('drain', pump);
        };
        response.on('error', () => undefined);
        return pump();
      }
      case 'reset':
        return void request.socket.destroy();
    }
  }
}

const vendor = new FakeVendor();
let env: Record<string, string>;
before(async () => {
  await vendor.start();
  env = { LEAKSCAN_VERIFY_TEST_ORIGIN: vendor.origin };
});
after(() => {
  vendor.server.closeAllConnections();
  vendor.server.close();
});

function repoWith(tokens: string[], copies = 1): string {
  const dir = makeTempDir('leakscan-verify-');
  for (let copy = 0; copy < copies; copy++)
    writeFileSync(join(dir, `config-${copy}.txt`), tokens.map((t, i) => `token_${i} = "${t}"\n`).join(''));
  return dir;
}

interface JsonFinding {
  secret: string;
  verification?: { state: string; reason: string; checkedAt: string; verifier?: string };
}

async function scanJson(dir: string, extra: string[] = [], extraEnv: Record<string, string> = env) {
  const result = await runCli(['scan', '.', '--format', 'json', '--verify', '--show-secrets', ...extra], {
    cwd: dir,
    env: extraEnv,
  });
  const report = JSON.parse(result.stdout) as { findings: JsonFinding[]; notes?: string[] };
  return { ...result, report };
}

describe('verifier definitions', () => {
  it('load without problems, cover at least 30 vendors, and name only rules that exist', async () => {
    const { verifiers, problems } = await readVerifierFiles();
    assert.deepEqual(problems, []);
    assert.ok(verifiers.length >= 30, `${verifiers.length} verifiers`);
    const { files } = await readRuleFiles();
    const ruleIds = new Set(files.flatMap((file) => file.definitions.map((d) => d.id)));
    for (const verifier of verifiers)
      for (const rule of verifier.rules) assert.ok(ruleIds.has(rule), `${verifier.id} names unknown rule ${rule}`);
  });

  it('refuse a status-only matcher, a 5xx/429 matcher and a URL host outside the allowlist', () => {
    const bad: VerifierDefinition = {
      id: 'x',
      vendor: 'X',
      rules: ['x'],
      hosts: ['api.x.example'],
      docs: ['https://x.example'],
      returns: 'nothing',
      request: { method: 'GET', url: 'https://collector.example/check' },
      live: [{ status: [200], reason: 'ok' }],
      invalid: [{ status: [429], body_includes: ['x'], reason: 'no' }],
    };
    const problems = semanticProblems(bad, 'x').join('\n');
    assert.match(problems, /host collector\.example is not in hosts/);
    assert.match(problems, /needs a json or body_includes condition/);
    assert.match(problems, /status 429 always means unknown/);
  });

  it('decode the AWS account of a key id offline (canary detection)', () => {
    assert.equal(awsAccountOfKeyId('AKIAQYLPMN5HHHFPZAM2'), '052310077262');
    assert.equal(awsAccountOfKeyId('not a key'), undefined);
  });
});

describe('--verify against a local vendor', () => {
  it('reports live, invalid and unknown with reasons, live first, one request per distinct key', async () => {
    const tokens = {
      live: githubToken(),
      invalid: githubToken(),
      waf: githubToken(),
      foreign: githubToken(),
      error: githubToken(),
      redirect: githubToken(),
    };
    vendor.behaviours.set(tokens.live, 'live');
    vendor.behaviours.set(tokens.invalid, 'invalid');
    vendor.behaviours.set(tokens.waf, 'waf');
    vendor.behaviours.set(tokens.foreign, 'foreign-403');
    vendor.behaviours.set(tokens.error, 'error');
    vendor.behaviours.set(tokens.redirect, 'redirect');
    const dir = repoWith([tokens.invalid, tokens.waf, tokens.foreign, tokens.error, tokens.redirect, tokens.live]);
    const { code, report } = await scanJson(dir);
    assert.equal(code, 1);
    const state = (token: string) => report.findings.find((f) => f.secret === token)?.verification;
    assert.equal(state(tokens.live)?.state, 'live');
    assert.equal(state(tokens.invalid)?.state, 'invalid');
    assert.match(state(tokens.invalid)?.reason ?? '', /401 from api\.github\.com: Bad credentials/);
    assert.equal(state(tokens.waf)?.state, 'unknown');
    assert.match(state(tokens.waf)?.reason ?? '', /HTML page/);
    assert.equal(state(tokens.foreign)?.state, 'unknown', 'a 403 without the vendor body is not invalid');
    assert.equal(state(tokens.error)?.state, 'unknown');
    assert.match(state(tokens.error)?.reason ?? '', /502.*server error/);
    assert.equal(state(tokens.redirect)?.state, 'unknown');
    assert.match(state(tokens.redirect)?.reason ?? '', /redirect to another host, collector\.example, not followed/);
    assert.equal(report.findings[0]?.secret, tokens.live, 'live findings sort first');
    assert.ok(
      vendor.requests.every((r) => r.host === 'api.github.com'),
      'the Host is always the vendor',
    );
    assert.ok(!vendor.requests.some((r) => r.host.includes('collector')), 'the redirect was not followed');
  });

  it('honours Retry-After: one wait, one retry, then the answer', async () => {
    const token = githubToken();
    vendor.behaviours.set(token, 'rate-limited');
    const { report } = await scanJson(repoWith([token]));
    assert.equal(report.findings[0]?.verification?.state, 'live');
    assert.equal(vendor.countFor(token), 2);
  });

  it('a hang is unknown after the timeout, never invalid', async () => {
    const token = githubToken();
    vendor.behaviours.set(token, 'hang');
    const { report } = await scanJson(repoWith([token]), ['--verify-timeout', '1']);
    assert.equal(report.findings[0]?.verification?.state, 'unknown');
    assert.match(report.findings[0]?.verification?.reason ?? '', /no answer within 1000 ms/);
  });

  it('an endless body and a connection reset are unknown, without hanging', async () => {
    const endless = githubToken();
    const reset = githubToken();
    vendor.behaviours.set(endless, 'endless');
    vendor.behaviours.set(reset, 'reset');
    const { report } = await scanJson(repoWith([endless, reset]), ['--verify-timeout', '30']);
    const state = (token: string) => report.findings.find((f) => f.secret === token)?.verification;
    assert.equal(state(endless)?.state, 'unknown');
    assert.match(state(endless)?.reason ?? '', /200 from api\.github\.com: an answer over 64 KB/);
    assert.equal(state(reset)?.state, 'unknown');
    assert.match(state(reset)?.reason ?? '', /network error|socket hang up|ECONNRESET/);
  });

  it('50 copies of 5 distinct keys cost 5 requests', async () => {
    const tokens = Array.from({ length: 5 }, () => githubToken());
    for (const token of tokens) vendor.behaviours.set(token, 'live');
    const before = vendor.requests.length;
    const { report } = await scanJson(repoWith(tokens, 50));
    assert.equal(report.findings.length, 250);
    assert.ok(report.findings.every((f) => f.verification?.state === 'live'));
    assert.equal(vendor.requests.length - before, 5);
    assert.ok(report.notes?.some((note) => /5 request\(s\) sent/.test(note)));
  });

  it('stops at the request budget; the rest are unknown, saying why', async () => {
    const tokens = Array.from({ length: 5 }, () => githubToken());
    for (const token of tokens) vendor.behaviours.set(token, 'live');
    const before = vendor.requests.length;
    const { report } = await scanJson(repoWith(tokens), ['--verify-budget', '2']);
    assert.equal(vendor.requests.length - before, 2);
    const unknown = report.findings.filter((f) => f.verification?.state === 'unknown');
    assert.equal(unknown.length, 3);
    assert.ok(unknown.every((f) => /request budget of 2 is used up/.test(f.verification?.reason ?? '')));
  });

  it('refuses a loopback endpoint unless --verify-allow-internal', async () => {
    const token = githubToken();
    vendor.behaviours.set(token, 'live');
    const dir = repoWith([token]);
    const endpoint = ['--verify-endpoint', `github=${vendor.origin}`];
    const refused = await scanJson(dir, endpoint, {});
    assert.equal(refused.report.findings[0]?.verification?.state, 'unknown');
    assert.match(refused.report.findings[0]?.verification?.reason ?? '', /internal address/);
    assert.equal(vendor.countFor(token), 0);
    const allowed = await scanJson(dir, [...endpoint, '--verify-allow-internal'], {});
    assert.equal(allowed.report.findings[0]?.verification?.state, 'live');
    assert.equal(vendor.countFor(token), 1);
  });

  it('never calls a canary token account', async () => {
    const dir = makeTempDir('leakscan-verify-');
    writeFileSync(
      join(dir, 'credentials'),
      '[default]\naws_access_key_id = AKIAQYLPMN5HHHFPZAM2\naws_secret_access_key = 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\n',
    );
    const before = vendor.requests.length;
    const { report } = await scanJson(dir);
    const aws = report.findings.find((f) => f.verification?.verifier === 'aws');
    assert.ok(aws, JSON.stringify(report.findings.map((f) => f.verification)));
    assert.equal(aws.verification?.state, 'unknown');
    assert.match(aws.verification?.reason ?? '', /canary/);
    assert.equal(vendor.requests.length, before);
  });

  it('signs AWS GetCallerIdentity with SigV4 and sends it to STS only', async () => {
    const dir = makeTempDir('leakscan-verify-');
    writeFileSync(
      join(dir, 'credentials'),
      '[default]\naws_access_key_id = AKIAIOSFODNN7ABCDEFG\naws_secret_access_key = 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\n',
    );
    const before = vendor.requests.length;
    const { report } = await scanJson(dir);
    const sent = vendor.requests.slice(before);
    const aws = report.findings.find((f) => f.verification?.verifier === 'aws');
    assert.ok(aws, 'the paired AWS key is found and verified');
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.host, 'sts.amazonaws.com');
    assert.match(
      sent[0]?.auth ?? '',
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7ABCDEFG\/\d{8}\/us-east-1\/sts\/aws4_request/,
    );
  });

  it('never prints the key: --explain masks it, reports stay redacted', async () => {
    const token = githubToken();
    vendor.behaviours.set(token, 'invalid');
    const dir = repoWith([token]);
    for (const format of ['text', 'json', 'sarif', 'csv', 'junit']) {
      const result = await runCli(['scan', '.', '--verify', '--explain', '--format', format], { cwd: dir, env });
      assert.ok(!result.stdout.includes(token), `${format} stdout holds the key`);
      assert.ok(!result.stderr.includes(token), `${format} stderr holds the key`);
      assert.match(`${result.stdout}`, /invalid/, `${format} shows the state`);
      if (format === 'csv') assert.match(result.stdout, /,reusedIn,verification,verificationReason\r\n/);
      if (format === 'sarif') assert.match(result.stdout, /"verification": \{\s*"state": "invalid"/);
      if (format === 'text')
        assert.match(
          result.stderr,
          /verify: github: GET https:\/\/api\.github\.com\/rate_limit \[.*authorization: Bearer \*{8}/,
        );
    }
  });

  it('html shows a state badge; no format echoes what the server said', async () => {
    const live = githubToken();
    const waf = githubToken();
    vendor.behaviours.set(live, 'live');
    vendor.behaviours.set(waf, 'waf');
    const dir = repoWith([live, waf]);
    const html = await runCli(['scan', '.', '--verify', '--format', 'html'], { cwd: dir, env });
    assert.match(html.stdout, /class="badge verification-live"[^>]*>LIVE</);
    assert.match(html.stdout, /class="badge verification-unknown"/);
    for (const format of ['text', 'json', 'sarif', 'csv', 'junit', 'html']) {
      const result = await runCli(['scan', '.', '--verify', '--explain', '--format', format], { cwd: dir, env });
      assert.ok(!`${result.stdout}${result.stderr}`.includes('Access denied by the firewall'), format);
    }
  });

  it('--only-verified keeps live keys only', async () => {
    const live = githubToken();
    const dead = githubToken();
    vendor.behaviours.set(live, 'live');
    vendor.behaviours.set(dead, 'invalid');
    const { report } = await scanJson(repoWith([live, dead]), ['--only-verified']);
    assert.deepEqual(
      report.findings.map((f) => f.secret),
      [live],
    );
  });

  it('leakscan verify REPORT.json re-checks a report written with --show-secrets, and refuses a redacted one', async () => {
    const token = githubToken();
    vendor.behaviours.set(token, 'live');
    const dir = repoWith([token]);
    await runCli(['scan', '.', '--format', 'json', '--show-secrets', '-o', 'report.json'], { cwd: dir });
    const checked = await runCli(['verify', 'report.json', '--format', 'json'], { cwd: dir, env });
    assert.equal(checked.code, 1);
    const out = JSON.parse(checked.stdout) as { findings: JsonFinding[]; requests: number };
    assert.equal(out.findings[0]?.verification?.state, 'live');
    assert.ok(!checked.stdout.includes(token));
    await runCli(['scan', '.', '--format', 'json', '-o', 'redacted.json'], { cwd: dir });
    const refused = await runCli(['verify', 'redacted.json'], { cwd: dir, env });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /without --show-secrets/);
  });

  it('verifies in the git modes too: staged, diff and history, one request per key across commits', async () => {
    const token = githubToken();
    vendor.behaviours.set(token, 'live');
    const repo = GitRepo.init();
    repo.commit('base', { 'README.md': 'hello\n' });
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit('add a key', { 'app.env': `GITHUB_TOKEN=${token}\n` });
    repo.commit('copy it', { 'copy.env': `GITHUB_TOKEN=${token}\n` });
    repo.write({ 'staged.env': `TOKEN=${token}\n` });
    repo.git('add', 'staged.env');
    for (const args of [['staged'], ['diff', `${base}..HEAD`], ['history']]) {
      const before = vendor.countFor(token);
      const result = await runCli([...args, '--verify', '--format', 'json'], {
        cwd: repo.dir,
        env: { ...env, ...repo.env },
      });
      const report = JSON.parse(result.stdout) as { findings: JsonFinding[] };
      assert.ok(report.findings.length > 0, args[0]);
      assert.ok(
        report.findings.every((f) => f.verification?.state === 'live'),
        args[0],
      );
      assert.equal(vendor.countFor(token) - before, 1, `${args[0]}: one request`);
    }
  });

  it('leakscan verify refuses a report that is not one, cleanly', async () => {
    const dir = makeTempDir('leakscan-verify-');
    writeFileSync(join(dir, 'junk.json'), '{"findings": [{"ruleId": 1}]');
    writeFileSync(join(dir, 'other.json'), '{"findings": [{"file": "x"}]}');
    for (const file of ['junk.json', 'other.json', 'missing.json']) {
      const result = await runCli(['verify', file], { cwd: dir, env });
      assert.equal(result.code, 2, file);
      assert.match(result.stderr, /^leakscan: error: /, file);
    }
  });

  it('--list-hosts prints the egress allowlist', async () => {
    const result = await runCli(['verify', '--list-hosts'], { cwd: makeTempDir() });
    assert.equal(result.code, 0);
    for (const host of ['api.github.com', 'sts.amazonaws.com', 'slack.com', '*.api.mailchimp.com'])
      assert.ok(
        result.stdout.split('\n').some((line) => line.startsWith(`${host}\t`)),
        host,
      );
  });
});
