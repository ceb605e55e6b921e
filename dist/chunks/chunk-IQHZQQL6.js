import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  verificationNote
} from "./chunk-B4DN4HVJ.js";
import {
  groupBySecret,
  reuseNote
} from "./chunk-WWJKY4QW.js";
import {
  CONFIDENCES,
  SEVERITIES
} from "./chunk-QUAOKGHR.js";

// src/report/summary.ts
function summarize(input) {
  const { stats, elapsedMs } = input;
  const skippedByReason = {};
  for (const skip of stats.skipped) skippedByReason[skip.reason] = (skippedByReason[skip.reason] ?? 0) + 1;
  return {
    filesScanned: stats.filesScanned,
    bytesScanned: stats.bytesScanned,
    linesScanned: stats.linesScanned,
    commitsScanned: stats.commitsScanned,
    skipped: stats.skipped.length,
    skippedByReason,
    findings: input.findings.length,
    minConfidence: input.minConfidence?.level,
    hiddenBelowMinConfidence: input.minConfidence?.hidden,
    elapsedMs: Math.round(elapsedMs)
  };
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
var plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
function summaryLine(summary) {
  const parts = [];
  if (summary.commitsScanned > 0) parts.push(plural(summary.commitsScanned, "commit"));
  parts.push(
    `${plural(summary.filesScanned, "file")} (${formatBytes(summary.bytesScanned)}${summary.linesScanned > 0 ? `, ${plural(summary.linesScanned, "line")}` : ""})`
  );
  let line = `scanned ${parts.join(", ")} in ${(summary.elapsedMs / 1e3).toFixed(2)}s`;
  if (summary.skipped > 0) {
    const reasons = Object.entries(summary.skippedByReason).map(([reason, count]) => `${reason}: ${count}`).join(", ");
    line += `; skipped ${summary.skipped} (${reasons})`;
  }
  line += `; ${plural(summary.findings, "leak")} found`;
  if (summary.hiddenBelowMinConfidence)
    line += `; ${plural(summary.hiddenBelowMinConfidence, "finding")} below --min-confidence ${summary.minConfidence} hidden (--min-confidence lowest shows them)`;
  if (summary.bytesScanned === 0)
    line += "\nwarning: nothing was scanned (0 bytes read): check the paths, range or staged changes";
  return line;
}

// src/findings/exposure.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
function exposureDays(from, to) {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  return Number.isFinite(days) ? Math.max(0, Math.round(days * 10) / 10) : 0;
}
var stillExposed = (exposure) => exposure.presentAtHead || exposure.branches.length > 0 || exposure.tags.length > 0 || exposure.removed === void 0;
var refTips = (exposure) => exposure ? [...exposure.branches.map((name) => `branch ${name}`), ...exposure.tags.map((name) => `tag ${name}`)] : [];
function exposureNote(exposure) {
  const holders = refTips(exposure);
  const removal = exposure.removed ? `removed in ${exposure.removed.sha} (${exposure.removed.date}, ${exposure.removed.author})` : "never removed";
  const state = stillExposed(exposure) ? `still exposed${holders.length > 0 ? ` on ${holders.join(", ")}` : ""}` : "no ref holds it any more";
  return `exposed ${exposure.windowDays} days: introduced in ${exposure.introduced.sha} (${exposure.introduced.date}, ${exposure.introduced.author}), ${removal}; ${state}`;
}

// src/report/csv.ts
var COLUMNS = [
  "ruleId",
  "title",
  "severity",
  "confidence",
  "file",
  "line",
  "column",
  "endLine",
  "endColumn",
  "secret",
  "fingerprint",
  "commit",
  "author",
  "email",
  "date",
  "message",
  "commitCount",
  "presentAtHead",
  "refTips",
  "pairedRuleId",
  "pairedLine",
  "pairedSecret",
  "secretId",
  "reusedIn"
];
var VERIFICATION_COLUMNS = ["verification", "verificationReason"];
function cell(value) {
  let text = value === void 0 || value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
var csvReporter = {
  name: "csv",
  render(input) {
    const columns = input.findings.some((f) => f.verification) ? [...COLUMNS, ...VERIFICATION_COLUMNS] : COLUMNS;
    const rows = input.findings.map((f) => {
      const values = {
        ...f,
        secret: f.secret.shown(input.showSecrets),
        commit: f.commit?.sha,
        author: f.commit?.author,
        email: f.commit?.email,
        date: f.commit?.date,
        message: f.commit?.message,
        secretId: f.secretId,
        reusedIn: f.reusedIn,
        commitCount: f.commitCount,
        presentAtHead: f.presentAtHead,
        // Branch and tag tips that still hold the key (history and diff scans), `;`-separated.
        refTips: refTips(f.exposure).join("; "),
        pairedRuleId: f.pairedWith?.ruleId,
        pairedLine: f.pairedWith?.line,
        pairedSecret: f.pairedWith?.secret.shown(input.showSecrets),
        verification: f.verification?.state,
        verificationReason: f.verification?.reason
      };
      return columns.map((column) => cell(values[column])).join(",");
    });
    return `${[columns.join(","), ...rows].join("\r\n")}\r
`;
  }
};

// src/report/html.ts
import { createHash } from "node:crypto";

// src/report/html-assets.ts
var HTML_STYLE = `
:root { --fg: #1d2330; --muted: #5b6475; --line: #d9dde5; --bg: #f5f6f8; --card: #fff;
  --critical: #a1131a; --high: #d1452b; --medium: #b7791f; --low: #2b6cb0; --open: #c53030; --closed: #718096; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
h1 { margin: 0 0 4px; font-size: 22px; }
.meta, .note, footer { color: var(--muted); margin: 2px 0; }
.note { color: #8a4b00; }
#summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 18px 0; }
.tile { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.tile .value { font-size: 26px; font-weight: 700; }
.tile .label { color: var(--muted); text-transform: uppercase; font-size: 11px; letter-spacing: .05em; }
.tile .detail { color: var(--muted); font-size: 12px; margin-top: 4px; }
.breakdown { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 10px; color: var(--fg); font-size: 13px; }
.breakdown li { display: flex; justify-content: space-between; }
#controls { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: center; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin-bottom: 14px; position: sticky; top: 0; z-index: 1; }
#controls label { font-size: 12px; color: var(--muted); display: flex; gap: 6px; align-items: center; }
#controls select, #controls input { font: inherit; color: var(--fg); padding: 3px 6px; border: 1px solid var(--line); border-radius: 5px; background: #fff; }
#controls .search input { width: 220px; }
#shown-count { margin-left: auto; font-size: 12px; color: var(--muted); }
.card { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--low); border-radius: 8px; padding: 12px 16px; margin-bottom: 14px; }
.card.severity-critical { border-left-color: var(--critical); }
.card.severity-high { border-left-color: var(--high); }
.card.severity-medium { border-left-color: var(--medium); }
.card h2 { font-size: 16px; margin: 0 0 6px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.card .title { margin-right: 4px; }
.badge { font-size: 11px; font-weight: 600; padding: 1px 7px; border-radius: 10px; background: #edf0f5; color: var(--fg); white-space: nowrap; }
.badge.severity-critical { background: var(--critical); color: #fff; }
.badge.severity-high { background: var(--high); color: #fff; }
.badge.severity-medium { background: var(--medium); color: #fff; }
.badge.severity-low { background: var(--low); color: #fff; }
.badge.verification-live { background: var(--critical); color: #fff; }
.badge.verification-invalid { background: #edf0f5; text-decoration: line-through; }
.badge.verification-unknown { background: #fff3cd; }
.badge.state-head { background: #fde2e1; color: var(--open); }
.badge.state-removed { background: #e6f4ea; color: #276749; }
.badge.state-reused { background: #fefcbf; color: #744210; }
.identity { margin: 0 0 8px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 12px; }
.identity .secret { color: var(--fg); background: #f1f3f7; padding: 1px 6px; border-radius: 4px; }
.timeline { margin: 8px 0; }
.timeline p { margin: 2px 0; }
.window .days { font-size: 15px; }
.window .open { color: var(--open); font-weight: 600; }
.track { position: relative; height: 12px; background: #eef0f4; border-radius: 6px; margin: 6px 0; overflow: hidden; }
.bar { position: absolute; top: 0; bottom: 0; border-radius: 6px; }
.bar-open { background: linear-gradient(90deg, #f56565, var(--open)); }
.bar-closed { background: var(--closed); }
.ends { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 4px 16px; font-size: 12px; color: var(--muted); }
.holders { font-size: 12px; }
.ref { background: #edf2ff; padding: 0 5px; border-radius: 4px; }
.sha { font-size: 11.5px; word-break: break-all; }
.locations { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 12.5px; }
.locations th, .locations td { border-top: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
.locations th { color: var(--muted); font-weight: 600; font-size: 11px; text-transform: uppercase; }
.locations .where code, .locations .message { word-break: break-all; }
.guidance summary { cursor: pointer; font-weight: 600; }
.guidance ol { margin: 6px 0; padding-left: 20px; }
.fingerprints { background: #f1f3f7; padding: 6px 8px; border-radius: 4px; white-space: pre-wrap; word-break: break-all; margin: 4px 0 0; }
#no-match { color: var(--muted); text-align: center; padding: 24px; }
footer { margin-top: 18px; font-size: 12px; }
@media print { #controls { display: none; } .card { break-inside: avoid; } .card[hidden] { display: block !important; } }
`;
var HTML_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('leakscan-data').textContent);
  var list = document.getElementById('cards');
  var noMatch = document.getElementById('no-match');
  var shownCount = document.getElementById('shown-count');
  var severity = document.getElementById('filter-severity');
  var rule = document.getElementById('filter-rule');
  var state = document.getElementById('filter-state');
  var sort = document.getElementById('sort');
  var search = document.getElementById('search');
  var comparators = {
    exposure: function (a, b) { return b.windowDays - a.windowDays || a.severityRank - b.severityRank || a.index - b.index; },
    severity: function (a, b) { return a.severityRank - b.severityRank || b.windowDays - a.windowDays || a.index - b.index; },
    introduced: function (a, b) { return a.introduced - b.introduced || a.index - b.index; },
    reuse: function (a, b) { return b.places - a.places || a.index - b.index; }
  };
  function matches(secret, query) {
    return (!severity.value || secret.severity === severity.value) &&
      (!rule.value || secret.rules.indexOf(rule.value) !== -1) &&
      (!state.value || secret.states.indexOf(state.value) !== -1) &&
      (!query || secret.text.indexOf(query) !== -1);
  }
  function apply() {
    var query = search.value.trim().toLowerCase();
    var ordered = data.secrets.slice().sort(comparators[sort.value] || comparators.exposure);
    var shown = 0;
    for (var i = 0; i < ordered.length; i++) {
      var card = document.getElementById('secret-' + ordered[i].index);
      var visible = matches(ordered[i], query);
      card.hidden = !visible;
      if (visible) shown++;
      list.insertBefore(card, noMatch);
    }
    noMatch.hidden = shown !== 0;
    shownCount.textContent = shown + ' of ' + data.secrets.length + ' secrets shown';
  }
  [severity, rule, state, sort].forEach(function (control) { control.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  apply();
})();
`;

// src/report/html.ts
var htmlReporter = {
  name: "html",
  render(input) {
    const groups = groupBySecret(input.findings);
    const scale = timeScale(groups);
    const cards = groups.map((group, index) => card(group, index, scale, input.showSecrets));
    const data = { secrets: groups.map((group, index) => cardData(group, index)) };
    const rules = [...new Set(groups.flatMap((group) => group.ruleIds))].sort();
    const scriptHash = createHash("sha256").update(HTML_SCRIPT, "utf8").digest("base64");
    const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leakscan report: ${groups.length} secret${groups.length === 1 ? "" : "s"}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>leakscan report</h1>
<p class="meta">${escapeHtml(`${input.mode} scan \xB7 leakscan ${input.toolVersion} \xB7 ${summaryLine(summarize(input)).split("\n")[0]}`)}</p>
${(input.notes ?? []).map((note) => `<p class="note">${escapeHtml(note)}</p>`).join("\n")}
</header>
${summarySection(groups, input.findings.length)}
<section id="controls" aria-label="Filter and sort">
<label>Severity <select id="filter-severity"><option value="">all</option>${SEVERITIES.map((s) => `<option value="${s}">${s}</option>`).join("")}</select></label>
<label>Rule <select id="filter-rule"><option value="">all</option>${rules.map((rule) => `<option value="${escapeHtml(rule)}">${escapeHtml(rule)}</option>`).join("")}</select></label>
<label>State <select id="filter-state"><option value="">all</option>${STATES.map(([value, label]) => `<option value="${value}">${label}</option>`).join("")}</select></label>
<label>Sort <select id="sort"><option value="exposure">longest exposure first</option><option value="severity">severity</option><option value="introduced">oldest first</option><option value="reuse">most places first</option></select></label>
<label class="search">Search <input id="search" type="search" placeholder="file, rule, commit, author\u2026" autocomplete="off"></label>
<span id="shown-count" role="status">${groups.length} of ${groups.length} secrets shown</span>
</section>
<main id="cards">
${cards.join("\n")}
<p id="no-match" hidden>No secret matches these filters.</p>
</main>
<footer>Secrets are ${input.showSecrets ? "<strong>shown in full (--show-secrets)</strong>: handle this file as a secret" : "redacted (run with --show-secrets to see them)"}. Generated by leakscan; this page makes no network request.</footer>
<script type="application/json" id="leakscan-data">${jsonForScript(data)}</script>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
  }
};
var STATES = [
  ["at-head", "still at HEAD"],
  ["on-ref", "on a branch or tag tip"],
  ["exposed", "still exposed"],
  ["removed", "removed everywhere"],
  ["reused", "reused"]
];
function statesOf(group) {
  const states = [];
  const exposure = group.exposure;
  if (exposure?.presentAtHead || !exposure && group.locations.some((location) => location.presentAtHead))
    states.push("at-head");
  if (exposure && exposure.branches.length + exposure.tags.length > 0) states.push("on-ref");
  if (!exposure || stillExposed(exposure)) states.push("exposed");
  else states.push("removed");
  if (group.reusedIn > 1) states.push("reused");
  return states;
}
function summarySection(groups, occurrences) {
  const count = (predicate) => groups.filter(predicate).length;
  const exposed = groups.filter((group) => group.exposure);
  const longest = exposed.reduce(
    (a, b) => !a || (b.exposure?.windowDays ?? 0) > (a.exposure?.windowDays ?? 0) ? b : a,
    void 0
  );
  const tile = (id, label, value, detail = "") => `<div class="tile" id="${id}"><div class="value">${value}</div><div class="label">${label}</div>${detail ? `<div class="detail">${detail}</div>` : ""}</div>`;
  const breakdown = (values, key) => `<ul class="breakdown">${values.map((value) => `<li class="${key}-${value}"><span>${value}</span> <b>${count((g) => g[key] === value)}</b></li>`).join("")}</ul>`;
  return `<section id="summary" aria-label="Summary">
${tile("sum-leaks", "leaked secrets", String(groups.length), `${occurrences} occurrence${occurrences === 1 ? "" : "s"}`)}
${tile("sum-severity", "by severity", "", breakdown(SEVERITIES, "severity"))}
${tile("sum-confidence", "by confidence", "", breakdown(CONFIDENCES, "confidence"))}
${tile("sum-head", "still at HEAD", exposed.length > 0 || groups.some((g) => g.locations.some((l) => l.presentAtHead !== void 0)) ? String(count((g) => statesOf(g).includes("at-head"))) : "\u2014", exposed.length > 0 ? `${count((g) => Boolean(g.exposure && stillExposed(g.exposure)))} still exposed on some ref` : "history and diff scans only")}
${tile("sum-longest", "longest exposure", longest?.exposure ? `${longest.exposure.windowDays} days` : "\u2014", longest ? escapeHtml(longest.title) : "")}
${tile("sum-reused", "reused keys", String(count((g) => g.reusedIn > 1)), "the same key in more than one place")}
</section>`;
}
function timeScale(groups) {
  const exposures = groups.map((group) => group.exposure).filter((exposure) => exposure !== void 0);
  if (exposures.length === 0) return void 0;
  const start = Math.min(...exposures.map((exposure) => Date.parse(exposure.introduced.date)));
  const end = Math.max(...exposures.map((exposure) => Date.parse(exposure.end)));
  return { start, span: Math.max(end - start, 1) };
}
function card(group, index, scale, showSecrets) {
  const states = statesOf(group);
  const badges = [
    `<span class="badge severity-${group.severity}">${group.severity}</span>`,
    `<span class="badge confidence">confidence ${group.confidence}</span>`,
    states.includes("at-head") ? '<span class="badge state-head">STILL AT HEAD</span>' : "",
    group.exposure && !stillExposed(group.exposure) ? '<span class="badge state-removed">removed</span>' : "",
    group.reusedIn > 1 ? `<span class="badge state-reused">REUSED in ${group.reusedIn} places</span>` : "",
    group.verification ? `<span class="badge verification-${group.verification.state}" title="${escapeHtml(group.verification.reason)}">${group.verification.state.toUpperCase()}</span>` : ""
  ].join("");
  return `<article class="card severity-${group.severity}" id="secret-${index}" data-index="${index}">
<h2><span class="title">${escapeHtml(group.title)}</span> ${badges}</h2>
<p class="identity"><code class="secret">${escapeHtml(group.secret.shown(showSecrets))}</code> <span class="secret-id">secret ${escapeHtml(group.id)}</span> <span class="rules">${group.ruleIds.map(escapeHtml).join(", ")}</span></p>
${group.exposure ? timeline(group.exposure, scale) : ""}
${locationsTable(group.locations)}
${guidance(group)}
</article>`;
}
function timeline(exposure, scale) {
  const from = Date.parse(exposure.introduced.date);
  const to = Date.parse(exposure.end);
  const left = scale ? (from - scale.start) / scale.span * 100 : 0;
  const width = scale ? Math.max((to - from) / scale.span * 100, 0.6) : 100;
  const open = stillExposed(exposure);
  const holders = [...exposure.branches.map((name) => `branch ${name}`), ...exposure.tags.map((name) => `tag ${name}`)];
  const removal = exposure.removed ? `removed ${day(exposure.removed.date)} in <code class="sha">${escapeHtml(exposure.removed.sha)}</code> by ${escapeHtml(exposure.removed.author)}` : "never removed from HEAD\u2019s history";
  return `<div class="timeline">
<p class="window"><b class="days">${exposure.windowDays} days</b> exposed${open ? ' <span class="open">and counting</span>' : ""}</p>
<div class="track" aria-hidden="true"><div class="bar ${open ? "bar-open" : "bar-closed"}" style="left:${left.toFixed(3)}%;width:${Math.min(width, 100 - left).toFixed(3)}%"></div></div>
<p class="ends"><span>introduced ${day(exposure.introduced.date)} in <code class="sha">${escapeHtml(exposure.introduced.sha)}</code> by ${escapeHtml(exposure.introduced.author)}</span> <span>${removal}</span> <span>${open ? "open until now" : `closed ${day(exposure.end)}`}</span></p>
<p class="holders">${holders.length > 0 ? `Still held by: ${holders.map((holder) => `<code class="ref">${escapeHtml(holder)}</code>`).join(" ")}` : "No branch or tag tip holds it."}</p>
</div>`;
}
function locationsTable(locations) {
  const rows = locations.map((location) => {
    const where = location.part === "commit-message" ? "commit message" : `${location.file}:${location.line}:${location.column}`;
    const commit = location.commit;
    return `<tr><td class="where"><code>${escapeHtml(where)}</code>${location.repository !== void 0 ? ` <span class="repo">${escapeHtml(location.repository)}</span>` : ""}</td><td>${commit ? `<code class="sha">${escapeHtml(commit.sha)}</code>` : "\u2014"}</td><td>${commit ? escapeHtml(commit.author) : "\u2014"}</td><td>${commit ? day(commit.date) : "\u2014"}</td><td class="message">${commit ? escapeHtml(commit.message) : "\u2014"}</td><td>${location.presentAtHead === void 0 ? "\u2014" : location.presentAtHead ? "yes" : "no"}</td></tr>`;
  });
  return `<table class="locations"><thead><tr><th>place</th><th>introducing commit</th><th>author</th><th>date</th><th>message</th><th>at this path at HEAD</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function guidance(group) {
  const guide = safeLink(group.rotationGuide) ?? safeLink(group.references?.[0]);
  const rotate = guide ? `<a class="rotation-guide" href="${escapeHtml(guide)}" rel="noopener noreferrer" target="_blank">rotation guide</a>` : "the vendor\u2019s console";
  const fingerprints = [...new Set(group.locations.map((location) => location.fingerprint))];
  return `<details class="guidance" open><summary>How to fix or accept</summary>
<ol>
<li>Revoke or rotate the key at ${escapeHtml(group.vendor)} (${rotate}) first: anyone who saw it can use it until then.</li>
<li>Replace it in ${group.reusedIn > 1 ? `<b>all ${group.reusedIn} places</b> above (they share one key)` : "the place above"}, reading the new key from a secret store or the environment.</li>
<li>If it was pushed, the old commits still hold it: rewrite history only if the repository\u2019s readers must not keep it; rotation is what closes the window.</li>
</ol>
<p>To accept it (a test key, a revoked key): add ${fingerprints.length > 1 ? "these fingerprints" : "this fingerprint"} to <code>.leakscanignore</code>, or put <code>leakscan:allow</code> in a comment on the line.</p>
<pre class="fingerprints">${fingerprints.map((fingerprint) => escapeHtml(fingerprint)).join("\n")}</pre>
</details>`;
}
function cardData(group, index) {
  const text = [
    group.title,
    group.vendor,
    group.id,
    ...group.ruleIds,
    ...group.locations.flatMap((location) => [
      location.file,
      location.commit?.sha ?? "",
      location.commit?.author ?? "",
      location.commit?.message ?? ""
    ]),
    ...group.exposure ? [...group.exposure.branches, ...group.exposure.tags, group.exposure.introduced.author] : []
  ];
  return {
    index,
    severity: group.severity,
    severityRank: SEVERITIES.indexOf(group.severity),
    rules: group.ruleIds,
    states: statesOf(group),
    windowDays: group.exposure?.windowDays ?? -1,
    introduced: group.exposure ? Date.parse(group.exposure.introduced.date) : index,
    places: group.reusedIn,
    text: text.join("\n").toLowerCase()
  };
}
var day = (iso) => {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? `<time datetime="${escapeHtml(new Date(time).toISOString())}">${new Date(time).toISOString().slice(0, 10)}</time>` : escapeHtml(iso);
};
var safeLink = (url) => url && /^https?:\/\/[^\s]+$/i.test(url) ? url : void 0;
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\uFFFD").replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `[U+${c.codePointAt(0).toString(16).toUpperCase()}]`);
}
function jsonForScript(value) {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

// src/report/json.ts
var JSON_REPORT_VERSION = 1;
function serializeFinding(finding, showSecrets) {
  const { secret, commit, pairedWith, ...rest } = finding;
  return {
    ...rest,
    secret: secret.shown(showSecrets),
    pairedWith: pairedWith && { ...pairedWith, secret: pairedWith.secret.shown(showSecrets) },
    ...commit ? { commit: commit.sha, author: commit.author, email: commit.email, date: commit.date, message: commit.message } : {}
  };
}
function serializeSecret(group, showSecrets) {
  const { secret, locations, ...rest } = group;
  return {
    ...rest,
    reused: group.reusedIn > 1,
    secret: secret.shown(showSecrets),
    locations: locations.map(
      ({ commit, ...location }) => commit ? {
        ...location,
        commit: commit.sha,
        author: commit.author,
        email: commit.email,
        date: commit.date,
        message: commit.message
      } : location
    )
  };
}
var jsonReporter = {
  name: "json",
  render(input) {
    const report = {
      version: JSON_REPORT_VERSION,
      tool: { name: "leakscan", version: input.toolVersion },
      mode: input.mode,
      findings: input.findings.map((finding) => serializeFinding(finding, input.showSecrets)),
      secrets: groupBySecret(input.findings).map((group) => serializeSecret(group, input.showSecrets)),
      summary: { ...summarize(input), rules: input.ruleCount },
      // Counted by reason in summary.skippedByReason; the list itself (often hundreds of binaries) on request.
      skipped: input.listSkipped || input.explain ? input.stats.skipped : void 0,
      ...input.explain ? { dropped: input.dropped } : {},
      ...input.notes && input.notes.length > 0 ? { notes: input.notes } : {}
    };
    return `${JSON.stringify(report, null, 2)}
`;
  }
};

// src/report/junit.ts
var escapeXml = (text) => (
  // Control characters other than tab/newline are not allowed in XML 1.0 at all.
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]
  )
);
var junitReporter = {
  name: "junit",
  render(input) {
    const cases = input.findings.map((f) => {
      const where = `${f.file}:${f.line}:${f.column}`;
      const commit = f.commit ? `
commit ${f.commit.sha} by ${f.commit.author} <${f.commit.email}>` : "";
      const reuse = reuseNote(f);
      const reused = `${reuse ? `
${reuse}` : ""}${f.verification ? `
verification: ${verificationNote(f.verification)}` : ""}`;
      const body = `${f.title} at ${where} (${f.secret.shown(input.showSecrets)})
fingerprint: ${f.fingerprint}${commit}${reused}`;
      return `    <testcase classname="leakscan.${escapeXml(f.ruleId)}" name="${escapeXml(where)}" file="${escapeXml(f.file)}" line="${f.line}">
      <failure type="${escapeXml(f.ruleId)}" message="${escapeXml(`${f.title} at ${where}`)}">${escapeXml(body)}</failure>
    </testcase>`;
    });
    if (cases.length === 0) cases.push('    <testcase classname="leakscan" name="no leaked secrets"/>');
    const tests = Math.max(1, input.findings.length);
    return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="leakscan" tests="${tests}" failures="${input.findings.length}">
  <testsuite name="leakscan" tests="${tests}" failures="${input.findings.length}" time="${(input.elapsedMs / 1e3).toFixed(3)}">
${cases.join("\n")}
  </testsuite>
</testsuites>
`;
  }
};

// src/report/sarif.ts
import { pathToFileURL } from "node:url";

// src/report/remediation.ts
var ACCEPT_HOW = "add its fingerprint to .leakscanignore or put 'leakscan:allow' in a comment on the line";
function remediationLine(finding) {
  const rotate = finding.rotationGuide ? `revoke/rotate it (${finding.rotationGuide})` : "revoke/rotate it at the vendor";
  return `${rotate}, then remove it from the code; to accept it, add the fingerprint to .leakscanignore or 'leakscan:allow' on the line`;
}
function remediationText(finding) {
  const guide = finding.rotationGuide ? ` Rotation guide: ${finding.rotationGuide}` : "";
  return `Revoke or rotate it at ${finding.vendor} first: it stays usable by anyone who saw it until then.${guide} Then remove it from the code (and from history if it was pushed). To accept a finding, ${ACCEPT_HOW}.`;
}
var REMEDIATION_FOOTER = [
  "Revoke or rotate each key at its vendor first: removing it from the code does not make it safe.",
  "Accepting a finding (a test fixture, a revoked key): add its fingerprint to `.leakscanignore`, or a `leakscan:allow` comment on the line."
];

// src/report/sarif.ts
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var PRECISION = { high: "very-high", medium: "medium", low: "low", lowest: "low" };
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
function ruleDescriptor(finding) {
  const help = `A ${finding.title} was found in the code. ${remediationText(finding)}`;
  return {
    id: finding.ruleId,
    name: finding.ruleId.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: finding.title },
    fullDescription: { text: `${finding.title} (${finding.vendor})` },
    helpUri: finding.rotationGuide,
    help: { text: help, markdown: help },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: {
      tags: ["security", "secret", ...finding.tags],
      "security-severity": SECURITY_SEVERITY[finding.severity],
      precision: PRECISION[finding.confidence]
    }
  };
}
var SRCROOT = "%SRCROOT%";
function artifactLocation(path) {
  if (path.startsWith("/")) return { uri: pathToFileURL(path).href };
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function sourceRoot(input) {
  const description = { text: "the top level of the scanned repository, or the scanned directory" };
  if (input.remote)
    return {
      originalUriBaseIds: { [SRCROOT]: { description } },
      versionControlProvenance: [
        {
          repositoryUri: input.remote.url,
          revisionId: input.remote.commit,
          mappedTo: { uriBaseId: SRCROOT }
        }
      ]
    };
  const uri = input.root ? pathToFileURL(input.root.endsWith("/") ? input.root : `${input.root}/`).href : void 0;
  return { originalUriBaseIds: { [SRCROOT]: { uri, description } } };
}
function relatedPlaces(finding, groups) {
  const others = (groups.get(finding.secretId ?? "")?.locations ?? []).filter(
    (location) => location.fingerprint !== finding.fingerprint && location.part !== "commit-message"
  );
  if (others.length === 0) return {};
  return {
    relatedLocations: others.map((location, index) => ({
      id: index + 1,
      physicalLocation: {
        artifactLocation: artifactLocation(location.file),
        region: { startLine: location.line, startColumn: location.column }
      },
      message: { text: `the same key${location.commit ? ` (commit ${location.commit.sha})` : ""}` }
    }))
  };
}
var sarifReporter = {
  name: "sarif",
  render(input) {
    const rules = [];
    const ruleIndex = /* @__PURE__ */ new Map();
    for (const finding of input.findings) {
      if (!ruleIndex.has(finding.ruleId)) {
        ruleIndex.set(finding.ruleId, rules.length);
        rules.push(ruleDescriptor(finding));
      }
    }
    const groups = new Map(groupBySecret(input.findings).map((group) => [group.id, group]));
    const results = input.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: LEVEL[finding.severity],
      message: {
        text: `${finding.title} (${finding.secret.shown(input.showSecrets)})${finding.commit ? ` introduced in commit ${finding.commit.sha}` : ""}`
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(finding.file),
            region: {
              startLine: finding.line,
              startColumn: finding.column,
              endLine: finding.endLine,
              endColumn: finding.endColumn
            }
          }
        }
      ],
      ...relatedPlaces(finding, groups),
      // Stable across line shifts and rebases: code scanning uses it to match alerts between runs.
      partialFingerprints: { "leakscanFingerprint/v1": finding.fingerprint },
      properties: {
        confidence: finding.confidence,
        ...finding.commit ? {
          commit: finding.commit.sha,
          author: finding.commit.author,
          email: finding.commit.email,
          date: finding.commit.date,
          commitMessage: finding.commit.message
        } : {},
        decodedFrom: finding.decodedFrom,
        ...finding.secretId ? { secretId: finding.secretId, reusedIn: finding.reusedIn ?? 1, reused: (finding.reusedIn ?? 1) > 1 } : {},
        exposure: finding.exposure,
        verification: finding.verification
      }
    }));
    const log = {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: "leakscan",
              version: input.toolVersion,
              semanticVersion: input.toolVersion,
              informationUri: "https://www.npmjs.com/package/leakscan",
              rules
            }
          },
          ...sourceRoot(input),
          results,
          columnKind: "utf16CodeUnits",
          // What the confidence cut left out, so a code-scanning upload does not hide it silently.
          ...input.minConfidence ? {
            properties: {
              minConfidence: input.minConfidence.level,
              hiddenBelowMinConfidence: input.minConfidence.hidden
            }
          } : {}
        }
      ]
    };
    return `${JSON.stringify(log, null, 2)}
`;
  }
};

// src/report/text.ts
var ESC_MARK = "\uE000";
var paint = (enabled, code, text) => enabled ? `${ESC_MARK}[${code}m${text}${ESC_MARK}[0m` : text;
function terminalSafe(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ue000]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
  });
}
var SEVERITY_COLOR = { critical: 31, high: 31, medium: 33, low: 36 };
function renderFinding(finding, input) {
  const lines = [
    `${paint(input.color, 1, `${finding.file}:${finding.line}:${finding.column}`)}  ${paint(input.color, SEVERITY_COLOR[finding.severity], finding.severity)}  ${finding.title} [${finding.ruleId}]`,
    `    secret: ${finding.secret.shown(input.showSecrets)}  confidence: ${finding.confidence}  fingerprint: ${finding.fingerprint}`
  ];
  if (finding.cell !== void 0) lines.push(`    in notebook cell ${finding.cell}`);
  if (finding.decodedFrom) lines.push(`    decoded from ${finding.decodedFrom}`);
  if (finding.pairedWith) {
    const half = finding.pairedWith;
    lines.push(`    paired with ${half.ruleId} ${half.secret.shown(input.showSecrets)} at line ${half.line}`);
  }
  if (finding.commit) {
    lines.push(
      `    commit ${finding.commit.sha} by ${finding.commit.author} <${finding.commit.email}> on ${finding.commit.date}: ${finding.commit.message}`
    );
  }
  const reused = reuseNote(finding);
  if (reused) lines.push(`    ${reused}`);
  if (finding.commitCount !== void 0 || finding.presentAtHead !== void 0)
    lines.push(`    in ${finding.commitCount ?? 1} commit(s); ${presence(finding)}`);
  if (finding.exposure) lines.push(`    ${exposureNote(finding.exposure)}`);
  if (finding.verification) lines.push(`    verification: ${verificationNote(finding.verification)}`);
  lines.push(`    fix: ${remediationLine(finding)}`);
  return lines.join("\n");
}
function presence(finding) {
  if (finding.presentAtHead) return "STILL PRESENT at HEAD";
  const tips = refTips(finding.exposure);
  return tips.length > 0 ? `not at HEAD, but still at the tip of ${tips.join(", ")}` : "no longer present at HEAD";
}
var textReporter = {
  name: "text",
  render(input) {
    const blocks = input.findings.map((finding) => renderFinding(finding, input));
    if (input.explain && input.dropped.length > 0) {
      blocks.push(
        [
          "dropped candidates (--explain):",
          ...input.dropped.map(
            (d) => `  ${d.file}:${d.line}${d.commit ? ` in commit ${d.commit}` : ""}  [${d.ruleId}] ${d.secret}  dropped by ${d.filter}: ${d.reason}`
          )
        ].join("\n")
      );
    }
    if (input.listSkipped && input.stats.skipped.length > 0) {
      blocks.push(
        [
          "skipped files (--list-skipped):",
          ...input.stats.skipped.map((s) => `  ${s.path}  ${s.reason}${s.detail ? `: ${s.detail}` : ""}`)
        ].join("\n")
      );
    }
    for (const note of input.notes ?? []) blocks.push(`note: ${note}`);
    blocks.push(summaryLine(summarize(input)));
    return terminalSafe(`${blocks.join("\n\n")}
`).replaceAll(ESC_MARK, "\x1B");
  }
};

// src/report/registry.ts
var REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  csv: csvReporter,
  junit: junitReporter,
  html: htmlReporter
};
var REPORT_FORMATS = Object.keys(REPORTERS);

export {
  exposureDays,
  summarize,
  formatBytes,
  summaryLine,
  remediationText,
  REMEDIATION_FOOTER,
  REPORTERS,
  REPORT_FORMATS
};
