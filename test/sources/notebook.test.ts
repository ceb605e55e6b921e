import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

interface Report {
  findings: { ruleId: string; file: string; line: number; column: number; cell?: number; secret: string }[];
}

const GENERIC_SECRET = 'Zx7Kv9Np3Hs6Bd1Fy5Gc0TjWm4Rt8Lq2';
// Random-looking base64 holding an `EAA…` run of Facebook-token length, as a PNG output might.
const PNG_OUTPUT = `iVBORw0KGgoAAAANSUhEUgAA/EAAB${'Qm7vTz2Lx9Rw4Kp8Nc3Hb6Yd1Fs5Gj0A'.repeat(4)}/AAAAAElFTkSuQmCC`;

/** A notebook as Jupyter writes it (json.dump with indent=1): every source line a JSON string on its own line. */
function notebook(token: string): string {
  return `${JSON.stringify(
    {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Calling the API\n', 'Set the key below.\n'] },
        {
          cell_type: 'code',
          execution_count: 1,
          metadata: {},
          outputs: [
            {
              output_type: 'display_data',
              data: { 'image/png': PNG_OUTPUT, 'text/plain': ['<Figure>'] },
              metadata: {},
            },
          ],
          source: [
            'import os\n',
            `"KEY" = "x"\n`,
            `client = Client(api_key="${GENERIC_SECRET}")\n`,
            `GITHUB_TOKEN = "${token}"`,
          ],
        },
      ],
      metadata: { kernelspec: { name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  )}\n`;
}

async function scanJson(cwd: string, args: string[]): Promise<Report> {
  const result = await runCli([...args, '--format', 'json', '--show-secrets'], { cwd });
  return JSON.parse(result.stdout) as Report;
}

describe('Jupyter notebooks are scanned cell by cell', () => {
  it('finds JSON-escaped keys in a cell, on the file line of their string, with the cell index; skips image outputs', async () => {
    const dir = makeTempDir();
    const token = githubToken();
    const text = notebook(token);
    writeFileSync(join(dir, 'demo.ipynb'), text);
    const lines = text.split('\n');
    const lineOf = (needle: string): number => lines.findIndex((line) => line.includes(needle)) + 1;
    const report = await scanJson(dir, ['scan']);
    const byRule = Object.fromEntries(report.findings.map((f) => [f.ruleId, f]));
    assert.deepEqual(Object.keys(byRule).sort(), ['generic-secret-assignment', 'github-personal-access-token']);
    assert.deepEqual(
      {
        line: byRule['generic-secret-assignment']?.line,
        cell: byRule['generic-secret-assignment']?.cell,
        secret: byRule['generic-secret-assignment']?.secret,
      },
      { line: lineOf(GENERIC_SECRET), cell: 1, secret: GENERIC_SECRET },
    );
    assert.deepEqual(
      [byRule['github-personal-access-token']?.line, byRule['github-personal-access-token']?.cell],
      [lineOf(token), 1],
    );
    // The column is within the cell's code line, as the notebook shows it.
    assert.equal(byRule['generic-secret-assignment']?.column, 'client = Client(api_key="'.length + 1);
    const textReport = await runCli(['scan'], { cwd: dir });
    assert.match(textReport.stdout, /in notebook cell 1/);
  });

  it('reads a compact (one-line) notebook and an nbformat 3 notebook', async () => {
    const dir = makeTempDir();
    const token = githubToken();
    writeFileSync(join(dir, 'compact.ipynb'), JSON.stringify(JSON.parse(notebook(token))));
    const v3 = {
      worksheets: [
        { cells: [{ cell_type: 'code', input: ['x = 1\n', `auth_token = '${GENERIC_SECRET}'\n`], outputs: [] }] },
      ],
      nbformat: 3,
    };
    const v3Text = JSON.stringify(v3, null, 1);
    writeFileSync(join(dir, 'old.ipynb'), v3Text);
    const report = await scanJson(dir, ['scan']);
    const compact = report.findings.filter((f) => f.file === 'compact.ipynb');
    assert.deepEqual(compact.map((f) => [f.ruleId, f.line, f.cell]).sort(), [
      ['generic-secret-assignment', 1, 1],
      ['github-personal-access-token', 1, 1],
    ]);
    const old = report.findings.filter((f) => f.file === 'old.ipynb');
    const v3Line = v3Text.split('\n').findIndex((line) => line.includes(GENERIC_SECRET)) + 1;
    assert.deepEqual(
      old.map((f) => [f.ruleId, f.line, f.cell]),
      [['generic-secret-assignment', v3Line, 0]],
    );
  });

  it('scans a notebook that does not parse line by line, unescaping its strings, and survives hostile nesting', async () => {
    const dir = makeTempDir();
    const text = notebook(githubToken());
    writeFileSync(join(dir, 'truncated.ipynb'), text.slice(0, text.indexOf('"metadata": {\n  "kernelspec"')));
    writeFileSync(
      join(dir, 'deep.ipynb'),
      `${'['.repeat(200_000)}"api_key = \\"${GENERIC_SECRET}\\""${']'.repeat(200_000)}`,
    );
    const result = await runCli(['scan', '--format', 'json', '--show-secrets'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    const report = JSON.parse(result.stdout) as Report;
    const truncated = report.findings.filter((f) => f.file === 'truncated.ipynb');
    assert.deepEqual(truncated.map((f) => f.ruleId).sort(), [
      'generic-secret-assignment',
      'github-personal-access-token',
    ]);
    assert.equal(
      truncated.find((f) => f.ruleId === 'generic-secret-assignment')?.line,
      text.split('\n').findIndex((l) => l.includes(GENERIC_SECRET)) + 1,
    );
  });

  it('finds a key added to a notebook in a staged change, on its file line', async () => {
    const repo = GitRepo.init();
    const before = notebook(githubToken()).replace(/client = Client\(api_key=\\"[^\\]*\\"\)/, 'client = Client()');
    repo.commit('notebook', { 'demo.ipynb': before });
    const after = notebook(githubToken()).replace(
      /GITHUB_TOKEN = \\"[^\\]*\\"/,
      'GITHUB_TOKEN = os.environ[\\"GITHUB_TOKEN\\"]',
    );
    repo.write({ 'demo.ipynb': after });
    repo.git('add', 'demo.ipynb');
    const report = await scanJson(repo.dir, ['staged', '--min-confidence', 'low']);
    const line =
      readFileSync(join(repo.dir, 'demo.ipynb'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(GENERIC_SECRET)) + 1;
    assert.deepEqual(
      report.findings.map((f) => [f.ruleId, f.line]),
      [['generic-secret-assignment', line]],
    );
  });
});
