import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  SourceError
} from "./chunk-SBG2HJLT.js";

// src/sources/git.ts
import { spawn } from "node:child_process";
import { devNull } from "node:os";
var HARDENING = [
  // Programs git would run on the repository's say.
  "core.fsmonitor=false",
  `core.hooksPath=${devNull}`,
  "core.pager=cat",
  // Empty: no askpass program from config (a GIT_ASKPASS the user exported still wins, as git reads it first).
  "core.askPass=",
  // Only consulted when the repository has alternates; `true` prints no refs, so none are advertised.
  "core.alternateRefsCommand=true",
  "log.showSignature=false",
  "gpg.program=gpg",
  "gpg.ssh.program=ssh-keygen",
  "gpg.x509.program=gpgsm",
  "maintenance.auto=false",
  "gc.auto=0",
  // What is read: stored objects and history as they are, output in a fixed, parseable shape.
  "core.useReplaceRefs=false",
  "core.bigFileThreshold=512m",
  "log.showRoot=true",
  "i18n.logOutputEncoding=UTF-8",
  "core.quotePath=false",
  "color.ui=false",
  "diff.noprefix=false",
  "diff.mnemonicPrefix=false",
  "diff.relative=false"
];
var asConfigArgs = (settings) => settings.flatMap((setting) => ["-c", setting]);
var HARDENED_CONFIG = asConfigArgs(HARDENING);
var HOOKS_PATH_FREE = asConfigArgs(HARDENING.filter((setting) => !setting.startsWith("core.hooksPath=")));
function gitEnv() {
  return {
    ...process.env,
    GIT_PAGER: "cat",
    PAGER: "cat",
    LC_ALL: "C",
    GIT_TERMINAL_PROMPT: "0",
    GIT_NO_REPLACE_OBJECTS: "1",
    GIT_GRAFT_FILE: devNull,
    GIT_PROXY_COMMAND: process.env.GIT_PROXY_COMMAND ?? "",
    // Transports: the usual ones only, whatever `protocol.*.allow` says (this variable overrides that config):
    // `ext::` runs a command, and any other `name::` runs a remote helper.
    GIT_ALLOW_PROTOCOL: process.env.GIT_ALLOW_PROTOCOL ?? "file:git:ssh:http:https"
  };
}
function spawnGit(cwd, args, options = {}) {
  const config = options.configuredHooksPath ? HOOKS_PATH_FREE : HARDENED_CONFIG;
  return spawn("git", ["--no-pager", ...config, ...options.extraConfig ?? [], ...args], {
    cwd,
    env: gitEnv(),
    stdio: ["pipe", "pipe", "pipe"]
  });
}
function runGit(cwd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnGit(cwd, args, options);
    const out = [];
    let stderr = "";
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => stderr += chunk.toString("utf8"));
    child.on(
      "error",
      (error) => reject(new SourceError(`cannot run git: ${error.message}; is git installed and on PATH?`, {}, { cause: error }))
    );
    child.on("close", (code) => resolve({ stdout: Buffer.concat(out), stderr, code: code ?? 1 }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
  });
}
async function gitText(cwd, args, what, options = {}) {
  const result = await runGit(cwd, args, options);
  if (result.code !== 0)
    throw new SourceError(`${what}: ${firstLines(result.stderr) || `git exited with ${result.code}`}`);
  return result.stdout.toString("utf8").trimEnd();
}
async function* streamGit(cwd, args, what, input) {
  const child = spawnGit(cwd, args);
  child.stdin.on("error", () => void 0);
  child.stdin.end(input ?? "");
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 16384) stderr += chunk.toString("utf8");
  });
  const exited = new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new SourceError(`cannot run git: ${error.message}`, {}, { cause: error })));
    child.on("close", (code2, signal) => resolve(code2 ?? (signal ? 128 : 1)));
  });
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk;
    finished = true;
  } finally {
    if (!finished) child.kill();
  }
  const code = await exited;
  if (code !== 0) throw new SourceError(`${what}: ${firstLines(stderr) || `git exited with ${code}`}`);
}
function firstLines(text, count = 4) {
  return text.trim().split("\n").slice(0, count).join("; ");
}
async function fetchGit(root, options, remote, refs = []) {
  const extraConfig = await trustedFetchConfig(root);
  const target = remote === void 0 ? [] : ["--end-of-options", remote, ...refs];
  return runGit(
    root,
    [
      "fetch",
      "--quiet",
      "--no-tags",
      "--no-recurse-submodules",
      "--upload-pack=git-upload-pack",
      ...options,
      ...target
    ],
    { extraConfig }
  );
}
var FETCH_PROGRAM_KEYS = /^(credential\..*helper|core\.sshcommand)$/;
async function trustedFetchConfig(root) {
  const listed = await runGit(root, ["config", "--show-scope", "--null", "--get-regexp", FETCH_PROGRAM_KEYS.source]);
  const trusted = [];
  let sshCommand = process.env.GIT_SSH ? `'${process.env.GIT_SSH.replace(/'/g, "'\\''")}'` : "ssh";
  const fields = listed.stdout.toString("utf8").split("\0");
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const scope = fields[i];
    const entry = fields[i + 1];
    const newline = entry.indexOf("\n");
    const [key, value] = newline === -1 ? [entry, ""] : [entry.slice(0, newline), entry.slice(newline + 1)];
    if (scope !== "system" && scope !== "global") continue;
    if (key === "core.sshcommand") sshCommand = value;
    else trusted.push("-c", `${key}=${value}`);
  }
  return ["-c", `core.sshCommand=${sshCommand}`, "-c", "credential.helper=", ...trusted];
}
async function openRepository(cwd) {
  const result = await runGit(cwd, [
    "rev-parse",
    "--show-toplevel",
    "--is-shallow-repository",
    "--verify",
    "--quiet",
    "HEAD^{commit}"
  ]);
  const lines = result.stdout.toString("utf8").replace(/\n$/, "").split("\n");
  const hasHead = result.code === 0;
  if (result.code !== 0 && result.code !== 1 || lines.length < (hasHead ? 3 : 2)) {
    if (/not a git repository/i.test(result.stderr))
      throw new SourceError(
        `not a git repository: ${cwd} (run leakscan inside a git work tree, or use 'leakscan scan' for plain files)`,
        { file: cwd }
      );
    throw new SourceError(
      `cannot read the git repository at ${cwd}: ${firstLines(result.stderr) || `git exited with ${result.code}`}`,
      { file: cwd }
    );
  }
  if (hasHead) lines.pop();
  const shallow = lines.pop() === "true";
  return { root: lines.join("\n").trim(), hasHead, shallow };
}
function checkRevision(revision) {
  if (revision === "" || revision.startsWith("-") || /[\u0000-\u001f\u007f]/.test(revision)) {
    throw new SourceError(
      `bad revision '${revision.replace(/[\u0000-\u001f\u007f]/g, "?")}': a revision cannot be empty, start with '-' or hold control characters`,
      { commit: revision }
    );
  }
}
async function resolveCommit(root, revision) {
  checkRevision(revision);
  const result = await runGit(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]);
  if (result.code !== 0)
    throw new SourceError(`bad revision '${revision}': no such commit in this repository`, { commit: revision });
  return result.stdout.toString("utf8").trim();
}
async function commitExists(root, revision) {
  checkRevision(revision);
  return (await runGit(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`])).code === 0;
}
async function shallowBoundaries(root) {
  const path = await gitText(
    root,
    ["rev-parse", "--path-format=absolute", "--git-path", "shallow"],
    "cannot locate the shallow file"
  );
  const { readFile } = await import("node:fs/promises");
  try {
    return new Set(
      (await readFile(path, "utf8")).split("\n").map((line) => line.trim()).filter(Boolean)
    );
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
async function countCommits(root, revListArgs) {
  const text = await gitText(root, ["rev-list", "--count", ...revListArgs], "cannot list commits");
  return Number.parseInt(text, 10) || 0;
}
async function originUrl(cwd) {
  try {
    const result = await runGit(cwd, ["config", "--get", "remote.origin.url"]);
    const url = result.stdout.toString("utf8").trim();
    return result.code === 0 && url ? url : void 0;
  } catch {
    return void 0;
  }
}
var shortSha = (sha) => sha.slice(0, 12);

export {
  HARDENING,
  spawnGit,
  runGit,
  gitText,
  streamGit,
  firstLines,
  fetchGit,
  openRepository,
  checkRevision,
  resolveCommit,
  commitExists,
  shallowBoundaries,
  countCommits,
  originUrl,
  shortSha
};
