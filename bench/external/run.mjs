// External evaluation: leakscan against text this project did not write, beside gitleaks and secretlint.
//   npm run bench:external                         # everything: recall corpus + real-code trees, all three tools
//   node bench/external/run.mjs --only=recall      # peers' examples only (about a minute)
//   node bench/external/run.mjs --only=noise --repos=rails,laravel --tools=leakscan
// Needs fetched mirrors (see README.md: $LEAKSCAN_MIRRORS). Writes RESULTS.md, COVERAGE.md, TRIAGE.md and
// results.json next to this file on a full run; a subset run writes them under $LEAKSCAN_BENCH_CORPUS/external/last-run/ (see bench/corpus.mjs).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR } from '../corpus.mjs';
import { leakscanRulesForVendor, leakscanVendorIndex, loadLeakscanRules } from './lib/coverage.mjs';
import { exportHeadTree, headCommit, mirrorGitDir, mirrorRoot } from './lib/mirrors.mjs';
import { extractPeerCases, PEER_SOURCES } from './lib/peer-examples.mjs';
import {
  findingContext,
  renderCoverage,
  renderNoiseShare,
  renderGapShare,
  renderResults,
  renderTriage,
} from './lib/report.mjs';
import {
  ensurePeerTools,
  LEAKSCAN_LEVELS,
  PEER_TOOLS,
  runGitleaks,
  runLeakscan,
  runSecretlint,
  toolVersion,
} from './lib/scanners.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');

/** Real-code trees: large public repositories in different languages (each under the fetch tool's 500 MiB limit). */
export const REAL_CODE_REPOS = [
  'rails/rails',
  'laravel/framework',
  'spring-projects/spring-boot',
  'hashicorp/terraform',
  'fastapi/fastapi',
  'encode/django-rest-framework',
  'jellyfin/jellyfin',
  'ktorio/ktor',
  'prometheus/prometheus',
  'redis/redis',
  'tokio-rs/tokio',
  'vuejs/core',
  'expressjs/express',
];

function parseArgs(argv) {
  const options = {
    only: ['recall', 'noise'],
    repos: undefined,
    tools: ['leakscan', 'gitleaks', 'secretlint'],
    cli: join(repoRoot, 'dist/cli.js'),
    share: undefined,
    baseline: join(here, 'results-baseline.json'),
    saveBaseline: false,
    cache: true,
  };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split(/=(.*)/s);
    if (key === 'only') options.only = value.split(',');
    else if (key === 'repos') options.repos = value.split(',');
    else if (key === 'tools') options.tools = value.split(',');
    else if (key === 'cli') options.cli = resolve(value);
    else if (key === 'share') options.share = resolve(value);
    else if (key === 'save-baseline') options.saveBaseline = true;
    else if (key === 'no-cache') options.cache = false;
    else if (key === 'help') {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .slice(0, 6)
          .join('\n'),
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (see bench/external/README.md)`);
  }
  for (const tool of options.tools)
    if (tool !== 'leakscan' && !(tool in PEER_TOOLS)) throw new Error(`unknown tool ${tool}`);
  for (const part of options.only)
    if (part !== 'recall' && part !== 'noise') throw new Error(`--only takes recall and/or noise, not ${part}`);
  return options;
}

const options = parseArgs(process.argv.slice(2));
const fullRun = options.only.length === 2 && !options.repos && options.tools.length === 3;
const mirrors = mirrorRoot(repoRoot);
const work = join(CORPUS_DIR, 'external');
const toolsDir = join(repoRoot, 'bench/.tools');
const reportsDir = join(work, 'reports');
mkdirSync(reportsDir, { recursive: true });
if (!existsSync(options.cli)) throw new Error(`no built CLI at ${options.cli}: run npm run build first`);

const peerTools = options.tools.filter((t) => t !== 'leakscan');
const toolErrors = ensurePeerTools(toolsDir, peerTools);
const tools = options.tools.filter((t) => !toolErrors[t]);
const runners = {
  leakscan: (dir, name) =>
    runLeakscan({
      cli: options.cli,
      dir,
      reportFile: join(reportsDir, `leakscan-${name}.json`),
      explain: name === 'recall',
    }),
  gitleaks: (dir, name) => runGitleaks({ toolsDir, dir, reportFile: join(reportsDir, `gitleaks-${name}.json`) }),
  secretlint: (dir, name) => runSecretlint({ toolsDir, dir, reportFile: join(reportsDir, `secretlint-${name}.json`) }),
};
/**
 * gitleaks and secretlint are pinned, and their inputs are keyed (a tree's commit, the recall corpus' hash): their
 * results are cached under $LEAKSCAN_BENCH_CORPUS/external/reports so a re-run only re-scans with leakscan.
 * --no-cache runs them again.
 */
function runTool(tool, dir, name, inputKey) {
  const cacheFile = join(reportsDir, `${tool}-${name}.${inputKey}.cached.json`);
  if (tool !== 'leakscan' && options.cache && existsSync(cacheFile))
    return { ...JSON.parse(readFileSync(cacheFile, 'utf8')), cached: true };
  try {
    const run = runners[tool](dir, name);
    if (tool !== 'leakscan') writeFileSync(cacheFile, JSON.stringify(run));
    return run;
  } catch (error) {
    toolErrors[tool] = toolErrors[tool] ?? [];
    if (typeof toolErrors[tool] === 'string') toolErrors[tool] = [toolErrors[tool]];
    toolErrors[tool].push(`${name}: ${error.message.split('\n').slice(0, 3).join(' ')}`);
    return undefined;
  }
}

const leakscanRules = loadLeakscanRules(join(repoRoot, 'rules'));
const vendorIndex = leakscanVendorIndex(leakscanRules);
const results = {
  generatedAt: new Date().toISOString(),
  leakscanCommit: safeHead(repoRoot),
  leakscanRules: leakscanRules.length,
  tools: Object.fromEntries(
    tools.map((t) => [
      t,
      t === 'leakscan' ? `leakscan (${options.cli})` : `${PEER_TOOLS[t].label}, ${toolVersion(toolsDir, t)}`,
    ]),
  ),
  toolErrors,
  mirrors: {},
  recall: undefined,
  noise: undefined,
};

function safeHead(dir) {
  try {
    return headCommit(join(dir, '.git')) ?? 'unknown';
  } catch {
    try {
      return readFileSync(join(dir, '.git'), 'utf8').trim();
    } catch {
      return 'unknown';
    }
  }
}

let casesWithText;
// ---- Recall: peers' published examples ----
if (options.only.includes('recall')) {
  const recallDir = join(work, 'recall');
  rmSync(recallDir, { recursive: true, force: true });
  const cases = [];
  const sources = [];
  for (const peer of PEER_SOURCES) {
    const gitDir = mirrorGitDir(mirrors, peer.repo);
    if (!gitDir) {
      sources.push({ source: peer.source, repo: peer.repo, missing: true });
      continue;
    }
    const extracted = extractPeerCases(peer, gitDir);
    results.mirrors[peer.repo] = extracted.commit;
    sources.push({ source: peer.source, repo: peer.repo, commit: extracted.commit, problems: extracted.problems });
    for (const c of extracted.cases) {
      const index = cases.length;
      const fileName = (c.fileName ?? 'example.txt').replace(/[^A-Za-z0-9._-]/g, '_');
      const relDir = join(c.source, String(index).padStart(5, '0'));
      mkdirSync(join(recallDir, relDir), { recursive: true });
      writeFileSync(join(recallDir, relDir, fileName), c.text.endsWith('\n') ? c.text : `${c.text}\n`);
      const covered = leakscanRulesForVendor(vendorIndex, c.vendorKey);
      cases.push({ ...c, index, dir: relDir, file: join(relDir, fileName), covered: Boolean(covered) });
    }
  }
  const corpusKey = createHash('sha256')
    .update(JSON.stringify(cases.map((c) => [c.file, c.text])))
    .digest('hex')
    .slice(0, 16);
  const perTool = {};
  for (const tool of tools) {
    const run = runTool(tool, recallDir, 'recall', corpusKey);
    if (!run) continue;
    const byDir = new Map();
    for (const f of run.findings) {
      const key = f.file.split('/').slice(0, 2).join('/');
      byDir.set(key, [...(byDir.get(key) ?? []), f]);
    }
    perTool[tool] = {
      seconds: run.seconds,
      cached: run.cached ?? false,
      byCase: cases.map((c) => [...new Set((byDir.get(c.dir) ?? []).map((f) => f.rule))]),
    };
    if (run.belowDefault) {
      // The most confident finding in each case's folder, at any level: recall and negatives per level.
      const best = new Map();
      for (const f of [...run.findings, ...run.belowDefault]) {
        const key = f.file.split('/').slice(0, 2).join('/');
        if (LEAKSCAN_LEVELS.indexOf(f.confidence) > LEAKSCAN_LEVELS.indexOf(best.get(key))) best.set(key, f.confidence);
      }
      perTool[tool].bestLevelByCase = cases.map((c) => best.get(c.dir) ?? null);
    }
    if (run.dropped) {
      // Why a case has no finding: the filters that dropped candidates in its folder (none: no rule matched).
      const filtersByDir = new Map();
      for (const d of run.dropped) {
        const key = d.file.split('/').slice(0, 2).join('/');
        filtersByDir.set(key, (filtersByDir.get(key) ?? new Set()).add(d.filter));
      }
      perTool[tool].droppedByCase = cases.map((c) => [...(filtersByDir.get(c.dir) ?? [])].sort());
    }
  }
  results.recall = { sources, cases: cases.map(({ text, index, dir, ...rest }) => rest), perTool };
  casesWithText = cases;
}

// ---- Real-code noise: HEAD trees of large public repositories ----
if (options.only.includes('noise')) {
  const selected = REAL_CODE_REPOS.filter(
    (repo) => !options.repos || options.repos.some((part) => repo.includes(part)),
  );
  if (selected.length === 0) throw new Error(`--repos=${options.repos} matches none of ${REAL_CODE_REPOS.join(', ')}`);
  const repos = [];
  for (const repo of selected) {
    const gitDir = mirrorGitDir(mirrors, repo);
    if (!gitDir) {
      repos.push({ repo, missing: true });
      continue;
    }
    const slug = repo.replace('/', '+');
    const tree = await exportHeadTree(gitDir, join(work, 'trees'), slug);
    results.mirrors[repo] = tree.commit;
    const entry = {
      repo,
      commit: tree.commit,
      files: tree.files,
      bytes: tree.bytes,
      missingBlobs: tree.missing,
      symlinks: tree.symlinks,
      tools: {},
    };
    for (const tool of tools) {
      const run = runTool(tool, tree.dir, slug, tree.commit.slice(0, 12));
      if (!run) continue;
      entry.tools[tool] = {
        seconds: run.seconds,
        cached: run.cached ?? false,
        filesScanned: run.filesScanned,
        findings: run.findings.map((f) => ({ ...f, ...findingContext(tree.dir, f) })),
        ...(run.belowDefault
          ? { belowDefault: run.belowDefault.map(({ file, rule, confidence }) => ({ file, rule, confidence })) }
          : {}),
      };
    }
    repos.push(entry);
    process.stderr.write(
      `noise: ${repo} done (${tools.map((t) => `${t} ${entry.tools[t]?.findings.length ?? 'error'}`).join(', ')})\n`,
    );
  }
  results.noise = { repos };
}

// ---- Output ----
const triageFile = join(here, 'triage.json');
const triage = existsSync(triageFile) ? JSON.parse(readFileSync(triageFile, 'utf8')) : [];
const baseline =
  existsSync(options.baseline) && !options.saveBaseline
    ? JSON.parse(readFileSync(options.baseline, 'utf8'))
    : undefined;
const outDir = fullRun ? here : join(work, 'last-run');
mkdirSync(outDir, { recursive: true });
const resultsMarkdown = renderResults(results, { baseline, triage });
console.log(resultsMarkdown);
writeFileSync(join(outDir, 'RESULTS.md'), resultsMarkdown);
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results)}\n`);
if (options.saveBaseline) writeFileSync(options.baseline, `${JSON.stringify(results)}\n`);
if (results.recall) writeFileSync(join(outDir, 'COVERAGE.md'), renderCoverage(results, vendorIndex));
if (results.noise) writeFileSync(join(outDir, 'TRIAGE.md'), renderTriage(results, triage));
if (options.share) {
  mkdirSync(options.share, { recursive: true });
  if (results.recall) writeFileSync(join(options.share, 'coverage-gaps.md'), renderGapShare(results, casesWithText));
  if (results.noise) writeFileSync(join(options.share, 'noise-findings.md'), renderNoiseShare(results, triage));
}
console.error(`written to ${outDir}${options.share ? ` and ${options.share}` : ''}`);
