import type { Finding } from '../findings/finding.js';
import { postOnce, type Outcome } from './deliver.js';
import type { GithubRevokeTarget } from './rotation-config.js';

/**
 * GitHub's credential revocation API (docs.github.com/en/rest/credentials/revoke): POST /credentials/revoke with
 * `{"credentials": [...]}`, up to 1000 tokens a request, unauthenticated (an authenticated request gets 403),
 * 60 requests an hour, 202 when accepted. The token owner is notified. It needs the raw token, which is why
 * this target is opt-in.
 */
export const REVOKE_BATCH_SIZE = 1000;
export const REVOKE_PATH = '/credentials/revoke';
const REVOCABLE_PREFIXES = ['ghp_', 'github_pat_', 'gho_', 'ghu_', 'ghr_'];

export function isRevocableGithubToken(finding: Pick<Finding, 'secret'>): boolean {
  const token = finding.secret.reveal();
  return REVOCABLE_PREFIXES.some((prefix) => token.startsWith(prefix));
}

export function revokeBatches(tokens: readonly string[]): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < tokens.length; i += REVOKE_BATCH_SIZE) batches.push(tokens.slice(i, i + REVOKE_BATCH_SIZE));
  return batches;
}

/**
 * GitHub reports an exhausted rate limit as 403 or 429 with `x-ratelimit-remaining: 0` and the reset time in
 * `x-ratelimit-reset` (epoch seconds): seen as a 429 with Retry-After, the shared retry policy handles it.
 */
export function normalizeRateLimit(outcome: Outcome, now: number = Date.now()): Outcome {
  if (outcome.kind !== 'response' || (outcome.status !== 403 && outcome.status !== 429)) return outcome;
  if (outcome.rateLimitRemaining !== '0' && outcome.status === 403) return outcome;
  if (outcome.retryAfter) return { ...outcome, status: 429 };
  const reset = Number(outcome.rateLimitReset);
  const seconds = Number.isFinite(reset) && reset > 0 ? Math.max(1, Math.ceil(reset - now / 1000)) : 60;
  return { ...outcome, status: 429, retryAfter: String(seconds) };
}

export async function postRevokeBatch(target: GithubRevokeTarget, tokens: string[]): Promise<Outcome> {
  const outcome = await postOnce(
    {
      url: `${target.baseUrl}${REVOKE_PATH}`,
      body: JSON.stringify({ credentials: tokens }),
      headers: { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' },
    },
    target.policy,
  );
  return normalizeRateLimit(outcome);
}

/** After a batch: whether the hourly budget is spent, so the rest waits in the outbox instead of being refused. */
export function rateLimitExhausted(outcome: Outcome): boolean {
  return outcome.kind === 'response' && outcome.rateLimitRemaining === '0';
}
