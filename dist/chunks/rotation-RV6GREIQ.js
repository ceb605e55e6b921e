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
} from "./chunk-XTBX4VGY.js";
import "./chunk-BHJ7LEEC.js";
import "./chunk-USGU5MRX.js";
import "./chunk-7JIDB6FZ.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-IUW3QYBR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-7RIXAAME.js";
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
