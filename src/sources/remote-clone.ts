import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SourceError, UsageError } from '../errors.js';
import { firstLines, gitText, HARDENING } from './git.js';

/**
 * A repository named by URL (`leakscan scan <url>`, `leakscan history <url>`): cloned into a temporary
 * directory with simple-git, scanned like a local one, removed. The repository is hostile and so is its URL:
 * only the usual transports, `--upload-pack` fixed, `--end-of-options` before the URL, no hooks, no submodules,
 * and no attribute of the repository decides how a file is checked out (no filter, no textconv, no encoding, no
 * end-of-line conversion: the bytes as committed). Credentials come from the environment (`LEAKSCAN_GIT_TOKEN`
 * through a generated askpass program, or the user's own GIT_ASKPASS, credential helpers, ssh keys) and never
 * reach git's command line, the clone's config, a report or a message.
 */

/** The repository a remote scan cloned: its URL with any credentials stripped, and the commit HEAD was at. */
export interface RemoteOrigin {
  url: string;
  commit?: string | undefined;
}

/** A repository named on the command line, as git will be given it. */
export interface RemoteTarget {
  /** What git clones: no password in an http(s) URL (nor the user name that came with one). */
  url: string;
  /** A password or token that was written in the URL: handed to git through the askpass program instead. */
  password?: string | undefined;
  /** A user name that was written in an http(s) URL: answered to git's user name prompt. */
  username?: string | undefined;
  /** Read as GitHub's `owner/name`: a local path that does not exist can look the same (said before cloning). */
  shorthand?: boolean | undefined;
}

const URL_SCHEMES = new Set(['https:', 'http:', 'ssh:', 'git:', 'file:']);
/** `owner/name` on GitHub (or on GITHUB_SERVER_URL). */
const GITHUB_SHORTHAND = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/**
 * scp-like ssh address: `user@host:path`. The user is required (`a:b` stays a local name) and the host starts
 * with a letter or digit (`-oProxyCommand=…` would be an option to ssh). Fleet lists are read with it too.
 */
export const SCP_LIKE = /^[A-Za-z0-9._-]+@[A-Za-z0-9][A-Za-z0-9.-]*:(?!\/\/)\S+$/;

/** A URL as it may be printed: any user name and password removed. */
export function printableUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

/** Every `scheme://user:password@` in git's text (its error messages quote URLs) without the credentials. */
export function withoutCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s'"]*@/gi, '$1');
}

/**
 * What `given` names when it is not a local path: a repository URL (https, http, ssh, git, file, scp-like
 * `user@host:path`) or GitHub's `owner/name`. Undefined for anything else, a leading `-` or a control
 * character included (the caller reports a missing path). Throws a UsageError for a URL git must never be
 * given: `name::` transports (`ext::` runs a command), other schemes.
 */
export function remoteTarget(given: string, env: NodeJS.ProcessEnv = process.env): RemoteTarget | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(given) || given.startsWith('-')) return undefined;
  if (/^[A-Za-z0-9+.-]+::/.test(given))
    throw new UsageError(
      `unsupported transport '${given.slice(0, given.indexOf('::'))}::': use an https, ssh or file URL`,
    );
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(given);
  if (scheme) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      throw new UsageError(`not a repository URL: '${printableUrl(given)}'`);
    }
    if (!URL_SCHEMES.has(url.protocol))
      throw new UsageError(`unsupported URL scheme '${url.protocol}': use https, http, ssh, git or file`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      if (url.password) throw new UsageError(`a password in a ${url.protocol} URL is not used: remove it`);
      return { url: given };
    }
    const username = url.username ? decodeURIComponent(url.username) : undefined;
    if (!url.password) return { url: url.href, username };
    const password = decodeURIComponent(url.password);
    url.username = '';
    url.password = '';
    return { url: url.href, username, password };
  }
  if (GITHUB_SHORTHAND.test(given)) {
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const target = remoteTarget(`${server}/${given.replace(/\.git$/, '')}.git`, env);
    return target && { ...target, shorthand: true };
  }
  if (SCP_LIKE.test(given)) return { url: given };
  return undefined;
}

export interface CloneRequest {
  target: RemoteTarget;
  /** `history`: every branch and tag, all of their commits. `head`: only the files at HEAD (depth 1). */
  depth: 'history' | 'head';
  /** Clone into this directory (missing or empty) and keep it; default: a temporary directory, removed. */
  keepIn?: string | undefined;
  /** Where progress is drawn (a terminal), if anywhere. */
  progress?: NodeJS.WriteStream | undefined;
  env?: NodeJS.ProcessEnv;
}

export interface Clone {
  /** The clone's work tree: for `head`, the files of HEAD as committed; for `history`, none checked out. */
  root: string;
  origin: RemoteOrigin;
  /** Removes what this clone made (the clone unless kept, the askpass program). */
  remove(): void;
}

/**
 * Clones a repository for scanning. Reusable on its own (a run over many repositories); `withClone` is the
 * usual way in, as it removes the clone however the scan ends.
 */
export async function cloneRepository(request: CloneRequest): Promise<Clone> {
  const env = request.env ?? process.env;
  const work = await mkdtemp(join(tmpdir(), 'leakscan-remote-'));
  const root = request.keepIn ? resolve(request.keepIn) : join(work, 'repository');
  const cleanup = (): void => removeTree(work);
  try {
    if (request.keepIn && existsSync(root) && readdirSync(root).length > 0)
      throw new UsageError(`--keep-clone ${request.keepIn}: the directory exists and is not empty`);
    const template = join(work, 'template');
    mkdirSync(join(template, 'info'), { recursive: true });
    // Attributes in $GIT_DIR/info/attributes beat the repository's .gitattributes: the files are written as
    // committed, whatever filter, encoding or end-of-line conversion the repository asks for.
    writeFileSync(join(template, 'info', 'attributes'), '* -text -eol -filter -ident -working-tree-encoding\n');
    const cloneEnv = credentialEnv(request.target, env, work);
    const url = printableUrl(request.target.url);
    const args = [
      'clone',
      `--template=${template}`,
      '--no-recurse-submodules',
      '--upload-pack=git-upload-pack',
      // Named here, before --end-of-options: simple-git's progress plugin would otherwise append it after the URL.
      ...(request.progress ? ['--progress'] : ['--quiet']),
      ...(request.depth === 'head' ? ['--depth=1', '--single-branch', '--no-tags'] : ['--no-checkout']),
      '--end-of-options',
      request.target.url,
      root,
    ];
    // Interrupted mid-clone (the long part): nothing is left behind either. git is stopped and waited for
    // first: still starting, it re-creates the folders it is writing into as fast as they are removed.
    await whileInterruptible(
      () => {
        cleanup();
        if (request.keepIn) removeTree(root);
      },
      (abort) => runClone(args, cloneEnv.env, cloneEnv.extraConfig, request.progress, url, abort),
      { stopAndWait: true },
    );
    const commit = await gitText(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], 'no HEAD').catch(
      () => undefined,
    );
    if (request.depth !== 'head' && commit) await keepRemoteBranchesOnly(root, commit);
    return {
      root,
      origin: { url, commit },
      remove: () => {
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    if (request.keepIn && !(error instanceof UsageError)) removeTree(root);
    throw error;
  }
}

/**
 * A clone has the default branch twice: the local one it made and `origin/<name>`, so a history scan's exposure
 * timeline would list both. HEAD is detached at the same commit and the local branch removed: every branch is
 * then named once, as the remote's (`origin/main`, `origin/feature`).
 */
async function keepRemoteBranchesOnly(root: string, commit: string): Promise<void> {
  const branch = (await gitText(root, ['symbolic-ref', '--quiet', 'HEAD'], 'cannot read HEAD').catch(() => '')).trim();
  if (!branch.startsWith('refs/heads/')) return;
  await gitText(root, ['update-ref', '--no-deref', 'HEAD', commit], 'cannot detach HEAD');
  await gitText(root, ['update-ref', '-d', branch], 'cannot remove the local branch');
}

/** Clones, runs `use` on the clone, and removes the clone (unless kept) however `use` ends. */
export async function withClone<T>(request: CloneRequest, use: (clone: Clone) => Promise<T>): Promise<T> {
  const clone = await cloneRepository(request);
  try {
    return await whileInterruptible(clone.remove, () => use(clone));
  } finally {
    clone.remove();
  }
}

/**
 * Removes a clone's directory. Interrupted mid-clone, git is still writing into it while it is removed: a
 * directory can be refilled between listing and rmdir (ENOTEMPTY), so the removal is retried, and a failure is
 * reported rather than thrown (thrown from a signal handler, it would end the process with the wrong status).
 */
function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  } catch (error) {
    process.stderr.write(`leakscan: could not remove ${dir}: ${(error as Error).message}\n`);
  }
}

/** How long an interrupted clone's git gets to stop before its folder is removed anyway. */
const STOP_GRACE_MS = 2000;

/**
 * Runs `work`; on SIGINT or SIGTERM meanwhile, runs `cleanup` and then dies of the signal as it would have.
 * With `stopAndWait` (a git clone writing into what `cleanup` removes), `work` is aborted and waited for (up to
 * STOP_GRACE_MS) before `cleanup`, and its failure from being stopped is not reported: the process ends by the
 * signal.
 */
async function whileInterruptible<T>(
  cleanup: () => void,
  work: (abort: AbortSignal) => Promise<T>,
  { stopAndWait = false } = {},
): Promise<T> {
  const controller = new AbortController();
  let running: Promise<T> | undefined;
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupted = true;
    const die = (): void => {
      cleanup();
      process.kill(process.pid, signal);
    };
    if (!stopAndWait || !running) return die();
    controller.abort();
    const grace = new Promise((settle) => setTimeout(settle, STOP_GRACE_MS).unref());
    void Promise.race([running.catch(() => undefined), grace]).then(die);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    running = work(controller.signal);
    return await running;
  } catch (error) {
    // Stopped by the signal: the handler removes what is left and ends the process; nothing else may run.
    if (interrupted) return new Promise<T>(() => undefined);
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * The environment and `-c` settings of the clone. With LEAKSCAN_GIT_TOKEN (or a password in the URL) for an
 * http(s) URL, git asks a generated askpass program, which answers only git's exact prompts for the host the
 * user named (a redirect elsewhere gets nothing) from the environment: the token is never in an argument or a
 * file, and no credential helper is asked or told (none stores it). Otherwise the user's own GIT_ASKPASS,
 * credential helpers and ssh keys work as usual; git never prompts on the terminal.
 */
function credentialEnv(
  target: RemoteTarget,
  env: NodeJS.ProcessEnv,
  work: string,
): { env: NodeJS.ProcessEnv; extraConfig: string[] } {
  const base: NodeJS.ProcessEnv = { ...env };
  // Variables that would point the clone at another repository or add config git cannot be told to refuse.
  for (const name of [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR',
    'GIT_NAMESPACE',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
  ])
    delete base[name];
  for (const name of Object.keys(base)) if (/^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(name)) delete base[name];
  Object.assign(base, {
    GIT_TERMINAL_PROMPT: '0',
    GIT_ALLOW_PROTOCOL: env.GIT_ALLOW_PROTOCOL ?? 'file:git:ssh:http:https',
    GIT_PROXY_COMMAND: env.GIT_PROXY_COMMAND ?? '',
    LC_ALL: 'C',
  });
  const token = target.password ?? env.LEAKSCAN_GIT_TOKEN;
  const url = new URL(/^https?:\/\//.test(target.url) ? target.url : 'invalid://');
  if (!token || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { env: base, extraConfig: [] };
  const username = target.username ?? env.LEAKSCAN_GIT_USERNAME ?? 'x-access-token';
  const askpass = join(work, 'askpass.sh');
  // Compares its argument with the two prompts git shows for this host, byte for byte; prints nothing else.
  writeFileSync(
    askpass,
    [
      '#!/bin/sh',
      'if [ "$1" = "$LEAKSCAN_ASKPASS_USERNAME_PROMPT" ]; then printf \'%s\\n\' "$LEAKSCAN_ASKPASS_USERNAME";',
      'elif [ "$1" = "$LEAKSCAN_ASKPASS_PASSWORD_PROMPT" ]; then printf \'%s\\n\' "$LEAKSCAN_ASKPASS_TOKEN";',
      'else exit 1; fi',
      '',
    ].join('\n'),
    { mode: 0o700 },
  );
  const origin = `${url.protocol}//${url.host}`;
  return {
    env: {
      ...base,
      GIT_ASKPASS: askpass,
      LEAKSCAN_ASKPASS_USERNAME: username,
      LEAKSCAN_ASKPASS_USERNAME_PROMPT: `Username for '${origin}': `,
      LEAKSCAN_ASKPASS_PASSWORD_PROMPT: `Password for '${url.protocol}//${username}@${url.host}': `,
      LEAKSCAN_ASKPASS_TOKEN: token,
    },
    extraConfig: ['credential.helper='],
  };
}

/** `git clone` through simple-git (progress on a terminal), hardened like every other git call. */
async function runClone(
  args: string[],
  env: NodeJS.ProcessEnv,
  extraConfig: string[],
  progress: NodeJS.WriteStream | undefined,
  url: string,
  abort: AbortSignal,
): Promise<void> {
  const { simpleGit } = await import('simple-git');
  // A server that stops sending (under 1 byte/s for a minute) ends the clone instead of hanging the scan.
  const config = [...HARDENING, 'http.lowSpeedLimit=1', 'http.lowSpeedTime=60', ...extraConfig];
  const draw = progress ? progressLine(progress, url) : undefined;
  const git = simpleGit({
    config,
    strict: true,
    allowConfig: config.map((setting) => setting.slice(0, setting.indexOf('='))),
    allowEnvironment: Object.keys(env).filter((name) => env[name] !== undefined),
    // Both fixed by leakscan: the stock upload-pack, and a template holding only info/attributes.
    unsafe: { allowUnsafePack: true, allowUnsafeTemplateDir: true },
    // Aborted (an interrupt), simple-git kills the clone's git process.
    abort,
    // simple-git's own option type has no room for undefined.
    ...(draw ? { progress: draw.update } : {}),
  }).env(env);
  try {
    await git.raw(args);
  } catch (error) {
    throw cloneError(url, error);
  } finally {
    draw?.done();
  }
}

/** Redrawn at most this often. */
const REDRAW_MS = 100;

function progressLine(stream: NodeJS.WriteStream, url: string) {
  let drawn = false;
  let last = 0;
  return {
    update: (event: { stage: string; progress: number; processed: number; total: number }): void => {
      const now = performance.now();
      if (now - last < REDRAW_MS && event.progress < 100) return;
      last = now;
      drawn = true;
      stream.write(`\r\u001b[2Kcloning ${url}: ${event.stage} ${event.progress}% (${event.processed}/${event.total})`);
    },
    done: (): void => {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}

/** A failed clone as an exit-2 error naming the repository (never its credentials) and what to do. */
function cloneError(url: string, error: unknown): SourceError {
  const said = withoutCredentials(firstLines(error instanceof Error ? error.message : String(error)));
  const hint =
    /could not read (Username|Password)|Authentication failed|terminal prompts disabled|HTTP Basic: Access denied|\b40[13]\b|Permission denied \(publickey/i.test(
      said,
    )
      ? 'authentication required or refused: for https set LEAKSCAN_GIT_TOKEN (or GIT_ASKPASS, or a credential helper); for ssh, a key the server accepts'
      : /not found|does not appear to be a git repository|does not exist|Could not resolve host|Connection refused|unable to access|Could not read from remote/i.test(
            said,
          )
        ? 'the repository cannot be reached, or does not exist (a private repository also answers "not found" without credentials)'
        : 'git could not clone it';
  return new SourceError(`cannot clone ${url}: ${hint}; git said: ${said}`);
}
