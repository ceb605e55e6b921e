import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  appendStateFile,
  checkAppendable,
  readStateFile,
  replaceStateFile,
  stateFileEnding,
  syncDirectory
} from "./chunk-Z2QTASWP.js";
import {
  LeakscanError
} from "./chunk-SBG2HJLT.js";

// src/notify/outbox.ts
import { closeSync, mkdirSync, openSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";
var OutboxError = class extends LeakscanError {
};
var OutboxBusyError = class extends OutboxError {
};
var entryId = (id) => `${id.target}\0${id.key}`;
var isText = (value) => typeof value === "string";
function parseJournalLine(line) {
  let event;
  try {
    event = JSON.parse(line);
  } catch {
    return void 0;
  }
  if (typeof event !== "object" || event === null || !isText(event.target) || !isText(event.key) || !isText(event.at))
    return void 0;
  const valid = event.type === "enqueued" ? isText(event.eventId) && isText(event.ruleId) && isText(event.file) && Number.isInteger(event.line) && isText(event.body) : event.type === "attempted" ? isText(event.outcome) : event.type === "delivered" ? typeof event.status === "number" : event.type === "failed" ? isText(event.reason) : event.type === "requeued";
  return valid ? event : void 0;
}
function foldJournal(lines) {
  const entries = /* @__PURE__ */ new Map();
  let unreadable = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const event = parseJournalLine(line);
    if (!event) {
      unreadable++;
      continue;
    }
    const id = entryId(event);
    const entry = entries.get(id);
    if (event.type === "enqueued") {
      if (!entry) {
        const { type: _type, at, ...rest } = event;
        entries.set(id, { ...rest, enqueuedAt: at, state: "pending", attempts: 0 });
      }
      continue;
    }
    if (!entry) continue;
    if (event.type === "attempted") {
      entry.attempts++;
      entry.lastError = event.outcome;
    } else if (event.type === "delivered") {
      entry.attempts++;
      entry.state = "delivered";
      entry.settledAt = event.at;
      delete entry.lastError;
    } else if (event.type === "failed") {
      entry.attempts++;
      entry.state = "failed";
      entry.lastError = event.reason;
      entry.settledAt = event.at;
    } else if (event.type === "requeued" && entry.state === "failed") {
      entry.state = "pending";
      delete entry.settledAt;
    }
  }
  return { entries, unreadable };
}
var WHAT = "the rotation outbox";
var Outbox = class {
  path;
  quarantinePath;
  lockPath;
  locked = false;
  constructor(path) {
    this.path = path;
    this.lockPath = `${path}.lock`;
    this.quarantinePath = `${path}.quarantine`;
  }
  read() {
    const text = readStateFile(this.path, WHAT);
    if (text === void 0) return { entries: /* @__PURE__ */ new Map(), unreadable: 0 };
    return foldJournal(text.split("\n"));
  }
  /** Appends and fsyncs before returning: once this returns, the events survive a crash or a power cut. */
  append(events) {
    if (events.length === 0) return;
    mkdirSync(dirname(this.path), { recursive: true });
    const ending = stateFileEnding(this.path, WHAT);
    let text = `${events.map((event) => JSON.stringify(event)).join("\n")}
`;
    if (ending === "unterminated") text = `
${text}`;
    appendStateFile(this.path, text, WHAT);
    if (ending === "missing") syncDirectory(dirname(this.path));
  }
  /**
   * Moves every line that is not a valid event to `<outbox>.quarantine` (appended, for a person to look at)
   * and rewrites the journal without them. Returns how many moved. Call under the lock.
   */
  quarantineMalformed() {
    const text = readStateFile(this.path, WHAT);
    if (text === void 0) return 0;
    const good = [];
    const bad = [];
    for (const line of text.split("\n")) if (line.trim() !== "") (parseJournalLine(line) ? good : bad).push(line);
    if (bad.length === 0) return 0;
    appendStateFile(this.quarantinePath, `${bad.join("\n")}
`, "the outbox quarantine");
    replaceStateFile(this.path, good.length > 0 ? `${good.join("\n")}
` : "", WHAT);
    return bad.length;
  }
  /**
   * Rewrites the journal as one `enqueued` line plus one state line per notice, emptying the body of every
   * delivered notice: a raw secret queued for an `includeSecret` or GitHub target leaves the disk once it is
   * delivered, while the key stays so the leak is still never sent twice. Written to a temporary file, fsync'd,
   * then renamed over the journal, so a crash leaves either the old journal or the new one. Call under the lock.
   */
  compact() {
    const { entries } = this.read();
    const lines = [];
    for (const entry of entries.values()) {
      const id = { target: entry.target, key: entry.key };
      const body = entry.state === "delivered" ? "" : entry.body;
      lines.push(
        JSON.stringify({
          type: "enqueued",
          at: entry.enqueuedAt,
          ...id,
          eventId: entry.eventId,
          ruleId: entry.ruleId,
          file: entry.file,
          line: entry.line,
          body
        })
      );
      const at = entry.settledAt ?? entry.enqueuedAt;
      if (entry.state === "delivered")
        lines.push(JSON.stringify({ type: "delivered", at, ...id, status: 0 }));
      else if (entry.state === "failed")
        lines.push(
          JSON.stringify({ type: "failed", at, ...id, reason: entry.lastError ?? "failed" })
        );
      else if (entry.attempts > 0)
        lines.push(
          JSON.stringify({
            type: "attempted",
            at,
            ...id,
            outcome: entry.lastError ?? "unknown"
          })
        );
    }
    replaceStateFile(this.path, lines.length > 0 ? `${lines.join("\n")}
` : "", WHAT);
  }
  /** Whether a delivered notice still has its body on disk (what `compact` removes). */
  holdsDeliveredBodies() {
    return [...this.read().entries.values()].some((entry) => entry.state === "delivered" && entry.body !== "");
  }
  /**
   * Runs `work` holding the outbox lock, so two runs never deliver the same notice at once. A lock left by a
   * process that no longer exists (killed mid-delivery) is taken over. An outbox that cannot be written is an
   * error here, before any delivery: a notice sent but not journalled as delivered would be sent again by
   * every later run.
   */
  async withLock(work, waitMs = 1e4) {
    if (this.locked) return work();
    try {
      mkdirSync(dirname(this.path), { recursive: true });
    } catch (error) {
      throw new OutboxError(`cannot create the outbox directory: ${error.message}`, { file: this.path });
    }
    const deadline = Date.now() + waitMs;
    for (; ; ) {
      try {
        const fd = openSync(this.lockPath, "wx", 384);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        break;
      } catch (error) {
        if (error.code !== "EEXIST")
          throw new OutboxError(`cannot lock the outbox: ${error.message}`, { file: this.path });
        const holder = Number(safeRead(this.lockPath));
        if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
          safeUnlink(this.lockPath);
          continue;
        }
        if (Date.now() > deadline)
          throw new OutboxBusyError(`the outbox is in use by process ${holder}; try again when it is done`, {
            file: this.lockPath
          });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    this.locked = true;
    try {
      checkAppendable(this.path, WHAT);
      return await work();
    } finally {
      this.locked = false;
      safeUnlink(this.lockPath);
    }
  }
};
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function safeRead(path) {
  try {
    return (readStateFile(path, "the outbox lock") ?? "").trim();
  } catch {
    return "";
  }
}
function safeUnlink(path) {
  try {
    unlinkSync(path);
  } catch {
  }
}

export {
  OutboxError,
  OutboxBusyError,
  entryId,
  parseJournalLine,
  foldJournal,
  Outbox
};
