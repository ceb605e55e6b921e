import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { InternalError } from '../errors.js';
import { packageRoot } from '../rules/package-root.js';
import type { ListedFile } from '../sources/directory.js';
import type { Detector } from './detector.js';
import { fromWire, scanListedFile, type FileScan, type WireFileScan } from './file-scan.js';
import type { BatchRequest, WorkerSetup } from './scan-worker.js';

/** Files per message: small enough to balance uneven file sizes, large enough that messaging stays cheap. */
const BATCH_FILES = 16;
/** Batches queued per worker, so a worker never waits for the main thread between batches. */
const IN_FLIGHT_PER_WORKER = 2;

/** The bundled worker entry (scripts/build.mjs lists src/detect/scan-worker.ts as an entry point). */
const workerEntry = (): URL => pathToFileURL(join(packageRoot(), 'dist', 'detect', 'scan-worker.js'));

export interface FileScanPoolOptions {
  /** The main thread's detector: it scans batches too once the listing is done. */
  detector: Detector;
  /** What each worker builds its own detector from, and how files are read. */
  setup: WorkerSetup;
  /** Worker threads at most (0: everything in-process). */
  maxWorkers: number;
  /** Files listed per worker started: a worker's start-up costs more than scanning a few dozen small files. */
  filesPerWorker: number;
}

/**
 * Scans listed files as the listing finds them: files are grouped into batches, a worker thread starts for
 * every `filesPerWorker` files listed (up to `maxWorkers`) and is sent batches at once, while the listing goes
 * on; once it is done the main thread scans the queued batches too. `finish` returns one FileScan per file in
 * the order they were added, so the result is the same as scanning them one by one in-process.
 */
export class FileScanPool {
  private readonly queue: { index: number; files: ListedFile[] }[] = [];
  private readonly results: FileScan[][] = [];
  private readonly workers: { worker: Worker; inFlight: number }[] = [];
  private batch: ListedFile[] = [];
  private batches = 0;
  private done = 0;
  private listed = 0;
  private failure: unknown;
  private startingWorkers = 0;
  private closed = false;
  /** Wakes `finish` when a worker answers or fails. */
  private wake: (() => void) | undefined;

  constructor(private readonly options: FileScanPoolOptions) {}

  add(file: ListedFile): void {
    this.batch.push(file);
    this.listed++;
    if (this.batch.length >= BATCH_FILES) this.enqueue();
    const wanted = Math.min(this.options.maxWorkers, Math.floor(this.listed / this.options.filesPerWorker));
    if (this.workers.length + this.startingWorkers < wanted) this.startWorker();
  }

  /** Every file's scan, in the order added; the pool cannot be used afterwards. */
  async finish(): Promise<FileScan[]> {
    if (this.batch.length > 0) this.enqueue();
    try {
      while (this.done < this.batches) {
        this.throwIfFailed();
        const next = this.queue.shift();
        if (next) {
          const read = this.options.setup.read;
          this.results[next.index] = next.files.map((file) => scanListedFile(this.options.detector, file, read));
          this.done++;
          // Let the workers' answers in (each one is sent its next batch) before taking another.
          await new Promise<void>((resolve) => setImmediate(resolve));
        } else await new Promise<void>((resolve) => (this.wake = resolve));
      }
      this.throwIfFailed();
      return this.results.flat();
    } finally {
      this.closed = true;
      for (const { worker } of this.workers) void worker.terminate();
    }
  }

  private enqueue(): void {
    this.queue.push({ index: this.batches++, files: this.batch });
    this.batch = [];
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.workers) {
      while (slot.inFlight < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
        const { index, files } = this.queue.shift() as { index: number; files: ListedFile[] };
        slot.inFlight++;
        slot.worker.postMessage({ batch: index, files } satisfies BatchRequest);
      }
    }
  }

  private startWorker(): void {
    this.startingWorkers++;
    import('node:worker_threads').then(
      ({ Worker }) => {
        this.startingWorkers--;
        if (this.closed || this.failure !== undefined) return;
        const slot = { worker: new Worker(workerEntry(), { workerData: this.options.setup }), inFlight: 0 };
        this.workers.push(slot);
        slot.worker.on('message', ({ batch, scans }: { batch: number; scans: WireFileScan[] }) => {
          this.results[batch] = scans.map(fromWire);
          this.done++;
          slot.inFlight--;
          this.dispatch();
          this.wakeUp();
        });
        slot.worker.on('error', (error) => this.fail(error));
        slot.worker.on('exit', (code) => {
          if (this.done < this.batches || slot.inFlight > 0)
            this.fail(new Error(`worker exited with code ${code} before the scan finished`));
        });
        this.dispatch();
      },
      (error: unknown) => this.fail(error),
    );
  }

  private fail(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private throwIfFailed(): void {
    if (this.failure === undefined) return;
    const error = this.failure;
    throw new InternalError(`scan worker failed: ${(error as Error)?.message ?? String(error)}`, {}, { cause: error });
  }
}
