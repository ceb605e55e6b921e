// Quality benchmark: recall per rule on a generated corpus and false positives per MB of real third-party code.
//   npm run bench:quality                      # corpus + this repo's node_modules
//   node bench/quality/run.mjs --real <dir>    # another real-code tree
//   node bench/quality/run.mjs --no-real       # recall only
//   node bench/quality/run.mjs --min-confidence medium   # as the hook and CI report (see docs/detection-quality.md)
// Scans with the built CLI (dist/cli.js, JSON report), exactly as a user would.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR } from '../corpus.mjs';
import { generateCorpus } from './generate.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(repo, 'dist/cli.js');
const args = process.argv.slice(2);
const realIndex = args.indexOf('--real');
const realDir = args.includes('--no-real')
  ? undefined
  : resolve(realIndex >= 0 ? args[realIndex + 1] : join(repo, 'node_modules'));
const verbose = args.includes('--verbose');
// `--min-confidence medium`: recall and noise as the pre-commit hook and CI report them (scan's default is low).
const levelIndex = args.indexOf('--min-confidence');
const levelArgs = levelIndex >= 0 ? ['--min-confidence', args[levelIndex + 1]] : [];

function scanJson(cwd, paths) {
  const out = join(CORPUS_DIR, 'quality-report.json');
  try {
    execFileSync(
      process.execPath,
      [
        cli,
        'scan',
        ...paths,
        '--no-gitignore',
        '--no-default-ignores',
        '--format',
        'json',
        '--output',
        out,
        '--show-secrets',
        ...levelArgs,
      ],
      {
        cwd,
        stdio: ['ignore', 'ignore', 'inherit'],
        maxBuffer: 1 << 30,
      },
    );
  } catch (error) {
    if (error.status !== 1) throw error; // 1 = leaks found
  }
  return JSON.parse(readFileSync(out, 'utf8'));
}

// 1. Recall and hard negatives on the generated corpus.
const corpus = join(CORPUS_DIR, 'quality');
const { cases, ruleCount, allRuleIds, generatorMisses } = generateCorpus(corpus, join(repo, 'rules'));
const report = scanJson(corpus, ['positive', 'negative']);
const findingsByPath = new Map();
for (const finding of report.findings) {
  const list = findingsByPath.get(finding.file) ?? [];
  list.push(finding);
  findingsByPath.set(finding.file, list);
}
const perRule = new Map();
const misses = [];
const otherRule = [];
const falsePositives = [];
for (const testCase of cases) {
  const found = findingsByPath.get(testCase.path) ?? [];
  if (testCase.kind === 'positive') {
    const stats = perRule.get(testCase.ruleId) ?? { total: 0, hit: 0 };
    stats.total++;
    // A key reported under a more specific rule (a vendor rule over a generic one) is found; it is listed.
    if (testCase.pairedWith) {
      // A pair counts only as one finding of the secret rule that carries the id.
      if (
        found.length === 1 &&
        found[0].ruleId === testCase.ruleId &&
        found[0].pairedWith?.ruleId === testCase.pairedWith
      )
        stats.hit++;
      else misses.push(testCase);
    } else if (found.some((f) => f.ruleId === testCase.ruleId)) stats.hit++;
    else if (found.length > 0) {
      stats.hit++;
      otherRule.push({ ...testCase, foundBy: found.map((f) => f.ruleId) });
    } else misses.push(testCase);
    perRule.set(testCase.ruleId, stats);
  } else {
    const wrong = testCase.ruleId ? found.filter((f) => f.ruleId === testCase.ruleId) : found;
    if (wrong.length > 0) falsePositives.push({ ...testCase, foundBy: wrong.map((f) => f.ruleId) });
  }
}
const positives = cases.filter((c) => c.kind === 'positive').length;
const hits = [...perRule.values()].reduce((sum, s) => sum + s.hit, 0);
console.log(
  `corpus: ${cases.length} cases (${positives} positive, ${cases.length - positives} negative) over ${perRule.size}/${ruleCount} rules`,
);
const missCount = Object.values(generatorMisses).reduce((a, b) => a + b, 0);
if (missCount > 0) {
  console.log(
    `generator: ${missCount} fresh keys not made (re-randomised value no longer matched the pattern): ${Object.entries(
      generatorMisses,
    )
      .map(([id, n]) => `${id} ${n}`)
      .join(', ')}`,
  );
}
const uncovered = allRuleIds.filter((id) => !perRule.has(id));
if (uncovered.length > 0) console.log(`rules without generated positives: ${uncovered.join(', ')}`);
console.log(`recall: ${hits}/${positives} = ${((100 * hits) / positives).toFixed(2)}%`);
const below = [...perRule.entries()].filter(([, s]) => s.hit < s.total).sort(([a], [b]) => a.localeCompare(b));
for (const [id, s] of below) console.log(`  below 100%: ${id} ${s.hit}/${s.total}`);
if (verbose) for (const [id, s] of [...perRule.entries()].sort()) console.log(`  ${id} ${s.hit}/${s.total}`);
for (const miss of misses) console.log(`  missed: ${miss.path}`);
for (const other of otherRule)
  console.log(`  reported under another rule: ${other.path} (${other.foundBy.join(', ')})`);
const negatives = cases.length - positives;
console.log(`hard negatives: ${falsePositives.length}/${negatives} reported`);
for (const fp of falsePositives) console.log(`  reported: ${fp.path} by ${fp.foundBy.join(', ')}`);

// 2. False positives on real third-party code: every finding is listed for review.
if (realDir) {
  const real = scanJson(dirname(realDir), [realDir.slice(dirname(realDir).length + 1)]);
  const megabytes = real.summary.bytesScanned / (1024 * 1024);
  const perTwenty = (real.findings.length / megabytes) * 20;
  console.log(
    `\nreal code: ${realDir}: ${real.summary.filesScanned} files, ${megabytes.toFixed(1)} MiB, skipped ${real.summary.skipped} (${JSON.stringify(real.summary.skippedByReason)})`,
  );
  console.log(
    `findings: ${real.findings.length} = ${(real.findings.length / megabytes).toFixed(3)} per MiB = ${perTwenty.toFixed(2)} per 20 MiB`,
  );
  const redact = (s) => (s.length > 12 ? `${s.slice(0, 6)}…(${s.length})` : `…(${s.length})`);
  for (const f of real.findings)
    console.log(
      `  ${f.file}:${f.line} [${f.ruleId}] ${f.confidence} ${redact(f.secret)}${f.decodedFrom ? ` decoded:${f.decodedFrom}` : ''}`,
    );
}
