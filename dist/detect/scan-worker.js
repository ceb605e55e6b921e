import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  scanListedFile,
  toWire
} from "../chunks/chunk-K6OMP7VE.js";
import {
  selectRules
} from "../chunks/chunk-XBR7TLOJ.js";
import {
  defaultFilters
} from "../chunks/chunk-JBW4X3RT.js";
import {
  createDetector
} from "../chunks/chunk-Z5AEVAKK.js";
import "../chunks/chunk-FMLDEMHG.js";
import "../chunks/chunk-HKYFGOHU.js";
import "../chunks/chunk-QDLW7BHU.js";
import "../chunks/chunk-KT7CGH3D.js";
import "../chunks/chunk-BU4ZIR32.js";
import "../chunks/chunk-R46I27HW.js";
import "../chunks/chunk-A5CIQFFQ.js";
import "../chunks/chunk-GIWBHFB6.js";
import "../chunks/chunk-6VP5PA7T.js";
import "../chunks/chunk-ZDNC562W.js";
import "../chunks/chunk-ZNDBZIRQ.js";
import "../chunks/chunk-4DAEQZQN.js";
import "../chunks/chunk-QUAOKGHR.js";
import "../chunks/chunk-GIB3MS5R.js";
import "../chunks/chunk-SBG2HJLT.js";
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
