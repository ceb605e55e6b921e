import type { Skipped } from './fragment.js';

/** What a source read and passed over; every scan's summary is built from it. */
export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  /** For diff sources: added lines scanned. */
  linesScanned: number;
  /** For git sources: commits read. */
  commitsScanned: number;
  skipped: Skipped[];
}

export const emptyStats = (): ScanStats => ({
  filesScanned: 0,
  bytesScanned: 0,
  linesScanned: 0,
  commitsScanned: 0,
  skipped: [],
});
