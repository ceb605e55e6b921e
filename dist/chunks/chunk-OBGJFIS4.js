import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  HARDENING,
  firstLines,
  gitText
} from "./chunk-A5CIQFFQ.js";
import {
  SourceError,
  UsageError
} from "./chunk-SBG2HJLT.js";

// src/sources/remote-clone.ts
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
var URL_SCHEMES = /* @__PURE__ */ new Set(["https:", "http:", "ssh:", "git:", "file:"]);
var GITHUB_SHORTHAND = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
var SCP_LIKE = /^[A-Za-z0-9._-]+@[A-Za-z0-9][A-Za-z0-9.-]*:(?!\/\/)\S+$/;
function printableUrl(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, "$1");
}
function withoutCredentials(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s'"]*@/gi, "$1");
}
function remoteTarget(given, env = process.env) {
  if (/[\u0000-\u001f\u007f]/.test(given) || given.startsWith("-")) return void 0;
  if (/^[A-Za-z0-9+.-]+::/.test(given))
    throw new UsageError(
      `unsupported transport '${given.slice(0, given.indexOf("::"))}::': use an https, ssh or file URL`
    );
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(given);
  if (scheme) {
    let url;
    try {
      url = new URL(given);
    } catch {
      throw new UsageError(`not a repository URL: '${printableUrl(given)}'`);
    }
    if (!URL_SCHEMES.has(url.protocol))
      throw new UsageError(`unsupported URL scheme '${url.protocol}': use https, http, ssh, git or file`);
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      if (url.password) throw new UsageError(`a password in a ${url.protocol} URL is not used: remove it`);
      return { url: given };
    }
    const username = url.username ? decodeURIComponent(url.username) : void 0;
    if (!url.password) return { url: url.href, username };
    const password = decodeURIComponent(url.password);
    url.username = "";
    url.password = "";
    return { url: url.href, username, password };
  }
  if (GITHUB_SHORTHAND.test(given)) {
    const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    const target = remoteTarget(`${server}/${given.replace(/\.git$/, "")}.git`, env);
    return target && { ...target, shorthand: true };
  }
  if (SCP_LIKE.test(given)) return { url: given };
  return void 0;
}
async function cloneRepository(request) {
  const env = request.env ?? process.env;
  const work = await mkdtemp(join(tmpdir(), "leakscan-remote-"));
  const root = request.keepIn ? resolve(request.keepIn) : join(work, "repository");
  const cleanup = () => removeTree(work);
  try {
    if (request.keepIn && existsSync(root) && readdirSync(root).length > 0)
      throw new UsageError(`--keep-clone ${request.keepIn}: the directory exists and is not empty`);
    const template = join(work, "template");
    mkdirSync(join(template, "info"), { recursive: true });
    writeFileSync(join(template, "info", "attributes"), "* -text -eol -filter -ident -working-tree-encoding\n");
    const cloneEnv = credentialEnv(request.target, env, work);
    const url = printableUrl(request.target.url);
    const args = [
      "clone",
      `--template=${template}`,
      "--no-recurse-submodules",
      "--upload-pack=git-upload-pack",
      // Named here, before --end-of-options: simple-git's progress plugin would otherwise append it after the URL.
      ...request.progress ? ["--progress"] : ["--quiet"],
      ...request.depth === "head" ? ["--depth=1", "--single-branch", "--no-tags"] : ["--no-checkout"],
      "--end-of-options",
      request.target.url,
      root
    ];
    await whileInterruptible(
      () => {
        cleanup();
        if (request.keepIn) removeTree(root);
      },
      (abort) => runClone(args, cloneEnv.env, cloneEnv.extraConfig, request.progress, url, abort),
      { stopAndWait: true }
    );
    const commit = await gitText(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], "no HEAD").catch(
      () => void 0
    );
    if (request.depth !== "head" && commit) await keepRemoteBranchesOnly(root, commit);
    return {
      root,
      origin: { url, commit },
      remove: () => {
        cleanup();
      }
    };
  } catch (error) {
    cleanup();
    if (request.keepIn && !(error instanceof UsageError)) removeTree(root);
    throw error;
  }
}
async function keepRemoteBranchesOnly(root, commit) {
  const branch = (await gitText(root, ["symbolic-ref", "--quiet", "HEAD"], "cannot read HEAD").catch(() => "")).trim();
  if (!branch.startsWith("refs/heads/")) return;
  await gitText(root, ["update-ref", "--no-deref", "HEAD", commit], "cannot detach HEAD");
  await gitText(root, ["update-ref", "-d", branch], "cannot remove the local branch");
}
async function withClone(request, use) {
  const clone = await cloneRepository(request);
  try {
    return await whileInterruptible(clone.remove, () => use(clone));
  } finally {
    clone.remove();
  }
}
function removeTree(dir) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  } catch (error) {
    process.stderr.write(`leakscan: could not remove ${dir}: ${error.message}
`);
  }
}
var STOP_GRACE_MS = 2e3;
async function whileInterruptible(cleanup, work, { stopAndWait = false } = {}) {
  const controller = new AbortController();
  let running;
  let interrupted = false;
  const onSignal = (signal) => {
    interrupted = true;
    const die = () => {
      cleanup();
      process.kill(process.pid, signal);
    };
    if (!stopAndWait || !running) return die();
    controller.abort();
    const grace = new Promise((settle) => setTimeout(settle, STOP_GRACE_MS).unref());
    void Promise.race([running.catch(() => void 0), grace]).then(die);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    running = work(controller.signal);
    return await running;
  } catch (error) {
    if (interrupted) return new Promise(() => void 0);
    throw error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
function credentialEnv(target, env, work) {
  const base = { ...env };
  for (const name of [
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_NAMESPACE",
    "GIT_CONFIG_PARAMETERS",
    "GIT_CONFIG_COUNT"
  ])
    delete base[name];
  for (const name of Object.keys(base)) if (/^GIT_CONFIG_(KEY|VALUE)_\d+$/.test(name)) delete base[name];
  Object.assign(base, {
    GIT_TERMINAL_PROMPT: "0",
    GIT_ALLOW_PROTOCOL: env.GIT_ALLOW_PROTOCOL ?? "file:git:ssh:http:https",
    GIT_PROXY_COMMAND: env.GIT_PROXY_COMMAND ?? "",
    LC_ALL: "C"
  });
  const token = target.password ?? env.LEAKSCAN_GIT_TOKEN;
  const url = new URL(/^https?:\/\//.test(target.url) ? target.url : "invalid://");
  if (!token || url.protocol !== "https:" && url.protocol !== "http:") return { env: base, extraConfig: [] };
  const username = target.username ?? env.LEAKSCAN_GIT_USERNAME ?? "x-access-token";
  const askpass = join(work, "askpass.sh");
  writeFileSync(
    askpass,
    [
      "#!/bin/sh",
      `if [ "$1" = "$LEAKSCAN_ASKPASS_USERNAME_PROMPT" ]; then printf '%s\\n' "$LEAKSCAN_ASKPASS_USERNAME";`,
      `elif [ "$1" = "$LEAKSCAN_ASKPASS_PASSWORD_PROMPT" ]; then printf '%s\\n' "$LEAKSCAN_ASKPASS_TOKEN";`,
      "else exit 1; fi",
      ""
    ].join("\n"),
    { mode: 448 }
  );
  const origin = `${url.protocol}//${url.host}`;
  return {
    env: {
      ...base,
      GIT_ASKPASS: askpass,
      LEAKSCAN_ASKPASS_USERNAME: username,
      LEAKSCAN_ASKPASS_USERNAME_PROMPT: `Username for '${origin}': `,
      LEAKSCAN_ASKPASS_PASSWORD_PROMPT: `Password for '${url.protocol}//${username}@${url.host}': `,
      LEAKSCAN_ASKPASS_TOKEN: token
    },
    extraConfig: ["credential.helper="]
  };
}
async function runClone(args, env, extraConfig, progress, url, abort) {
  const { simpleGit } = await import("./dist-V3WNXJD2.js");
  const config = [...HARDENING, "http.lowSpeedLimit=1", "http.lowSpeedTime=60", ...extraConfig];
  const draw = progress ? progressLine(progress, url) : void 0;
  const git = simpleGit({
    config,
    strict: true,
    allowConfig: config.map((setting) => setting.slice(0, setting.indexOf("="))),
    allowEnvironment: Object.keys(env).filter((name) => env[name] !== void 0),
    // Both fixed by leakscan: the stock upload-pack, and a template holding only info/attributes.
    unsafe: { allowUnsafePack: true, allowUnsafeTemplateDir: true },
    // Aborted (an interrupt), simple-git kills the clone's git process.
    abort,
    // simple-git's own option type has no room for undefined.
    ...draw ? { progress: draw.update } : {}
  }).env(env);
  try {
    await git.raw(args);
  } catch (error) {
    throw cloneError(url, error);
  } finally {
    draw?.done();
  }
}
var REDRAW_MS = 100;
function progressLine(stream, url) {
  let drawn = false;
  let last = 0;
  return {
    update: (event) => {
      const now = performance.now();
      if (now - last < REDRAW_MS && event.progress < 100) return;
      last = now;
      drawn = true;
      stream.write(`\r\x1B[2Kcloning ${url}: ${event.stage} ${event.progress}% (${event.processed}/${event.total})`);
    },
    done: () => {
      if (drawn) stream.write("\r\x1B[2K");
    }
  };
}
function cloneError(url, error) {
  const said = withoutCredentials(firstLines(error instanceof Error ? error.message : String(error)));
  const hint = /could not read (Username|Password)|Authentication failed|terminal prompts disabled|HTTP Basic: Access denied|\b40[13]\b|Permission denied \(publickey/i.test(
    said
  ) ? "authentication required or refused: for https set LEAKSCAN_GIT_TOKEN (or GIT_ASKPASS, or a credential helper); for ssh, a key the server accepts" : /not found|does not appear to be a git repository|does not exist|Could not resolve host|Connection refused|unable to access|Could not read from remote/i.test(
    said
  ) ? 'the repository cannot be reached, or does not exist (a private repository also answers "not found" without credentials)' : "git could not clone it";
  return new SourceError(`cannot clone ${url}: ${hint}; git said: ${said}`);
}

export {
  SCP_LIKE,
  remoteTarget,
  withClone
};
