import { UsageError } from '../errors.js';
import { stateDirectory } from '../state/state-dir.js';
import type { VerifyOptions } from '../verify/verify-findings.js';

// Here, not in verify-findings.ts: importing that module loads http, https, tls and dns, which the pre-commit
// hook (every command reads its flags through this file) must not pay for.
const DEFAULT_VERIFY_BUDGET = 200;
const DEFAULT_VERIFY_TIMEOUT_MS = 10_000;

export interface VerifyArgs {
  verify?: boolean | undefined;
  'verify-budget'?: string | undefined;
  'verify-timeout'?: string | undefined;
  'verify-allow-internal'?: boolean | undefined;
  'verify-endpoint'?: string | string[] | undefined;
  'verify-cache-ttl'?: string | undefined;
  explain?: boolean | undefined;
}

/** `ID=URL` pairs from `--verify-endpoint` (repeatable). */
export function parseEndpoints(value: string | string[] | undefined): Map<string, URL> {
  const endpoints = new Map<string, URL>();
  for (const entry of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
    const at = entry.indexOf('=');
    let url: URL | undefined;
    try {
      url = at > 0 ? new URL(entry.slice(at + 1)) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      throw new UsageError(`--verify-endpoint: expected VERIFIER=https://host[/base], got '${entry.slice(0, 80)}'`);
    endpoints.set(entry.slice(0, at), url);
  }
  return endpoints;
}

function positiveNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new UsageError(`${flag}: expected a number >= 0, got '${value}'`);
  return number;
}

/** `30m`, `2h`, `1d`, or seconds. */
function durationMs(value: string | undefined): number {
  if (value === undefined) return 0;
  const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(value.trim());
  if (!match) throw new UsageError(`--verify-cache-ttl: expected a duration like 30m, 12h or 7d, got '${value}'`);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit * 1000;
}

/** The verification options of a command line, or undefined when neither `--verify` nor config `verify` asks. */
export function verifyOptions(
  args: VerifyArgs,
  configVerify: boolean | undefined,
  cwd: string,
): VerifyOptions | undefined {
  if (!args.verify && !configVerify) return undefined;
  return {
    budget: positiveNumber(args['verify-budget'], '--verify-budget', DEFAULT_VERIFY_BUDGET),
    timeoutMs: positiveNumber(args['verify-timeout'], '--verify-timeout', DEFAULT_VERIFY_TIMEOUT_MS / 1000) * 1000,
    allowInternal: args['verify-allow-internal'] ?? false,
    endpoints: parseEndpoints(args['verify-endpoint']),
    cacheTtlMs: durationMs(args['verify-cache-ttl']),
    cacheDir: stateDirectory(cwd),
    log: args.explain ? (line) => void process.stderr.write(`${line}\n`) : undefined,
  };
}
