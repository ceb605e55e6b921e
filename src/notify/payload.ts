import { createHash, randomUUID } from 'node:crypto';
import type { Verification } from '../verify/verification.js';
import type { Finding } from '../findings/finding.js';
import type { Severity } from '../rules/rule-definition.js';

export const PAYLOAD_VERSION = 1;
export const EVENT_TYPE = 'leak.detected';

/** The JSON a rotation webhook receives; `src/notify/payload.schema.json` is its JSON Schema. */
export interface LeakNotice {
  version: typeof PAYLOAD_VERSION;
  type: typeof EVENT_TYPE;
  /** Unique per notice; the same across retries and flushes of that notice. */
  eventId: string;
  /** Stable per leak (rule, path, secret): the same leak found again gets the same key, so receivers can dedupe. */
  idempotencyKey: string;
  detectedAt: string;
  rule: {
    id: string;
    title: string;
    vendor: string;
    severity: Severity;
    confidence: string;
    tags: string[];
    rotationGuide?: string | undefined;
  };
  secret: { redacted: string; sha256: string; last4: string; value?: string | undefined };
  location: {
    repository?: string | undefined;
    file: string;
    line: number;
    column: number;
    commit?: { sha: string; author: string; email: string; date: string };
  };
  scan: { mode: string; toolVersion: string };
  /** With --verify: the vendor's answer (only `live` keys are sent then). */
  verification?: Verification;
}

export interface NoticeContext {
  mode: string;
  toolVersion: string;
  repository?: string;
  detectedAt: Date;
  includeSecret: boolean;
  eventId?: string;
}

/** What vendor consoles show to identify a key; withheld when 4 characters would be a third of the secret or more. */
export function lastFour(secret: string): string {
  return secret.length >= 12 ? secret.slice(-4) : '';
}

/** Derived from the fingerprint, hashed so the key carries no path or partial hash a receiver must treat as sensitive. */
export function idempotencyKey(fingerprint: string): string {
  return createHash('sha256').update(`leakscan-notice-v1:${fingerprint}`).digest('hex');
}

/** Finding → notice. The raw secret is in it only when the target asked for it. */
export function buildNotice(finding: Finding, context: NoticeContext): LeakNotice {
  const notice: LeakNotice = {
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
      rotationGuide: finding.rotationGuide,
    },
    secret: {
      redacted: finding.secret.redacted,
      sha256: finding.secretHash,
      last4: lastFour(finding.secret.reveal()),
      // The one raw copy a webhook gets, and only when its target asked for it.
      value: context.includeSecret ? finding.secret.reveal() : undefined,
    },
    location: {
      repository: context.repository || undefined,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      ...(finding.commit
        ? {
            commit: {
              sha: finding.commit.sha,
              author: finding.commit.author,
              email: finding.commit.email,
              date: finding.commit.date,
            },
          }
        : {}),
    },
    scan: { mode: context.mode, toolVersion: context.toolVersion },
    ...(finding.verification ? { verification: finding.verification } : {}),
  };
  return notice;
}

/** `https://user:token@host/x.git` → `https://host/x.git`: a remote URL may embed a credential of its own. */
export function stripUrlCredentials(remote: string): string {
  const trimmed = remote.trim();
  try {
    const url = new URL(trimmed);
    if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ssh:' || url.protocol === 'git:') {
      url.username = '';
      url.password = '';
      return url.toString();
    }
  } catch {
    // scp-like `git@host:org/repo.git`: the user part is a login name, never a password.
  }
  return trimmed.replace(/^([^@/:]+):[^@/]*@/, '$1@');
}
