import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  deliverPending,
  dryRunText,
  enqueueEvents,
  findingsFor,
  legacyOutboxNote,
  noticeKey,
  notifyFindings,
  outboxPath,
  repositoryUrl,
  tallyLine
} from "./chunk-M6AIOIU5.js";
import "./chunk-5C42RKGV.js";
import "./chunk-HMUBN7PQ.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-BYKN45GH.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-DYTORKG6.js";
import "./chunk-WF6X2IZB.js";
export {
  deliverPending,
  dryRunText,
  enqueueEvents,
  findingsFor,
  legacyOutboxNote,
  noticeKey,
  notifyFindings,
  outboxPath,
  repositoryUrl,
  tallyLine
};
