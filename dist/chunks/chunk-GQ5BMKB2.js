import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  fetchGit,
  firstLines,
  gitText,
  shallowBoundaries,
  shortSha
} from "./chunk-A5CIQFFQ.js";
import {
  SourceError
} from "./chunk-SBG2HJLT.js";

// src/sources/shallow.ts
var DEPTH_STEPS = [50, 200, 1e3];
async function fetchUntil(request) {
  if (await request.complete()) return { note: void 0, complete: true };
  const { firstDepth } = request;
  const depths = request.unshallowFirst ? [] : [
    .../* @__PURE__ */ new Set([
      ...firstDepth !== void 0 ? [firstDepth] : [],
      ...DEPTH_STEPS.filter((d) => firstDepth === void 0 || d > firstDepth)
    ])
  ];
  const remoteText = request.remote ? ` ${request.remote}` : "";
  for (const depth of depths) {
    if (!await isShallow(request.root)) break;
    await fetchOrFail(request, [`${request.depthOption}=${depth}`]);
    if (await request.complete())
      return {
        note: `shallow checkout: fetched ${request.what} (git fetch ${request.depthOption}=${depth}${remoteText})`,
        complete: true
      };
  }
  const unshallow = await isShallow(request.root);
  await fetchOrFail(request, unshallow ? ["--unshallow"] : []);
  const note = `${unshallow ? "shallow checkout: " : ""}fetched ${request.what} (git fetch${unshallow ? " --unshallow" : ""}${remoteText})`;
  return { note, complete: await request.complete() };
}
async function fetchOrFail(request, options) {
  const wants = request.wants ?? [];
  const command = [
    "git fetch --no-tags",
    ...options,
    ...request.remote ? [request.remote] : [],
    ...wants.map((w) => /^[0-9a-f]{40}$/.test(w) ? shortSha(w) : w)
  ].join(" ");
  request.log?.(`fetching ${request.what}: ${command}`);
  const result = await fetchGit(request.root, options, request.remote, wants);
  if (result.code !== 0)
    throw new SourceError(
      `cannot fetch ${request.what} (${command}): ${firstLines(result.stderr, 3) || `git exited with ${result.code}`}. Fix: ${request.fix}`
    );
}
async function isShallow(root) {
  return await gitText(root, ["rev-parse", "--is-shallow-repository"], "cannot inspect the repository") === "true";
}
async function boundariesIn(root, revListArgs) {
  const boundaries = await shallowBoundaries(root);
  if (boundaries.size === 0) return [];
  const listed = await gitText(root, ["rev-list", ...revListArgs], "cannot list commits");
  return listed.split("\n").filter((sha) => boundaries.has(sha));
}
function boundaryNote(boundaries, fix) {
  const list = boundaries.slice(0, 5).map(shortSha).join(", ") + (boundaries.length > 5 ? `, \u2026 (${boundaries.length} in all)` : "");
  return `shallow clone: the history before ${list} is not in this clone and was NOT scanned; ${boundaries.length === 1 ? "that commit has" : "those commits have"} no parent here, so ${boundaries.length === 1 ? "its" : "their"} whole tree was scanned as if added there (a finding attributed to a boundary commit may be older). Fix: ${fix}`;
}
var DEEPEN_FIX = "rerun with --deepen (fetches the missing history from the remote), or run 'git fetch --unshallow' (in GitHub Actions: actions/checkout with fetch-depth: 0)";

export {
  fetchUntil,
  isShallow,
  boundariesIn,
  boundaryNote,
  DEEPEN_FIX
};
