// The directory floor: list every file, read it, decode it and run ONE combined case-insensitive regex of 22
// well-known key prefixes over it, single-threaded. A scanner cannot do much less work than this per byte;
// leakscan runs ~300 rules with their keywords, filters and reports, so matching this is the target.
// Usage: node bench/floors/directory-floor.mjs DIR   (prints the hit count so the work cannot be skipped)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PREFIXES = [
  'AKIA',
  'ASIA',
  'ghp_',
  'gho_',
  'ghs_',
  'ghu_',
  'github_pat_',
  'glpat-',
  'xoxb-',
  'xoxp-',
  'sk_live_',
  'rk_live_',
  'sk-ant-',
  'sk-proj-',
  'AIza',
  'hf_',
  'npm_',
  'SG.',
  'dop_v1_',
  'shpat_',
  'pypi-',
  '-----BEGIN',
];
const combined = new RegExp(PREFIXES.map((p) => p.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'), 'gi');

let hits = 0;
let bytes = 0;
for (const entry of readdirSync(process.argv[2], { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const buffer = readFileSync(join(entry.parentPath ?? entry.path, entry.name));
  bytes += buffer.length;
  const text = buffer.toString('utf8');
  combined.lastIndex = 0;
  while (combined.exec(text) !== null) hits++;
}
process.stdout.write(`${hits} hits in ${bytes} bytes\n`);
