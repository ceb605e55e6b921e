import { ConfigError, describeError, UsageError } from '../errors.js';
import type { ScanResult } from '../scan.js';
import { toolVersion } from './exit-codes.js';

/** `--rotate` (or the Action's `rotate: true`): notify the configured webhooks, plus one for this run. */
export interface RotationRequest {
  /** Print what would be sent, send nothing. */
  dryRun: boolean;
  /** An extra webhook for this run only (`--rotate-url`, the Action's `rotate-url`). */
  extraUrl?: string | undefined;
}

export type RotationStep = (result: ScanResult, mode: string) => Promise<void>;

/**
 * Validates the rotation setup before the report is written (a bad `rotation:` section is a config error,
 * exit 2), and returns the step that runs after it. The step never throws: a receiver that is down, slow or
 * refusing must not hide or change the scan result, so it only reports, on stderr (the Action passes its log).
 */
export async function prepareRotation(
  result: ScanResult,
  request: RotationRequest & { showSecrets: boolean; quiet: boolean },
  log: (text: string) => void,
): Promise<RotationStep> {
  const { checkUrl, DEFAULT_POLICY, DEFAULT_SECRET_ENV } = await import('../notify/rotation-config.js');
  // The config's rotation: section was validated when it loaded; --rotate-url adds a target for this run only.
  const rotation = { ...result.config.rotation, targets: [...result.config.rotation.targets] };
  const problems: string[] = [];
  const extraUrl = request.extraUrl;
  if (extraUrl) {
    const problem = checkUrl(extraUrl, false);
    if (problem) problems.push(`--rotate-url: ${problem}`);
    else
      rotation.targets.push({
        kind: 'webhook',
        name: extraUrl,
        url: extraUrl,
        secretEnv: DEFAULT_SECRET_ENV,
        includeSecret: false,
        rules: [],
        tags: [],
        policy: { ...DEFAULT_POLICY },
      });
  }
  if (problems.length > 0) throw new ConfigError(result.config.file ?? '.leakscan.yaml', problems);
  if (rotation.targets.length === 0)
    throw new UsageError(
      '--rotate: no rotation target configured (add rotation.webhooks to .leakscan.yaml, or pass --rotate-url)',
    );

  return async (scanned, mode) => {
    try {
      const { notifyFindings, dryRunText, tallyLine, repositoryUrl, outboxPath, legacyOutboxNote } = await import(
        '../notify/rotation.js'
      );
      const cwd = process.cwd();
      const legacy = legacyOutboxNote(rotation, cwd);
      if (legacy) log(`${legacy}\n`);
      const context = {
        mode,
        toolVersion: toolVersion(),
        detectedAt: new Date(),
        ...optional('repository', await repositoryUrl(cwd)),
      };
      if (request.dryRun) {
        const { Outbox } = await import('../notify/outbox.js');
        const known = new Outbox(outboxPath(rotation, cwd)).read().entries;
        log(dryRunText(scanned.findings, rotation, context, known, request.showSecrets));
        return;
      }
      const { tallies, olderPending } = await notifyFindings(scanned.findings, rotation, context, cwd);
      if (request.quiet && tallies.length === 0 && olderPending === 0) return;
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
