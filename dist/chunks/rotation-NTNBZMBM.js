import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  deliverPending,
  dryRunText,
  enqueueEvents,
  findingsFor,
  noticeKey,
  notifyFindings,
  outboxPath,
  repositoryUrl,
  tallyLine
} from "./chunk-7V3OC5TB.js";
import "./chunk-TVWVLLVI.js";
import "./chunk-KGXHDVWP.js";
import "./chunk-WFMON6NA.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-QAR6WOLX.js";
import "./chunk-NDTIYJFU.js";
import "./chunk-JFG6ZZTS.js";
import "./chunk-WF6X2IZB.js";
export {
  deliverPending,
  dryRunText,
  enqueueEvents,
  findingsFor,
  noticeKey,
  notifyFindings,
  outboxPath,
  repositoryUrl,
  tallyLine
};
