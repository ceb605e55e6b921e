import type { CommandModule } from 'yargs';
import type { RunVerifyArgs } from './run-verify.js';

export const verifyCommand: CommandModule<object, RunVerifyArgs> = {
  command: 'verify [report]',
  describe:
    're-check the findings of a JSON report written with --show-secrets ("is it still live?"); --list-hosts prints the egress allowlist',
  builder: (yargs) =>
    yargs
      .positional('report', { type: 'string', describe: 'a JSON report written with --format json --show-secrets' })
      .option('list-hosts', {
        alias: 'list-endpoints',
        type: 'boolean',
        default: false,
        describe: 'print every host a --verify run may contact, and exit',
      })
      .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text', describe: 'output format' })
      .option('verify-budget', { type: 'string', describe: 'at most this many requests (default 200)' })
      .option('verify-timeout', { type: 'string', describe: 'seconds to wait for one answer (default 10)' })
      .option('verify-allow-internal', {
        type: 'boolean',
        default: false,
        describe: 'allow loopback/private addresses',
      })
      .option('verify-endpoint', { type: 'string', describe: 'VERIFIER=URL: another base URL for that verifier' })
      .option('verify-cache-ttl', { type: 'string', describe: 'keep answers on disk this long (e.g. 12h)' })
      .option('explain', { type: 'boolean', default: false, describe: 'print each request, the key masked' }) as never,
  handler: async (args) => {
    const { runVerify } = await import('./run-verify.js');
    process.exitCode = await runVerify(args);
  },
};
