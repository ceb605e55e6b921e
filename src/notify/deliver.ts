import http from 'node:http';
import https from 'node:https';
import type { DeliveryPolicy } from './rotation-config.js';

/** What one HTTP attempt came to. Never throws: every failure is an outcome the retry policy can judge. */
export type Outcome =
  | { kind: 'response'; status: number; retryAfter?: string; rateLimitRemaining?: string; rateLimitReset?: string }
  | { kind: 'network-error'; message: string }
  | { kind: 'timeout'; phase: 'connect' | 'total' }
  | { kind: 'redirect-refused'; status: number; location: string };

export type Decision =
  | { action: 'delivered' }
  | { action: 'retry'; delayMs: number }
  /** `pending`: worth trying again later (`rotate flush`); `failed`: the receiver refused it, retrying cannot help. */
  | { action: 'stop'; state: 'pending' | 'failed' };

const MAX_SAME_ORIGIN_REDIRECTS = 3;
const MAX_RESPONSE_BYTES = 64 * 1024;

export function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'response':
      return `HTTP ${outcome.status}`;
    case 'network-error':
      return `network error: ${outcome.message}`;
    case 'timeout':
      return outcome.phase === 'connect' ? 'connect timeout' : 'timeout waiting for the response';
    case 'redirect-refused':
      return `redirect (${outcome.status}) to ${outcome.location} not followed`;
  }
}

/** `Retry-After: 120` or an HTTP date → milliseconds from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries from many runs spread out. */
export function backoffDelay(retryIndex: number, policy: DeliveryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** retryIndex);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

function isRetryable(outcome: Outcome): boolean {
  if (outcome.kind === 'network-error' || outcome.kind === 'timeout') return true;
  if (outcome.kind === 'redirect-refused') return false;
  return outcome.status >= 500 || outcome.status === 408 || outcome.status === 429;
}

/**
 * The retry policy, pure so tests can drive it: 2xx delivers; network errors, timeouts, 5xx, 408 and 429 retry
 * (after Retry-After when the server gives one) until the budget is spent, then stay pending; any other status
 * and a refused redirect fail for good. `retriesDone` counts retries already made after the first attempt.
 */
export function decide(
  outcome: Outcome,
  retriesDone: number,
  policy: DeliveryPolicy,
  now: number = Date.now(),
  random: () => number = Math.random,
): Decision {
  if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) return { action: 'delivered' };
  if (!isRetryable(outcome)) return { action: 'stop', state: 'failed' };
  if (retriesDone >= policy.retries) return { action: 'stop', state: 'pending' };
  const retryAfter = outcome.kind === 'response' ? parseRetryAfter(outcome.retryAfter, now) : undefined;
  if (retryAfter !== undefined) {
    // A receiver asking for a long pause gets it: the notice waits in the outbox instead of blocking the scan.
    if (retryAfter > policy.maxRetryAfterMs) return { action: 'stop', state: 'pending' };
    return { action: 'retry', delayMs: retryAfter };
  }
  return { action: 'retry', delayMs: backoffDelay(retriesDone, policy, random) };
}

export interface Request {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** One POST, with a connect timeout and a total timeout; follows 307/308 only to the same origin. */
export async function postOnce(request: Request, policy: DeliveryPolicy): Promise<Outcome> {
  let url = new URL(request.url);
  for (let hop = 0; ; hop++) {
    const outcome = await postTo(url, request, policy);
    if (outcome.kind !== 'redirect-refused') return outcome;
    const next = new URL(outcome.location, url);
    // Only a method-preserving redirect on the same origin (scheme, host, port) is followed: the signed body
    // must never be handed to a host the user did not configure, nor downgraded to plain HTTP.
    const followable =
      (outcome.status === 307 || outcome.status === 308) &&
      next.origin === url.origin &&
      hop < MAX_SAME_ORIGIN_REDIRECTS;
    if (!followable) return { ...outcome, location: next.origin === url.origin ? next.pathname : next.origin };
    url = next;
  }
}

function postTo(url: URL, request: Request, policy: DeliveryPolicy): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (outcome: Outcome): void => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      resolve(outcome);
    };
    const client = url.protocol === 'https:' ? https : http;
    const body = Buffer.from(request.body, 'utf8');
    const req = client.request(url, {
      method: 'POST',
      // No keep-alive pool: each attempt gets a fresh connection, and nothing keeps the process alive afterwards.
      agent: false,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(body.length),
        'User-Agent': 'leakscan',
        ...request.headers,
      },
    });
    const abort = (phase: 'connect' | 'total'): void => {
      finish({ kind: 'timeout', phase });
      req.destroy();
    };
    timers.push(setTimeout(() => abort('total'), policy.timeoutMs));
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      const connectTimer = setTimeout(() => abort('connect'), policy.connectTimeoutMs);
      timers.push(connectTimer);
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (error) =>
      finish({ kind: 'network-error', message: (error as NodeJS.ErrnoException).code ?? error.message }),
    );
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        finish({ kind: 'redirect-refused', status, location });
        req.destroy();
        return;
      }
      const retryAfter = res.headers['retry-after'];
      const rateLimitRemaining = header(res.headers['x-ratelimit-remaining']);
      const rateLimitReset = header(res.headers['x-ratelimit-reset']);
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_RESPONSE_BYTES) res.destroy();
      });
      const done = (): void =>
        finish({
          kind: 'response',
          status,
          ...(retryAfter ? { retryAfter } : {}),
          ...(rateLimitRemaining ? { rateLimitRemaining } : {}),
          ...(rateLimitReset ? { rateLimitReset } : {}),
        });
      res.on('end', done);
      res.on('close', done);
      res.on('error', done);
    });
    req.end(body);
  });
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export interface DeliveryReport {
  state: 'delivered' | 'pending' | 'failed';
  attempts: number;
  lastOutcome: Outcome;
}

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** Called after each attempt that will be retried, e.g. to journal it. */
  onRetry?: (outcome: Outcome, delayMs: number) => void;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends until the policy says stop. `send` is one attempt (a POST, or a batch for the GitHub target). */
export async function withRetries(
  send: () => Promise<Outcome>,
  policy: DeliveryPolicy,
  hooks: RetryHooks = {},
): Promise<DeliveryReport> {
  const sleep = hooks.sleep ?? realSleep;
  for (let retriesDone = 0; ; retriesDone++) {
    const outcome = await send();
    const decision = decide(outcome, retriesDone, policy, (hooks.now ?? Date.now)(), hooks.random);
    if (decision.action === 'delivered') return { state: 'delivered', attempts: retriesDone + 1, lastOutcome: outcome };
    if (decision.action === 'stop') return { state: decision.state, attempts: retriesDone + 1, lastOutcome: outcome };
    hooks.onRetry?.(outcome, decision.delayMs);
    await sleep(decision.delayMs);
  }
}
