import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitRepo } from './git-repo.js';
import { makeTempDir, TEST_STATE_HOME } from './run-cli.js';

export const ACTION = fileURLToPath(new URL('../../dist/action.js', import.meta.url));
export const ZERO_SHA = '0'.repeat(40);

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error …::message` workflow commands, parsed. */
  errors: { properties: Record<string, string>; message: string }[];
  masks: string[];
}

/**
 * Runs the built action the way the runner does: a child process with the event name and payload file,
 * INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the workspace as cwd.
 */
export function runAction(options: {
  workspace: string;
  event: string;
  payload: object;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const files = makeTempDir('leakscan-runner-');
  const eventPath = join(files, 'event.json');
  const outputPath = join(files, 'output');
  const summaryPath = join(files, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  // The test may itself run inside GitHub Actions: none of the runner's variables may leak into the child.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(key)),
  );
  const inputs = Object.fromEntries(
    Object.entries(options.inputs ?? {}).map(([name, value]) => [
      `INPUT_${name.toUpperCase().replace(/ /g, '_')}`,
      value,
    ]),
  );
  const env = {
    ...inherited,
    NO_COLOR: '1',
    XDG_STATE_HOME: TEST_STATE_HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: files,
    ...inputs,
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
        errors: parseErrors(stdout),
        masks: stdout
          .split('\n')
          .filter((l) => l.startsWith('::add-mask::'))
          .map((l) => l.slice('::add-mask::'.length)),
      }),
    );
  });
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
    outputs[match[1] as string] = value.join('\n');
  }
  return outputs;
}

const unescapeProperty = (s: string): string =>
  s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

function parseErrors(stdout: string): ActionRun['errors'] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .map((line) => {
      const match = /^::error(?: ([^:]*))?::(.*)$/.exec(line);
      const properties = Object.fromEntries(
        (match?.[1] ?? '')
          .split(',')
          .filter(Boolean)
          .map((pair) => {
            const at = pair.indexOf('=');
            return [pair.slice(0, at), unescapeProperty(pair.slice(at + 1))];
          }),
      );
      return { properties, message: unescapeProperty(match?.[2] ?? '') };
    });
}

/**
 * A GitHub-like setup: the upstream repo's branches are pushed to a bare "origin", and the workspace is made
 * the way actions/checkout makes it: init, add the remote, fetch the one commit by SHA (depth 1 by default),
 * check it out detached.
 */
export function checkout(
  upstream: GitRepo,
  sha: string,
  depth: number | 'full' = 1,
): { origin: string; workspace: GitRepo } {
  const origin = join(makeTempDir('leakscan-origin-'), 'origin.git');
  upstream.git('clone', '-q', '--bare', upstream.dir, origin);
  // GitHub serves any reachable commit by SHA; so does git protocol v2 by default, older protocols need this.
  upstream.git('-C', origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  const workspace = new GitRepo(join(makeTempDir('leakscan-ws-'), 'repo'));
  upstream.git('init', '-q', workspace.dir);
  workspace.git('remote', 'add', 'origin', `file://${origin}`);
  if (depth === 'full') workspace.git('fetch', '-q', '--no-tags', 'origin', '+refs/heads/*:refs/remotes/origin/*');
  else workspace.git('fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin', sha);
  workspace.git('checkout', '-q', '--detach', sha);
  return { origin, workspace };
}
