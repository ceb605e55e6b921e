import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { SourceError } from '../errors.js';
import { gitText, openRepository, runGit } from '../sources/git.js';
import { CHAINED_SUFFIX, HOOK_MARKER, renderHook } from './hook-script.js';

export interface HookPaths {
  dir: string;
  hook: string;
  chained: string;
}

/** The pre-commit hook path git will run: `core.hooksPath` when set (relative to the work tree), else the repo's hooks dir. */
export async function hookPaths(cwd: string): Promise<HookPaths> {
  const repo = await openRepository(cwd);
  const configured = await runGit(repo.root, ['config', '--get', 'core.hooksPath'], { configuredHooksPath: true });
  const hooksPath = configured.code === 0 ? configured.stdout.toString('utf8').trim() : '';
  let dir: string;
  if (hooksPath)
    dir = isAbsolute(hooksPath)
      ? hooksPath
      : resolve(repo.root, hooksPath.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
  else
    dir = await gitText(
      repo.root,
      ['rev-parse', '--path-format=absolute', '--git-path', 'hooks'],
      'cannot locate the hooks directory',
      { configuredHooksPath: true },
    );
  return { dir, hook: join(dir, 'pre-commit'), chained: join(dir, `pre-commit${CHAINED_SUFFIX}`) };
}

const readText = (path: string): Promise<string | undefined> => readFile(path, 'utf8').catch(() => undefined);
const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

export interface InstallOptions {
  cwd: string;
  force: boolean;
  nodePath: string;
  cliPath: string;
}

/** Installs the hook; an existing foreign hook is kept and chained (renamed), or replaced with `force`. */
export async function installHook(options: InstallOptions): Promise<string[]> {
  const paths = await hookPaths(options.cwd);
  const messages: string[] = [];
  await mkdir(paths.dir, { recursive: true });
  const existing = await readText(paths.hook);
  if (existing !== undefined && !existing.includes(HOOK_MARKER)) {
    if (options.force) {
      messages.push(`replaced the existing hook ${paths.hook} (--force: it is not kept)`);
    } else {
      if (await exists(paths.chained)) {
        throw new SourceError(
          `${paths.chained} already exists, so the current ${paths.hook} cannot be chained; move one of them, or use --force to replace the hook`,
        );
      }
      await rename(paths.hook, paths.chained);
      messages.push(`kept the existing hook: it now runs first, from ${paths.chained}`);
    }
  }
  await writeFile(paths.hook, renderHook(options.nodePath, options.cliPath));
  await chmod(paths.hook, 0o755);
  messages.unshift(`installed the leakscan pre-commit hook in ${paths.hook}`);
  return messages;
}

/** Removes leakscan's hook and restores the chained one. Refuses to delete a hook leakscan did not write. */
export async function uninstallHook(cwd: string): Promise<string[]> {
  const paths = await hookPaths(cwd);
  const existing = await readText(paths.hook);
  if (existing === undefined) return [`no pre-commit hook in ${paths.dir}: nothing to do`];
  if (!existing.includes(HOOK_MARKER))
    throw new SourceError(`${paths.hook} was not installed by leakscan; leaving it alone`);
  await rm(paths.hook);
  if (await exists(paths.chained)) {
    await rename(paths.chained, paths.hook);
    return [`removed the leakscan hook; restored the previous hook ${paths.hook}`];
  }
  return [`removed the leakscan hook ${paths.hook}`];
}
