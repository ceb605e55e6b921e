import type { Argv, CommandModule, Options } from 'yargs';
import { REPORT_OPTIONS } from './report-options.js';
import type { FleetArgs } from '../fleet/run-fleet.js';

const FLEET_FORMATS = ['text', 'json', 'sarif', 'html'];
/** `--verify` and its settings, as every scan mode declares them: new findings only, per repository. */
const VERIFY_OPTIONS = Object.fromEntries(
  Object.entries(REPORT_OPTIONS).filter(([name]) => name === 'verify' || name.startsWith('verify-')),
);

const shared = (yargs: Argv): Argv =>
  yargs
    .option('state-dir', {
      type: 'string',
      describe: 'embedded mode: where queue, scan state and findings live (default: the user state directory)',
    })
    .option('cache-dir', { type: 'string', describe: 'where mirrors are kept (default: <state-dir>/mirrors)' })
    .option('config', { alias: 'c', type: 'string', describe: 'config file for every repository' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no progress lines' });

const working = (yargs: Argv): Argv =>
  yargs
    .option('concurrency', { type: 'number', default: 2, describe: 'repositories scanned at once by this process' })
    .option('lock-duration', {
      type: 'number',
      default: 30_000,
      describe: 'Redis: ms a job stays locked without renewal (a killed worker’s job is taken again after it)',
    })
    .option('rate-limit', { type: 'number', describe: 'Redis: at most N repositories started per minute, all workers' })
    .options(VERIFY_OPTIONS as Record<string, Options>)
    .option('rotate', { type: 'boolean', default: false, describe: 'send new leaks to the rotation webhooks' })
    .option('rotate-dry-run', { type: 'boolean', default: false, describe: 'print what --rotate would send' })
    .option('rotate-url', { type: 'string', describe: 'an extra rotation webhook' });

const reporting = (yargs: Argv): Argv =>
  yargs
    .option('format', { alias: 'f', choices: FLEET_FORMATS, default: 'text', describe: 'report format' })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to FILE' });

type Run = (args: FleetArgs) => Promise<number>;
const handle =
  (pick: (module: typeof import('../fleet/run-fleet.js')) => Run) =>
  async (args: FleetArgs): Promise<void> => {
    const module = await import('../fleet/run-fleet.js');
    process.exitCode = await pick(module)(args);
  };

const sub = (
  command: string,
  describe: string,
  builder: (yargs: Argv) => Argv,
  pick: (module: typeof import('../fleet/run-fleet.js')) => Run,
): CommandModule<object, FleetArgs> => ({
  command,
  describe,
  builder: ((yargs: Argv) => builder(shared(yargs))) as never,
  handler: handle(pick),
});

/**
 * `leakscan fleet …`: many repositories, incrementally, on BullMQ workers when REDIS_URL is set, else in an
 * embedded pool. Everything is loaded on use: no other command's start-up (the pre-commit hook's least of all)
 * imports BullMQ or ioredis.
 */
export const fleetCommand: CommandModule = {
  command: 'fleet <command>',
  describe: 'scan many repositories incrementally (REDIS_URL: BullMQ workers; else embedded); see docs/fleet.md',
  builder: (yargs) =>
    yargs
      .command(
        sub(
          'enqueue',
          'queue one job per repository',
          (y) =>
            y
              .option('repos', { type: 'string', describe: 'file: one repository URL or path a line' })
              .option('github-org', { type: 'string', describe: 'every repository of this GitHub organisation' })
              .option('github-user', { type: 'string', describe: 'every repository of this GitHub user' })
              .option('github-api-url', {
                type: 'string',
                default: 'https://api.github.com',
                describe: 'GitHub Enterprise Server: https://HOST/api/v3 (token: $GITHUB_TOKEN)',
              })
              .option('include-archived', { type: 'boolean', default: false, describe: 'also archived repositories' })
              .option('include-forks', { type: 'boolean', default: false, describe: 'also forks' }),
          (m) => m.enqueueFromFile,
        ),
      )
      .command(
        sub(
          'worker',
          'scan queued repositories (only commits not scanned before)',
          (y) =>
            working(y).option('exit-when-done', {
              type: 'boolean',
              default: false,
              describe: 'Redis: stop once nothing is queued or running (embedded mode always does)',
            }),
          (m) => m.runWorker,
        ),
      )
      .command(
        sub(
          'status',
          'queued, active, done and failed repositories; rate, bytes, ETA',
          (y) => y.option('format', { choices: ['text', 'json'], default: 'text' }),
          (m) => m.runStatus,
        ),
      )
      .command(sub('report', 'the merged report of every repository', reporting, (m) => m.runReport))
      .command(
        sub(
          'scan',
          'enqueue, work and report in one process',
          (y) =>
            reporting(working(y))
              .option('repos', { type: 'string', describe: 'file: one repository URL or path a line' })
              .option('plan', { type: 'string', describe: 'a plan file written by fleet plan (with --shard)' })
              .option('shard', { type: 'number', describe: 'the shard of --plan to scan, from 0' }),
          (m) => m.runFleetScan,
        ),
      )
      .command(
        sub(
          'plan',
          'split --repos into --shards N shards (for a CI matrix or an Indexed Job), as JSON',
          (y) =>
            y
              .option('repos', { type: 'string', describe: 'file: one repository URL or path a line' })
              .option('shards', { type: 'number', demandOption: true, describe: 'number of shards' })
              .option('output', { alias: 'o', type: 'string', describe: 'write the plan to FILE' }),
          (m) => m.runPlan,
        ),
      )
      .command(
        sub(
          'merge <state-dirs..>',
          'one report from the state directories of every shard',
          reporting,
          (m) => m.runMerge,
        ),
      )
      .demandCommand(1, 'name a fleet command: enqueue, worker, status, report, scan, plan, merge') as never,
  handler: () => undefined,
};
