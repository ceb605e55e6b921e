// Builds the benchmark corpora in CORPUS_DIR, outside this repository. Every corpus is deterministic (seeded PRNG)
// apart from the planted tokens' random bodies, and records where its planted keys are so the smoke mode can
// check that leakscan finds every one of them.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Where every bench writes its corpora and trees: `$LEAKSCAN_BENCH_CORPUS`, else a folder in the system's temp
 * directory. Never inside this repository: a scan of a folder in a git work tree applies that repository's
 * `.leakscan.yaml`, and this one allowlists `bench/**` (its fake keys), which would hide every planted key.
 */
export const CORPUS_DIR = process.env.LEAKSCAN_BENCH_CORPUS || join(tmpdir(), 'leakscan-bench-corpus');

// ---- deterministic randomness ----------------------------------------------------------------------------

/** mulberry32: small, fast, good enough to make varied text; seeded so corpora are reproducible. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const pick = (random, list) => list[Math.floor(random() * list.length)];
const base62String = (random, length) => Array.from({ length }, () => BASE62[Math.floor(random() * 62)]).join('');

// ---- planted keys ----------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(text) {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function base62Number(value, width) {
  let out = '';
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/**
 * A GitHub-format personal access token with a valid CRC32 checksum: test data, never a real key. The
 * GitHub rule is on main from the start, so the smoke mode can rely on it whatever other rule files exist.
 */
export function plantedToken(random) {
  const body = base62String(random, 30);
  return `ghp_${body}${base62Number(crc32(body), 6)}`;
}

// ---- synthetic source text -------------------------------------------------------------------------------

const WORDS = [
  'user',
  'account',
  'order',
  'item',
  'request',
  'response',
  'client',
  'server',
  'config',
  'cache',
  'token',
  'session',
  'handler',
  'value',
  'result',
  'error',
  'message',
  'payload',
  'record',
  'index',
  'buffer',
  'stream',
  'key',
  'secret',
  'password',
  'api',
  'auth',
  'service',
  'queue',
  'worker',
  'event',
  'state',
  'store',
  'model',
  'view',
];
const SETTINGS = ['region', 'mode', 'level', 'size', 'name', 'zone', 'tier', 'count', 'limit', 'label'];
const camel = (random, n) =>
  Array.from({ length: n }, (_, i) => {
    const w = pick(random, WORDS);
    return i === 0 ? w : w[0].toUpperCase() + w.slice(1);
  }).join('');

/** Lines in the style of application code and config: identifiers, strings, URLs, hashes, env lookups. */
const LINE_MAKERS = [
  (r) => `const ${camel(r, 2)} = require('${pick(r, WORDS)}-${pick(r, WORDS)}');`,
  (r) => `import { ${camel(r, 2)}, ${camel(r, 3)} } from '../${pick(r, WORDS)}/${pick(r, WORDS)}.js';`,
  (r) => `  if (${camel(r, 2)} === undefined) throw new Error('missing ${pick(r, WORDS)} ${pick(r, WORDS)}');`,
  (r) => `  return ${camel(r, 2)}.${camel(r, 1)}(${camel(r, 1)}, ${Math.floor(r() * 1000)});`,
  (r) => `export function ${camel(r, 3)}(${camel(r, 1)}, ${camel(r, 2)}) {`,
  () => '}',
  () => '',
  (r) => `  // ${Array.from({ length: 8 }, () => pick(r, WORDS)).join(' ')}.`,
  (r) => `    ${camel(r, 2)}: process.env.${pick(r, WORDS).toUpperCase()}_${pick(r, WORDS).toUpperCase()},`,
  (r) =>
    `    url: 'https://${pick(r, WORDS)}.example.com/v${Math.floor(r() * 4)}/${pick(r, WORDS)}?limit=${Math.floor(r() * 100)}',`,
  (r) => `  const ${camel(r, 2)}Hash = '${createHash('sha1').update(String(r())).digest('hex')}';`,
  (r) =>
    `  ${camel(r, 2)}.${camel(r, 1)} = await ${camel(r, 2)}.${camel(r, 1)}({ ${camel(r, 1)}, ${camel(r, 1)}: ${r() > 0.5} });`,
  (r) => `${pick(r, SETTINGS)}_${pick(r, SETTINGS)}: ${pick(r, WORDS)}-${Math.floor(r() * 100000)}`,
  (r) => `  logger.debug(\`${pick(r, WORDS)} \${${camel(r, 1)}} ${pick(r, WORDS)} \${${camel(r, 2)}.length}\`);`,
];

export function sourceFileText(random, lines) {
  const out = [];
  for (let i = 0; i < lines; i++) out.push(pick(random, LINE_MAKERS)(random));
  return `${out.join('\n')}\n`;
}

// ---- directory corpora -----------------------------------------------------------------------------------

function manifestPath(dir) {
  return `${dir}.manifest.json`;
}
function readManifest(dir) {
  const file = manifestPath(dir);
  return existsSync(dir) && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/**
 * A generated source tree of about `megabytes` MB: nested folders of code files, one planted token per
 * `plantEvery` files. Returns { dir, bytes, files, planted: [{ path, line }] } (paths relative to `dir`).
 */
export function sourceTree(name, megabytes, { seed = 7, plantEvery = 97 } = {}) {
  const dir = join(CORPUS_DIR, name);
  const existing = readManifest(dir);
  if (existing && existing.megabytes === megabytes) return { dir, ...existing };
  rmSync(dir, { recursive: true, force: true });
  const random = prng(seed);
  const target = megabytes * 1024 * 1024;
  const planted = [];
  let bytes = 0;
  let files = 0;
  while (bytes < target) {
    const path = `pkg${files % 23}/${pick(random, WORDS)}${files % 7}/${camel(random, 2)}-${files}.${pick(random, ['js', 'ts', 'py', 'yaml', 'rb'])}`;
    let text = sourceFileText(random, 40 + Math.floor(random() * 400));
    if (files % plantEvery === 0) {
      const lines = text.split('\n');
      const line = 1 + Math.floor(random() * (lines.length - 1));
      lines.splice(line - 1, 0, `  const githubToken = '${plantedToken(random)}';`);
      text = lines.join('\n');
      planted.push({ path, line });
    }
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  const manifest = { megabytes, bytes, files, planted };
  writeFileSync(manifestPath(dir), JSON.stringify(manifest));
  return { dir, ...manifest };
}

/**
 * This repository's node_modules copied under another name (`deps/`), so the default ignores do not skip it
 * by name: real third-party code, minified bundles and binaries included. `fraction` < 1 copies only the first
 * part of the sorted top-level packages (the small mode).
 */
export function depsCopy(name = 'deps', fraction = 1) {
  const dir = join(CORPUS_DIR, name);
  const existing = readManifest(dir);
  if (existing && existing.fraction === fraction) return { dir, ...existing };
  rmSync(dir, { recursive: true, force: true });
  const source = join(ROOT, 'node_modules');
  const packages = execFileSync('ls', [source], { encoding: 'utf8' })
    .split('\n')
    .filter((p) => p && !p.startsWith('.'))
    .sort();
  const chosen = packages.slice(0, Math.max(1, Math.ceil(packages.length * fraction)));
  mkdirSync(dir, { recursive: true });
  for (const pkg of chosen) cpSync(join(source, pkg), join(dir, pkg), { recursive: true, verbatimSymlinks: true });
  // Planted where nothing else is: a config file at the corpus root.
  const random = prng(11);
  const planted = [];
  const lines = [
    '# deployment settings',
    'region: eu-west-1',
    `github_token: ${plantedToken(random)}`,
    'replicas: 3',
    '',
  ];
  writeFileSync(join(dir, 'deploy-settings.yaml'), lines.join('\n'));
  planted.push({ path: 'deploy-settings.yaml', line: 3 });
  const bytes = Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
  const files = Number(execFileSync('sh', ['-c', `find "${dir}" -type f | wc -l`], { encoding: 'utf8' }).trim());
  const manifest = { fraction, bytes, files, planted };
  writeFileSync(manifestPath(dir), JSON.stringify(manifest));
  return { dir, ...manifest };
}
