import type { CommandModule } from 'yargs';

interface HookArgs {
  action: 'install' | 'uninstall';
  force: boolean;
}

export const HOOK_ACTIONS = ['install', 'uninstall'] as const;

export const hookCommand: CommandModule<object, HookArgs> = {
  command: 'hook <action>',
  describe: 'install or uninstall a git pre-commit hook that runs leakscan staged (honours core.hooksPath)',
  builder: (yargs) =>
    yargs.positional('action', { choices: HOOK_ACTIONS, demandOption: true }).option('force', {
      type: 'boolean',
      default: false,
      describe: 'install: replace an existing pre-commit hook instead of chaining it',
    }) as never,
  handler: async (args) => {
    const { realpathSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { packageRoot } = await import('../rules/package-root.js');
    const { installHook, uninstallHook } = await import('../hook/install.js');
    if (args.action === 'uninstall') {
      process.stdout.write(`${(await uninstallHook(process.cwd())).join('\n')}\n`);
      return;
    }
    const outcome = await installHook({
      cwd: process.cwd(),
      force: args.force,
      nodePath: process.execPath,
      // The entry node runs (package.json "bin"), not this module, which the build puts in a chunk.
      cliPath: realpathSync(join(packageRoot(), 'dist', 'cli.js')),
    });
    // Nothing installed: the reason on stderr, the config to add on stdout (so it can be redirected).
    if (outcome.exitCode !== 0) process.stderr.write(`${outcome.messages.map((m) => `leakscan: ${m}`).join('\n')}\n`);
    else process.stdout.write(`${outcome.messages.join('\n')}\n`);
    if (outcome.recipe) process.stdout.write(outcome.recipe);
    process.exitCode = outcome.exitCode;
  },
};
