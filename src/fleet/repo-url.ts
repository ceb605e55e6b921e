import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { SCP_LIKE } from '../sources/remote-clone.js';
import { type FleetRepo, FleetError } from './types.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const SCHEMES = new Set(['https:', 'http:', 'ssh:', 'git:', 'file:']);

/**
 * Checks one repository address from a list or an API answer and names it. Accepted: `https`, `http`, `ssh`,
 * `git` and `file` URLs, `user@host:path`, absolute paths. Refused: anything starting with `-` (an option to
 * git), control characters, other transports (`ext::` runs a command). The name is the address without
 * user name, password or token, so neither reports nor Redis keys nor job ids ever hold a credential.
 */
export function parseRepo(address: string): FleetRepo {
  const url = address.trim();
  const shown = url.replace(CONTROL, '?').slice(0, 200);
  if (url === '' || url.startsWith('-') || CONTROL.test(url))
    throw new FleetError(`not a repository address: '${shown}' (empty, starts with '-' or holds control characters)`);
  if (isAbsolute(url)) return { url, name: url };
  if (SCP_LIKE.test(url)) return { url, name: url.replace(/^[^@]+@/, '') };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FleetError(`not a repository address: '${stripCredentials(shown)}' (use a URL or an absolute path)`);
  }
  if (!SCHEMES.has(parsed.protocol))
    throw new FleetError(
      `not a repository address: '${stripCredentials(shown)}' (transport ${parsed.protocol.replace(/:$/, '')} is not allowed: https, http, ssh, git, file)`,
    );
  return { url, name: stripCredentials(url) };
}

/** The address without `user:password@` (a token in a URL is a secret too). */
export function stripCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//');
  }
}

/** A file or directory name for a repository: readable, bounded, unique (a hash of the full name). */
export function storageName(name: string): string {
  const readable = name
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(-60);
  return `${readable || 'repo'}-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}

/** Reads a repository list: one address a line; blank lines and `#` comments skipped. Errors name the line. */
export function parseRepoList(text: string, file: string): FleetRepo[] {
  const repos = new Map<string, FleetRepo>();
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    try {
      const repo = parseRepo(trimmed);
      if (!repos.has(repo.name)) repos.set(repo.name, repo);
    } catch (error) {
      throw new FleetError(`${file}:${index + 1}: ${(error as Error).message}`);
    }
  });
  return [...repos.values()];
}
