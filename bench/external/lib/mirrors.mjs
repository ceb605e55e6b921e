// Fetched mirrors (bare git directories, one per repository) and the HEAD trees exported from them.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the mirrors are: $LEAKSCAN_MIRRORS, else `.mirror` next to the repository's folder (where the session's
 * fetch tool puts them: <parent>/.mirror/<owner>+<name>/repo). Each mirror is a bare git directory.
 */
export function mirrorRoot(repoRoot) {
  return resolve(process.env.LEAKSCAN_MIRRORS ?? join(repoRoot, '..', '.mirror'));
}

export function mirrorGitDir(root, repo) {
  const base = join(root, repo.replace('/', '+'));
  for (const candidate of [join(base, 'repo'), base, `${base}.git`]) {
    if (existsSync(join(candidate, 'HEAD')) && existsSync(join(candidate, 'objects'))) return candidate;
  }
  return undefined;
}

export function headCommit(gitDir) {
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}

/**
 * Writes HEAD's regular files under `target` (once per commit: a marker file records a finished export).
 * Blobs absent from the snapshot (the fetch leaves out files of 4 MiB and more), symlinks and submodules are
 * skipped and counted. Reading blobs with `cat-file` rather than `git archive` ignores the tree's own
 * `export-ignore` attributes: the scan sees every tracked file, as a checkout would.
 */
export async function exportHeadTree(gitDir, exportRoot, slug) {
  const commit = headCommit(gitDir);
  const target = join(exportRoot, `${slug}@${commit.slice(0, 12)}`);
  const marker = join(exportRoot, `${slug}@${commit.slice(0, 12)}.done.json`);
  if (existsSync(marker))
    return { commit, dir: target, ...JSON.parse(execFileSync('cat', [marker], { encoding: 'utf8' })) };
  mkdirSync(exportRoot, { recursive: true });
  for (const stale of readdirSync(exportRoot).filter((name) => name.startsWith(`${slug}@`)))
    rmSync(join(exportRoot, stale), { recursive: true, force: true });
  const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--full-tree', 'HEAD'], {
    maxBuffer: 1 << 30,
  })
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, oid] = line.slice(0, tab).split(' ');
      return { mode, type, oid, path: line.slice(tab + 1) };
    });
  const files = listing.filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755'));
  const stats = {
    files: 0,
    bytes: 0,
    missing: 0,
    symlinks: listing.filter((e) => e.mode === '120000').length,
    submodules: listing.filter((e) => e.type === 'commit').length,
  };
  await readBlobs(gitDir, files, (entry, content) => {
    if (content === undefined) {
      stats.missing++;
      return;
    }
    const path = join(target, entry.path);
    if (!path.startsWith(`${target}/`)) return; // a hostile path cannot leave the export folder
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    stats.files++;
    stats.bytes += content.length;
  });
  writeFileSync(marker, JSON.stringify(stats));
  return { commit, dir: target, ...stats };
}

function readBlobs(gitDir, entries, onBlob) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let buffer = Buffer.alloc(0);
    let index = 0;
    child.stdout.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        const newline = buffer.indexOf(10);
        if (newline < 0) return;
        const header = buffer.subarray(0, newline).toString('utf8');
        if (header.endsWith(' missing')) {
          onBlob(entries[index++], undefined);
          buffer = buffer.subarray(newline + 1);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        if (buffer.length < newline + 1 + size + 1) return;
        onBlob(entries[index++], Buffer.from(buffer.subarray(newline + 1, newline + 1 + size)));
        buffer = buffer.subarray(newline + 1 + size + 1);
      }
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 && index === entries.length
        ? resolvePromise()
        : reject(new Error(`git cat-file --batch in ${gitDir}: exit ${code}, ${index}/${entries.length} blobs read`)),
    );
    child.stdin.on('error', () => {}); // reported through close
    child.stdin.end(`${entries.map((e) => e.oid).join('\n')}\n`);
  });
}
