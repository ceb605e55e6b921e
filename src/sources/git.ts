import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { devNull } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { SourceError } from '../errors.js';

/**
 * Every git process leakscan starts is spawned here, and nowhere else: argument arrays, never a shell, so refs
 * and paths are data; and the same hardening on every call, because the repository being scanned is hostile.
 *
 * `-c` on the command line beats every config file, so these values win over anything the scanned repository's
 * `.git/config` (or a file it includes) says. Two groups: nothing configured by the repository runs, and nothing
 * configured by it changes what is read. docs/hostile-input.md ("Git") lists each key and why.
 */
export const HARDENING: readonly string[] = [
  // Programs git would run on the repository's say.
  'core.fsmonitor=false',
  `core.hooksPath=${devNull}`,
  'core.pager=cat',
  // Empty: no askpass program from config (a GIT_ASKPASS the user exported still wins, as git reads it first).
  'core.askPass=',
  // Only consulted when the repository has alternates; `true` prints no refs, so none are advertised.
  'core.alternateRefsCommand=true',
  'log.showSignature=false',
  'gpg.program=gpg',
  'gpg.ssh.program=ssh-keygen',
  'gpg.x509.program=gpgsm',
  'maintenance.auto=false',
  'gc.auto=0',
  // What is read: stored objects and history as they are, output in a fixed, parseable shape.
  'core.useReplaceRefs=false',
  'core.bigFileThreshold=512m',
  'log.showRoot=true',
  'i18n.logOutputEncoding=UTF-8',
  'core.quotePath=false',
  'color.ui=false',
  'diff.noprefix=false',
  'diff.mnemonicPrefix=false',
  'diff.relative=false',
];
const asConfigArgs = (settings: readonly string[]): string[] => settings.flatMap((setting) => ['-c', setting]);
const HARDENED_CONFIG = asConfigArgs(HARDENING);
const HOOKS_PATH_FREE = asConfigArgs(HARDENING.filter((setting) => !setting.startsWith('core.hooksPath=')));

/**
 * The environment of every git call. The user's own environment is trusted (it may name an askpass program or
 * an ssh command on purpose); the additions close what the repository could otherwise reach:
 * replace refs and grafts (a repository can present a rewritten history), `core.gitProxy` (an empty
 * GIT_PROXY_COMMAND makes git skip that config key, where a `-c` could not: git keeps the first value it
 * reads), transports, terminal prompts (a scan never waits for input).
 */
function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_GRAFT_FILE: devNull,
    GIT_PROXY_COMMAND: process.env.GIT_PROXY_COMMAND ?? '',
    // Transports: the usual ones only, whatever `protocol.*.allow` says (this variable overrides that config):
    // `ext::` runs a command, and any other `name::` runs a remote helper.
    GIT_ALLOW_PROTOCOL: process.env.GIT_ALLOW_PROTOCOL ?? 'file:git:ssh:http:https',
  };
}

export type GitProcess = ChildProcessByStdio<Writable, Readable, Readable>;

export interface SpawnOptions {
  /** More `-c` pairs (a fetch adds the user's own ssh command and credential helpers). */
  extraConfig?: readonly string[];
  /**
   * Leave `core.hooksPath` as configured: only for `leakscan hook`, which asks git where hooks live (it
   * installs one there) with commands that run none.
   */
  configuredHooksPath?: boolean;
}

/** Starts a hardened git process. */
export function spawnGit(cwd: string, args: readonly string[], options: SpawnOptions = {}): GitProcess {
  const config = options.configuredHooksPath ? HOOKS_PATH_FREE : HARDENED_CONFIG;
  return spawn('git', ['--no-pager', ...config, ...(options.extraConfig ?? []), ...args], {
    cwd,
    env: gitEnv(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export interface GitOutput {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Runs a short git command and buffers its output. For big outputs (patches) use `streamGit`. */
export function runGit(
  cwd: string,
  args: readonly string[],
  options: SpawnOptions & { input?: string } = {},
): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(cwd, args, options);
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) =>
      reject(new SourceError(`cannot run git: ${error.message}; is git installed and on PATH?`, {}, { cause: error })),
    );
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr, code: code ?? 1 }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Like `runGit` but a non-zero exit is a `SourceError` carrying git's own message. */
export async function gitText(
  cwd: string,
  args: readonly string[],
  what: string,
  options: SpawnOptions = {},
): Promise<string> {
  const result = await runGit(cwd, args, options);
  if (result.code !== 0)
    throw new SourceError(`${what}: ${firstLines(result.stderr) || `git exited with ${result.code}`}`);
  return result.stdout.toString('utf8').trimEnd();
}

/**
 * Streams a git command's stdout chunk by chunk, so a history of any size is read in bounded memory. When
 * the consumer stops early the child is killed. `input` is written to its stdin (`--stdin` commands). A non-zero exit after the stream ends is a `SourceError`.
 */
export async function* streamGit(
  cwd: string,
  args: readonly string[],
  what: string,
  input?: string | undefined,
): AsyncGenerator<Buffer> {
  const child = spawnGit(cwd, args);
  child.stdin.on('error', () => undefined);
  child.stdin.end(input ?? '');
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

export function firstLines(text: string, count = 4): string {
  return text.trim().split('\n').slice(0, count).join('; ');
}

/**
 * Fetches from a remote of the repository. On top of the hardening of every call: the remote side runs the
 * stock `git-upload-pack` (never `remote.<name>.uploadpack`), no submodule is fetched (its own config would
 * apply), and the programs a fetch may run for authentication (`core.sshCommand`, credential helpers) come
 * only from the user's global and system config, never from the repository's.
 * The remote and `refs` follow `--end-of-options`: a ref that looks like an option is still a ref.
 */
export async function fetchGit(
  root: string,
  options: readonly string[],
  remote?: string,
  refs: readonly string[] = [],
): Promise<GitOutput> {
  const extraConfig = await trustedFetchConfig(root);
  const target = remote === undefined ? [] : ['--end-of-options', remote, ...refs];
  return runGit(
    root,
    [
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-recurse-submodules',
      '--upload-pack=git-upload-pack',
      ...options,
      ...target,
    ],
    { extraConfig },
  );
}

const FETCH_PROGRAM_KEYS = /^(credential\..*helper|core\.sshcommand)$/;

/** `-c` pairs that replace the repository's own ssh command and credential helpers by the user's. */
async function trustedFetchConfig(root: string): Promise<string[]> {
  const listed = await runGit(root, ['config', '--show-scope', '--null', '--get-regexp', FETCH_PROGRAM_KEYS.source]);
  const trusted: string[] = [];
  // git's own order: GIT_SSH_COMMAND (read before any config), core.sshCommand, GIT_SSH, plain ssh.
  let sshCommand = process.env.GIT_SSH ? `'${process.env.GIT_SSH.replace(/'/g, "'\\''")}'` : 'ssh';
  // `scope NUL key NEWLINE value NUL`, repeated.
  const fields = listed.stdout.toString('utf8').split('\u0000');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const scope = fields[i] as string;
    const entry = fields[i + 1] as string;
    const newline = entry.indexOf('\n');
    const [key, value] = newline === -1 ? [entry, ''] : [entry.slice(0, newline), entry.slice(newline + 1)];
    if (scope !== 'system' && scope !== 'global') continue;
    if (key === 'core.sshcommand') sshCommand = value;
    else trusted.push('-c', `${key}=${value}`);
  }
  // An empty helper value empties the list gathered so far (every config file's): then the trusted ones again.
  return ['-c', `core.sshCommand=${sshCommand}`, '-c', 'credential.helper=', ...trusted];
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
  // One process instead of three (start-up of the pre-commit hook): rev-parse prints the top level and the
  // shallow flag as it meets them, then the verified HEAD; a missing HEAD (fresh repository) exits 1 after
  // the first two lines, anything else that fails (not a repository, no work tree) exits 128.
  const result = await runGit(cwd, [
    'rev-parse',
    '--show-toplevel',
    '--is-shallow-repository',
    '--verify',
    '--quiet',
    'HEAD^{commit}',
  ]);
  const lines = result.stdout.toString('utf8').replace(/\n$/, '').split('\n');
  const hasHead = result.code === 0;
  if ((result.code !== 0 && result.code !== 1) || lines.length < (hasHead ? 3 : 2)) {
    if (/not a git repository/i.test(result.stderr))
      throw new SourceError(
        `not a git repository: ${cwd} (run leakscan inside a git work tree, or use 'leakscan scan' for plain files)`,
        { file: cwd },
      );
    throw new SourceError(
      `cannot read the git repository at ${cwd}: ${firstLines(result.stderr) || `git exited with ${result.code}`}`,
      { file: cwd },
    );
  }
  if (hasHead) lines.pop();
  const shallow = lines.pop() === 'true';
  return { root: lines.join('\n').trim(), hasHead, shallow };
}

/**
 * A revision the user (or an Action input, or an event payload) named: a ref, a SHA, `HEAD~2`… Anything that
 * starts with `-` or holds a control character is refused before git sees it, wherever it is passed.
 */
export function checkRevision(revision: string): void {
  // eslint-disable-next-line no-control-regex
  if (revision === '' || revision.startsWith('-') || /[\u0000-\u001f\u007f]/.test(revision)) {
    throw new SourceError(
      `bad revision '${revision.replace(/[\u0000-\u001f\u007f]/g, '?')}': a revision cannot be empty, start with '-' or hold control characters`,
      { commit: revision },
    );
  }
}

/** Resolves a revision to a full commit SHA, or throws a `SourceError` naming the revision. */
export async function resolveCommit(root: string, revision: string): Promise<string> {
  checkRevision(revision);
  const result = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  if (result.code !== 0)
    throw new SourceError(`bad revision '${revision}': no such commit in this repository`, { commit: revision });
  return result.stdout.toString('utf8').trim();
}

/** Whether a revision resolves; used to tell "missing in a shallow clone" from "misspelt". */
export async function commitExists(root: string, revision: string): Promise<boolean> {
  checkRevision(revision);
  return (
    (await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).code === 0
  );
}

/** The commits where a shallow clone's history was cut (their parents are missing). */
export async function shallowBoundaries(root: string): Promise<Set<string>> {
  const path = await gitText(
    root,
    ['rev-parse', '--path-format=absolute', '--git-path', 'shallow'],
    'cannot locate the shallow file',
  );
  const { readFile } = await import('node:fs/promises');
  try {
    return new Set(
      (await readFile(path, 'utf8'))
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
  } catch {
    return new Set();
  }
}

/** Counts the commits `git rev-list` would list for these arguments. */
export async function countCommits(root: string, revListArgs: readonly string[]): Promise<number> {
  const text = await gitText(root, ['rev-list', '--count', ...revListArgs], 'cannot list commits');
  return Number.parseInt(text, 10) || 0;
}

/** `remote.origin.url` of the repository around `cwd`; undefined outside a repository or without one. */
export async function originUrl(cwd: string): Promise<string | undefined> {
  try {
    const result = await runGit(cwd, ['config', '--get', 'remote.origin.url']);
    const url = result.stdout.toString('utf8').trim();
    return result.code === 0 && url ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The short form of a SHA in human notes (reports always carry the full one). */
export const shortSha = (sha: string): string => sha.slice(0, 12);
