import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  gitText,
  openRepository,
  runGit
} from "./chunk-K6UU3W6D.js";
import {
  SourceError
} from "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/hook/install.ts
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";

// src/hook/hook-script.ts
var HOOK_MARKER = "# leakscan pre-commit hook: installed by `leakscan hook install`";
var CHAINED_SUFFIX = ".leakscan-chained";
function shellQuote(value) {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
function renderHook(nodePath, cliPath) {
  return `#!/bin/sh
${HOOK_MARKER}
# Bypass once: LEAKSCAN_SKIP=1 git commit ...   (or git commit --no-verify, which skips every hook)
# Remove: leakscan hook uninstall   (restores the hook this one chained, if any)
hook_dir=$(dirname -- "$0")
if [ -x "$hook_dir/pre-commit${CHAINED_SUFFIX}" ]; then
  "$hook_dir/pre-commit${CHAINED_SUFFIX}" "$@" || exit $?
fi
if [ "\${LEAKSCAN_SKIP:-}" = "1" ]; then
  echo "leakscan: LEAKSCAN_SKIP=1: the staged changes were NOT scanned for secrets" >&2
  exit 0
fi
leakscan_node=${shellQuote(nodePath)}
leakscan_cli=${shellQuote(cliPath)}
if [ -f "$leakscan_cli" ]; then
  if [ -x "$leakscan_node" ]; then exec "$leakscan_node" "$leakscan_cli" staged; fi
  if command -v node >/dev/null 2>&1; then exec node "$leakscan_cli" staged; fi
fi
top=$(git rev-parse --show-toplevel 2>/dev/null)
if [ -n "$top" ] && [ -x "$top/node_modules/.bin/leakscan" ]; then exec "$top/node_modules/.bin/leakscan" staged; fi
if command -v leakscan >/dev/null 2>&1; then exec leakscan staged; fi
echo "leakscan: cannot run the secret scan: $leakscan_cli is gone and no leakscan was found in node_modules/.bin or on PATH." >&2
echo "leakscan: reinstall the hook (leakscan hook install), or bypass once with LEAKSCAN_SKIP=1 git commit ..." >&2
exit 1
`;
}

// src/hook/install.ts
async function hookPaths(cwd) {
  const repo = await openRepository(cwd);
  const configured = await runGit(repo.root, ["config", "--get", "core.hooksPath"], { configuredHooksPath: true });
  const hooksPath = configured.code === 0 ? configured.stdout.toString("utf8").trim() : "";
  let dir;
  if (hooksPath)
    dir = isAbsolute(hooksPath) ? hooksPath : resolve(repo.root, hooksPath.replace(/^~(?=\/)/, process.env.HOME ?? "~"));
  else
    dir = await gitText(
      repo.root,
      ["rev-parse", "--path-format=absolute", "--git-path", "hooks"],
      "cannot locate the hooks directory",
      { configuredHooksPath: true }
    );
  return { dir, hook: join(dir, "pre-commit"), chained: join(dir, `pre-commit${CHAINED_SUFFIX}`) };
}
var readText = (path) => readFile(path, "utf8").catch(() => void 0);
var exists = (path) => stat(path).then(
  () => true,
  () => false
);
async function installHook(options) {
  const paths = await hookPaths(options.cwd);
  const messages = [];
  await mkdir(paths.dir, { recursive: true });
  const existing = await readText(paths.hook);
  if (existing !== void 0 && !existing.includes(HOOK_MARKER)) {
    if (options.force) {
      messages.push(`replaced the existing hook ${paths.hook} (--force: it is not kept)`);
    } else {
      if (await exists(paths.chained)) {
        throw new SourceError(
          `${paths.chained} already exists, so the current ${paths.hook} cannot be chained; move one of them, or use --force to replace the hook`
        );
      }
      await rename(paths.hook, paths.chained);
      messages.push(`kept the existing hook: it now runs first, from ${paths.chained}`);
    }
  }
  await writeFile(paths.hook, renderHook(options.nodePath, options.cliPath));
  await chmod(paths.hook, 493);
  messages.unshift(`installed the leakscan pre-commit hook in ${paths.hook}`);
  return messages;
}
async function uninstallHook(cwd) {
  const paths = await hookPaths(cwd);
  const existing = await readText(paths.hook);
  if (existing === void 0) return [`no pre-commit hook in ${paths.dir}: nothing to do`];
  if (!existing.includes(HOOK_MARKER))
    throw new SourceError(`${paths.hook} was not installed by leakscan; leaving it alone`);
  await rm(paths.hook);
  if (await exists(paths.chained)) {
    await rename(paths.chained, paths.hook);
    return [`removed the leakscan hook; restored the previous hook ${paths.hook}`];
  }
  return [`removed the leakscan hook ${paths.hook}`];
}
export {
  hookPaths,
  installHook,
  uninstallHook
};
