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
} from "./chunk-YRW2F5KO.js";
import "./chunk-3RQJTY6O.js";
import "./chunk-PFRTMWPJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-QAR6WOLX.js";
import "./chunk-USGU5MRX.js";
import "./chunk-NDTIYJFU.js";
import "./chunk-SBG2HJLT.js";
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
