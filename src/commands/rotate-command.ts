import type { CommandModule } from 'yargs';
import type { RotateArgs } from './run-rotate.js';

export const ROTATE_ACTIONS = ['flush', 'status'] as const;

export const rotateCommand: CommandModule<object, RotateArgs> = {
  command: 'rotate <action>',
  describe: 'the rotation outbox: `flush` re-delivers pending notices, `status` lists pending and failed ones',
  builder: (yargs) =>
    yargs
      .positional('action', { choices: ROTATE_ACTIONS, demandOption: true, describe: 'flush or status' })
      .option('config', {
        alias: 'c',
        type: 'string',
        describe: 'config file (default: .leakscan.yaml in the current directory)',
      })
      .option('outbox', {
        type: 'string',
        describe:
          'outbox file (default: rotation.outbox, else outbox.jsonl in the user state directory, $XDG_STATE_HOME/leakscan/<dir>-<hash>/)',
      })
      .option('retry-failed', {
        type: 'boolean',
        default: false,
        describe: 'flush: also retry notices a receiver refused',
      })
      .option('json', { type: 'boolean', default: false, describe: 'status: print JSON' }) as never,
  handler: async (args) => {
    const { runRotate } = await import('./run-rotate.js');
    process.exitCode = await runRotate(args);
  },
};
