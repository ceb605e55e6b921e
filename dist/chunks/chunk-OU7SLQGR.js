import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  SourceError
} from "./chunk-JFG6ZZTS.js";

// src/sources/git.ts
import { spawn } from "node:child_process";
var FIXED_CONFIG = ["-c", "core.quotePath=false", "-c", "color.ui=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false", "-c", "diff.relative=false"];
var gitEnv = () => ({ ...process.env, GIT_PAGER: "cat", PAGER: "cat", LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" });
function runGit(cwd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", [...FIXED_CONFIG, ...args], { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    let stderr = "";
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => stderr += chunk.toString("utf8"));
    child.on("error", (error) => reject(new SourceError(`cannot run git: ${error.message}; is git installed and on PATH?`, {}, { cause: error })));
    child.on("close", (code) => resolve({ stdout: Buffer.concat(out), stderr, code: code ?? 1 }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
  });
}
async function gitText(cwd, args, what) {
  const result = await runGit(cwd, args);
  if (result.code !== 0) throw new SourceError(`${what}: ${firstLines(result.stderr) || `git exited with ${result.code}`}`);
  return result.stdout.toString("utf8").trimEnd();
}
async function* streamGit(cwd, args, what) {
  const child = spawn("git", [...FIXED_CONFIG, ...args], { cwd, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] });
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
function firstLines(text) {
  return text.trim().split("\n").slice(0, 4).join("; ");
}
async function openRepository(cwd) {
  const result = await runGit(cwd, ["rev-parse", "--show-toplevel", "--is-shallow-repository", "--verify", "--quiet", "HEAD^{commit}"]);
  const lines = result.stdout.toString("utf8").replace(/\n$/, "").split("\n");
  const hasHead = result.code === 0;
  if (result.code !== 0 && result.code !== 1 || lines.length < (hasHead ? 3 : 2)) {
    if (/not a git repository/i.test(result.stderr)) throw new SourceError(`not a git repository: ${cwd} (run leakscan inside a git work tree, or use 'leakscan scan' for plain files)`, { file: cwd });
    throw new SourceError(`cannot read the git repository at ${cwd}: ${firstLines(result.stderr) || `git exited with ${result.code}`}`, { file: cwd });
  }
  if (hasHead) lines.pop();
  const shallow = lines.pop() === "true";
  return { root: lines.join("\n").trim(), hasHead, shallow };
}
async function resolveCommit(root, revision) {
  if (revision.startsWith("-")) throw new SourceError(`bad revision '${revision}': a revision cannot start with '-'`, { commit: revision });
  const result = await runGit(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]);
  if (result.code !== 0) throw new SourceError(`bad revision '${revision}': no such commit in this repository`, { commit: revision });
  return result.stdout.toString("utf8").trim();
}
async function commitExists(root, revision) {
  if (revision.startsWith("-")) return false;
  return (await runGit(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`])).code === 0;
}
async function shallowBoundaries(root) {
  const path = await gitText(root, ["rev-parse", "--path-format=absolute", "--git-path", "shallow"], "cannot locate the shallow file");
  const { readFile } = await import("node:fs/promises");
  try {
    return new Set((await readFile(path, "utf8")).split("\n").map((line) => line.trim()).filter(Boolean));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
async function countCommits(root, revListArgs) {
  const text = await gitText(root, ["rev-list", "--count", ...revListArgs], "cannot list commits");
  return Number.parseInt(text, 10) || 0;
}

export {
  runGit,
  gitText,
  streamGit,
  openRepository,
  resolveCommit,
  commitExists,
  shallowBoundaries,
  countCommits
};
