import { chmod, lstat, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SourceError } from '../errors.js';
import { gitText, openRepository, runGit } from '../sources/git.js';
import { CHAINED_SUFFIX, HOOK_MARKER, renderHook, shellQuote } from './hook-script.js';
import { detectHookManager, HUSKY_MARKER, managerRecipe } from './managers.js';

export interface HookPaths {
  dir: string;
  hook: string;
  chained: string;
  /** The work tree's top level. */
  root: string;
  /** `core.hooksPath` as configured, if set. */
  hooksPath?: string | undefined;
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
  return {
    dir,
    hook: join(dir, 'pre-commit'),
    chained: join(dir, `pre-commit${CHAINED_SUFFIX}`),
    root: repo.root,
    hooksPath: hooksPath || undefined,
  };
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

export interface InstallOutcome {
  /** What was done, or why nothing was. */
  messages: string[];
  /** Config for the user to add by hand (a manager leakscan does not edit), printed on stdout. */
  recipe?: string | undefined;
  /** 0 installed; 2 nothing installed, the recipe says what to add. */
  exitCode: 0 | 2;
}

/**
 * The command a shared hook config runs: the project's own `node_modules/.bin/leakscan` when leakscan is a
 * dependency (the same for every teammate, no registry at commit time), else the CLI that is installing.
 */
function sharedHookCommand(options: InstallOptions, root: string, relativeBin: string): string {
  if (existsSync(join(root, 'node_modules', '.bin', 'leakscan'))) return `${relativeBin} staged`;
  return `${shellQuote(options.nodePath)} ${shellQuote(options.cliPath)} staged`;
}

/**
 * Installs the hook without ever silently disabling another: with husky, leakscan's command is added to the
 * team's `.husky/pre-commit` (husky keeps running it, and husky's `prepare` does not undo it); with lefthook
 * or pre-commit nothing is touched and the exact config to add is returned (exit 2); otherwise leakscan's
 * hook script goes where git looks (`core.hooksPath` honoured, and said), an existing hook kept and chained
 * (or replaced with `force`).
 */
export async function installHook(options: InstallOptions): Promise<InstallOutcome> {
  const paths = await hookPaths(options.cwd);
  const manager = detectHookManager(paths.root, paths.dir, paths.hooksPath !== undefined);
  if (manager?.kind === 'husky') return installIntoHusky(manager.dir, options, paths.root);
  if (manager) {
    const command = sharedHookCommand(options, paths.root, './node_modules/.bin/leakscan');
    const recipe = managerRecipe(manager, command);
    return {
      exitCode: 2,
      recipe,
      messages: [
        `${manager.kind} manages this repository's git hooks (${manager.config}): leakscan changed nothing, so it does not replace ${manager.kind}'s hook.`,
        `Add this to ${manager.config}${manager.kind === 'lefthook' ? ', then run: lefthook install' : ', then run: pre-commit install'}:`,
      ],
    };
  }
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
  if (paths.hooksPath)
    messages.push(
      `note: core.hooksPath is set (${paths.hooksPath}), so git runs hooks from ${paths.dir} only: the hook was written there`,
    );
  return { messages, exitCode: 0 };
}

/** husky: leakscan's lines appended to the team's `<dir>/pre-commit` (created if missing), run by husky's runner. */
async function installIntoHusky(dir: string, options: InstallOptions, root: string): Promise<InstallOutcome> {
  const script = join(dir, 'pre-commit');
  await refuseLinkedScript(script, root);
  const existing = await readText(script);
  const shown = relative(root, script) || script;
  if (existing?.includes(HUSKY_MARKER))
    return { exitCode: 0, messages: [`husky: ${shown} already runs leakscan staged; nothing to do`] };
  // husky puts node_modules/.bin on PATH: the project's own leakscan, as every teammate has it.
  const command = sharedHookCommand(options, root, 'leakscan');
  const separator = existing === undefined || existing === '' || existing.endsWith('\n') ? '' : '\n';
  await mkdir(dir, { recursive: true });
  await writeFile(script, `${existing ?? ''}${separator}${HUSKY_MARKER}\n${command}\n`);
  await chmod(script, 0o755);
  const messages = [
    `husky manages this repository's git hooks: added \`${command}\` to ${shown}${existing === undefined ? ' (created)' : ', after the commands already there'}; commit it to share the hook with your team.`,
  ];
  if (!command.startsWith('leakscan '))
    messages.push(
      "note: leakscan is not a dependency of this project, so the line runs this machine's leakscan by absolute path; npm install --save-dev leakscan, then run hook install again, makes it work for everyone.",
    );
  return { messages, exitCode: 0 };
}

/**
 * A cloned repository decides what `.husky/pre-commit` is: a symbolic link (to `~/.bashrc`), or a `.husky`
 * directory that leads out of the work tree, would make the append land in a file outside the repository.
 */
async function refuseLinkedScript(script: string, root: string): Promise<void> {
  const info = await lstat(script).catch(() => undefined);
  if (info && !info.isFile())
    throw new SourceError(`${script} is not a regular file (a link?): leakscan will not write through it`);
  const realDir = await realpath(dirname(script)).catch(() => undefined);
  const realRoot = await realpath(root);
  if (realDir !== undefined && realDir !== realRoot && !realDir.startsWith(`${realRoot}${sep}`))
    throw new SourceError(
      `${dirname(script)} leads outside the repository (${realDir}): leakscan will not write there`,
    );
}

/** Removes leakscan's hook (or its lines in husky's script) and restores the chained one. Refuses to delete a hook leakscan did not write. */
export async function uninstallHook(cwd: string): Promise<string[]> {
  const paths = await hookPaths(cwd);
  const manager = detectHookManager(paths.root, paths.dir, paths.hooksPath !== undefined);
  if (manager?.kind === 'husky') {
    const script = join(manager.dir, 'pre-commit');
    await refuseLinkedScript(script, paths.root);
    const text = await readText(script);
    const lines = text?.split('\n') ?? [];
    const at = lines.indexOf(HUSKY_MARKER);
    if (text === undefined || at === -1) return [`husky: ${script} does not run leakscan: nothing to do`];
    lines.splice(at, 2);
    await writeFile(script, lines.join('\n'));
    return [`removed leakscan from ${script}`];
  }
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
