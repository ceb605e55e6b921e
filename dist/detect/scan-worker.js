import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  scanListedFile,
  selectRules
} from "../chunks/chunk-RYNI4OJ4.js";
import {
  createDetector,
  defaultFilters
} from "../chunks/chunk-5MDFOANZ.js";
import "../chunks/chunk-R5IAEZOC.js";
import "../chunks/chunk-GIB3MS5R.js";
import "../chunks/chunk-QAR6WOLX.js";
import "../chunks/chunk-USGU5MRX.js";
import "../chunks/chunk-36KLJLJB.js";
import "../chunks/chunk-IYFG77MX.js";
import "../chunks/chunk-NDTIYJFU.js";
import "../chunks/chunk-NCXP747E.js";
import "../chunks/chunk-SBG2HJLT.js";
import "../chunks/chunk-WF6X2IZB.js";

// src/detect/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var port = parentPort;
if (!port) throw new Error("scan-worker.js runs only as a worker thread");
var detector = createDetector(await selectRules(setup.config), defaultFilters(setup.config));
port.on("message", ({ batch, files }) => {
  port.postMessage({ batch, scans: files.map((file) => scanListedFile(detector, file, setup.read)) });
});
