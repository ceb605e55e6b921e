import type { CommandModule } from 'yargs';

interface HookArgs {
  action: 'install' | 'uninstall';
  force: boolean;
}

export const hookCommand: CommandModule<object, HookArgs> = {
  command: 'hook <action>',
  describe: 'install or uninstall a git pre-commit hook that runs leakscan staged (honours core.hooksPath)',
  builder: (yargs) =>
    yargs.positional('action', { choices: ['install', 'uninstall'] as const, demandOption: true }).option('force', {
      type: 'boolean',
      default: false,
      describe: 'install: replace an existing pre-commit hook instead of chaining it',
    }) as never,
  handler: async (args) => {
    const { realpathSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const { installHook, uninstallHook } = await import('../hook/install.js');
    const messages =
      args.action === 'install'
        ? await installHook({
            cwd: process.cwd(),
            force: args.force,
            nodePath: process.execPath,
            cliPath: realpathSync(fileURLToPath(import.meta.url)),
          })
        : await uninstallHook(process.cwd());
    process.stdout.write(`${messages.join('\n')}\n`);
  },
};
