#!/usr/bin/env node
// Request counts of --verify (no timing): a directory with 50 copies of 5 distinct GitHub-format keys, scanned
// against a local GitHub look-alike on 127.0.0.1 (LEAKSCAN_VERIFY_TEST_ORIGIN). Prints the findings and the
// requests the vendor received, with the default budget and with --verify-budget 3.
//   npm run build && node bench/verify.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ROOT } from './corpus.mjs';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (text) => {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text)) crc = CRC[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};
const base62 = (value, width) => {
  let out = '';
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
};
/** A fresh GitHub-format token (never a real key) with a valid checksum. */
const token = () => {
  const body = [...randomBytes(30)].map((b) => BASE62[b % 62]).join('');
  return `ghp_${body}${base62(crc32(body), 6)}`;
};

const DISTINCT = 5;
const COPIES = 50;
const keys = Array.from({ length: DISTINCT }, token);
const dir = mkdtempSync(join(tmpdir(), 'leakscan-bench-verify-'));
for (let copy = 0; copy < COPIES; copy++)
  writeFileSync(join(dir, `settings-${copy}.env`), keys.map((key, i) => `GITHUB_TOKEN_${i}=${key}\n`).join(''));

let requests = 0;
const server = createServer((request, response) => {
  requests++;
  const live = keys.slice(0, 3).some((key) => request.headers.authorization === `Bearer ${key}`);
  response.writeHead(live ? 200 : 401, { 'content-type': 'application/json' });
  response.end(live ? '{"resources":{}}' : '{"message":"Bad credentials"}');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const run = (extra) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'dist', 'cli.js'), 'scan', '.', '--verify', '--format', 'json', ...extra],
      {
        cwd: dir,
        env: { ...process.env, LEAKSCAN_VERIFY_TEST_ORIGIN: origin, XDG_STATE_HOME: dir },
      },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(JSON.parse(out)));
  });

const rows = [];
for (const extra of [[], ['--verify-budget', '3']]) {
  requests = 0;
  const report = await run(extra);
  const count = (state) => report.findings.filter((f) => f.verification?.state === state).length;
  rows.push({
    flags: extra.join(' ') || '(defaults)',
    findings: report.findings.length,
    distinctKeys: DISTINCT,
    requests,
    live: count('live'),
    invalid: count('invalid'),
    unknown: count('unknown'),
  });
}
server.close();
console.table(rows);
