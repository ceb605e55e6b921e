import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  selectRules
} from "../chunks/chunk-CEWXIFX7.js";
import {
  defaultFilters
} from "../chunks/chunk-ST67UOIG.js";
import {
  createDetector
} from "../chunks/chunk-7I6H2TMK.js";
import "../chunks/chunk-XIW44XYJ.js";
import "../chunks/chunk-AOH5SHCC.js";
import "../chunks/chunk-BSI3FXUE.js";
import {
  scanListedFile,
  toWire
} from "../chunks/chunk-ONUFT2PR.js";
import "../chunks/chunk-KT7CGH3D.js";
import "../chunks/chunk-FCLFQTNG.js";
import "../chunks/chunk-GIWBHFB6.js";
import "../chunks/chunk-USGU5MRX.js";
import "../chunks/chunk-NCXP747E.js";
import "../chunks/chunk-SBG2HJLT.js";
import "../chunks/chunk-GIB3MS5R.js";
import "../chunks/chunk-7RIXAAME.js";
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
