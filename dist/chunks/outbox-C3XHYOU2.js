import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  Outbox,
  OutboxBusyError,
  OutboxError,
  entryId,
  foldJournal,
  parseJournalLine
} from "./chunk-5C42RKGV.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  Outbox,
  OutboxBusyError,
  OutboxError,
  entryId,
  foldJournal,
  parseJournalLine
};
