import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  Outbox,
  OutboxBusyError,
  entryId
} from "./chunk-5C42RKGV.js";
import {
  originUrl
} from "./chunk-K6UU3W6D.js";
import {
  LEGACY_OUTBOX,
  wantsFinding
} from "./chunk-7ADP4NDB.js";
import {
  checkNoLinkedDirectories
} from "./chunk-Z2QTASWP.js";

// src/notify/rotation.ts
import { lstatSync } from "node:fs";
import { join as join2, resolve } from "node:path";

// src/notify/deliver.ts
import http from "node:http";
import https from "node:https";
var MAX_SAME_ORIGIN_REDIRECTS = 3;
var MAX_RESPONSE_BYTES = 64 * 1024;
function describeOutcome(outcome) {
  switch (outcome.kind) {
    case "response":
      return `HTTP ${outcome.status}`;
    case "network-error":
      return `network error: ${outcome.message}`;
    case "timeout":
      return outcome.phase === "connect" ? "connect timeout" : "timeout waiting for the response";
    case "redirect-refused":
      return `redirect (${outcome.status}) to ${outcome.location} not followed`;
  }
}
function parseRetryAfter(value, now2 = Date.now()) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now2);
}
function backoffDelay(retryIndex, policy, random = Math.random) {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** retryIndex);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
function isRetryable(outcome) {
  if (outcome.kind === "network-error" || outcome.kind === "timeout") return true;
  if (outcome.kind === "redirect-refused") return false;
  return outcome.status >= 500 || outcome.status === 408 || outcome.status === 429;
}
function decide(outcome, retriesDone, policy, now2 = Date.now(), random = Math.random) {
  if (outcome.kind === "response" && outcome.status >= 200 && outcome.status < 300) return { action: "delivered" };
  if (!isRetryable(outcome)) return { action: "stop", state: "failed" };
  if (retriesDone >= policy.retries) return { action: "stop", state: "pending" };
  const retryAfter = outcome.kind === "response" ? parseRetryAfter(outcome.retryAfter, now2) : void 0;
  if (retryAfter !== void 0) {
    if (retryAfter > policy.maxRetryAfterMs) return { action: "stop", state: "pending" };
    return { action: "retry", delayMs: retryAfter };
  }
  return { action: "retry", delayMs: backoffDelay(retriesDone, policy, random) };
}
async function postOnce(request, policy) {
  let url = new URL(request.url);
  for (let hop = 0; ; hop++) {
    const outcome = await postTo(url, request, policy);
    if (outcome.kind !== "redirect-refused") return outcome;
    const next = new URL(outcome.location, url);
    const followable = (outcome.status === 307 || outcome.status === 308) && next.origin === url.origin && hop < MAX_SAME_ORIGIN_REDIRECTS;
    if (!followable) return { ...outcome, location: next.origin === url.origin ? next.pathname : next.origin };
    url = next;
  }
}
function postTo(url, request, policy) {
  return new Promise((resolve2) => {
    let settled = false;
    const timers = [];
    const finish = (outcome) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      resolve2(outcome);
    };
    const client = url.protocol === "https:" ? https : http;
    const body = Buffer.from(request.body, "utf8");
    const req = client.request(url, {
      method: "POST",
      // No keep-alive pool: each attempt gets a fresh connection, and nothing keeps the process alive afterwards.
      agent: false,
      headers: {
        "Content-Type": "application/json",
        "Content-Length": String(body.length),
        "User-Agent": "leakscan",
        ...request.headers
      }
    });
    const abort = (phase) => {
      finish({ kind: "timeout", phase });
      req.destroy();
    };
    timers.push(setTimeout(() => abort("total"), policy.timeoutMs));
    req.on("socket", (socket) => {
      if (!socket.connecting) return;
      const connectTimer = setTimeout(() => abort("connect"), policy.connectTimeoutMs);
      timers.push(connectTimer);
      socket.once("connect", () => clearTimeout(connectTimer));
    });
    req.on(
      "error",
      (error) => finish({ kind: "network-error", message: error.code ?? error.message })
    );
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        finish({ kind: "redirect-refused", status, location });
        req.destroy();
        return;
      }
      const retryAfter = res.headers["retry-after"];
      const rateLimitRemaining = header(res.headers["x-ratelimit-remaining"]);
      const rateLimitReset = header(res.headers["x-ratelimit-reset"]);
      let received = 0;
      res.on("data", (chunk) => {
        received += chunk.length;
        if (received > MAX_RESPONSE_BYTES) res.destroy();
      });
      const done = () => finish({
        kind: "response",
        status,
        ...retryAfter ? { retryAfter } : {},
        ...rateLimitRemaining ? { rateLimitRemaining } : {},
        ...rateLimitReset ? { rateLimitReset } : {}
      });
      res.on("end", done);
      res.on("close", done);
      res.on("error", done);
    });
    req.end(body);
  });
}
function header(value) {
  return Array.isArray(value) ? value[0] : value;
}
var realSleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
async function withRetries(send, policy, hooks = {}) {
  const sleep = hooks.sleep ?? realSleep;
  for (let retriesDone = 0; ; retriesDone++) {
    const outcome = await send();
    const decision = decide(outcome, retriesDone, policy, (hooks.now ?? Date.now)(), hooks.random);
    if (decision.action === "delivered") return { state: "delivered", attempts: retriesDone + 1, lastOutcome: outcome };
    if (decision.action === "stop") return { state: decision.state, attempts: retriesDone + 1, lastOutcome: outcome };
    hooks.onRetry?.(outcome, decision.delayMs);
    await sleep(decision.delayMs);
  }
}

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
    scan: { mode: context.mode, toolVersion: context.toolVersion }
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

// src/state/state-dir.ts
import { createHash as createHash2 } from "node:crypto";
import { realpathSync } from "node:fs";
import { homedir } from "node:os";
import { basename, isAbsolute, join } from "node:path";
function stateDirectory(cwd, env = process.env) {
  const configured = env.XDG_STATE_HOME;
  const base = configured && isAbsolute(configured) ? configured : join(homedir(), ".local", "state");
  let root = cwd;
  try {
    root = realpathSync(cwd);
  } catch {
  }
  const name = basename(root).replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40) || "root";
  return join(base, "leakscan", `${name}-${createHash2("sha256").update(root).digest("hex").slice(0, 16)}`);
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
  if (rotation.outbox === void 0) return join2(stateDirectory(cwd), "outbox.jsonl");
  const path = resolve(cwd, rotation.outbox);
  checkNoLinkedDirectories(cwd, path, "the rotation outbox");
  return path;
}
function legacyOutboxNote(rotation, cwd) {
  if (rotation.outbox !== void 0) return void 0;
  try {
    if (!lstatSync(join2(cwd, LEGACY_OUTBOX)).isFile()) return void 0;
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
