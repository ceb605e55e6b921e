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
} from "./chunk-PE5XNF6P.js";
import "./chunk-5C42RKGV.js";
import "./chunk-SYH7AL26.js";
import "./chunk-TCMEDIPO.js";
import "./chunk-A5CIQFFQ.js";
import "./chunk-EA75SS5A.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
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
