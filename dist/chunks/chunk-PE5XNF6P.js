import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  Outbox,
  OutboxBusyError,
  entryId
} from "./chunk-5C42RKGV.js";
import {
  describeOutcome,
  postOnce,
  withRetries
} from "./chunk-SYH7AL26.js";
import {
  stateDirectory
} from "./chunk-TCMEDIPO.js";
import {
  originUrl
} from "./chunk-A5CIQFFQ.js";
import {
  LEGACY_OUTBOX,
  wantsFinding
} from "./chunk-EA75SS5A.js";
import {
  checkNoLinkedDirectories
} from "./chunk-Z2QTASWP.js";

// src/notify/rotation.ts
import { lstatSync } from "node:fs";
import { join, resolve } from "node:path";

// src/notify/github-revoke.ts
var REVOKE_BATCH_SIZE = 1e3;
var REVOKE_PATH = "/credentials/revoke";
var REVOCABLE_PREFIXES = ["ghp_", "github_pat_", "gho_", "ghu_", "ghr_"];
function isRevocableGithubToken(finding) {
  const token = finding.secret.reveal();
  return REVOCABLE_PREFIXES.some((prefix) => token.startsWith(prefix));
}
function revokeBatches(tokens) {
  const batches = [];
  for (let i = 0; i < tokens.length; i += REVOKE_BATCH_SIZE) batches.push(tokens.slice(i, i + REVOKE_BATCH_SIZE));
  return batches;
}
function normalizeRateLimit(outcome, now2 = Date.now()) {
  if (outcome.kind !== "response" || outcome.status !== 403 && outcome.status !== 429) return outcome;
  if (outcome.rateLimitRemaining !== "0" && outcome.status === 403) return outcome;
  if (outcome.retryAfter) return { ...outcome, status: 429 };
  const reset = Number(outcome.rateLimitReset);
  const seconds = Number.isFinite(reset) && reset > 0 ? Math.max(1, Math.ceil(reset - now2 / 1e3)) : 60;
  return { ...outcome, status: 429, retryAfter: String(seconds) };
}
async function postRevokeBatch(target, tokens) {
  const outcome = await postOnce(
    {
      url: `${target.baseUrl}${REVOKE_PATH}`,
      body: JSON.stringify({ credentials: tokens }),
      headers: { Accept: "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28" }
    },
    target.policy
  );
  return normalizeRateLimit(outcome);
}
function rateLimitExhausted(outcome) {
  return outcome.kind === "response" && outcome.rateLimitRemaining === "0";
}

// src/notify/payload.ts
import { createHash, randomUUID } from "node:crypto";
var PAYLOAD_VERSION = 1;
var EVENT_TYPE = "leak.detected";
function lastFour(secret) {
  return secret.length >= 12 ? secret.slice(-4) : "";
}
function idempotencyKey(fingerprint) {
  return createHash("sha256").update(`leakscan-notice-v1:${fingerprint}`).digest("hex");
}
function buildNotice(finding, context) {
  const notice = {
    version: PAYLOAD_VERSION,
    type: EVENT_TYPE,
    eventId: context.eventId ?? randomUUID(),
    idempotencyKey: idempotencyKey(finding.fingerprint),
    detectedAt: context.detectedAt.toISOString(),
    rule: {
      id: finding.ruleId,
      title: finding.title,
      vendor: finding.vendor,
      severity: finding.severity,
      confidence: finding.confidence,
      tags: [...finding.tags],
      rotationGuide: finding.rotationGuide
    },
    secret: {
      redacted: finding.secret.redacted,
      sha256: finding.secretHash,
      last4: lastFour(finding.secret.reveal()),
      // The one raw copy a webhook gets, and only when its target asked for it.
      value: context.includeSecret ? finding.secret.reveal() : void 0
    },
    location: {
      repository: context.repository || void 0,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      ...finding.commit ? {
        commit: {
          sha: finding.commit.sha,
          author: finding.commit.author,
          email: finding.commit.email,
          date: finding.commit.date
        }
      } : {}
    },
    scan: { mode: context.mode, toolVersion: context.toolVersion },
    ...finding.verification ? { verification: finding.verification } : {}
  };
  return notice;
}
function stripUrlCredentials(remote) {
  const trimmed = remote.trim();
  try {
    const url = new URL(trimmed);
    if (url.protocol === "http:" || url.protocol === "https:" || url.protocol === "ssh:" || url.protocol === "git:") {
      url.username = "";
      url.password = "";
      return url.toString();
    }
  } catch {
  }
  return trimmed.replace(/^([^@/:]+):[^@/]*@/, "$1@");
}

// src/notify/sign.ts
import { createHmac, timingSafeEqual } from "node:crypto";
var SIGNATURE_HEADER = "X-Leakscan-Signature";
function signatureDigest(secret, timestamp, body) {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");
}
function signatureHeader(secret, body, timestamp = Math.floor(Date.now() / 1e3)) {
  return `t=${timestamp},v1=${signatureDigest(secret, timestamp, body)}`;
}

// src/notify/rotation.ts
async function repositoryUrl(cwd) {
  const remote = await originUrl(cwd);
  return remote ? stripUrlCredentials(remote) : void 0;
}
function findingsFor(target, findings) {
  return findings.filter(
    (finding) => wantsFinding(target, finding) && (target.kind !== "github-revoke" || isRevocableGithubToken(finding))
  );
}
function noticeKey(target, finding) {
  return target.kind === "github-revoke" ? finding.secretHash : idempotencyKey(finding.fingerprint);
}
function enqueueEvents(targets, findings, known, context) {
  const events = [];
  const seen = new Set(known.keys());
  for (const target of targets) {
    for (const finding of findingsFor(target, findings)) {
      const key = noticeKey(target, finding);
      const id = entryId({ target: target.name, key });
      if (seen.has(id)) continue;
      seen.add(id);
      const notice = buildNotice(finding, {
        ...context,
        includeSecret: target.kind === "webhook" && target.includeSecret
      });
      events.push({
        type: "enqueued",
        at: context.detectedAt.toISOString(),
        target: target.name,
        key,
        eventId: notice.eventId,
        ruleId: finding.ruleId,
        file: finding.file,
        line: finding.line,
        // The revocation API takes the token itself; a webhook gets the notice (raw only with includeSecret).
        body: target.kind === "github-revoke" ? finding.secret.reveal() : JSON.stringify(notice)
      });
    }
  }
  return events;
}
var now = () => (/* @__PURE__ */ new Date()).toISOString();
function emptyTally(target) {
  return { target, sent: 0, retried: 0, pending: 0, failed: 0, skipped: 0, notes: [] };
}
function settle(outbox, entries, report, tally) {
  const outcome = report.lastOutcome;
  tally.retried += report.attempts - 1;
  const events = entries.map((entry) => {
    const id = { target: entry.target, key: entry.key };
    if (report.state === "delivered")
      return { type: "delivered", at: now(), ...id, status: outcome.kind === "response" ? outcome.status : 0 };
    if (report.state === "failed") return { type: "failed", at: now(), ...id, reason: describeOutcome(outcome) };
    return { type: "attempted", at: now(), ...id, outcome: describeOutcome(outcome) };
  });
  outbox.append(events);
  tally[report.state === "delivered" ? "sent" : report.state] += entries.length;
}
async function deliverWebhook(outbox, target, entries, tally) {
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
      () => postOnce(
        {
          url: target.url,
          body: entry.body,
          headers: {
            // Signed at each attempt: the timestamp is when it was sent, so receivers can bound replays.
            [SIGNATURE_HEADER]: signatureHeader(secret, entry.body),
            "X-Leakscan-Event-Id": entry.eventId,
            "Idempotency-Key": entry.key,
            "X-Leakscan-Delivery-Attempt": String(attemptsBefore + ++attempt)
          }
        },
        target.policy
      ),
      target.policy,
      {
        onRetry: (outcome) => outbox.append([
          { type: "attempted", at: now(), target: entry.target, key: entry.key, outcome: describeOutcome(outcome) }
        ])
      }
    );
    settle(outbox, [entry], report, tally);
    if (report.state === "pending" && index < entries.length - 1) {
      const rest = entries.length - index - 1;
      tally.pending += rest;
      tally.notes.push(`${describeOutcome(report.lastOutcome)}: ${rest} more left pending without trying`);
      return;
    }
  }
}
async function deliverGithub(outbox, target, entries, tally) {
  const byToken = /* @__PURE__ */ new Map();
  for (const entry of entries) byToken.set(entry.body, [...byToken.get(entry.body) ?? [], entry]);
  const batches = revokeBatches([...byToken.keys()]);
  for (const [index, batch] of batches.entries()) {
    const report = await withRetries(() => postRevokeBatch(target, batch), target.policy, {
      onRetry: (outcome) => outbox.append(
        batch.flatMap((token) => byToken.get(token)).map((entry) => ({
          type: "attempted",
          at: now(),
          target: entry.target,
          key: entry.key,
          outcome: describeOutcome(outcome)
        }))
      )
    });
    settle(
      outbox,
      batch.flatMap((token) => byToken.get(token)),
      report,
      tally
    );
    if (report.state === "pending" || rateLimitExhausted(report.lastOutcome)) {
      const rest = batches.slice(index + 1).reduce((sum, b) => sum + b.length, 0);
      if (rest > 0) {
        tally.pending += rest;
        tally.notes.push(`GitHub rate limit or outage: ${rest} tokens left pending`);
      }
      return;
    }
  }
}
async function deliverPending(outbox, rotation, select = () => true) {
  return outbox.withLock(async () => {
    const quarantined = outbox.quarantineMalformed();
    const { entries } = outbox.read();
    const tallies = [];
    for (const target of rotation.targets) {
      const tally = emptyTally(target.name);
      const pending = [...entries.values()].filter(
        (entry) => entry.target === target.name && entry.state === "pending" && select(entry)
      );
      if (pending.length === 0) continue;
      if (target.kind === "webhook") await deliverWebhook(outbox, target, pending, tally);
      else await deliverGithub(outbox, target, pending, tally);
      tallies.push(tally);
    }
    if (quarantined > 0) {
      if (tallies.length === 0) tallies.push(emptyTally("outbox"));
      tallies[0].notes.push(`${quarantined} malformed outbox line(s) moved to ${outbox.quarantinePath}`);
    }
    if (outbox.holdsDeliveredBodies()) outbox.compact();
    return tallies;
  });
}
function outboxPath(rotation, cwd) {
  if (rotation.outbox === void 0) return join(stateDirectory(cwd), "outbox.jsonl");
  const path = resolve(cwd, rotation.outbox);
  checkNoLinkedDirectories(cwd, path, "the rotation outbox");
  return path;
}
function legacyOutboxNote(rotation, cwd) {
  if (rotation.outbox !== void 0) return void 0;
  try {
    if (!lstatSync(join(cwd, LEGACY_OUTBOX)).isFile()) return void 0;
  } catch {
    return void 0;
  }
  return `rotation: ${LEGACY_OUTBOX} is not read any more (the outbox now lives in ${stateDirectory(cwd)}, where a repository cannot plant one); if you wrote it, deliver what it holds with: leakscan rotate flush --outbox ${LEGACY_OUTBOX}`;
}
async function notifyFindings(findings, rotation, context, cwd, lockWaitMs = 1e4) {
  const outbox = new Outbox(outboxPath(rotation, cwd));
  if (rotation.targets.every((target) => findingsFor(target, findings).length === 0)) {
    const olderPending = [...outbox.read().entries.values()].filter((entry) => entry.state === "pending").length;
    return { tallies: [], olderPending };
  }
  try {
    return await outbox.withLock(() => enqueueAndDeliver(outbox, findings, rotation, context), lockWaitMs);
  } catch (error) {
    if (!(error instanceof OutboxBusyError)) throw error;
    const events = enqueueEvents(rotation.targets, findings, outbox.read().entries, context);
    outbox.append(events);
    const tallies = [...new Set(events.map((e) => e.target))].map((target) => ({
      ...emptyTally(target),
      pending: events.filter((e) => e.target === target).length,
      notes: [`${error.message}: queued, not sent`]
    }));
    return { tallies, olderPending: 0 };
  }
}
async function enqueueAndDeliver(outbox, findings, rotation, context) {
  const { entries } = outbox.read();
  outbox.append(enqueueEvents(rotation.targets, findings, entries, context));
  const thisScan = /* @__PURE__ */ new Set();
  const skipped = /* @__PURE__ */ new Map();
  for (const target of rotation.targets) {
    for (const finding of findingsFor(target, findings)) {
      const id = entryId({ target: target.name, key: noticeKey(target, finding) });
      if (thisScan.has(id)) continue;
      thisScan.add(id);
      const state = entries.get(id)?.state;
      if (state === "delivered" || state === "failed") skipped.set(target.name, (skipped.get(target.name) ?? 0) + 1);
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
    (entry) => entry.state === "pending" && !thisScan.has(entryId(entry))
  ).length;
  return { tallies, olderPending };
}
function dryRunText(findings, rotation, context, known, showSecrets) {
  const lines = [];
  for (const target of rotation.targets) {
    const wanted = findingsFor(target, findings);
    if (target.kind === "github-revoke") {
      const tokens = new Set(wanted.map((f) => f.secretHash));
      lines.push(
        `rotation dry run: would POST ${target.baseUrl}/credentials/revoke (target ${target.name}): ${tokens.size} token(s), in ${Math.ceil(tokens.size / 1e3)} request(s)`
      );
      for (const finding of wanted)
        lines.push(`  ${finding.secret.shown(showSecrets)}  ${finding.ruleId} ${finding.file}:${finding.line}`);
      continue;
    }
    const secret = process.env[target.secretEnv];
    for (const finding of wanted) {
      const state = known.get(entryId({ target: target.name, key: noticeKey(target, finding) }))?.state;
      const notice = buildNotice(finding, { ...context, includeSecret: target.includeSecret });
      const shown = showSecrets || !notice.secret.value ? notice : { ...notice, secret: { ...notice.secret, value: finding.secret.redacted } };
      const body = JSON.stringify(notice);
      lines.push(
        `rotation dry run: would POST ${target.url} (target ${target.name})${state ? ` \u2014 already ${state} in the outbox, would be skipped` : ""}`
      );
      lines.push(
        `  ${SIGNATURE_HEADER}: ${secret ? signatureHeader(secret, body) : `<cannot sign: ${target.secretEnv} is not set>`}`
      );
      lines.push(`  Idempotency-Key: ${notice.idempotencyKey}`);
      lines.push(
        ...JSON.stringify(shown, null, 2).split("\n").map((line) => `  ${line}`)
      );
    }
    if (wanted.length === 0)
      lines.push(`rotation dry run: nothing for target ${target.name} (no finding matches its filters)`);
  }
  return `${lines.join("\n")}
`;
}
function tallyLine(tallies, olderPending = 0, outboxFile) {
  const parts = tallies.map(
    (t) => `${t.target}: ${t.sent} sent, ${t.retried} retried, ${t.pending} pending, ${t.failed} failed${t.skipped ? `, ${t.skipped} already handled` : ""}`
  );
  const notes = tallies.flatMap((t) => t.notes.map((note) => `
  ${t.target}: ${note}`));
  const pending = tallies.reduce((sum, t) => sum + t.pending, 0) + olderPending;
  const hint = pending > 0 ? `
  ${pending} notice(s) pending${outboxFile ? ` in ${outboxFile}` : ""}: run 'leakscan rotate flush' to deliver them` : "";
  return `rotation: ${parts.length > 0 ? parts.join("; ") : "no notices to send"}${notes.join("")}${hint}`;
}

export {
  repositoryUrl,
  findingsFor,
  noticeKey,
  enqueueEvents,
  deliverPending,
  outboxPath,
  legacyOutboxNote,
  notifyFindings,
  dryRunText,
  tallyLine
};
