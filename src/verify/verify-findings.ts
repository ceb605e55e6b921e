import { createHash } from 'node:crypto';
import type { Finding } from '../findings/finding.js';
import { canaryReason } from './canary.js';
import { classifyResponse } from './classify.js';
import { DiskCache } from './disk-cache.js';
import { parseRetryAfter } from '../notify/deliver.js';
import { HostLimiter, HostPaused } from './host-limiter.js';
import { loadVerifiers } from './load-verifiers.js';
import { describePlan, planRequest } from './plan-request.js';
import { proxyFor, SendFailure, sendRequest, type Response } from './send-request.js';
import { type Verification, verificationRank } from './verification.js';
import type { VerifierDefinition } from './verifier-definition.js';

/** A Retry-After up to this long is waited out (once); a longer one makes the host's keys `unknown`. */
const MAX_RETRY_WAIT_MS = 10_000;
const PER_HOST_CONCURRENCY = 2;
const PER_HOST_INTERVAL_MS = 100;

/** How `--verify` runs (CLI flags, config `verify:`). */
export interface VerifyOptions {
  /** At most this many requests for the whole run (`--verify-budget`). */
  budget: number;
  timeoutMs: number;
  /** `--verify-allow-internal`: requests may reach loopback and private addresses. */
  allowInternal: boolean;
  /** `--verify-endpoint ID=URL`: the verifier's (or rule's) scheme, host and port replaced. */
  endpoints: ReadonlyMap<string, URL>;
  /** Keep answers on disk this long (ms) in `cacheDir`; 0: memory only, for this run. */
  cacheTtlMs: number;
  cacheDir?: string | undefined;
  /** `--explain`: each request, the key masked, and its outcome. */
  log?: ((line: string) => void) | undefined;
  env?: NodeJS.ProcessEnv | undefined;
}

export interface VerifyRun {
  /** The findings, each with `verification`, live first. */
  findings: Finding[];
  /** Requests sent (retries included). */
  requests: number;
}

/** Test-only: every request goes to this local origin, the vendor host kept in the Host header. */
export const TEST_ORIGIN_ENV = 'LEAKSCAN_VERIFY_TEST_ORIGIN';

/**
 * The verification stage, between findings and reporters: one request per distinct key (the run's cache is keyed
 * by a hash of verifier and key), to the vendor's own host only, within the budget and each host's pace.
 */
export async function verifyFindings(findings: readonly Finding[], options: VerifyOptions): Promise<VerifyRun> {
  const verifiers = await loadVerifiers();
  const byRule = new Map<string, VerifierDefinition>();
  for (const verifier of verifiers) for (const rule of verifier.rules) byRule.set(rule, verifier);
  const session = new Session(options);
  const verified = await Promise.all(
    findings.map(async (finding): Promise<Finding> => {
      const verifier = byRule.get(finding.ruleId);
      const verification: Verification = verifier
        ? await session.verify(verifier, finding)
        : { state: 'unknown', reason: `no verifier for ${finding.ruleId}`, checkedAt: new Date().toISOString() };
      return { ...finding, verification };
    }),
  );
  session.save();
  // Stable: live first, then unknown, invalid; the scan's order within each.
  const sorted = verified
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        verificationRank(a.finding.verification) - verificationRank(b.finding.verification) || a.index - b.index,
    )
    .map(({ finding }) => finding);
  return { findings: sorted, requests: session.requests };
}

class Session {
  requests = 0;
  readonly #answers = new Map<string, Promise<Verification>>();
  readonly #limiter = new HostLimiter(PER_HOST_CONCURRENCY, PER_HOST_INTERVAL_MS);
  readonly #disk: DiskCache | undefined;
  readonly #testOrigin: URL | undefined;

  constructor(private readonly options: VerifyOptions) {
    this.#disk =
      options.cacheTtlMs > 0 && options.cacheDir ? new DiskCache(options.cacheDir, options.cacheTtlMs) : undefined;
    const origin = (options.env ?? process.env)[TEST_ORIGIN_ENV];
    this.#testOrigin = origin ? new URL(origin) : undefined;
  }

  verify(verifier: VerifierDefinition, finding: Finding): Promise<Verification> {
    const secret = finding.secret.reveal();
    const id = finding.pairedWith?.secret.reveal();
    const key = createHash('sha256')
      .update(`${verifier.id}\0${secret}\0${id ?? ''}`)
      .digest('hex');
    let answer = this.#answers.get(key);
    if (!answer) {
      answer = this.#check(verifier, secret, id, key).then((result) => ({ ...result, verifier: verifier.id }));
      this.#answers.set(key, answer);
    }
    return answer;
  }

  save(): void {
    this.#disk?.save();
  }

  async #check(
    verifier: VerifierDefinition,
    secret: string,
    id: string | undefined,
    key: string,
  ): Promise<Verification> {
    const now = (): string => new Date().toISOString();
    const unknown = (reason: string): Verification => ({ state: 'unknown', reason, checkedAt: now() });
    const cached = this.#disk?.get(key);
    if (cached) return { ...cached, reason: `${cached.reason} (cached)` };
    const canary = canaryReason(secret, id);
    if (canary) return unknown(canary);
    const endpoint = this.options.endpoints.get(verifier.id) ?? this.#endpointForRules(verifier);
    const planned = planRequest(verifier, { secret, id, endpoint });
    if ('refused' in planned) return unknown(`not checked: ${planned.refused}`);
    const host = planned.url.hostname;
    let response: Response | undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      const paused = this.#limiter.pausedUntil(host) - Date.now();
      if (paused > MAX_RETRY_WAIT_MS)
        return unknown(`not checked: ${host} asked to wait ${Math.ceil(paused / 1000)}s (Retry-After)`);
      if (this.requests >= this.options.budget)
        return unknown(`not checked: the request budget of ${this.options.budget} is used up (--verify-budget)`);
      this.requests++; // reserved now, so concurrent keys cannot overrun the budget
      try {
        response = await this.#limiter.run(host, MAX_RETRY_WAIT_MS, () => {
          this.options.log?.(`verify: ${verifier.id}: ${describePlan(planned)}`);
          return sendRequest(planned, {
            timeoutMs: this.options.timeoutMs,
            allowInternal: this.options.allowInternal,
            proxy: proxyFor(host, this.options.env),
            testOrigin: this.#testOrigin,
          });
        });
      } catch (error) {
        if (error instanceof HostPaused) {
          this.requests--; // queued, never sent
          return unknown(`not checked: ${host} ${error.message}`);
        }
        const reason = error instanceof SendFailure ? error.message : `request failed: ${(error as Error).message}`;
        this.options.log?.(`verify: ${verifier.id}: unknown (${reason})`);
        return unknown(`${host}: ${reason}`);
      }
      if (response.status !== 429) break;
      const wait = parseRetryAfter(response.headers['retry-after']);
      if (wait === undefined) break;
      this.#limiter.pause(host, Date.now() + wait);
      if (wait > MAX_RETRY_WAIT_MS) break;
    }
    if (!response) return unknown('no response');
    const outcome = classifyResponse(verifier, host, response);
    const retryAfter = response.status === 429 ? response.headers['retry-after'] : undefined;
    const verification: Verification = {
      state: outcome.state,
      reason: retryAfter ? `${outcome.reason} (Retry-After ${String(retryAfter)})` : outcome.reason,
      checkedAt: now(),
    };
    this.options.log?.(`verify: ${verifier.id}: ${verification.state} (${verification.reason})`);
    this.#disk?.set(key, verification);
    return verification;
  }

  #endpointForRules(verifier: VerifierDefinition): URL | undefined {
    for (const rule of verifier.rules) {
      const endpoint = this.options.endpoints.get(rule);
      if (endpoint) return endpoint;
    }
    return undefined;
  }
}

/** Every host a `--verify` run may contact (for an egress allowlist), with the verifier that calls it. */
export async function verifierHosts(endpoints: ReadonlyMap<string, URL> = new Map()): Promise<string[]> {
  const lines: string[] = [];
  for (const verifier of await loadVerifiers()) {
    const override = endpoints.get(verifier.id) ?? verifier.rules.map((rule) => endpoints.get(rule)).find(Boolean);
    const hosts = override ? [override.host] : verifier.hosts;
    for (const host of hosts) lines.push(`${host}\t${verifier.id}\t${verifier.vendor}`);
  }
  return lines;
}
