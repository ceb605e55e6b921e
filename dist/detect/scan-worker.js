import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  selectRules
} from "../chunks/chunk-RFMPTYPE.js";
import {
  defaultFilters
} from "../chunks/chunk-JGRKNXIW.js";
import {
  createDetector
} from "../chunks/chunk-ODNNQPAB.js";
import "../chunks/chunk-CM7OWFBP.js";
import "../chunks/chunk-HKYFGOHU.js";
import {
  scanListedFile,
  toWire
} from "../chunks/chunk-VPXIAPUH.js";
import "../chunks/chunk-KT7CGH3D.js";
import "../chunks/chunk-JTQSPYI6.js";
import "../chunks/chunk-GIWBHFB6.js";
import "../chunks/chunk-K6UU3W6D.js";
import "../chunks/chunk-BU4ZIR32.js";
import "../chunks/chunk-WPDMLG2U.js";
import "../chunks/chunk-ZJTWH4EI.js";
import "../chunks/chunk-ZNDBZIRQ.js";
import "../chunks/chunk-4DAEQZQN.js";
import "../chunks/chunk-GIB3MS5R.js";
import "../chunks/chunk-QUAOKGHR.js";
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
