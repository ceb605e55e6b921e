import type { Dropped, Finding } from '../findings/finding.js';
import type { Skipped } from '../sources/fragment.js';
import { readListedFile, type ListedFile, type ReadOptions } from '../sources/directory.js';
import { detectFragment } from './detect-fragment.js';
import type { Detector } from './detector.js';

/** What scanning one listed file produced. Plain data: a worker thread posts it back as it is. */
export interface FileScan {
  findings: Finding[];
  dropped: Dropped[];
  /** The file, or a part of it, that was not scanned, and why. */
  skipped?: Skipped;
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
    const detection = detectFragment(detector, fragment);
    findings.push(...detection.findings);
    dropped.push(...detection.dropped);
  }
  return { findings, dropped, bytes: read.bytes, ...(read.unscanned ? { skipped: read.unscanned } : {}) };
}
