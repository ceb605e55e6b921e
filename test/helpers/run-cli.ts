import { spawn } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** leakscan's state directory for every CLI a test runs: never the real user's `~/.local/state`. */
export const TEST_STATE_HOME = realpathSync(mkdtempSync(join(tmpdir(), 'leakscan-state-')));
/** And its cache directory (the hook's V8 code cache): never the real user's `~/.cache`. */
export const TEST_CACHE_HOME = realpathSync(mkdtempSync(join(tmpdir(), 'leakscan-cache-')));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process, as a user or a hook would. */
export function runCli(
  args: string[],
  options: { cwd: string; input?: string | Buffer; env?: Record<string, string>; runAs?: string[] },
): Promise<CliResult> {
  // `runAs` prefixes the command (e.g. setpriv to drop root): node and the CLI become its arguments.
  const [command, ...prefix] = [...(options.runAs ?? []), process.execPath, CLI, ...args] as [string, ...string[]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, prefix, {
      cwd: options.cwd,
      env: {
        ...process.env,
        NO_COLOR: '1',
        XDG_STATE_HOME: TEST_STATE_HOME,
        XDG_CACHE_HOME: TEST_CACHE_HOME,
        ...options.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export function makeTempDir(prefix = 'leakscan-test-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}
