import { parseRepo } from './repo-url.js';
import { type FleetRepo, FleetError } from './types.js';

export interface GitHubListing {
  /** Exactly one of org and user. */
  org?: string | undefined;
  user?: string | undefined;
  /** `https://api.github.com`, or a GitHub Enterprise Server's `https://host/api/v3`. */
  apiUrl: string;
  token?: string | undefined;
  includeArchived: boolean;
  includeForks: boolean;
  log: (line: string) => void;
  /** Longest wait for a rate limit to reset before giving up (ms). */
  maxWaitMs?: number | undefined;
}

interface ApiRepo {
  clone_url?: unknown;
  archived?: unknown;
  fork?: unknown;
}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,98}[A-Za-z0-9])?$/;
const RETRIES = 5;

/**
 * Every repository of an organisation or a user, through the GitHub REST API: 100 a page, following the
 * `Link: rel="next"` header (only to the same origin as the API, so the token never goes elsewhere), waiting
 * out a rate limit (`Retry-After`, or `X-RateLimit-Remaining: 0` until `X-RateLimit-Reset`). Archived
 * repositories and forks are left out unless asked for. Each `clone_url` is checked like a line of --repos.
 */
export async function listGitHubRepos(listing: GitHubListing): Promise<FleetRepo[]> {
  const owner = listing.org ?? listing.user ?? '';
  if (!OWNER.test(owner)) throw new FleetError(`not a GitHub organisation or user name: '${owner.slice(0, 100)}'`);
  const api = new URL(listing.apiUrl.replace(/\/+$/, ''));
  const path = listing.org ? `orgs/${owner}/repos?type=all` : `users/${owner}/repos?type=owner`;
  let next: URL | undefined = new URL(`${api.pathname.replace(/\/$/, '')}/${path}&per_page=100`, api);
  const repos: FleetRepo[] = [];
  let skipped = 0;
  while (next) {
    const response = await getWithRateLimit(next, listing);
    const page = (await response.json()) as unknown;
    if (!Array.isArray(page)) throw new FleetError(`GitHub API ${next.pathname}: expected a list of repositories`);
    for (const entry of page as ApiRepo[]) {
      if ((entry.archived === true && !listing.includeArchived) || (entry.fork === true && !listing.includeForks)) {
        skipped += 1;
        continue;
      }
      try {
        repos.push(parseRepo(String(entry.clone_url ?? '')));
      } catch (error) {
        listing.log(`skipped a repository the API listed: ${(error as Error).message}`);
      }
    }
    next = nextPage(response.headers.get('link'), api);
  }
  listing.log(
    `GitHub: ${repos.length} repositories of ${owner}${skipped > 0 ? ` (${skipped} archived or forks left out)` : ''}`,
  );
  return repos;
}

async function getWithRateLimit(url: URL, listing: GitHubListing): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
          'user-agent': 'leakscan-fleet',
          ...(listing.token ? { authorization: `Bearer ${listing.token}` } : {}),
        },
        redirect: 'error',
      });
    } catch (error) {
      throw new FleetError(`cannot reach the GitHub API at ${url.origin}: ${(error as Error).message}`);
    }
    if (response.ok) return response;
    const wait = rateLimitWait(response);
    if (wait !== undefined && attempt < RETRIES && wait <= (listing.maxWaitMs ?? 15 * 60_000)) {
      listing.log(`GitHub rate limit: waiting ${Math.ceil(wait / 1000)} s`);
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, wait));
      continue;
    }
    const text = (await response.text()).replace(/[^\x20-\x7e]+/g, ' ').slice(0, 200);
    throw new FleetError(
      `GitHub API ${url.pathname}: ${response.status}${wait !== undefined ? ' (rate limited)' : ''}: ${text}`,
    );
  }
}

/** How long to wait before retrying, when the answer is a rate limit; undefined otherwise. */
function rateLimitWait(response: Response): number | undefined {
  if (response.status !== 403 && response.status !== 429) return undefined;
  const retryAfter = Number(response.headers.get('retry-after'));
  if (response.headers.has('retry-after') && Number.isFinite(retryAfter)) return Math.max(0, retryAfter * 1000);
  if (response.headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(response.headers.get('x-ratelimit-reset')) * 1000;
    return Number.isFinite(reset) ? Math.max(0, reset - Date.now()) + 1000 : undefined;
  }
  return undefined;
}

/** The `rel="next"` URL of a Link header, when it is on the API's own origin. */
function nextPage(link: string | null, api: URL): URL | undefined {
  const match = link ? /<([^>]+)>\s*;\s*rel="next"/.exec(link) : null;
  if (!match) return undefined;
  const url = new URL(match[1] as string, api);
  if (url.origin !== api.origin)
    throw new FleetError(`GitHub API: refusing a next page on another origin (${url.origin})`);
  return url;
}
