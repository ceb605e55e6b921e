import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  selectRules
} from "../chunks/chunk-6I64PETV.js";
import {
  defaultFilters
} from "../chunks/chunk-JQQG2X3K.js";
import "../chunks/chunk-IWXFU2FD.js";
import {
  createDetector
} from "../chunks/chunk-WJYBGAJX.js";
import "../chunks/chunk-3HCE7QUY.js";
import "../chunks/chunk-CIM4RUF6.js";
import {
  scanListedFile,
  toWire
} from "../chunks/chunk-K6HYPD47.js";
import "../chunks/chunk-KT7CGH3D.js";
import "../chunks/chunk-TU3KUYFU.js";
import "../chunks/chunk-GIWBHFB6.js";
import "../chunks/chunk-K6UU3W6D.js";
import "../chunks/chunk-NCXP747E.js";
import "../chunks/chunk-4DAEQZQN.js";
import "../chunks/chunk-SBG2HJLT.js";
import "../chunks/chunk-GIB3MS5R.js";
import "../chunks/chunk-NOCH2ITF.js";
import "../chunks/chunk-WF6X2IZB.js";

// src/detect/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var port = parentPort;
if (!port) throw new Error("scan-worker.js runs only as a worker thread");
var detector = createDetector(await selectRules(setup.config), defaultFilters(setup.config));
port.on("message", ({ batch, files }) => {
  port.postMessage({ batch, scans: files.map((file) => toWire(scanListedFile(detector, file, setup.read))) });
});
