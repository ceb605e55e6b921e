import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  selectRules
} from "../chunks/chunk-G5DMYZBC.js";
import {
  defaultFilters
} from "../chunks/chunk-2OSGQ462.js";
import {
  createDetector
} from "../chunks/chunk-JA7RNSWQ.js";
import "../chunks/chunk-IWXFU2FD.js";
import "../chunks/chunk-WUDPO4A5.js";
import "../chunks/chunk-CIM4RUF6.js";
import {
  scanListedFile,
  toWire
} from "../chunks/chunk-SEUV7MPY.js";
import "../chunks/chunk-KT7CGH3D.js";
import "../chunks/chunk-DHBYJGE3.js";
import "../chunks/chunk-GIWBHFB6.js";
import "../chunks/chunk-HMUBN7PQ.js";
import "../chunks/chunk-NCXP747E.js";
import "../chunks/chunk-SBG2HJLT.js";
import "../chunks/chunk-GIB3MS5R.js";
import "../chunks/chunk-DYTORKG6.js";
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
