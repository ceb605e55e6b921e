import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  FleetError
} from "./chunk-MFF7ALV6.js";
import {
  SCP_LIKE
} from "./chunk-OBGJFIS4.js";

// src/fleet/repo-url.ts
import { createHash } from "node:crypto";
import { isAbsolute } from "node:path";
var CONTROL = /[\u0000-\u001f\u007f]/;
var SCHEMES = /* @__PURE__ */ new Set(["https:", "http:", "ssh:", "git:", "file:"]);
function parseRepo(address) {
  const url = address.trim();
  const shown = url.replace(CONTROL, "?").slice(0, 200);
  if (url === "" || url.startsWith("-") || CONTROL.test(url))
    throw new FleetError(`not a repository address: '${shown}' (empty, starts with '-' or holds control characters)`);
  if (isAbsolute(url)) return { url, name: url };
  if (SCP_LIKE.test(url)) return { url, name: url.replace(/^[^@]+@/, "") };
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new FleetError(`not a repository address: '${stripCredentials(shown)}' (use a URL or an absolute path)`);
  }
  if (!SCHEMES.has(parsed.protocol))
    throw new FleetError(
      `not a repository address: '${stripCredentials(shown)}' (transport ${parsed.protocol.replace(/:$/, "")} is not allowed: https, http, ssh, git, file)`
    );
  return { url, name: stripCredentials(url) };
}
function stripCredentials(url) {
  try {
    const parsed = new URL(url);
    if (parsed.username === "" && parsed.password === "") return url;
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/@]*@/, "//");
  }
}
function storageName(name) {
  const readable = name.replace(/^[a-z]+:\/\//, "").replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._-]+/, "").slice(-60);
  return `${readable || "repo"}-${createHash("sha256").update(name).digest("hex").slice(0, 16)}`;
}
function parseRepoList(text, file) {
  const repos = /* @__PURE__ */ new Map();
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    try {
      const repo = parseRepo(trimmed);
      if (!repos.has(repo.name)) repos.set(repo.name, repo);
    } catch (error) {
      throw new FleetError(`${file}:${index + 1}: ${error.message}`);
    }
  });
  return [...repos.values()];
}

export {
  parseRepo,
  storageName,
  parseRepoList
};
