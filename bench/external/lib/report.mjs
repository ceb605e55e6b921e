// Tables and files the external evaluation writes. Secrets never appear: findings carry the scanner's redacted
// form, contexts have the secret's span replaced, and peers' example text is not written into the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEAKSCAN_LEVELS } from './scanners.mjs';

const SKIPPED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'skipped');
const MB = 1024 * 1024;
const pct = (n, d) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
const ratio = (n, d) => (d === 0 ? '–' : (n / d).toFixed(3));

let cachedPath;
let cachedLines;
/** The finding's line with the secret's span masked, clipped around it; and a redacted secret. */
export function findingContext(dir, finding) {
  const path = join(dir, finding.file);
  if (path !== cachedPath) {
    cachedPath = path;
    try {
      cachedLines = readFileSync(path, 'utf8').split(/\r?\n/);
    } catch {
      cachedLines = [];
    }
  }
  const line = cachedLines[(finding.line ?? 1) - 1] ?? '';
  const start = Math.max(0, (finding.column ?? 1) - 1);
  const end =
    finding.endLine === finding.line && finding.endColumn ? Math.max(start, finding.endColumn - 1) : line.length;
  const secret = line.slice(start, end);
  const redacted = finding.redacted ?? redact(secret);
  const before = line.slice(Math.max(0, start - 60), start);
  const after = line.slice(end, end + 40);
  const context = maskLongTokens(`${before}«${redact(secret)}»${after}`).replace(/[\u0000-\u001f\u007f]/g, ' ');
  return { redacted, context };
}

function redact(secret) {
  if (!secret) return '';
  return `${secret.slice(0, Math.min(4, Math.floor(secret.length / 3)))}…(${secret.length})`;
}

/** Columns may count bytes or UTF-16 units depending on the tool: any other long key-like run is masked too. */
function maskLongTokens(text) {
  return text.replace(/[A-Za-z0-9+/=_-]{24,}/g, (run) =>
    /^[a-z_-]+$|^[A-Z_-]+$/.test(run) ? run : `${run.slice(0, 4)}…(${run.length})`,
  );
}

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function recallSummary(results) {
  const { cases, perTool } = results.recall;
  const summary = [];
  const sources = [...new Set(cases.map((c) => c.source))];
  for (const source of [...sources, 'all']) {
    const mine = cases.map((c, i) => [c, i]).filter(([c]) => source === 'all' || c.source === source);
    const row = { source, tools: {} };
    const positives = mine.filter(([c]) => c.kind === 'positive');
    const covered = positives.filter(([c]) => c.covered);
    const negatives = mine.filter(([c]) => c.kind === 'negative');
    const identifiers = mine.filter(([c]) => c.kind === 'identifier');
    row.positives = positives.length;
    row.coveredPositives = covered.length;
    row.negatives = negatives.length;
    row.identifiers = identifiers.length;
    row.formats = new Set(positives.map(([c]) => `${c.source}:${c.peerRuleId}`)).size;
    row.coveredFormats = new Set(covered.map(([c]) => `${c.source}:${c.peerRuleId}`)).size;
    for (const [tool, data] of Object.entries(perTool)) {
      const hit = ([, i]) => data.byCase[i].length > 0;
      row.tools[tool] = {
        found: positives.filter(hit).length,
        foundCovered: covered.filter(hit).length,
        negativesFlagged: negatives.filter(hit).length,
        identifiersFlagged: identifiers.filter(hit).length,
      };
    }
    summary.push(row);
  }
  return summary;
}

function noiseSummary(results, triage) {
  const rows = [];
  const verdicts = triageIndex(triage);
  const total = { repo: 'total', bytes: 0, files: 0, tools: {} };
  for (const repo of results.noise.repos.filter((r) => !r.missing)) {
    const row = { repo: repo.repo, commit: repo.commit, bytes: repo.bytes, files: repo.files, tools: {} };
    total.bytes += repo.bytes;
    total.files += repo.files;
    for (const [tool, data] of Object.entries(repo.tools)) {
      const falseAlarms =
        tool === 'leakscan'
          ? data.findings.filter((f) => verdicts.get(triageKey(repo.repo, f))?.verdict === 'false-alarm').length
          : undefined;
      const untriaged =
        tool === 'leakscan' ? data.findings.filter((f) => !verdicts.has(triageKey(repo.repo, f))).length : undefined;
      row.tools[tool] = { findings: data.findings.length, seconds: data.seconds, falseAlarms, untriaged };
      total.tools[tool] ??= { findings: 0, seconds: 0, falseAlarms: 0, untriaged: 0 };
      const t = total.tools[tool];
      t.findings += data.findings.length;
      t.seconds += data.seconds;
      t.falseAlarms += falseAlarms ?? 0;
      t.untriaged += untriaged ?? 0;
    }
    rows.push(row);
  }
  rows.push(total);
  return rows;
}

export function triageKey(repo, finding) {
  return `${repo}:${finding.file}:${finding.line}:${finding.rule}`;
}

function triageIndex(triage) {
  return new Map(triage.map((t) => [`${t.repo}:${t.path}:${t.line}:${t.rule}`, t]));
}

export function renderResults(results, { baseline, triage }) {
  const out = [];
  out.push('# External evaluation: results');
  out.push('');
  out.push(
    `Generated ${results.generatedAt} by \`npm run bench:external\` (bench/external/run.mjs) at leakscan commit ${results.leakscanCommit}, ${results.leakscanRules} rules.`,
  );
  out.push('');
  out.push(
    `Tools: ${Object.entries(results.tools)
      .map(([t, v]) => `**${t}**: ${v}`)
      .join('; ')}.`,
  );
  for (const [tool, error] of Object.entries(results.toolErrors))
    out.push(`\n**${tool} could not run (or failed on part of the data):** ${[].concat(error).join(' / ')}`);
  out.push('');
  out.push(
    `Mirrors (HEAD commits): ${Object.entries(results.mirrors)
      .map(([r, c]) => `${r} ${c}`)
      .join(', ')}.`,
  );
  if (results.recall) {
    const tools = Object.keys(results.recall.perTool);
    const summary = recallSummary(results);
    out.push("\n## Recall on peers' published examples\n");
    out.push(
      "One file per example (`example.txt`, or the file name the peer tests with). *found*: the tool reports anything in that file. *covered*: leakscan has a rule for the example's vendor (bench/external/lib/coverage.mjs). *negatives flagged*: peers' false-positive examples the tool reports. *identifiers*: examples of rules their authors mark as non-secret identifiers (not counted).\n",
    );
    const header = [
      'source',
      'formats (covered)',
      'positives',
      'leakscan found',
      'recall',
      'covered positives',
      'recall on covered',
      'negatives',
      'leakscan flags',
    ];
    for (const tool of tools.filter((t) => t !== 'leakscan')) header.push(`${tool} recall`, `${tool} flags`);
    const base = baseline?.recall ? new Map(recallSummary(baseline).map((r) => [r.source, r])) : undefined;
    if (base) header.push('baseline recall (leakscan)', 'baseline flags');
    out.push(
      table(
        header,
        summary.map((r) => {
          const l = r.tools.leakscan ?? {};
          const row = [
            r.source,
            `${r.formats} (${r.coveredFormats})`,
            r.positives,
            l.found ?? '–',
            pct(l.found ?? 0, r.positives),
            r.coveredPositives,
            pct(l.foundCovered ?? 0, r.coveredPositives),
            r.negatives,
            l.negativesFlagged ?? '–',
          ];
          for (const tool of tools.filter((t) => t !== 'leakscan'))
            row.push(
              `${pct(r.tools[tool].found, r.positives)} (${r.tools[tool].found})`,
              r.tools[tool].negativesFlagged,
            );
          if (base) {
            const b = base.get(r.source);
            row.push(
              b?.tools.leakscan
                ? `${pct(b.tools.leakscan.found, b.positives)} (${b.tools.leakscan.found}/${b.positives})`
                : '–',
              b?.tools.leakscan?.negativesFlagged ?? '–',
            );
          }
          return row;
        }),
      ),
    );
    out.push('');
    out.push(
      "gitleaks is scored on its own generator's examples in the gitleaks row: expect it near 100% there; the other rows are the fair comparison.",
    );
    const problems = results.recall.sources.filter((s) => s.problems?.length || s.missing);
    for (const s of problems)
      out.push(
        `\n${s.source}: ${s.missing ? 'mirror missing, not scored' : `examples not extracted for: ${s.problems.join('; ')}`}`,
      );
    const best = results.recall.perTool.leakscan?.bestLevelByCase;
    if (best) {
      out.push('\n### leakscan recall and negatives flagged at each --min-confidence level\n');
      const sources = [...new Set(results.recall.cases.map((c) => c.source)), 'all'];
      const rank = (level) => LEAKSCAN_LEVELS.indexOf(level);
      const tally = (source, kind, level) =>
        results.recall.cases.filter(
          (c, i) =>
            c.kind === kind && (source === 'all' || c.source === source) && best[i] && rank(best[i]) >= rank(level),
        ).length;
      const count = (source, kind) =>
        results.recall.cases.filter((c) => c.kind === kind && (source === 'all' || c.source === source)).length;
      out.push(
        table(
          [
            'source',
            ...LEAKSCAN_LEVELS.map((l) => `recall at ${l}`),
            ...LEAKSCAN_LEVELS.map((l) => `negatives flagged at ${l}`),
          ],
          sources.map((s) => [
            s,
            ...LEAKSCAN_LEVELS.map(
              (l) => `${pct(tally(s, 'positive', l), count(s, 'positive'))} (${tally(s, 'positive', l)})`,
            ),
            ...LEAKSCAN_LEVELS.map((l) => `${tally(s, 'negative', l)}/${count(s, 'negative')}`),
          ]),
        ),
      );
    }
    const droppedByCase = results.recall.perTool.leakscan?.droppedByCase;
    if (droppedByCase) out.push(renderMissCauses(results, droppedByCase));
    out.push('\n### Covered formats with misses (leakscan), most missed first\n');
    out.push(renderCoveredMisses(results, 40));
  }
  if (results.noise) {
    const tools = [...new Set(results.noise.repos.flatMap((r) => Object.keys(r.tools ?? {})))];
    const rows = noiseSummary(results, triage);
    out.push('\n## Real-code noise: HEAD trees of public repositories, default settings\n');
    out.push(
      'Every finding on these trees is presumed noise until triaged (TRIAGE.md): none of them should hold a live credential. MB and files: the exported tree (regular files; symlinks and blobs the snapshot lacks are left out).\n',
    );
    const header = ['repository', 'MB', 'files', 'leakscan findings', 'per MB', 'false alarms (triaged)'];
    for (const tool of tools.filter((t) => t !== 'leakscan')) header.push(`${tool}`, `${tool} per MB`);
    header.push(`seconds (${tools.join(' / ')})`);
    const baseRows = baseline?.noise ? new Map(noiseSummary(baseline, triage).map((r) => [r.repo, r])) : undefined;
    if (baseRows) header.push('baseline leakscan');
    out.push(
      table(
        header,
        rows.map((r) => {
          const mb = r.bytes / MB;
          const l = r.tools.leakscan;
          const row = [
            r.repo === 'total' ? '**total**' : `${r.repo} (${r.commit.slice(0, 12)})`,
            mb.toFixed(1),
            r.files,
            l?.findings ?? '–',
            l ? ratio(l.findings, mb) : '–',
            l ? `${l.falseAlarms}${l.untriaged ? ` (+${l.untriaged} untriaged)` : ''}` : '–',
          ];
          for (const tool of tools.filter((t) => t !== 'leakscan'))
            row.push(r.tools[tool]?.findings ?? 'error', r.tools[tool] ? ratio(r.tools[tool].findings, mb) : '–');
          row.push(tools.map((t) => (r.tools[t] ? r.tools[t].seconds.toFixed(1) : '–')).join(' / '));
          if (baseRows) row.push(baseRows.get(r.repo)?.tools.leakscan?.findings ?? '–');
          return row;
        }),
      ),
    );
    out.push('\n### leakscan findings at each --min-confidence level\n');
    out.push(
      '`scan` and `history` report from `low` (an audit); the pre-commit hook and CI from `medium` (src/filters/min-confidence.ts). In a test or fixture path, a private key or a generic match is `lowest` and a vendor format one level lower (src/detect/test-path.ts); `lowest` shows everything.\n',
    );
    const levels = { lowest: 0, low: 1, medium: 2, high: 3 };
    const allFindings = results.noise.repos.flatMap((r) => [
      ...(r.tools?.leakscan?.findings ?? []),
      ...(r.tools?.leakscan?.belowDefault ?? []),
    ]);
    const totalMb = results.noise.repos.reduce((sum, r) => sum + (r.bytes ?? 0), 0) / MB;
    out.push(
      table(
        ['--min-confidence', 'findings', 'per MB', 'of them PEM private keys'],
        Object.entries(levels).map(([level, rank]) => {
          const kept = allFindings.filter((f) => (levels[f.confidence] ?? 0) >= rank);
          return [
            level,
            kept.length,
            ratio(kept.length, totalMb),
            kept.filter((f) => /^private-key-/.test(f.rule)).length,
          ];
        }),
      ),
    );
    out.push('\n### leakscan findings by rule\n');
    const byRule = new Map();
    for (const repo of results.noise.repos)
      for (const f of repo.tools?.leakscan?.findings ?? []) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    out.push(
      table(
        ['rule', 'findings'],
        [...byRule.entries()].sort((a, b) => b[1] - a[1]).map(([r, n]) => [r, n]),
      ),
    );
    const missing = results.noise.repos.filter((r) => r.missing);
    if (missing.length) out.push(`\nNot fetched (skipped): ${missing.map((r) => r.repo).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

function formatStats(results) {
  const { cases, perTool } = results.recall;
  const formats = new Map();
  cases.forEach((c, i) => {
    if (c.kind !== 'positive') return;
    const key = `${c.source}:${c.peerRuleId}`;
    const f = formats.get(key) ?? {
      source: c.source,
      peerRuleId: c.peerRuleId,
      peerName: c.peerName,
      vendorKey: c.vendorKey,
      covered: c.covered,
      total: 0,
      found: 0,
      rules: new Set(),
    };
    f.total++;
    const hit = perTool.leakscan?.byCase[i] ?? [];
    if (hit.length) f.found++;
    for (const r of hit) f.rules.add(r);
    formats.set(key, f);
  });
  return [...formats.values()];
}

/**
 * Positives leakscan missed, by cause: a filter dropped what a rule matched (its name, from --explain; the
 * placeholder filter's sequential runs and typed sequences are the peers' dummy values), or no rule matched,
 * for a vendor leakscan covers or not.
 */
function renderMissCauses(results, droppedByCase) {
  const byCase = results.recall.perTool.leakscan.byCase;
  const sources = [...new Set(results.recall.cases.map((c) => c.source))];
  const counts = new Map();
  results.recall.cases.forEach((c, i) => {
    if (c.kind !== 'positive' || byCase[i].length > 0) return;
    const filters = droppedByCase[i];
    const cause = filters.length
      ? `dropped by ${filters.join(' + ')}`
      : c.covered
        ? 'no rule matched (vendor covered)'
        : 'no rule for the vendor';
    const row = counts.get(cause) ?? Object.fromEntries([...sources, 'all'].map((s) => [s, 0]));
    row[c.source] += 1;
    row.all += 1;
    counts.set(cause, row);
  });
  const rows = [...counts.entries()].sort((a, b) => b[1].all - a[1].all);
  return [
    '\n### Why leakscan missed positives\n',
    'Each missed positive by cause, from the same run with `--explain`: the filter(s) that dropped what a rule matched, or no rule matched.\n',
    table(
      ['cause', ...sources, 'all'],
      rows.map(([cause, row]) => [cause, ...sources.map((s) => row[s]), row.all]),
    ),
  ].join('\n');
}

function renderCoveredMisses(results, limit) {
  const missed = formatStats(results)
    .filter((f) => f.covered && f.found < f.total)
    .sort((a, b) => b.total - b.found - (a.total - a.found));
  if (missed.length === 0) return 'None.';
  const rows = missed
    .slice(0, limit)
    .map((f) => [f.source, f.peerRuleId, `${f.found}/${f.total}`, [...f.rules].join(', ') || '–']);
  return `${table(['source', 'peer rule', 'found', 'leakscan rules that fired'], rows)}${missed.length > limit ? `\n\n…and ${missed.length - limit} more (results.json).` : ''}`;
}

/** Vendor keys with no leakscan rule, with how many peers have rules for them. */
export function coverageGaps(results) {
  const formats = formatStats(results);
  const byVendor = new Map();
  for (const f of formats.filter((x) => !x.covered)) {
    const v = byVendor.get(f.vendorKey) ?? { vendorKey: f.vendorKey, sources: new Set(), formats: [] };
    v.sources.add(f.source);
    v.formats.push(f);
    byVendor.set(f.vendorKey, v);
  }
  return [...byVendor.values()].sort(
    (a, b) =>
      b.sources.size - a.sources.size || b.formats.length - a.formats.length || a.vendorKey.localeCompare(b.vendorKey),
  );
}

export function renderCoverage(results) {
  const out = ['# Coverage: peer formats and leakscan rules', ''];
  out.push(
    `Generated ${results.generatedAt} by \`npm run bench:external\` from the peers' rule files at the mirror commits listed in RESULTS.md; leakscan ${results.leakscanRules} rules. A format is a peer rule; its vendor is the peer file it lives in. "Peers" counts gitleaks, Kingfisher, Nosey Parker and Titus (Titus derives from Nosey Parker, so the two often agree). Formats of vendors leakscan has no rule for are gaps; they are listed with the rule names only (no rule text).`,
  );
  const gaps = coverageGaps(results);
  out.push(
    `\n## Vendors with no leakscan rule (${gaps.length} vendors, ${gaps.reduce((n, g) => n + g.formats.length, 0)} formats), most peers first\n`,
  );
  out.push(
    table(
      ['vendor', 'peers', 'formats (peer rule id: name, leakscan found/examples)'],
      gaps.map((g) => [
        g.vendorKey,
        `${g.sources.size} (${[...g.sources].join(', ')})`,
        g.formats.map((f) => `${f.peerRuleId}: ${f.peerName} ${f.found}/${f.total}`).join('; '),
      ]),
    ),
  );
  const formats = formatStats(results);
  const nothing = formats.filter((f) => f.covered && f.found === 0);
  out.push(
    `\n## Covered vendors, but none of the format's examples found (${nothing.length} formats): a missing format of a known vendor, or a context leakscan's rule does not accept\n`,
  );
  out.push(
    table(
      ['source', 'peer rule', 'name', 'examples'],
      nothing
        .sort((a, b) => a.vendorKey.localeCompare(b.vendorKey))
        .map((f) => [f.source, f.peerRuleId, f.peerName, f.total]),
    ),
  );
  out.push('\n## Formats skipped on purpose\n');
  out.push(
    'Kept by hand in bench/external/skipped/ (one line per peer format and its reason), copied here: identifiers and public keys, JWTs the jwt rules report, formats with no vendor documentation, placeholder or malformed peer examples.',
  );
  for (const name of readdirSync(SKIPPED_DIR)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const bullets = readFileSync(join(SKIPPED_DIR, name), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('- '));
    out.push(`\n### ${name.replace(/\.md$/, '')} (bench/external/skipped/${name})\n`, ...bullets);
  }
  return `${out.join('\n')}\n`;
}

export function renderGapShare(results, casesWithText) {
  const lines = [
    '# peer-rule-id\tpeers-count\texample-prefix-or-description  (generated by bench/external/run.mjs; vendors with no leakscan rule, most peers first)',
  ];
  const firstExample = new Map();
  for (const c of casesWithText ?? [])
    if (c.kind === 'positive' && !firstExample.has(`${c.source}:${c.peerRuleId}`))
      firstExample.set(`${c.source}:${c.peerRuleId}`, c.text);
  for (const gap of coverageGaps(results)) {
    for (const f of gap.formats) {
      const example = (firstExample.get(`${f.source}:${f.peerRuleId}`) ?? '').replace(/\s+/g, ' ').slice(0, 24);
      lines.push(
        `${f.source}:${f.peerRuleId}\t${gap.sources.size}\t${f.peerName} [vendor ${gap.vendorKey}] e.g. ${example}…`,
      );
    }
  }
  const nothing = formatStats(results).filter((f) => f.covered && f.found === 0);
  lines.push('', "# covered vendor, none of the format's examples found (format gap or context miss)");
  for (const f of nothing)
    lines.push(
      `${f.source}:${f.peerRuleId}\t-\t${f.peerName} [vendor ${f.vendorKey}] e.g. ${(firstExample.get(`${f.source}:${f.peerRuleId}`) ?? '').replace(/\s+/g, ' ').slice(0, 24)}…`,
    );
  return `${lines.join('\n')}\n`;
}

export function renderTriage(results, triage) {
  const verdicts = triageIndex(triage);
  const out = ["# Triage of leakscan's findings on real code", ''];
  out.push(
    `Every leakscan finding of the last full run (${results.generatedAt}, leakscan ${results.leakscanCommit}) on the real-code trees, with its verdict from bench/external/triage.json. Verdicts: **credential** (a real key committed on purpose, such as an application's public client key: correct to report), **test-credential** (a real-looking key planted in tests, docs or fixtures: correct to report, the hook would flag it), **false-alarm** (not a credential; class says why). Secrets are redacted; context is the finding's line with the secret masked.`,
  );
  const rows = [];
  const classes = new Map();
  for (const repo of results.noise.repos) {
    for (const f of repo.tools?.leakscan?.findings ?? []) {
      const v = verdicts.get(triageKey(repo.repo, f));
      if (v?.verdict === 'false-alarm') classes.set(v.class, (classes.get(v.class) ?? 0) + 1);
      rows.push([
        repo.repo,
        `${f.file}:${f.line}`,
        f.rule,
        `\`${f.redacted}\``,
        `\`${(f.context ?? '').replace(/`/g, "'").replace(/\|/g, '\\|').slice(0, 120)}\``,
        v ? `**${v.verdict}**${v.class ? ` (${v.class})` : ''}: ${v.note ?? ''}` : '**UNTRIAGED**',
      ]);
    }
  }
  out.push(
    `\n${rows.length} findings; false-alarm classes: ${
      [...classes.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => `${c} ${n}`)
        .join(', ') || 'none'
    }.\n`,
  );
  out.push(table(['repository', 'path:line', 'rule', 'secret', 'context', 'verdict'], rows));
  return `${out.join('\n')}\n`;
}

export function renderNoiseShare(results, triage) {
  const verdicts = triageIndex(triage);
  const lines = [
    '# rule\trepo\tpath:line\tredacted\tverdict\tcontext   (leakscan findings on real code; generated by bench/external/run.mjs)',
  ];
  for (const repo of results.noise.repos) {
    for (const f of repo.tools?.leakscan?.findings ?? []) {
      const v = verdicts.get(triageKey(repo.repo, f));
      lines.push(
        [
          f.rule,
          repo.repo,
          `${f.file}:${f.line}`,
          f.redacted,
          v ? `${v.verdict}${v.class ? `/${v.class}` : ''}` : 'untriaged',
          (f.context ?? '').slice(0, 100),
        ].join('\t'),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
