import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  deliverPending,
  legacyOutboxNote,
  outboxPath,
  tallyLine
} from "./chunk-PE5XNF6P.js";
import {
  Outbox
} from "./chunk-5C42RKGV.js";
import "./chunk-SYH7AL26.js";
import "./chunk-TCMEDIPO.js";
import {
  EXIT_CLEAN,
  EXIT_LEAKS
} from "./chunk-LEWFHLIX.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-A5CIQFFQ.js";
import {
  loadConfig
} from "./chunk-HWL32VRT.js";
import "./chunk-G7RB6AHY.js";
import "./chunk-354T74UX.js";
import "./chunk-6VP5PA7T.js";
import "./chunk-ZDNC562W.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-EA75SS5A.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-Z2QTASWP.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/commands/run-rotate.ts
async function runRotate(args) {
  const cwd = process.cwd();
  const config = await loadConfig(cwd, args.config);
  const rotation = args.outbox ? { ...config.rotation, outbox: args.outbox } : config.rotation;
  const outbox = new Outbox(outboxPath(rotation, cwd));
  const legacy = legacyOutboxNote(rotation, cwd);
  if (legacy) process.stderr.write(`${legacy}
`);
  if (args.action === "status") {
    const { entries, unreadable } = outbox.read();
    const all = [...entries.values()];
    if (args.json) {
      const strip = ({ body: _body, ...entry }) => entry;
      process.stdout.write(
        `${JSON.stringify({ outbox: outbox.path, unreadableLines: unreadable, notices: all.map(strip) }, null, 2)}
`
      );
      return EXIT_CLEAN;
    }
    process.stdout.write(statusText(all, unreadable, outbox.path, new Set(rotation.targets.map((t) => t.name))));
    return EXIT_CLEAN;
  }
  const tallies = await outbox.withLock(async () => {
    if (args["retry-failed"]) {
      const failed = [...outbox.read().entries.values()].filter((entry) => entry.state === "failed");
      outbox.append(
        failed.map((entry) => ({
          type: "requeued",
          at: (/* @__PURE__ */ new Date()).toISOString(),
          target: entry.target,
          key: entry.key
        }))
      );
    }
    return deliverPending(outbox, rotation);
  });
  const configured = new Set(rotation.targets.map((t) => t.name));
  const left = [...outbox.read().entries.values()].filter((entry) => entry.state !== "delivered");
  const orphans = left.filter((entry) => !configured.has(entry.target));
  process.stderr.write(`${tallyLine(tallies, 0, outbox.path)}
`);
  if (orphans.length > 0)
    process.stderr.write(
      `rotation: ${orphans.length} notice(s) for targets no longer configured (${[...new Set(orphans.map((o) => o.target))].join(", ")}) were not sent
`
    );
  return left.length > 0 ? EXIT_LEAKS : EXIT_CLEAN;
}
function statusText(entries, unreadable, file, configured) {
  const count = (state) => entries.filter((e) => e.state === state).length;
  const lines = [
    `outbox ${file}: ${count("pending")} pending, ${count("failed")} failed, ${count("delivered")} delivered`
  ];
  if (unreadable > 0)
    lines.push(
      `  ${unreadable} malformed line(s) skipped (a write cut short by a crash, or not a notice); the next flush moves them to ${file}.quarantine`
    );
  for (const entry of entries) {
    if (entry.state === "delivered") continue;
    const orphan = configured.has(entry.target) ? "" : " (target no longer configured)";
    const last = entry.lastError ? `, last: ${entry.lastError}` : "";
    lines.push(
      `  ${entry.state.padEnd(7)} ${entry.target}${orphan}  ${entry.ruleId} ${entry.file}:${entry.line}  ${entry.attempts} attempt(s)${last}  since ${entry.enqueuedAt}`
    );
  }
  return `${lines.join("\n")}
`;
}
export {
  runRotate
};
