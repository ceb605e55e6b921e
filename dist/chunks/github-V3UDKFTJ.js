import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  parseRepo
} from "./chunk-ZPCCOC2D.js";
import {
  FleetError
} from "./chunk-MFF7ALV6.js";
import "./chunk-OBGJFIS4.js";
import "./chunk-A5CIQFFQ.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/fleet/github.ts
var OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,98}[A-Za-z0-9])?$/;
var RETRIES = 5;
async function listGitHubRepos(listing) {
  const owner = listing.org ?? listing.user ?? "";
  if (!OWNER.test(owner)) throw new FleetError(`not a GitHub organisation or user name: '${owner.slice(0, 100)}'`);
  const api = new URL(listing.apiUrl.replace(/\/+$/, ""));
  const path = listing.org ? `orgs/${owner}/repos?type=all` : `users/${owner}/repos?type=owner`;
  let next = new URL(`${api.pathname.replace(/\/$/, "")}/${path}&per_page=100`, api);
  const repos = [];
  let skipped = 0;
  while (next) {
    const response = await getWithRateLimit(next, listing);
    const page = await response.json();
    if (!Array.isArray(page)) throw new FleetError(`GitHub API ${next.pathname}: expected a list of repositories`);
    for (const entry of page) {
      if (entry.archived === true && !listing.includeArchived || entry.fork === true && !listing.includeForks) {
        skipped += 1;
        continue;
      }
      try {
        repos.push(parseRepo(String(entry.clone_url ?? "")));
      } catch (error) {
        listing.log(`skipped a repository the API listed: ${error.message}`);
      }
    }
    next = nextPage(response.headers.get("link"), api);
  }
  listing.log(
    `GitHub: ${repos.length} repositories of ${owner}${skipped > 0 ? ` (${skipped} archived or forks left out)` : ""}`
  );
  return repos;
}
async function getWithRateLimit(url, listing) {
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch(url, {
        headers: {
          accept: "application/vnd.github+json",
          "x-github-api-version": "2022-11-28",
          "user-agent": "leakscan-fleet",
          ...listing.token ? { authorization: `Bearer ${listing.token}` } : {}
        },
        redirect: "error"
      });
    } catch (error) {
      throw new FleetError(`cannot reach the GitHub API at ${url.origin}: ${error.message}`);
    }
    if (response.ok) return response;
    const wait = rateLimitWait(response);
    if (wait !== void 0 && attempt < RETRIES && wait <= (listing.maxWaitMs ?? 15 * 6e4)) {
      listing.log(`GitHub rate limit: waiting ${Math.ceil(wait / 1e3)} s`);
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, wait));
      continue;
    }
    const text = (await response.text()).replace(/[^\x20-\x7e]+/g, " ").slice(0, 200);
    throw new FleetError(
      `GitHub API ${url.pathname}: ${response.status}${wait !== void 0 ? " (rate limited)" : ""}: ${text}`
    );
  }
}
function rateLimitWait(response) {
  if (response.status !== 403 && response.status !== 429) return void 0;
  const retryAfter = Number(response.headers.get("retry-after"));
  if (response.headers.has("retry-after") && Number.isFinite(retryAfter)) return Math.max(0, retryAfter * 1e3);
  if (response.headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(response.headers.get("x-ratelimit-reset")) * 1e3;
    return Number.isFinite(reset) ? Math.max(0, reset - Date.now()) + 1e3 : void 0;
  }
  return void 0;
}
function nextPage(link, api) {
  const match = link ? /<([^>]+)>\s*;\s*rel="next"/.exec(link) : null;
  if (!match) return void 0;
  const url = new URL(match[1], api);
  if (url.origin !== api.origin)
    throw new FleetError(`GitHub API: refusing a next page on another origin (${url.origin})`);
  return url;
}
export {
  listGitHubRepos
};
