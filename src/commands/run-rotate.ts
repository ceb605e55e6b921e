import { loadConfig } from '../config/config-file.js';
import { Outbox, type OutboxEntry } from '../notify/outbox.js';
import { deliverPending, legacyOutboxNote, outboxPath, tallyLine } from '../notify/rotation.js';
import { EXIT_CLEAN, EXIT_LEAKS } from '../output/exit-codes.js';

/** The arguments of `leakscan rotate`, as the command line declares them (rotate-command.ts). */
export interface RotateArgs {
  action: 'flush' | 'status';
  config?: string;
  outbox?: string;
  'retry-failed': boolean;
  json: boolean;
}

/** flush: 0 when nothing is left pending or failed, else 1. status: always 0. */
export async function runRotate(args: RotateArgs): Promise<number> {
  const cwd = process.cwd();
  const config = await loadConfig(cwd, args.config);
  const rotation = args.outbox ? { ...config.rotation, outbox: args.outbox } : config.rotation;
  const outbox = new Outbox(outboxPath(rotation, cwd));
  const legacy = legacyOutboxNote(rotation, cwd);
  if (legacy) process.stderr.write(`${legacy}\n`);

  if (args.action === 'status') {
    const { entries, unreadable } = outbox.read();
    const all = [...entries.values()];
    if (args.json) {
      const strip = ({ body: _body, ...entry }: OutboxEntry) => entry;
      process.stdout.write(
        `${JSON.stringify({ outbox: outbox.path, unreadableLines: unreadable, notices: all.map(strip) }, null, 2)}\n`,
      );
      return EXIT_CLEAN;
    }
    process.stdout.write(statusText(all, unreadable, outbox.path, new Set(rotation.targets.map((t) => t.name))));
    return EXIT_CLEAN;
  }

  const tallies = await outbox.withLock(async () => {
    if (args['retry-failed']) {
      const failed = [...outbox.read().entries.values()].filter((entry) => entry.state === 'failed');
      outbox.append(
        failed.map((entry) => ({
          type: 'requeued',
          at: new Date().toISOString(),
          target: entry.target,
          key: entry.key,
        })),
      );
    }
    return deliverPending(outbox, rotation);
  });
  const configured = new Set(rotation.targets.map((t) => t.name));
  const left = [...outbox.read().entries.values()].filter((entry) => entry.state !== 'delivered');
  const orphans = left.filter((entry) => !configured.has(entry.target));
  process.stderr.write(`${tallyLine(tallies, 0, outbox.path)}\n`);
  if (orphans.length > 0)
    process.stderr.write(
      `rotation: ${orphans.length} notice(s) for targets no longer configured (${[...new Set(orphans.map((o) => o.target))].join(', ')}) were not sent\n`,
    );
  return left.length > 0 ? EXIT_LEAKS : EXIT_CLEAN;
}

function statusText(
  entries: readonly OutboxEntry[],
  unreadable: number,
  file: string,
  configured: Set<string>,
): string {
  const count = (state: OutboxEntry['state']) => entries.filter((e) => e.state === state).length;
  const lines = [
    `outbox ${file}: ${count('pending')} pending, ${count('failed')} failed, ${count('delivered')} delivered`,
  ];
  if (unreadable > 0)
    lines.push(
      `  ${unreadable} malformed line(s) skipped (a write cut short by a crash, or not a notice); the next flush moves them to ${file}.quarantine`,
    );
  for (const entry of entries) {
    if (entry.state === 'delivered') continue;
    const orphan = configured.has(entry.target) ? '' : ' (target no longer configured)';
    const last = entry.lastError ? `, last: ${entry.lastError}` : '';
    lines.push(
      `  ${entry.state.padEnd(7)} ${entry.target}${orphan}  ${entry.ruleId} ${entry.file}:${entry.line}  ${entry.attempts} attempt(s)${last}  since ${entry.enqueuedAt}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
