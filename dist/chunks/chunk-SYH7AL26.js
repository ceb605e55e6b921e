import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

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
function parseRetryAfter(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
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
function decide(outcome, retriesDone, policy, now = Date.now(), random = Math.random) {
  if (outcome.kind === "response" && outcome.status >= 200 && outcome.status < 300) return { action: "delivered" };
  if (!isRetryable(outcome)) return { action: "stop", state: "failed" };
  if (retriesDone >= policy.retries) return { action: "stop", state: "pending" };
  const retryAfter = outcome.kind === "response" ? parseRetryAfter(outcome.retryAfter, now) : void 0;
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
  return new Promise((resolve) => {
    let settled = false;
    const timers = [];
    const finish = (outcome) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      resolve(outcome);
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
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
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

export {
  describeOutcome,
  parseRetryAfter,
  postOnce,
  withRetries
};
