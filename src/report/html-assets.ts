/** The HTML report's style: system fonts only (no font is fetched), readable printed. */
export const HTML_STYLE = `
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

/**
 * The page's only script: filters, sorts and searches the cards the server rendered, using the JSON the report
 * embeds. It reads strings from the repository only as data (textContent, comparisons), never as markup.
 */
export const HTML_SCRIPT = `
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
