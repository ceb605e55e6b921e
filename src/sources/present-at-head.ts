import { spawn } from 'node:child_process';
import type { Finding } from '../findings/finding.js';
import { SourceError } from '../errors.js';
import { runGit } from './git.js';

/**
 * Marks each finding with whether its secret is still in the same file at `head` (HEAD, or a range's end): the
 * first thing a reviewer asks. Reads only the blobs of paths that have findings, each once, through a single
 * `git cat-file --batch` process: one spawn per path cost ~10-80 ms each, seconds on a history with many
 * findings.
 */
export async function markPresentAtHead(root: string, findings: readonly Finding[], head: string | undefined): Promise<Finding[]> {
  if (head === undefined || findings.length === 0) return findings.map((finding) => ({ ...finding, presentAtHead: false }));
  const secretsByPath = new Map<string, Set<string>>();
  for (const finding of findings) {
    const secrets = secretsByPath.get(finding.file) ?? new Set<string>();
    secrets.add(finding.secret.reveal());
    secretsByPath.set(finding.file, secrets);
  }
  const presentByPath = new Map<string, Set<string>>();
  const keep = (path: string, blob: Buffer | undefined): void => {
    const present = new Set<string>();
    if (blob) {
      // Both decodings the patch parser may have used: UTF-8, and Latin-1 for invalid UTF-8.
      const texts = [blob.toString('utf8'), blob.toString('latin1')];
      for (const secret of secretsByPath.get(path) ?? []) if (texts.some((text) => text.includes(secret))) present.add(secret);
    }
    presentByPath.set(path, present);
  };
  // cat-file --batch reads one object name per line: a path with a newline goes through its own call.
  const paths = [...secretsByPath.keys()];
  const batchable = paths.filter((path) => !path.includes('\n') && !path.includes('\r'));
  await readBlobs(root, batchable.map((path) => `${head}:${path}`), (index, blob) => keep(batchable[index] as string, blob));
  for (const path of paths.filter((p) => !batchable.includes(p))) {
    const result = await runGit(root, ['cat-file', 'blob', `${head}:${path}`]);
    keep(path, result.code === 0 ? result.stdout : undefined);
  }
  return findings.map((finding) => ({ ...finding, presentAtHead: presentByPath.get(finding.file)?.has(finding.secret.reveal()) ?? false }));
}

/**
 * Streams `git cat-file --batch` answers for `names` in order: `onBlob(i, contents)`, or `onBlob(i, undefined)`
 * for a missing object (or one that is not a blob). Only one blob is held at a time.
 */
function readBlobs(root: string, names: readonly string[], onBlob: (index: number, blob: Buffer | undefined) => void): Promise<void> {
  if (names.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotePath=false', 'cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    // Chunks are joined only once a whole answer has arrived, so a large blob is copied once, not per chunk.
    let chunks: Buffer[] = [];
    let buffered = 0;
    let needed = 0;
    let index = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      buffered += chunk.length;
      if (buffered < needed) return;
      let pending = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
      needed = 0;
      for (;;) {
        const newline = pending.indexOf(10);
        if (newline === -1) break;
        const header = pending.subarray(0, newline).toString('utf8');
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          onBlob(index++, undefined);
          pending = pending.subarray(newline + 1);
          continue;
        }
        const [, type, sizeText] = header.split(' ');
        const end = newline + 1 + Number(sizeText);
        if (pending.length < end + 1) {
          needed = end + 1;
          break;
        }
        onBlob(index++, type === 'blob' ? pending.subarray(newline + 1, end) : undefined);
        pending = pending.subarray(end + 1);
      }
      chunks = pending.length > 0 ? [pending] : [];
      buffered = pending.length;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (index === names.length) resolve();
      else reject(new SourceError(`git cat-file --batch stopped after ${index} of ${names.length} objects (exit ${code}): ${stderr.trim()}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${names.join('\n')}\n`);
  });
}
