import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InternalError } from '../errors.js';
import { packageRoot } from '../rules/package-root.js';
import type { ListedFile } from '../sources/directory.js';
import { fromWire, type FileScan, type WireFileScan } from './file-scan.js';
import type { BatchRequest, WorkerSetup } from './scan-worker.js';

/** Files per message: small enough to balance uneven file sizes, large enough that messaging stays cheap. */
const BATCH_FILES = 16;
/** Batches queued per worker, so a worker never waits for the main thread between batches. */
const IN_FLIGHT_PER_WORKER = 2;

/** The bundled worker entry (scripts/build.mjs lists src/detect/scan-worker.ts as an entry point). */
const workerEntry = (): URL => pathToFileURL(join(packageRoot(), 'dist', 'detect', 'scan-worker.js'));

/**
 * Scans `files` on `workerCount` worker threads, each with its own detector. Returns one FileScan per file in
 * the order of `files`, so the result is the same as scanning them one by one in-process.
 */
export function scanFilesOnWorkers(
  files: readonly ListedFile[],
  setup: WorkerSetup,
  workerCount: number,
): Promise<FileScan[]> {
  const batches: ListedFile[][] = [];
  for (let i = 0; i < files.length; i += BATCH_FILES) batches.push(files.slice(i, i + BATCH_FILES));
  const results: FileScan[][] = new Array(batches.length);
  if (batches.length === 0) return Promise.resolve([]);
  const entry = workerEntry();

  return new Promise<FileScan[]>((resolve, reject) => {
    const workers: Worker[] = [];
    let nextBatch = 0;
    let done = 0;
    let failed = false;
    const stopAll = (): void => {
      for (const worker of workers) void worker.terminate();
    };
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(
        new InternalError(`scan worker failed: ${(error as Error)?.message ?? String(error)}`, {}, { cause: error }),
      );
    };
    const feed = (worker: Worker): void => {
      if (nextBatch >= batches.length) return;
      const request: BatchRequest = { batch: nextBatch, files: batches[nextBatch] as ListedFile[] };
      nextBatch++;
      worker.postMessage(request);
    };
    for (let w = 0; w < workerCount; w++) {
      const worker = new Worker(entry, { workerData: setup });
      workers.push(worker);
      worker.on('message', ({ batch, scans }: { batch: number; scans: WireFileScan[] }) => {
        results[batch] = scans.map(fromWire);
        done++;
        if (done === batches.length) {
          stopAll();
          resolve(results.flat());
        } else feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (done < batches.length && !failed)
          fail(new Error(`worker exited with code ${code} before the scan finished`));
      });
      for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed(worker);
    }
  });
}
