import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  fromWire
} from "./chunk-VPXIAPUH.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-JTQSPYI6.js";
import "./chunk-GIWBHFB6.js";
import "./chunk-K6UU3W6D.js";
import {
  packageRoot
} from "./chunk-BU4ZIR32.js";
import "./chunk-GIB3MS5R.js";
import {
  InternalError
} from "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/detect/scan-workers.ts
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var BATCH_FILES = 16;
var IN_FLIGHT_PER_WORKER = 2;
var workerEntry = () => pathToFileURL(join(packageRoot(), "dist", "detect", "scan-worker.js"));
function scanFilesOnWorkers(files, setup, workerCount) {
  const batches = [];
  for (let i = 0; i < files.length; i += BATCH_FILES) batches.push(files.slice(i, i + BATCH_FILES));
  const results = new Array(batches.length);
  if (batches.length === 0) return Promise.resolve([]);
  const entry = workerEntry();
  return new Promise((resolve, reject) => {
    const workers = [];
    let nextBatch = 0;
    let done = 0;
    let failed = false;
    const stopAll = () => {
      for (const worker of workers) void worker.terminate();
    };
    const fail = (error) => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(
        new InternalError(`scan worker failed: ${error?.message ?? String(error)}`, {}, { cause: error })
      );
    };
    const feed = (worker) => {
      if (nextBatch >= batches.length) return;
      const request = { batch: nextBatch, files: batches[nextBatch] };
      nextBatch++;
      worker.postMessage(request);
    };
    for (let w = 0; w < workerCount; w++) {
      const worker = new Worker(entry, { workerData: setup });
      workers.push(worker);
      worker.on("message", ({ batch, scans }) => {
        results[batch] = scans.map(fromWire);
        done++;
        if (done === batches.length) {
          stopAll();
          resolve(results.flat());
        } else feed(worker);
      });
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (done < batches.length && !failed)
          fail(new Error(`worker exited with code ${code} before the scan finished`));
      });
      for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed(worker);
    }
  });
}
export {
  scanFilesOnWorkers
};
