import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  Outbox,
  OutboxBusyError,
  OutboxError,
  entryId,
  foldJournal
} from "./chunk-KGXHDVWP.js";
import "./chunk-JFG6ZZTS.js";
import "./chunk-WF6X2IZB.js";
export {
  Outbox,
  OutboxBusyError,
  OutboxError,
  entryId,
  foldJournal
};
