import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { after, describe, it } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { fingerprintOf, hashSecret, Secret } from '../../src/findings/secret.js';
import { REPORTERS } from '../../src/report/registry.js';
import { emptyStats } from '../../src/sources/scan-stats.js';
import { stateDirectory } from '../../src/state/state-dir.js';
import { runAction } from '../helpers/action-harness.js';
import { GitRepo } from '../helpers/git-repo.js';
import { answer, startReceiver, type Receiver } from '../helpers/receiver.js';
import { makeTempDir, runCli, TEST_STATE_HOME } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';
import { assertValidSarif } from '../helpers/sarif.js';

// One canary key per test, planted in a file's content and, where the content finding makes it known, in the
// file's name and a commit subject; then in the places an error quotes. Every output is searched for it.
const receivers: Receiver[] = [];
after(async () => Promise.all(receivers.map((r) => r.close())));

const FORMATS = ['text', 'json', 'sarif', 'csv', 'junit'] as const;
const BOUND = { timeout: 120_000 };

function assertAbsent(canary: string, outputs: Record<string, string>): void {
  for (const [where, text] of Object.entries(outputs)) {
    assert.ok(
      !text.includes(canary),
      `the raw key is in ${where}:\n${text.slice(Math.max(0, text.indexOf(canary) - 200), text.indexOf(canary) + 100)}`,
    );
  }
}

describe('the Secret value', () => {
  it('redacts itself in every serialisation; reveal() is the only way to the raw value', () => {
    const canary = githubToken();
    const finding = {
      ruleId: 'github-personal-access-token',
      file: 'a.env',
      secret: new Secret(canary),
      pairedWith: { ruleId: 'x', line: 1, column: 1, secret: new Secret(canary) },
    };
    for (const text of [
      String(finding.secret),
      `${finding.secret}`,
      JSON.stringify(finding),
      inspect(finding, { depth: 5 }),
      finding.secret.shown(false),
    ]) {
      assert.ok(!text.includes(canary), text);
      assert.ok(text.includes('ghp_********'), text);
    }
    assert.equal(finding.secret.reveal(), canary);
    assert.equal(finding.secret.shown(true), canary);
  });

  it('every reporter shows the secret and its paired half redacted unless showSecrets', () => {
    const canary = githubToken();
    const finding: Finding = {
      ruleId: 'github-personal-access-token',
      title: 'GitHub token',
      vendor: 'GitHub',
      severity: 'critical',
      confidence: 'high',
      file: 'a.env',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 41,
      secret: new Secret(canary),
      fingerprint: fingerprintOf('github-personal-access-token', 'a.env', canary),
      secretHash: hashSecret(canary),
      pairedWith: { ruleId: 'github-personal-access-token', line: 2, column: 1, secret: new Secret(canary) },
      tags: [],
    };
    const input = {
      findings: [finding],
      dropped: [],
      stats: emptyStats(),
      mode: 'directory',
      ruleCount: 1,
      elapsedMs: 1,
      explain: true,
      color: false,
      toolVersion: 't',
    };
    for (const [name, reporter] of Object.entries(REPORTERS)) {
      assert.ok(!reporter.render({ ...input, showSecrets: false }).includes(canary), name);
      assert.ok(reporter.render({ ...input, showSecrets: true }).includes(canary), `${name} with showSecrets`);
    }
  });
});

describe('a canary key is printed nowhere unless asked', () => {
  it(
    'in content, a file name and a commit subject: every report format, --explain, history, stderr',
    BOUND,
    async () => {
      const canary = githubToken();
      const repo = GitRepo.init();
      repo.commit(`add config with ${canary}`, {
        'app.env': `GITHUB_TOKEN=${canary}\n`,
        [`keys/${canary}.env`]: `TOKEN=${canary}\n`,
      });
      const outputs: Record<string, string> = {};
      for (const format of FORMATS) {
        for (const mode of [['scan'], ['history']]) {
          const run = await runCli([...mode, '--format', format, '--explain'], { cwd: repo.dir });
          assert.equal(run.code, 1, run.stderr);
          outputs[`${mode[0]} ${format} stdout`] = run.stdout;
          outputs[`${mode[0]} ${format} stderr`] = run.stderr;
          if (format === 'sarif') await assertValidSarif(run.stdout, `${mode[0]} --format sarif`);
        }
      }
      const json = JSON.parse(outputs['history json stdout']!) as { findings: { file: string; message?: string }[] };
      assert.ok(
        json.findings.some((f) => f.file.startsWith('keys/ghp_********')),
        'the file-name finding is reported, redacted',
      );
      assert.ok(
        json.findings.some((f) => f.message?.includes('ghp_********')),
        'the commit subject is reported, redacted',
      );
      const written = join(makeTempDir(), 'report.json');
      const toFile = await runCli(['history', '--format', 'json', '-o', written], { cwd: repo.dir });
      outputs['-o file'] = readFileSync(written, 'utf8');
      outputs['-o stderr'] = toFile.stderr;
      assertAbsent(canary, outputs);

      const shown = await runCli(['history', '--format', 'json', '--show-secrets'], { cwd: repo.dir });
      assert.ok(shown.stdout.includes(canary), '--show-secrets prints the key');
    },
  );

  it('in the rotation payload, the outbox and the dry run; the raw key only with includeSecret', BOUND, async () => {
    const canary = githubToken();
    const hook = await startReceiver(answer(204));
    receivers.push(hook);
    const dir = makeTempDir('leakscan-redact-');
    writeFileSync(join(dir, `${canary}.env`), `TOKEN=${canary}\n`);
    const fast = { timeoutMs: 3000, connectTimeoutMs: 2000, retries: 0 };
    writeFileSync(
      join(dir, '.leakscan.yaml'),
      JSON.stringify({ rotation: { webhooks: [{ name: 'plain', url: hook.url, ...fast }] } }),
    );
    const env = { LEAKSCAN_WEBHOOK_SECRET: 'whsec-redaction' };
    const dry = await runCli(['scan', '--rotate-dry-run'], { cwd: dir, env });
    const sent = await runCli(['scan', '--rotate'], { cwd: dir, env });
    assert.equal(sent.code, 1, sent.stderr);
    assert.equal(hook.requests.length, 1);
    const status = await runCli(['rotate', 'status', '--json'], { cwd: dir, env });
    const outbox = readFileSync(join(stateDirectory(dir, { XDG_STATE_HOME: TEST_STATE_HOME }), 'outbox.jsonl'), 'utf8');
    assertAbsent(canary, {
      'dry run': dry.stdout + dry.stderr,
      scan: sent.stdout + sent.stderr,
      payload: hook.requests[0]!.body,
      outbox,
      status: status.stdout,
    });

    writeFileSync(
      join(dir, '.leakscan.yaml'),
      JSON.stringify({ rotation: { webhooks: [{ name: 'raw', url: hook.url, includeSecret: true, ...fast }] } }),
    );
    await runCli(['scan', '--rotate'], { cwd: dir, env });
    assert.equal(hook.requests.length, 2);
    assert.ok(hook.requests[1]!.body.includes(canary), 'includeSecret sends the raw value');
  });

  it(
    'in the Action: log, annotations, summary, outputs and report files (the runner is told to mask it)',
    BOUND,
    async () => {
      const canary = githubToken();
      const workspace = makeTempDir('leakscan-redact-ws-');
      writeFileSync(join(workspace, 'app.env'), `GITHUB_TOKEN=${canary}\n`);
      writeFileSync(join(workspace, `${canary}.env`), `TOKEN=${canary}\n`);
      const run = await runAction({
        workspace,
        event: 'workflow_dispatch',
        payload: { repository: { full_name: 'octo/app' } },
        inputs: { mode: 'scan', format: 'json' },
      });
      assert.ok(run.masks.includes(canary), 'the key is registered with ::add-mask::');
      const log = run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      assert.ok(run.errors.length >= 2, run.stdout);
      assertAbsent(canary, {
        log,
        stderr: run.stderr,
        summary: run.summary,
        outputs: JSON.stringify(run.outputs),
        'report file': readFileSync(run.outputs['report-file']!, 'utf8'),
        'sarif file': readFileSync(run.outputs['sarif-file']!, 'utf8'),
      });
      await assertValidSarif(readFileSync(run.outputs['sarif-file']!, 'utf8'), 'the Action’s sarif-file');
    },
  );

  it(
    'in errors: a bad .leakscan.yaml value, an invalid regex, a .leakscanignore line, a baseline line',
    BOUND,
    async () => {
      const canary = githubToken();
      const dir = makeTempDir('leakscan-redact-');
      writeFileSync(join(dir, 'a.txt'), 'nothing here\n');
      const stderrOf = async (args: string[]): Promise<string> => {
        const run = await runCli(args, { cwd: dir });
        assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
        return run.stdout + run.stderr;
      };
      const outputs: Record<string, string> = {};
      writeFileSync(join(dir, '.leakscan.yaml'), `rules:\n  disable: [${canary}]\n`);
      outputs['config value'] = await stderrOf(['scan']);
      writeFileSync(join(dir, '.leakscan.yaml'), `allowlist:\n  regexes: ['${canary}(']\n`);
      outputs['invalid regex'] = await stderrOf(['scan']);
      writeFileSync(join(dir, '.leakscan.yaml'), `allowlist: [\n  ${canary}\n`);
      outputs['YAML syntax'] = await stderrOf(['scan']);
      writeFileSync(join(dir, '.leakscan.yaml'), '{}\n');
      writeFileSync(join(dir, '.leakscanignore'), `${canary}\n`);
      outputs['.leakscanignore line'] = await stderrOf(['scan']);
      writeFileSync(join(dir, '.leakscanignore'), '');
      writeFileSync(join(dir, 'base.txt'), `# accepted\nGITHUB_TOKEN=${canary}\n`);
      outputs['baseline line'] = await stderrOf(['scan', '--baseline', 'base.txt']);
      for (const [where, text] of Object.entries(outputs))
        assert.ok(text.includes('ghp_********') || where === 'YAML syntax', `${where}: ${text}`);
      assertAbsent(canary, outputs);
    },
  );
});
