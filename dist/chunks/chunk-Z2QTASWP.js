import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  LeakscanError
} from "./chunk-SBG2HJLT.js";

// src/state/state-file.ts
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var StateFileError = class extends LeakscanError {
};
var NOFOLLOW = constants.O_NOFOLLOW ?? 0;
var READ_FLAGS = constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0);
var APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NOFOLLOW | (constants.O_NONBLOCK ?? 0);
function refusal(path, what, problem) {
  return new StateFileError(`refusing to use ${what} ${path}: ${problem}`, { file: path });
}
var SYMLINK = "a symbolic link (leakscan never reads or writes its state through a link)";
function kindOf(stat) {
  if (stat.isSymbolicLink()) return SYMLINK;
  if (stat.isDirectory()) return "a directory, not a file";
  if (stat.isFIFO()) return "a FIFO, not a file";
  return "a device or socket, not a file";
}
function checkStateFile(path, what) {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw refusal(path, what, error.message);
  }
  if (!stat.isFile()) throw refusal(path, what, kindOf(stat));
}
function checkNoLinkedDirectories(root, path, what) {
  const inside = relative(root, dirname(path));
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return;
  let current = root;
  for (const part of inside.split(sep)) {
    current = join(current, part);
    try {
      if (lstatSync(current).isSymbolicLink()) throw refusal(path, what, `${current} is a symbolic link`);
    } catch (error) {
      if (error instanceof StateFileError) throw error;
      return;
    }
  }
}
function openChecked(path, flags, what, mode) {
  checkStateFile(path, what);
  let fd;
  try {
    fd = openSync(path, flags, mode);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP") throw refusal(path, what, SYMLINK);
    throw error;
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw refusal(path, what, kindOf(stat));
  }
  return fd;
}
function openForReading(path, what) {
  try {
    return openChecked(path, READ_FLAGS, what);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
function readStateFile(path, what) {
  const fd = openForReading(path, what);
  if (fd === void 0) return void 0;
  try {
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
function stateFileEnding(path, what) {
  const fd = openForReading(path, what);
  if (fd === void 0) return "missing";
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return "terminated";
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 10 ? "terminated" : "unterminated";
  } finally {
    closeSync(fd);
  }
}
function appendStateFile(path, text, what, mode = 384) {
  const fd = openChecked(path, APPEND_FLAGS, what, mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
function checkAppendable(path, what) {
  try {
    closeSync(openChecked(path, APPEND_FLAGS, what, 384));
  } catch (error) {
    if (error instanceof StateFileError) throw error;
    throw new StateFileError(`cannot write ${what} ${path}: ${error.message}`, { file: path });
  }
}
function replaceStateFile(path, text, what, mode = 384) {
  checkStateFile(path, what);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, mode);
  } catch (error) {
    throw new StateFileError(`cannot write ${what} ${path}: ${error.message}`, { file: path });
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
  syncDirectory(dirname(path));
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
var BASELINE = "the baseline";
function checkBaselineTarget(file) {
  const path = resolve(file);
  checkNoLinkedDirectories(process.cwd(), path, BASELINE);
  checkStateFile(path, BASELINE);
}
function writeBaselineFile(file, text) {
  checkBaselineTarget(file);
  replaceStateFile(resolve(file), text, BASELINE, 420);
}

export {
  StateFileError,
  checkStateFile,
  checkNoLinkedDirectories,
  readStateFile,
  stateFileEnding,
  appendStateFile,
  checkAppendable,
  replaceStateFile,
  syncDirectory,
  checkBaselineTarget,
  writeBaselineFile
};
