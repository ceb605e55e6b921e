// Config regexes (custom rules, allowlists) run on re2js, a linear-time engine, instead of V8's backtracking one.
// This measures what that costs on a realistic workload: typical custom-rule patterns run the way match-rule.ts
// runs them (once per line that holds a keyword hit; here on every line of real source text, the worst case),
// and allowlist regexes tested against candidate secrets. V8 and re2js alternate in the same run; the ratio of
// medians is the result. The calls mirror src/rules/text-pattern.ts (matcher/find/start/end and test).
//
//   node bench/user-regex.mjs [--rounds=5]
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';
import { median } from './measure.mjs';

const { RE2JS } = createRequire(import.meta.url)('re2js');
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 5);

// Real text: this repository's sources and its dependencies' JavaScript, cut into lines like a scan would.
function collectLines(dir, budget, lines = []) {
  for (const name of readdirSync(dir).sort()) {
    if (lines.length >= budget) break;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) collectLines(path, budget, lines);
    else if (/\.(ts|js|mjs|json|md|ya?ml)$/.test(name) && stat.size < 512 * 1024) {
      for (const line of readFileSync(path, 'utf8').split('\n')) if (line.length <= 4096) lines.push(line);
    }
  }
  return lines;
}
const lines = [...collectLines(join(ROOT, 'src'), 20_000), ...collectLines(join(ROOT, 'node_modules'), 200_000)].slice(
  0,
  200_000,
);
// Planted so the patterns have something to find (and to check both engines agree).
for (let i = 0; i < lines.length; i += 997)
  lines[i] = `${lines[i]} api_key = "acme_${'q8t1lm4nb7cx2vr9kp3sd6fg'}" corp-token: CORP-${i}-ABCDEFGHJK`;
const bytes = lines.reduce((sum, line) => sum + line.length + 1, 0);

// Custom-rule shapes users write: a vendor prefix, a key=value assignment, a case-insensitive generic one.
const RULE_PATTERNS = [
  ['(?<secret>acme_[a-z0-9]{24})', ''],
  ['(?:api|secret)[_-]?key\\s{0,5}[:=]\\s{0,5}["\']?(?<secret>[A-Za-z0-9_]{20,64})', 'i'],
  ['\\bcorp-token:\\s{0,3}(?<secret>CORP-\\d{1,8}-[A-Z]{10})\\b', ''],
];
const ALLOW_PATTERNS = ['^acme_test', 'EXAMPLE|DUMMY|PLACEHOLDER', '^(\\w+)_(?:demo|sample)$'];
const candidates = lines.filter((_, i) => i % 7 === 0).map((line) => line.trim().slice(0, 64));

function v8Run() {
  const rules = RULE_PATTERNS.map(([p, f]) => new RegExp(p, `${f}gd`));
  const allow = ALLOW_PATTERNS.map((p) => new RegExp(p));
  let found = 0;
  for (const line of lines) {
    for (const regex of rules) {
      regex.lastIndex = 0;
      for (let m = regex.exec(line); m !== null; m = regex.exec(line)) {
        if (m[0].length === 0) regex.lastIndex++;
        if (m.indices?.groups?.secret) found++;
      }
    }
  }
  for (const c of candidates) for (const regex of allow) if (regex.test(c)) found++;
  return found;
}

function re2Run() {
  const rules = RULE_PATTERNS.map(([p, f]) =>
    RE2JS.compile(RE2JS.translateRegExp(p), f === 'i' ? RE2JS.CASE_INSENSITIVE : 0),
  );
  const allow = ALLOW_PATTERNS.map((p) => RE2JS.compile(RE2JS.translateRegExp(p)));
  let found = 0;
  for (const line of lines) {
    for (const re of rules) {
      if (!re.test(line)) continue; // as text-pattern.ts does: the DFA first, captures only on a match
      const matcher = re.matcher(line);
      while (matcher.find()) if (matcher.start('secret') >= 0) found++;
    }
  }
  for (const c of candidates) for (const re of allow) if (re.test(c)) found++;
  return found;
}

const time = (run) => {
  const started = process.hrtime.bigint();
  const found = run();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, found };
};
const warmV8 = time(v8Run);
const warmRe2 = time(re2Run);
if (warmV8.found !== warmRe2.found)
  throw new Error(`engines disagree: V8 found ${warmV8.found}, re2js ${warmRe2.found}`);
const v8 = [];
const re2 = [];
for (let round = 0; round < rounds; round++) {
  const order =
    round % 2
      ? [
          [re2, re2Run],
          [v8, v8Run],
        ]
      : [
          [v8, v8Run],
          [re2, re2Run],
        ];
  for (const [samples, run] of order) samples.push(time(run).ms);
}
const mb = bytes / 1024 / 1024;
// A scan runs a rule only on lines holding one of its keywords: the share of such lines bounds the real cost.
const keywordShare = lines.filter((line) => /acme_|api|secret|corp-token/i.test(line)).length / lines.length;
const v8Ms = median(v8);
const re2Ms = median(re2);
console.log(
  `${lines.length} lines (${mb.toFixed(1)} MB), ${RULE_PATTERNS.length} rule patterns on every line, ${ALLOW_PATTERNS.length} allowlist regexes on ${candidates.length} candidates; ${warmV8.found} matches (both engines)`,
);
console.log(`V8      median ${v8Ms.toFixed(0)} ms (${(mb / (v8Ms / 1000)).toFixed(1)} MB/s)`);
console.log(`re2js   median ${re2Ms.toFixed(0)} ms (${(mb / (re2Ms / 1000)).toFixed(1)} MB/s)`);
console.log(`ratio re2js / V8: ${(re2Ms / v8Ms).toFixed(2)} (${rounds} rounds, interleaved)`);
console.log(`in a scan these patterns run on the ${(keywordShare * 100).toFixed(1)}% of lines that hold a keyword`);
