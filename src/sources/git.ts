import { spawn } from 'node:child_process';
import { SourceError } from '../errors.js';

/**
 * Every git call goes through here: argument arrays to `spawn`, never a shell, so refs and paths are data.
 * Options that make output parseable whatever the user's config says (colour, external diff drivers,
 * textconv filters, pagers, quoted non-ASCII paths) are forced on every call.
 */
const FIXED_CONFIG = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'diff.relative=false'];

const gitEnv = (): NodeJS.ProcessEnv => ({ ...process.env, GIT_PAGER: 'cat', PAGER: 'cat', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' });

export interface GitOutput {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Runs a short git command and buffers its output. For big outputs (patches) use `streamGit`. */
export function runGit(cwd: string, args: readonly string[], options: { input?: string } = {}): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...FIXED_CONFIG, ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => reject(new SourceError(`cannot run git: ${error.message}; is git installed and on PATH?`, {}, { cause: error })));
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr, code: code ?? 1 }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Like `runGit` but a non-zero exit is a `SourceError` carrying git's own message. */
export async function gitText(cwd: string, args: readonly string[], what: string): Promise<string> {
  const result = await runGit(cwd, args);
  if (result.code !== 0) throw new SourceError(`${what}: ${firstLines(result.stderr) || `git exited with ${result.code}`}`);
  return result.stdout.toString('utf8').trimEnd();
}

/**
 * Streams a git command's stdout chunk by chunk, so a history of any size is read in bounded memory. When
 * the consumer stops early the child is killed. A non-zero exit after the stream ends is a `SourceError`.
 */
export async function* streamGit(cwd: string, args: readonly string[], what: string): AsyncGenerator<Buffer> {
  const child = spawn('git', [...FIXED_CONFIG, ...args], { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 16384) stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', (error) => reject(new SourceError(`cannot run git: ${error.message}`, {}, { cause: error })));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    finished = true;
  } finally {
    if (!finished) child.kill();
  }
  const code = await exited;
  if (code !== 0) throw new SourceError(`${what}: ${firstLines(stderr) || `git exited with ${code}`}`);
}

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 4).join('; ');
}

export interface Repository {
  /** Absolute path of the work tree's top level. */
  root: string;
  /** Whether HEAD points at a commit (false in a fresh repository). */
  hasHead: boolean;
  shallow: boolean;
}

/** Checks that `cwd` is inside a git work tree and describes it; exit-2 errors otherwise. */
export async function openRepository(cwd: string): Promise<Repository> {
  const top = await runGit(cwd, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) {
    if (/not a git repository/i.test(top.stderr)) throw new SourceError(`not a git repository: ${cwd} (run leakscan inside a git work tree, or use 'leakscan scan' for plain files)`, { file: cwd });
    throw new SourceError(`cannot read the git repository at ${cwd}: ${firstLines(top.stderr)}`, { file: cwd });
  }
  const root = top.stdout.toString('utf8').trim();
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  const shallow = (await runGit(root, ['rev-parse', '--is-shallow-repository'])).stdout.toString('utf8').trim() === 'true';
  return { root, hasHead: head.code === 0, shallow };
}

/** Resolves a revision to a full commit SHA, or throws a `SourceError` naming the revision. */
export async function resolveCommit(root: string, revision: string): Promise<string> {
  if (revision.startsWith('-')) throw new SourceError(`bad revision '${revision}': a revision cannot start with '-'`, { commit: revision });
  const result = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  if (result.code !== 0) throw new SourceError(`bad revision '${revision}': no such commit in this repository`, { commit: revision });
  return result.stdout.toString('utf8').trim();
}

/** Whether a revision resolves; used to tell "missing in a shallow clone" from "misspelt". */
export async function commitExists(root: string, revision: string): Promise<boolean> {
  if (revision.startsWith('-')) return false;
  return (await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).code === 0;
}

/** The commits where a shallow clone's history was cut (their parents are missing). */
export async function shallowBoundaries(root: string): Promise<Set<string>> {
  const path = await gitText(root, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow'], 'cannot locate the shallow file');
  const { readFile } = await import('node:fs/promises');
  try {
    return new Set((await readFile(path, 'utf8')).split('\n').map((line) => line.trim()).filter(Boolean));
  } catch {
    return new Set();
  }
}

/** Counts the commits `git rev-list` would list for these arguments. */
export async function countCommits(root: string, revListArgs: readonly string[]): Promise<number> {
  const text = await gitText(root, ['rev-list', '--count', ...revListArgs], 'cannot list commits');
  return Number.parseInt(text, 10) || 0;
}
