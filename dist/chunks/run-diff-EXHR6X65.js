import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  finishCliScan
} from "./chunk-SCX5OCWG.js";
import {
  DEEPEN_FIX,
  boundariesIn,
  boundaryNote,
  fetchUntil,
  isShallow,
  scanRevisions
} from "./chunk-CNZRHLZM.js";
import "./chunk-KUQGWWTN.js";
import "./chunk-HZX5I5Y7.js";
import "./chunk-A7VOVMKD.js";
import {
  scan
} from "./chunk-LYEX5ESD.js";
import "./chunk-MTY2HTMF.js";
import "./chunk-ADEIAQO6.js";
import "./chunk-B6UR4YG2.js";
import "./chunk-NHKUNTIP.js";
import "./chunk-XUXT2HE2.js";
import "./chunk-EV6M6SSA.js";
import "./chunk-6I64PETV.js";
import "./chunk-JQQG2X3K.js";
import "./chunk-IWXFU2FD.js";
import "./chunk-WJYBGAJX.js";
import "./chunk-3HCE7QUY.js";
import "./chunk-CIM4RUF6.js";
import "./chunk-K6HYPD47.js";
import "./chunk-KT7CGH3D.js";
import "./chunk-TU3KUYFU.js";
import "./chunk-GIWBHFB6.js";
import {
  commitExists,
  countCommits,
  gitText,
  openRepository,
  resolveCommit,
  shortSha
} from "./chunk-K6UU3W6D.js";
import "./chunk-NCXP747E.js";
import {
  loadSuppressions
} from "./chunk-NTV3KXKO.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-Z2QTASWP.js";
import {
  SourceError,
  UsageError
} from "./chunk-SBG2HJLT.js";
import "./chunk-ZQ4PNIUJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NOCH2ITF.js";
import "./chunk-WF6X2IZB.js";

// src/commands/run-diff.ts
function parseRange(range, since) {
  if (range !== void 0 && since !== void 0) throw new UsageError("give either a range or --since, not both");
  if (since !== void 0) return { base: since, head: "HEAD", symmetric: false };
  if (range === void 0 || range === "")
    throw new UsageError("name a range: leakscan diff base..head (or --since REV)");
  const three = range.indexOf("...");
  if (three !== -1)
    return { base: range.slice(0, three) || "HEAD", head: range.slice(three + 3) || "HEAD", symmetric: true };
  const two = range.indexOf("..");
  if (two !== -1)
    return { base: range.slice(0, two) || "HEAD", head: range.slice(two + 2) || "HEAD", symmetric: false };
  return { base: range, head: "HEAD", symmetric: false };
}
async function runDiff(args) {
  const spec = parseRange(args.range, args.since);
  const repo = await openRepository(process.cwd());
  if (!repo.hasHead && spec.head === "HEAD")
    throw new SourceError(
      "empty repository: there are no commits to scan yet (use leakscan staged before the first commit)"
    );
  const notes = [];
  const head = await resolveCommit(repo.root, spec.head);
  if (repo.shallow && args.deepen && !await commitExists(repo.root, spec.base)) {
    const fetched = await fetchUntil({
      root: repo.root,
      complete: () => commitExists(repo.root, spec.base),
      depthOption: "--deepen",
      what: `the history back to ${spec.base}`,
      fix: DEEPEN_FIX
    });
    if (fetched.note) notes.push(fetched.note);
  }
  let base;
  if (await commitExists(repo.root, spec.base)) base = await resolveCommit(repo.root, spec.base);
  else if (!await isShallow(repo.root)) await resolveCommit(repo.root, spec.base);
  if (base && spec.symmetric)
    base = await gitText(repo.root, ["merge-base", base, head], `no merge base between ${spec.base} and ${spec.head}`);
  const suppressions = await loadSuppressions(repo.root, args.baseline);
  if (base === head) {
    notes.push(
      `the range is empty: ${spec.base} and ${spec.head} both resolve to commit ${shortSha(head)}; nothing to scan`
    );
    const result2 = await scan({
      cwd: repo.root,
      configFile: args.config,
      suppressions,
      source: async function* () {
      }
    });
    return finishCliScan(result2, args, "diff", notes);
  }
  const revisions = base ? [`${base}..${head}`] : [head];
  if (!base) {
    notes.push(
      `shallow clone: base '${spec.base}' is not in this clone, so the range could only be scanned from ${shortSha(head)} back to the shallow boundary; the commits between '${spec.base}' and that boundary were NOT scanned (if '${spec.base}' is not a typo: ${DEEPEN_FIX})`
    );
  }
  if (await isShallow(repo.root)) {
    let boundaries = await boundariesIn(repo.root, revisions);
    if (boundaries.length > 0 && args.deepen) {
      const fetched = await fetchUntil({
        root: repo.root,
        complete: async () => (await boundariesIn(repo.root, revisions)).length === 0,
        depthOption: "--deepen",
        what: "the history the range needs",
        fix: DEEPEN_FIX
      });
      if (fetched.note) notes.push(fetched.note);
      boundaries = await boundariesIn(repo.root, revisions);
    }
    if (boundaries.length > 0) notes.push(boundaryNote(boundaries, DEEPEN_FIX));
  }
  if (await countCommits(repo.root, revisions) === 0)
    notes.push(`no commits in ${spec.base}..${spec.head}: ${spec.head} is already contained in ${spec.base}`);
  const result = await scanRevisions({
    root: repo.root,
    revisions,
    head,
    configFile: args.config,
    suppressions,
    baselineFile: args.baseline
  });
  return finishCliScan(result, args, "diff", notes);
}
export {
  parseRange,
  runDiff
};
