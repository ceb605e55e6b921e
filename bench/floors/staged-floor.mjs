// The pre-commit floor: a Node process that spawns `git diff --staged -U0`, reads the patch and runs ONE
// combined case-insensitive regex of 22 key prefixes over it. Start-up of Node and git is most of it.
import { spawnSync } from 'node:child_process';

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
const patch = spawnSync('git', ['diff', '--staged', '-U0'], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout;
let hits = 0;
while (combined.exec(patch) !== null) hits++;
process.stdout.write(`${hits} hits\n`);
