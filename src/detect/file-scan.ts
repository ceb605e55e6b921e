import type { Dropped, Finding } from '../findings/finding.js';
import { Secret } from '../findings/secret.js';
import type { Skipped } from '../sources/fragment.js';
import { readListedFile, type ListedFile, type ReadOptions } from '../sources/directory.js';
import { expandFragment } from '../sources/expand-fragment.js';
import { detectFragment } from './detect-fragment.js';
import type { Detector } from './detector.js';

/** What scanning one listed file produced. */
export interface FileScan {
  findings: Finding[];
  dropped: Dropped[];
  /** The file, or a part of it, that was not scanned, and why. */
  skipped?: Skipped | undefined;
  /** Bytes read (0 when skipped whole). */
  bytes: number;
}

/** Reads one file (window by window when it is large) and runs the detector on it; the same code runs in-process and on worker threads. */
export function scanListedFile(detector: Detector, file: ListedFile, options: ReadOptions): FileScan {
  const read = readListedFile(file, options);
  if ('skipped' in read) return { findings: [], dropped: [], skipped: read.skipped, bytes: 0 };
  const findings: Finding[] = [];
  const dropped: Dropped[] = [];
  for (const fragment of read.fragments) {
    for (const part of expandFragment(fragment)) {
      const detection = detectFragment(detector, part);
      findings.push(...detection.findings);
      dropped.push(...detection.dropped);
    }
  }
  return { findings, dropped, bytes: read.bytes, skipped: read.unscanned };
}

/**
 * A FileScan as a worker thread posts it: a structured clone drops a Secret's private field, so its secrets
 * cross the thread boundary as raw strings and are wrapped again on arrival (`fromWire`).
 */
export type WireFinding = Omit<Finding, 'secret' | 'pairedWith'> & {
  secret: string;
  pairedWith?: (Omit<NonNullable<Finding['pairedWith']>, 'secret'> & { secret: string }) | undefined;
};
export type WireFileScan = Omit<FileScan, 'findings'> & { findings: WireFinding[] };

export function toWire(scan: FileScan): WireFileScan {
  return {
    ...scan,
    findings: scan.findings.map(({ secret, pairedWith, ...rest }) => ({
      ...rest,
      secret: secret.reveal(),
      pairedWith: pairedWith && { ...pairedWith, secret: pairedWith.secret.reveal() },
    })),
  };
}

export function fromWire(scan: WireFileScan): FileScan {
  return {
    ...scan,
    findings: scan.findings.map(({ secret, pairedWith, ...rest }) => ({
      ...rest,
      secret: new Secret(secret),
      pairedWith: pairedWith && { ...pairedWith, secret: new Secret(pairedWith.secret) },
    })),
  };
}
