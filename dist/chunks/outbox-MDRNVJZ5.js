import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  Outbox,
  OutboxBusyError,
  OutboxError,
  entryId,
  foldJournal
} from "./chunk-PFRTMWPJ.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  Outbox,
  OutboxBusyError,
  OutboxError,
  entryId,
  foldJournal
};
