import { ConfigError, describeError, UsageError } from '../errors.js';
import type { ScanResult } from '../scan.js';
import type { ReportArgs } from './report-options.js';
import { toolVersion } from './write-report.js';

export type RotationStep = (result: ScanResult, mode: string) => Promise<void>;

/**
 * Validates the rotation setup before the report is written (a bad `rotation:` section is a config error,
 * exit 2), and returns the step that runs after it. The step never throws: a receiver that is down, slow or
 * refusing must not hide or change the scan result, so it only reports, on stderr (the Action passes its log).
 */
export async function prepareRotation(result: ScanResult, args: ReportArgs, log: (text: string) => void = (text) => process.stderr.write(text)): Promise<RotationStep | undefined> {
  if (!args.rotate && !args['rotate-dry-run']) return undefined;
  const { checkUrl, DEFAULT_POLICY, DEFAULT_SECRET_ENV } = await import('../notify/rotation-config.js');
  // The config's rotation: section was validated when it loaded; --rotate-url adds a target for this run only.
  const rotation = { ...result.config.rotation, targets: [...result.config.rotation.targets] };
  const problems: string[] = [];
  if (args['rotate-url']) {
    const problem = checkUrl(args['rotate-url'], false);
    if (problem) problems.push(`--rotate-url: ${problem}`);
    else
      rotation.targets.push({ kind: 'webhook', name: args['rotate-url'], url: args['rotate-url'], secretEnv: DEFAULT_SECRET_ENV, includeSecret: false, rules: [], tags: [], policy: { ...DEFAULT_POLICY } });
  }
  if (problems.length > 0) throw new ConfigError(result.config.file ?? '.leakscan.yaml', problems);
  if (rotation.targets.length === 0) throw new UsageError('--rotate: no rotation target configured (add rotation.webhooks to .leakscan.yaml, or pass --rotate-url)');

  return async (scanned, mode) => {
    try {
      const { notifyFindings, dryRunText, tallyLine, repositoryUrl, outboxPath, legacyOutboxNote } = await import('../notify/rotation.js');
      const cwd = process.cwd();
      const legacy = legacyOutboxNote(rotation, cwd);
      if (legacy) log(`${legacy}\n`);
      const context = { mode, toolVersion: toolVersion(), detectedAt: new Date(), ...optional('repository', await repositoryUrl(cwd)) };
      if (args['rotate-dry-run']) {
        const { Outbox } = await import('../notify/outbox.js');
        const known = new Outbox(outboxPath(rotation, cwd)).read().entries;
        log(dryRunText(scanned.findings, rotation, context, known, args['show-secrets']));
        return;
      }
      const { tallies, olderPending } = await notifyFindings(scanned.findings, rotation, context, cwd);
      if (args.quiet && tallies.length === 0 && olderPending === 0) return;
      log(`${tallyLine(tallies, olderPending, outboxPath(rotation, cwd))}\n`);
    } catch (error) {
      const { redactKeyLike } = await import('../detect/key-like.js');
      log(`leakscan: rotation: ${await redactKeyLike(describeError(error))} (the scan result is unaffected)\n`);
    }
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
