import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  LeakscanError
} from "./chunk-SBG2HJLT.js";

// src/notify/outbox.ts
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";
var OutboxError = class extends LeakscanError {
};
var OutboxBusyError = class extends OutboxError {
};
var entryId = (id) => `${id.target}\0${id.key}`;
function foldJournal(lines) {
  const entries = /* @__PURE__ */ new Map();
  let unreadable = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    let event;
    try {
      event = JSON.parse(line);
      if (typeof event !== "object" || event === null || typeof event.target !== "string" || typeof event.key !== "string") throw new Error("not an event");
    } catch {
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
var Outbox = class {
  path;
  lockPath;
  locked = false;
  constructor(path) {
    this.path = path;
    this.lockPath = `${path}.lock`;
  }
  read() {
    if (!existsSync(this.path)) return { entries: /* @__PURE__ */ new Map(), unreadable: 0 };
    return foldJournal(readFileSync(this.path, "utf8").split("\n"));
  }
  /** Appends and fsyncs before returning: once this returns, the events survive a crash or a power cut. */
  append(events) {
    if (events.length === 0) return;
    const created = !existsSync(this.path);
    if (created) mkdirSync(dirname(this.path), { recursive: true });
    let text = events.map((event) => JSON.stringify(event)).join("\n") + "\n";
    if (!created && !endsWithNewline(this.path)) text = `
${text}`;
    const fd = openSync(this.path, "a", 384);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (created) syncDirectory(dirname(this.path));
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
      lines.push(JSON.stringify({ type: "enqueued", at: entry.enqueuedAt, ...id, eventId: entry.eventId, ruleId: entry.ruleId, file: entry.file, line: entry.line, body }));
      const at = entry.settledAt ?? entry.enqueuedAt;
      if (entry.state === "delivered") lines.push(JSON.stringify({ type: "delivered", at, ...id, status: 0 }));
      else if (entry.state === "failed") lines.push(JSON.stringify({ type: "failed", at, ...id, reason: entry.lastError ?? "failed" }));
      else if (entry.attempts > 0) lines.push(JSON.stringify({ type: "attempted", at, ...id, outcome: entry.lastError ?? "unknown" }));
    }
    const temporary = `${this.path}.${process.pid}.tmp`;
    const fd = openSync(temporary, "w", 384);
    try {
      writeSync(fd, lines.length > 0 ? `${lines.join("\n")}
` : "");
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
    syncDirectory(dirname(this.path));
  }
  /** Whether a delivered notice still has its body on disk (what `compact` removes). */
  holdsDeliveredBodies() {
    return [...this.read().entries.values()].some((entry) => entry.state === "delivered" && entry.body !== "");
  }
  /**
   * Runs `work` holding the outbox lock, so two runs never deliver the same notice at once. A lock left by a
   * process that no longer exists (killed mid-delivery) is taken over.
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
        if (error.code !== "EEXIST") throw new OutboxError(`cannot lock the outbox: ${error.message}`, { file: this.path });
        const holder = Number(safeRead(this.lockPath));
        if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
          safeUnlink(this.lockPath);
          continue;
        }
        if (Date.now() > deadline) throw new OutboxBusyError(`the outbox is in use by process ${holder}; try again when it is done`, { file: this.lockPath });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    this.locked = true;
    try {
      return await work();
    } finally {
      this.locked = false;
      safeUnlink(this.lockPath);
    }
  }
};
function endsWithNewline(path) {
  const size = statSync(path).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  const fd = openSync(path, "r");
  try {
    readSync(fd, last, 0, 1, size - 1);
  } finally {
    closeSync(fd);
  }
  return last[0] === 10;
}
function syncDirectory(path) {
  try {
    const fd = openSync(path, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
  }
}
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
    return readFileSync(path, "utf8").trim();
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
  foldJournal,
  Outbox
};
