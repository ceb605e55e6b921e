import { lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding } from '../findings/finding.js';
import { originUrl } from '../sources/git.js';
import { describeOutcome, postOnce, withRetries, type DeliveryReport } from './deliver.js';
import { isRevocableGithubToken, postRevokeBatch, rateLimitExhausted, revokeBatches } from './github-revoke.js';
import { Outbox, OutboxBusyError, entryId, type EnqueuedEvent, type JournalEvent, type OutboxEntry } from './outbox.js';
import { buildNotice, idempotencyKey, stripUrlCredentials, type LeakNotice } from './payload.js';
import { stateDirectory } from '../state/state-dir.js';
import { checkNoLinkedDirectories } from '../state/state-file.js';
import {
  LEGACY_OUTBOX,
  wantsFinding,
  type GithubRevokeTarget,
  type RotationConfig,
  type RotationTarget,
  type WebhookTarget,
} from './rotation-config.js';
import { SIGNATURE_HEADER, signatureHeader } from './sign.js';

export interface TargetTally {
  target: string;
  /** Delivered in this run. */
  sent: number;
  /** Retries made in this run (attempts after the first). */
  retried: number;
  pending: number;
  failed: number;
  /** Found again but already delivered (or refused) in an earlier run: not sent twice. */
  skipped: number;
  notes: string[];
}

export interface ScanContext {
  mode: string;
  toolVersion: string;
  repository?: string;
  detectedAt: Date;
}

/** `remote.origin.url` of the repository around `cwd`, credentials removed; undefined outside a repository. */
export async function repositoryUrl(cwd: string): Promise<string | undefined> {
  const remote = await originUrl(cwd);
  return remote ? stripUrlCredentials(remote) : undefined;
}

export function findingsFor(target: RotationTarget, findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (finding) => wantsFinding(target, finding) && (target.kind !== 'github-revoke' || isRevocableGithubToken(finding)),
  );
}

/** The outbox key of a leak for a target. Revoking a token once is enough, wherever it was found. */
export function noticeKey(target: RotationTarget, finding: Finding): string {
  return target.kind === 'github-revoke' ? finding.secretHash : idempotencyKey(finding.fingerprint);
}

/** One `enqueued` event per (target, leak) not already in the outbox: the same leak is never queued twice. */
export function enqueueEvents(
  targets: readonly RotationTarget[],
  findings: readonly Finding[],
  known: ReadonlyMap<string, OutboxEntry>,
  context: ScanContext,
): EnqueuedEvent[] {
  const events: EnqueuedEvent[] = [];
  const seen = new Set(known.keys());
  for (const target of targets) {
    for (const finding of findingsFor(target, findings)) {
      const key = noticeKey(target, finding);
      const id = entryId({ target: target.name, key });
      if (seen.has(id)) continue;
      seen.add(id);
      const notice = buildNotice(finding, {
        ...context,
        includeSecret: target.kind === 'webhook' && target.includeSecret,
      });
      events.push({
        type: 'enqueued',
        at: context.detectedAt.toISOString(),
        target: target.name,
        key,
        eventId: notice.eventId,
        ruleId: finding.ruleId,
        file: finding.file,
        line: finding.line,
        // The revocation API takes the token itself; a webhook gets the notice (raw only with includeSecret).
        body: target.kind === 'github-revoke' ? finding.secret.reveal() : JSON.stringify(notice),
      });
    }
  }
  return events;
}

const now = (): string => new Date().toISOString();

function emptyTally(target: string): TargetTally {
  return { target, sent: 0, retried: 0, pending: 0, failed: 0, skipped: 0, notes: [] };
}

/** Journals the end of a delivery: delivered after a 2xx only, failed on a refusal, else one more attempt on record. */
function settle(outbox: Outbox, entries: readonly OutboxEntry[], report: DeliveryReport, tally: TargetTally): void {
  const outcome = report.lastOutcome;
  tally.retried += report.attempts - 1;
  const events: JournalEvent[] = entries.map((entry) => {
    const id = { target: entry.target, key: entry.key };
    if (report.state === 'delivered')
      return { type: 'delivered', at: now(), ...id, status: outcome.kind === 'response' ? outcome.status : 0 };
    if (report.state === 'failed') return { type: 'failed', at: now(), ...id, reason: describeOutcome(outcome) };
    return { type: 'attempted', at: now(), ...id, outcome: describeOutcome(outcome) };
  });
  outbox.append(events);
  tally[report.state === 'delivered' ? 'sent' : report.state] += entries.length;
}

async function deliverWebhook(
  outbox: Outbox,
  target: WebhookTarget,
  entries: readonly OutboxEntry[],
  tally: TargetTally,
): Promise<void> {
  const secret = process.env[target.secretEnv];
  if (!secret) {
    tally.pending += entries.length;
    tally.notes.push(`${target.secretEnv} is not set: cannot sign, ${entries.length} left pending`);
    return;
  }
  for (const [index, entry] of entries.entries()) {
    const attemptsBefore = entry.attempts;
    let attempt = 0;
    const report = await withRetries(
      () =>
        postOnce(
          {
            url: target.url,
            body: entry.body,
            headers: {
              // Signed at each attempt: the timestamp is when it was sent, so receivers can bound replays.
              [SIGNATURE_HEADER]: signatureHeader(secret, entry.body),
              'X-Leakscan-Event-Id': entry.eventId,
              'Idempotency-Key': entry.key,
              'X-Leakscan-Delivery-Attempt': String(attemptsBefore + ++attempt),
            },
          },
          target.policy,
        ),
      target.policy,
      {
        onRetry: (outcome) =>
          outbox.append([
            { type: 'attempted', at: now(), target: entry.target, key: entry.key, outcome: describeOutcome(outcome) },
          ]),
      },
    );
    // Retries already journalled count as attempts; `settle` adds the last one.
    settle(outbox, [entry], report, tally);
    if (report.state === 'pending' && index < entries.length - 1) {
      // The receiver is down or failing: the rest would only spend the same retries and hold the scan up.
      // They wait for `rotate flush`.
      const rest = entries.length - index - 1;
      tally.pending += rest;
      tally.notes.push(`${describeOutcome(report.lastOutcome)}: ${rest} more left pending without trying`);
      return;
    }
  }
}

async function deliverGithub(
  outbox: Outbox,
  target: GithubRevokeTarget,
  entries: readonly OutboxEntry[],
  tally: TargetTally,
): Promise<void> {
  const byToken = new Map<string, OutboxEntry[]>();
  for (const entry of entries) byToken.set(entry.body, [...(byToken.get(entry.body) ?? []), entry]);
  const batches = revokeBatches([...byToken.keys()]);
  for (const [index, batch] of batches.entries()) {
    const report = await withRetries(() => postRevokeBatch(target, batch), target.policy, {
      onRetry: (outcome) =>
        outbox.append(
          batch
            .flatMap((token) => byToken.get(token)!)
            .map((entry) => ({
              type: 'attempted',
              at: now(),
              target: entry.target,
              key: entry.key,
              outcome: describeOutcome(outcome),
            })),
        ),
    });
    settle(
      outbox,
      batch.flatMap((token) => byToken.get(token)!),
      report,
      tally,
    );
    if (report.state === 'pending' || rateLimitExhausted(report.lastOutcome)) {
      const rest = batches.slice(index + 1).reduce((sum, b) => sum + b.length, 0);
      if (rest > 0) {
        tally.pending += rest;
        tally.notes.push(`GitHub rate limit or outage: ${rest} tokens left pending`);
      }
      return;
    }
  }
}

/**
 * Delivers the pending notices `select` picks, target by target, under the outbox lock. Each notice was
 * journalled before this runs and is marked delivered only after a 2xx, so a crash in here loses nothing.
 */
export async function deliverPending(
  outbox: Outbox,
  rotation: RotationConfig,
  select: (entry: OutboxEntry) => boolean = () => true,
): Promise<TargetTally[]> {
  return outbox.withLock(async () => {
    const quarantined = outbox.quarantineMalformed();
    const { entries } = outbox.read();
    const tallies: TargetTally[] = [];
    for (const target of rotation.targets) {
      const tally = emptyTally(target.name);
      const pending = [...entries.values()].filter(
        (entry) => entry.target === target.name && entry.state === 'pending' && select(entry),
      );
      if (pending.length === 0) continue;
      if (target.kind === 'webhook') await deliverWebhook(outbox, target, pending, tally);
      else await deliverGithub(outbox, target, pending, tally);
      tallies.push(tally);
    }
    if (quarantined > 0) {
      if (tallies.length === 0) tallies.push(emptyTally('outbox'));
      tallies[0]!.notes.push(`${quarantined} malformed outbox line(s) moved to ${outbox.quarantinePath}`);
    }
    // Delivered notices keep only their key: no delivered secret stays on disk.
    if (outbox.holdsDeliveredBodies()) outbox.compact();
    return tallies;
  });
}

/**
 * The outbox file: `--outbox` or `rotation.outbox` when given (no directory on the way may be a link), else
 * `outbox.jsonl` in the user's state directory for `cwd`.
 */
export function outboxPath(rotation: RotationConfig, cwd: string): string {
  if (rotation.outbox === undefined) return join(stateDirectory(cwd), 'outbox.jsonl');
  const path = resolve(cwd, rotation.outbox);
  checkNoLinkedDirectories(cwd, path, 'the rotation outbox');
  return path;
}

/** When an outbox sits where it used to by default: it is no longer read, say how to deliver what it holds. */
export function legacyOutboxNote(rotation: RotationConfig, cwd: string): string | undefined {
  if (rotation.outbox !== undefined) return undefined;
  try {
    if (!lstatSync(join(cwd, LEGACY_OUTBOX)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return `rotation: ${LEGACY_OUTBOX} is not read any more (the outbox now lives in ${stateDirectory(cwd)}, where a repository cannot plant one); if you wrote it, deliver what it holds with: leakscan rotate flush --outbox ${LEGACY_OUTBOX}`;
}

/** After a scan: queue each new leak for each target that wants it, then deliver this scan's notices. */
export async function notifyFindings(
  findings: readonly Finding[],
  rotation: RotationConfig,
  context: ScanContext,
  cwd: string,
  lockWaitMs = 10_000,
): Promise<{ tallies: TargetTally[]; olderPending: number }> {
  const outbox = new Outbox(outboxPath(rotation, cwd));
  if (rotation.targets.every((target) => findingsFor(target, findings).length === 0)) {
    // Nothing to send: no lock, no directory created in a clean project; still mention what waits.
    const olderPending = [...outbox.read().entries.values()].filter((entry) => entry.state === 'pending').length;
    return { tallies: [], olderPending };
  }
  try {
    return await outbox.withLock(() => enqueueAndDeliver(outbox, findings, rotation, context), lockWaitMs);
  } catch (error) {
    if (!(error instanceof OutboxBusyError)) throw error;
    // Another run (a long flush) holds the outbox: queue without delivering, so the leak is not lost. A
    // duplicate `enqueued` line, should both runs queue the same leak, is ignored by the fold.
    const events = enqueueEvents(rotation.targets, findings, outbox.read().entries, context);
    outbox.append(events);
    const tallies = [...new Set(events.map((e) => e.target))].map((target) => ({
      ...emptyTally(target),
      pending: events.filter((e) => e.target === target).length,
      notes: [`${error.message}: queued, not sent`],
    }));
    return { tallies, olderPending: 0 };
  }
}

async function enqueueAndDeliver(
  outbox: Outbox,
  findings: readonly Finding[],
  rotation: RotationConfig,
  context: ScanContext,
): Promise<{ tallies: TargetTally[]; olderPending: number }> {
  const { entries } = outbox.read();
  outbox.append(enqueueEvents(rotation.targets, findings, entries, context));
  const thisScan = new Set<string>();
  const skipped = new Map<string, number>();
  for (const target of rotation.targets) {
    for (const finding of findingsFor(target, findings)) {
      const id = entryId({ target: target.name, key: noticeKey(target, finding) });
      if (thisScan.has(id)) continue;
      thisScan.add(id);
      const state = entries.get(id)?.state;
      if (state === 'delivered' || state === 'failed') skipped.set(target.name, (skipped.get(target.name) ?? 0) + 1);
    }
  }
  const tallies = await deliverPending(outbox, rotation, (entry) => thisScan.has(entryId(entry)));
  for (const [target, count] of skipped) {
    let tally = tallies.find((t) => t.target === target);
    if (!tally) {
      tally = emptyTally(target);
      tallies.push(tally);
    }
    tally.skipped += count;
  }
  const olderPending = [...outbox.read().entries.values()].filter(
    (entry) => entry.state === 'pending' && !thisScan.has(entryId(entry)),
  ).length;
  return { tallies, olderPending };
}

/** `--rotate-dry-run`: what each target would receive. Raw secrets in it are redacted unless --show-secrets. */
export function dryRunText(
  findings: readonly Finding[],
  rotation: RotationConfig,
  context: ScanContext,
  known: ReadonlyMap<string, OutboxEntry>,
  showSecrets: boolean,
): string {
  const lines: string[] = [];
  for (const target of rotation.targets) {
    const wanted = findingsFor(target, findings);
    if (target.kind === 'github-revoke') {
      const tokens = new Set(wanted.map((f) => f.secretHash));
      lines.push(
        `rotation dry run: would POST ${target.baseUrl}/credentials/revoke (target ${target.name}): ${tokens.size} token(s), in ${Math.ceil(tokens.size / 1000)} request(s)`,
      );
      for (const finding of wanted)
        lines.push(`  ${finding.secret.shown(showSecrets)}  ${finding.ruleId} ${finding.file}:${finding.line}`);
      continue;
    }
    const secret = process.env[target.secretEnv];
    for (const finding of wanted) {
      const state = known.get(entryId({ target: target.name, key: noticeKey(target, finding) }))?.state;
      const notice: LeakNotice = buildNotice(finding, { ...context, includeSecret: target.includeSecret });
      // What would be sent is signed as is; what is printed shows the value only with --show-secrets.
      const shown =
        showSecrets || !notice.secret.value
          ? notice
          : { ...notice, secret: { ...notice.secret, value: finding.secret.redacted } };
      const body = JSON.stringify(notice);
      lines.push(
        `rotation dry run: would POST ${target.url} (target ${target.name})${state ? ` — already ${state} in the outbox, would be skipped` : ''}`,
      );
      lines.push(
        `  ${SIGNATURE_HEADER}: ${secret ? signatureHeader(secret, body) : `<cannot sign: ${target.secretEnv} is not set>`}`,
      );
      lines.push(`  Idempotency-Key: ${notice.idempotencyKey}`);
      lines.push(
        ...JSON.stringify(shown, null, 2)
          .split('\n')
          .map((line) => `  ${line}`),
      );
    }
    if (wanted.length === 0)
      lines.push(`rotation dry run: nothing for target ${target.name} (no finding matches its filters)`);
  }
  return `${lines.join('\n')}\n`;
}

export function tallyLine(tallies: readonly TargetTally[], olderPending = 0, outboxFile?: string): string {
  const parts = tallies.map(
    (t) =>
      `${t.target}: ${t.sent} sent, ${t.retried} retried, ${t.pending} pending, ${t.failed} failed${t.skipped ? `, ${t.skipped} already handled` : ''}`,
  );
  const notes = tallies.flatMap((t) => t.notes.map((note) => `\n  ${t.target}: ${note}`));
  const pending = tallies.reduce((sum, t) => sum + t.pending, 0) + olderPending;
  const hint =
    pending > 0
      ? `\n  ${pending} notice(s) pending${outboxFile ? ` in ${outboxFile}` : ''}: run 'leakscan rotate flush' to deliver them`
      : '';
  return `rotation: ${parts.length > 0 ? parts.join('; ') : 'no notices to send'}${notes.join('')}${hint}`;
}
