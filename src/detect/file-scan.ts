import type { Dropped, Finding } from '../findings/finding.js';
import type { Skipped } from '../sources/fragment.js';
import { readListedFile, type ListedFile, type ReadOptions } from '../sources/directory.js';
import { expandFragment } from '../sources/expand-fragment.js';
import type { Detector } from './detector.js';

/** What scanning one listed file produced. Plain data: a worker thread posts it back as it is. */
export interface FileScan {
  findings: Finding[];
  dropped: Dropped[];
  skipped?: Skipped;
  /** Bytes read (0 when skipped). */
  bytes: number;
}

/** Reads one file and runs the detector on it; the same code runs in-process and on worker threads. */
export function scanListedFile(detector: Detector, file: ListedFile, options: ReadOptions): FileScan {
  const read = readListedFile(file, options);
  if ('skipped' in read) return { findings: [], dropped: [], skipped: read.skipped, bytes: 0 };
  const findings: Finding[] = [];
  const dropped: Dropped[] = [];
  for (const part of expandFragment(read.fragment)) {
    const detection = detector.detect(part);
    findings.push(...detection.findings);
    dropped.push(...detection.dropped);
  }
  return { findings, dropped, bytes: read.bytes };
}
