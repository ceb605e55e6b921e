import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  fromWire,
  scanListedFile
} from "./chunk-K6OMP7VE.js";
import "./chunk-QDLW7BHU.js";
import "./chunk-KT7CGH3D.js";
import {
  packageRoot
} from "./chunk-BU4ZIR32.js";
import "./chunk-R46I27HW.js";
import "./chunk-A5CIQFFQ.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-GIB3MS5R.js";
import {
  InternalError
} from "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/detect/scan-workers.ts
import { join } from "node:path";
import { pathToFileURL } from "node:url";
var BATCH_FILES = 16;
var IN_FLIGHT_PER_WORKER = 2;
var workerEntry = () => pathToFileURL(join(packageRoot(), "dist", "detect", "scan-worker.js"));
var FileScanPool = class {
  constructor(options) {
    this.options = options;
  }
  options;
  queue = [];
  results = [];
  workers = [];
  batch = [];
  batches = 0;
  done = 0;
  listed = 0;
  failure;
  startingWorkers = 0;
  closed = false;
  /** Wakes `finish` when a worker answers or fails. */
  wake;
  add(file) {
    this.batch.push(file);
    this.listed++;
    if (this.batch.length >= BATCH_FILES) this.enqueue();
    const wanted = Math.min(this.options.maxWorkers, Math.floor(this.listed / this.options.filesPerWorker));
    if (this.workers.length + this.startingWorkers < wanted) this.startWorker();
  }
  /** Every file's scan, in the order added; the pool cannot be used afterwards. */
  async finish() {
    if (this.batch.length > 0) this.enqueue();
    try {
      while (this.done < this.batches) {
        this.throwIfFailed();
        const next = this.queue.shift();
        if (next) {
          const read = this.options.setup.read;
          this.results[next.index] = next.files.map((file) => scanListedFile(this.options.detector, file, read));
          this.done++;
          await new Promise((resolve) => setImmediate(resolve));
        } else await new Promise((resolve) => this.wake = resolve);
      }
      this.throwIfFailed();
      return this.results.flat();
    } finally {
      this.closed = true;
      for (const { worker } of this.workers) void worker.terminate();
    }
  }
  enqueue() {
    this.queue.push({ index: this.batches++, files: this.batch });
    this.batch = [];
    this.dispatch();
  }
  dispatch() {
    for (const slot of this.workers) {
      while (slot.inFlight < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
        const { index, files } = this.queue.shift();
        slot.inFlight++;
        slot.worker.postMessage({ batch: index, files });
      }
    }
  }
  startWorker() {
    this.startingWorkers++;
    import("node:worker_threads").then(
      ({ Worker }) => {
        this.startingWorkers--;
        if (this.closed || this.failure !== void 0) return;
        const slot = { worker: new Worker(workerEntry(), { workerData: this.options.setup }), inFlight: 0 };
        this.workers.push(slot);
        slot.worker.on("message", ({ batch, scans }) => {
          this.results[batch] = scans.map(fromWire);
          this.done++;
          slot.inFlight--;
          this.dispatch();
          this.wakeUp();
        });
        slot.worker.on("error", (error) => this.fail(error));
        slot.worker.on("exit", (code) => {
          if (this.done < this.batches || slot.inFlight > 0)
            this.fail(new Error(`worker exited with code ${code} before the scan finished`));
        });
        this.dispatch();
      },
      (error) => this.fail(error)
    );
  }
  fail(error) {
    if (this.failure !== void 0) return;
    this.failure = error;
    this.wakeUp();
  }
  wakeUp() {
    const wake = this.wake;
    this.wake = void 0;
    wake?.();
  }
  throwIfFailed() {
    if (this.failure === void 0) return;
    const error = this.failure;
    throw new InternalError(`scan worker failed: ${error?.message ?? String(error)}`, {}, { cause: error });
  }
};
export {
  FileScanPool
};
