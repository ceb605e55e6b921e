// A worker thread of a parallel file scan (see scan-workers.ts): builds its own detector from the config it is
// given, then answers each batch of listed files with one FileScan per file, in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/config.js';
import { defaultFilters } from '../filters/default-filters.js';
import { selectRules } from '../rules/select-rules.js';
import type { ListedFile, ReadOptions } from '../sources/directory.js';
import { createDetector } from './detector.js';
import { scanListedFile, toWire } from './file-scan.js';

export interface WorkerSetup {
  config: Config;
  read: ReadOptions;
}

export interface BatchRequest {
  batch: number;
  files: ListedFile[];
}

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('scan-worker.js runs only as a worker thread');
const detector = createDetector(await selectRules(setup.config), defaultFilters(setup.config));
port.on('message', ({ batch, files }: BatchRequest) => {
  port.postMessage({ batch, scans: files.map((file) => toWire(scanListedFile(detector, file, setup.read))) });
});
