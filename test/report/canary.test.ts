import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { REPORT_FORMATS } from '../../src/report/registry.js';
import { runAction } from '../helpers/action-harness.js';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken, randomBase62 } from '../helpers/tokens.js';

// Every kind of finding (in content, in a file name, in a commit message, decoded from base64, in a notebook
// cell, a paired credential and its id half) in every report format, in every scan mode, with --explain and
// --list-skipped, and in the Action's log, annotations, summary and report files: the canary keys are
// nowhere unless --show-secrets asks for them.
const BOUND = { timeout: 240_000 };

interface Canaries {
  content: string;
  decoded: string;
  notebook: string;
  awsSecret: string;
  awsId: string;
}

function canaries(): Canaries {
  const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return {
    content: githubToken(),
    decoded: githubToken(),
    notebook: githubToken(),
    awsSecret: `${randomBase62(20)}/${randomBase62(19)}`,
    awsId: `AKIA${[...randomBytes(16)].map((b) => base32[b % 32]).join('')}`,
  };
}

function notebook(token: string): string {
  const cell = { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: [`TOKEN = "${token}"\n`] };
  return JSON.stringify({ cells: [cell], metadata: {}, nbformat: 4, nbformat_minor: 5 });
}

/** The files that hold every kind of finding; `staged` gets the same content under other names. */
function plant(keys: Canaries, prefix = ''): Record<string, string | Buffer> {
  return {
    [`${prefix}app.env`]: `GITHUB_TOKEN=${keys.content}\n`,
    [`${prefix}keys/${keys.content}.env`]: 'nothing in here\n',
    [`${prefix}encoded.yaml`]: `token: ${Buffer.from(`GITHUB_TOKEN=${keys.decoded}`).toString('base64')}\n`,
    [`${prefix}analysis.ipynb`]: notebook(keys.notebook),
    [`${prefix}aws/credentials`]: `[default]\naws_access_key_id = ${keys.awsId}\naws_secret_access_key = ${keys.awsSecret}\n`,
    [`${prefix}logo.png`]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  };
}

function assertAbsent(keys: Canaries, outputs: Record<string, string>): void {
  for (const [name, canary] of Object.entries(keys))
    for (const [where, text] of Object.entries(outputs)) {
      const at = text.indexOf(canary);
      assert.ok(at < 0, `the raw ${name} key is in ${where}:\n${text.slice(Math.max(0, at - 200), at + 100)}`);
    }
}

interface JsonFinding {
  file: string;
  part?: string;
  decodedFrom?: string;
  cell?: number;
  pairedWith?: { ruleId: string };
  commit?: string;
}

describe('a canary key in every kind of finding is printed by no report format unless --show-secrets', () => {
  it(
    'scan, history, diff and staged; text, json, sarif, csv, junit, html; --explain, --list-skipped',
    BOUND,
    async () => {
      const keys = canaries();
      const repo = GitRepo.init();
      repo.commit('base', { 'README.md': 'app\n' });
      repo.commit(`add settings (was ${keys.content})`, plant(keys));
      repo.write(plant(keys, 'next/'));
      repo.git('add', '-A');

      const modes: Record<string, string[]> = {
        scan: ['scan'],
        history: ['history'],
        diff: ['diff', 'HEAD~1..HEAD'],
        staged: ['staged', '--min-confidence', 'low'],
      };
      const outputs: Record<string, string> = {};
      const findingsOf: Record<string, JsonFinding[]> = {};
      for (const [mode, args] of Object.entries(modes))
        for (const format of REPORT_FORMATS) {
          const run = await runCli([...args, '--format', format, '--explain', '--list-skipped'], { cwd: repo.dir });
          assert.equal(run.code, 1, `${mode} ${format}: ${run.stderr}`);
          outputs[`${mode} ${format}`] = run.stdout + run.stderr;
          if (format === 'json') findingsOf[mode] = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
        }

      // Every kind of finding is in the reports searched, so each kind was serialised.
      for (const [mode, findings] of Object.entries(findingsOf)) {
        const kinds = {
          content: findings.some((f) => f.file.endsWith('app.env') && f.part === undefined),
          'file name': findings.some((f) => f.part === 'file-name' || f.decodedFrom === 'file name'),
          decoded: findings.some((f) => f.decodedFrom === 'base64'),
          // Git modes read a notebook's added lines, not its cells.
          'notebook cell': findings.some((f) => (mode === 'scan' ? f.cell === 0 : f.file.endsWith('analysis.ipynb'))),
          paired: findings.some((f) => f.pairedWith !== undefined),
        };
        for (const [kind, found] of Object.entries(kinds)) assert.ok(found, `${mode}: no ${kind} finding`);
        if (mode === 'history')
          assert.ok(
            findings.some((f) => f.part === 'commit-message'),
            'history: no commit-message finding',
          );
      }
      assertAbsent(keys, outputs);

      for (const format of REPORT_FORMATS) {
        const shown = await runCli(['history', '--format', format, '--show-secrets'], { cwd: repo.dir });
        for (const [name, canary] of Object.entries(keys)) {
          // SARIF, JUnit and HTML name the id half of a pair by its rule, without its value.
          if (name === 'awsId' && !['text', 'json', 'csv'].includes(format)) continue;
          assert.ok(shown.stdout.includes(canary), `${format} --show-secrets prints the ${name} key`);
        }
      }
    },
  );

  it('the Action: log, annotations, job summary, outputs, report and SARIF files', BOUND, async () => {
    const keys = canaries();
    const workspace = makeTempDir('leakscan-canary-ws-');
    for (const [path, content] of Object.entries(plant(keys))) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true });
      writeFileSync(join(workspace, path), content);
    }
    for (const format of ['html', 'csv']) {
      const run = await runAction({
        workspace,
        event: 'workflow_dispatch',
        payload: { repository: { full_name: 'octo/app' } },
        inputs: { mode: 'scan', format },
        env: { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'octo/app' },
      });
      assert.equal(run.code, 1, run.stdout);
      for (const canary of [keys.content, keys.decoded, keys.notebook, keys.awsSecret])
        assert.ok(run.masks.includes(canary), 'every key is registered with ::add-mask::');
      assert.ok(run.errors.length >= 5, run.stdout);
      const log = run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      assertAbsent(keys, {
        [`${format} log and annotations`]: log,
        [`${format} stderr`]: run.stderr,
        [`${format} summary`]: run.summary,
        [`${format} outputs`]: JSON.stringify(run.outputs),
        [`${format} report file`]: readFileSync(run.outputs['report-file']!, 'utf8'),
        [`${format} sarif file`]: readFileSync(run.outputs['sarif-file']!, 'utf8'),
      });
    }
  });
});
