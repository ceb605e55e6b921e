import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fetchGit, firstLines, gitText, runGit } from '../sources/git.js';
import { storageName } from './repo-url.js';
import { type FleetRepo, FleetError } from './types.js';

/** Branches and tags, mirrored as they are on the remote: a force-push replaces a ref, a deletion prunes it. */
const MIRROR_REFSPECS = ['+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*'];
/** The remote's HEAD (its default branch), kept out of refs/heads: what `presentAtHead` is judged against. */
const HEAD_REF = 'refs/leakscan/head';

/**
 * Brings a bare mirror of `repo` in `cacheDir` up to date: created empty by leakscan (`git init --bare`, so
 * its config is ours, never the remote's), then fetched through `fetchGit`, which runs the stock upload-pack,
 * no submodules and only the user's own credential helpers and ssh command, with every hook, fsmonitor and
 * filter of the common hardening off. A bare repository has no work tree, so no checkout filter ever runs.
 * Returns the mirror's path. A fetch that fails is a FleetError with git's reason.
 */
export async function updateMirror(cacheDir: string, repo: FleetRepo): Promise<string> {
  const path = join(cacheDir, `${storageName(repo.name)}.git`);
  if (!(await isDirectory(path))) {
    await mkdir(cacheDir, { recursive: true });
    await rm(path, { recursive: true, force: true });
    await gitText(cacheDir, ['init', '--quiet', '--bare', '--', path], `cannot create a mirror for ${repo.name}`);
  }
  let fetched = await fetchGit(path, ['--prune', '--force'], repo.url, [...MIRROR_REFSPECS, `+HEAD:${HEAD_REF}`]);
  // A remote without commits has no HEAD to fetch; its branches (none) still are.
  if (fetched.code !== 0 && /couldn't find remote ref HEAD/i.test(fetched.stderr))
    fetched = await fetchGit(path, ['--prune', '--force'], repo.url, MIRROR_REFSPECS);
  if (fetched.code !== 0)
    throw new FleetError(
      `cannot fetch ${repo.name}: ${firstLines(fetched.stderr, 3).replaceAll(repo.url, repo.name) || `git exited with ${fetched.code}`}`,
    );
  return path;
}

/** The commit every branch and tag points at, sorted and unique (tags peeled to their commit). */
export async function refTips(mirror: string): Promise<string[]> {
  const text = await gitText(
    mirror,
    ['for-each-ref', '--format=%(objectname) %(objecttype) %(*objectname) %(*objecttype)', 'refs/heads', 'refs/tags'],
    'cannot list refs',
  );
  const tips = new Set<string>();
  for (const line of text.split('\n')) {
    const [sha, type, peeled, peeledType] = line.split(' ');
    if (type === 'commit' && sha) tips.add(sha);
    else if (type === 'tag' && peeledType === 'commit' && peeled) tips.add(peeled);
  }
  return [...tips].sort();
}

/** The commits of `tips` still in the mirror (a pruned, collected branch may be gone): the `--not` side. */
export async function presentCommits(mirror: string, tips: readonly string[]): Promise<string[]> {
  if (tips.length === 0) return [];
  const result = await runGit(mirror, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    input: `${tips.join('\n')}\n`,
  });
  return result.stdout
    .toString('utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([, type]) => type === 'commit')
    .map(([sha]) => sha as string);
}

/** Whether HEAD of the mirror names a commit (the remote's default branch); a new empty remote has none. */
export async function mirrorHead(mirror: string): Promise<string | undefined> {
  const result = await runGit(mirror, ['rev-parse', '--verify', '--quiet', `${HEAD_REF}^{commit}`]);
  return result.code === 0 ? HEAD_REF : undefined;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
