#!/usr/bin/env node
import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import "./chunks/chunk-WF6X2IZB.js";

// src/cli.ts
import { fileURLToPath } from "node:url";

// src/code-cache.ts
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join } from "node:path";
import { Script } from "node:vm";
function requireWithCodeCache(file, importer, env = process.env) {
  const source = readFileSync(file);
  const crypto = createRequire(import.meta.url)("node:crypto");
  const sha256 = (data) => crypto.createHash("sha256").update(data).digest();
  const directory = cacheDirectory(env);
  const cacheFile = directory && join(
    directory,
    `${basename(file)}-${sha256(source).toString("hex").slice(0, 32)}-${process.version}-${process.arch}.v8`
  );
  const cachedData = cacheFile ? readCache(cacheFile, sha256) : void 0;
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname, __leakscanImport) {${source.toString("utf8")}
})`,
    { filename: file, ...cachedData ? { cachedData } : {} }
  );
  const loaded = { exports: {} };
  script.runInThisContext().call(
    loaded.exports,
    loaded.exports,
    createRequire(file),
    loaded,
    file,
    dirname(file),
    importer
  );
  const state = !cachedData ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  return {
    exports: loaded.exports,
    state,
    // Called once the run is done: the cache then holds the functions this run compiled, not just the top level.
    save() {
      if (state === "used" || !directory || !cacheFile) return;
      const payload = script.createCachedData();
      writeCache(directory, cacheFile, [sha256(payload), payload], crypto.randomBytes(6).toString("hex"));
    }
  };
}
function cacheDirectory(env) {
  const configured = env.XDG_CACHE_HOME;
  if (configured && isAbsolute(configured)) return join(configured, "leakscan");
  try {
    const home = homedir();
    return home && isAbsolute(home) ? join(home, ".cache", "leakscan") : void 0;
  } catch {
    return void 0;
  }
}
var CHECKSUM_BYTES = 32;
var MAX_CACHE_BYTES = 64 << 20;
function readCache(path, sha256) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return void 0;
  }
  try {
    const stat = fstatSync(fd);
    const owner = process.getuid?.();
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES || (stat.mode & 18) !== 0) return void 0;
    if (owner !== void 0 && stat.uid !== owner) return void 0;
    const data = readFileSync(fd);
    if (data.length <= CHECKSUM_BYTES) return void 0;
    const payload = data.subarray(CHECKSUM_BYTES);
    return sha256(payload).equals(data.subarray(0, CHECKSUM_BYTES)) ? payload : void 0;
  } catch {
    return void 0;
  } finally {
    closeSync(fd);
  }
}
function writeCache(directory, path, parts, nonce) {
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${nonce}.tmp`);
  let fd;
  try {
    mkdirSync(directory, { recursive: true, mode: 448 });
    fd = openSync(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      384
    );
    for (const part of parts) for (let done = 0; done < part.length; ) done += writeSync(fd, part, done);
    closeSync(fd);
    fd = void 0;
    renameSync(temporary, path);
  } catch {
    if (fd !== void 0) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
    }
  }
}

// src/cli.ts
var rawArgs = process.argv.slice(2);
var endOfOptions = rawArgs.indexOf("--");
var argv = rawArgs.map((arg, i) => arg === "-" && (endOfOptions === -1 || i < endOfOptions) ? "--stdin" : arg);
async function runStaged(args) {
  if (import.meta.url.endsWith(".ts")) return (await import("./staged-fast-path.cjs")).runStagedFastPath(args);
  const bundle = requireWithCodeCache(
    fileURLToPath(new URL("./staged-fast-path.cjs", import.meta.url)),
    (specifier) => import(specifier)
  );
  const handled2 = await bundle.exports.runStagedFastPath(args);
  bundle.save();
  return handled2;
}
var handled = argv[0] === "staged" && await runStaged(argv.slice(1));
if (!handled) await (await import("./chunks/full-cli-OXE6K6AJ.js")).runCli(argv);
