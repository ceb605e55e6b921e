import { exposureDays, type Exposure, type TimelineCommit } from '../findings/exposure.js';
import type { Finding } from '../findings/finding.js';
import { groupBySecret, type SecretLocation } from '../findings/secret-groups.js';
import { BlobReader, ObjectInfoReader, type ObjectInfo } from '../sources/git-blobs.js';
import { gitText, runGit } from '../sources/git.js';
import { secretsIn } from '../findings/present-at-head.js';

/** A branch or tag tip: its short name and the commit it points at (tags peeled). */
interface RefTip {
  name: string;
  kind: 'branch' | 'tag';
  commit: string;
}

interface Rename {
  date: number;
  from: string;
  to: string;
}

/** A place of a secret as the timeline follows it: every name its file had on HEAD's history after the key came in. */
interface TracedPlace {
  location: SecretLocation;
  secret: string;
  paths: string[];
}

/**
 * The exposure timeline of every secret in a history or diff scan: introduced (the oldest commit of any of
 * its places), removed (the commit on `head`'s history after which none of its places held it), whether it is
 * at `head`, the branches and tags whose tips still hold it, and the window in days. Every finding of one
 * secret gets the same `exposure`. A file renamed on `head`'s history is followed, so a key that only moved
 * is still at HEAD. All git calls go through `sources/git.ts`; the secret never enters a command line.
 */
export async function traceExposure(
  root: string,
  findings: readonly Finding[],
  head: string | undefined,
  now = new Date(),
): Promise<Finding[]> {
  if (head === undefined || !findings.some((finding) => finding.commit)) return [...findings];
  const groups = groupBySecret(findings.filter((finding) => finding.commit));
  const trace = new Timeline(
    root,
    head,
    groups.map((group) => group.secret.reveal()),
  );
  try {
    const exposures = new Map<string, Exposure>();
    for (const group of groups) {
      exposures.set(group.id, await trace.exposureOf(group.secret.reveal(), group.locations, now));
    }
    return findings.map((finding) => {
      const exposure = finding.secretId ? exposures.get(finding.secretId) : undefined;
      return exposure ? { ...finding, exposure } : finding;
    });
  } finally {
    trace.close();
  }
}

/** Blob reads in flight at once while a timeline is traced: hides the round trips, bounds the memory held. */
const BATCH = 32;

/** `ask` for every item, BATCH at a time, answers in the items' order. */
async function inBatches<T, R>(items: readonly T[], ask: (item: T) => Promise<R>): Promise<R[]> {
  const answers: R[] = [];
  for (let start = 0; start < items.length; start += BATCH)
    answers.push(...(await Promise.all(items.slice(start, start + BATCH).map(ask))));
  return answers;
}

class Timeline {
  private readonly blobs: BlobReader;
  private readonly objects: ObjectInfoReader;
  private tips: RefTip[] | undefined;
  private renames: Rename[] | undefined;
  /**
   * Blob id → which of the traced secrets it holds. Refs and commits name the same blob over and over (a
   * file unchanged between hundreds of tags): each `commit:path` is resolved to its blob id once, and each
   * blob read once and searched for every secret at that time.
   */
  private readonly held = new Map<string, Promise<Set<string>>>();
  private readonly objectOf = new Map<string, Promise<ObjectInfo | undefined>>();
  /** Paths (NUL-joined) → the commits on HEAD's history that touch them, oldest first. */
  private readonly pathLogs = new Map<string, Promise<TimelineCommit[]>>();

  constructor(
    private readonly root: string,
    private readonly head: string,
    private readonly secrets: readonly string[],
  ) {
    this.blobs = new BlobReader(root);
    this.objects = new ObjectInfoReader(root);
  }

  close(): void {
    this.blobs.close();
    this.objects.close();
  }

  async exposureOf(secret: string, locations: readonly SecretLocation[], now: Date): Promise<Exposure> {
    const withCommit = locations.filter((location) => location.commit);
    const first = withCommit.reduce((a, b) => (Date.parse(b.commit!.date) < Date.parse(a.commit!.date) ? b : a));
    const introduced = asTimelineCommit(first.commit!);
    const inTree = withCommit.filter((location) => location.part !== 'commit-message');
    const inMessages = withCommit.filter((location) => location.part === 'commit-message');
    const places: TracedPlace[] = [];
    for (const location of inTree) places.push({ location, secret, paths: await this.namesOf(location) });

    let presentAtHead = false;
    for (const place of places)
      if (place.location.presentAtHead || (await this.holds(this.head, place))) presentAtHead = true;
    const holding: RefTip[] = [];
    const tips = await this.refTips();
    // Asked in batches: `git cat-file --batch` answers a batch back to back instead of one round trip per
    // tip (eslint's 551 refs), and at most BATCH blobs are held at once.
    const tipHolds = await inBatches(tips, (tip) => this.anyHolds(tip.commit, places));
    for (const [index, tip] of tips.entries())
      if (tipHolds[index] || (await this.messageReaches(tip, inMessages))) holding.push(tip);
    const removed = presentAtHead || places.length === 0 ? undefined : await this.removalOf(places);
    const open = presentAtHead || holding.length > 0 || removed === undefined;
    const end = open ? now.toISOString() : removed.date;
    return {
      introduced,
      removed,
      presentAtHead,
      branches: holding.filter((tip) => tip.kind === 'branch').map((tip) => tip.name),
      tags: holding.filter((tip) => tip.kind === 'tag').map((tip) => tip.name),
      end,
      windowDays: exposureDays(introduced.date, end),
    };
  }

  /** Whether the tree of `commit` holds the secret at any of its places. */
  private async anyHolds(commit: string, places: readonly TracedPlace[]): Promise<boolean> {
    for (const place of places) if (await this.holds(commit, place)) return true;
    return false;
  }

  /** Whether a tip contains a commit whose message holds the secret. */
  private async messageReaches(tip: RefTip, inMessages: readonly SecretLocation[]): Promise<boolean> {
    for (const location of inMessages) {
      const contained = await runGit(this.root, ['merge-base', '--is-ancestor', location.commit!.sha, tip.commit]);
      if (contained.code === 0) return true;
    }
    return false;
  }

  /**
   * The last commit on HEAD's history (oldest first) at which the place went from holding the key to not
   * holding it; the latest of those over all places. Undefined when no place ever held it on HEAD's history
   * (a key that only lived on another branch).
   */
  private async removalOf(places: readonly TracedPlace[]): Promise<TimelineCommit | undefined> {
    let latest: TimelineCommit | undefined;
    for (const place of places) {
      const commits = await this.commitsTouching(place.paths);
      let held = false;
      let removal: TimelineCommit | undefined;
      const holds = await inBatches(commits, (commit) => this.holds(commit.sha, place));
      for (const [index, commit] of commits.entries()) {
        if (held && !holds[index]) removal = commit;
        held = holds[index]!;
      }
      if (removal && (!latest || Date.parse(removal.date) > Date.parse(latest.date))) latest = removal;
    }
    return latest;
  }

  /** The commits on HEAD's history that touch any of `paths`, oldest first (one `git log` per set of names). */
  private commitsTouching(paths: readonly string[]): Promise<TimelineCommit[]> {
    const key = paths.join('\u0000');
    let commits = this.pathLogs.get(key);
    if (!commits) {
      commits = this.logOf(paths);
      this.pathLogs.set(key, commits);
    }
    return commits;
  }

  private async logOf(paths: readonly string[]): Promise<TimelineCommit[]> {
    const log = await runGit(this.root, [
      '--literal-pathspecs',
      'log',
      '-z',
      '--reverse',
      '--format=%H%x1f%aI%x1f%an',
      this.head,
      '--',
      ...paths,
    ]);
    const commits: TimelineCommit[] = [];
    if (log.code !== 0) return commits;
    for (const record of log.stdout.toString('utf8').split('\u0000')) {
      const [sha, date, ...author] = record.replace(/^\n/, '').split('\u001f');
      if (!sha || !date || !/^[0-9a-f]{40}$/.test(sha)) continue;
      commits.push({ sha, date, author: author.join('\u001f') });
    }
    return commits;
  }

  /** Whether the tree of `commit` holds the secret under any of the place's names. */
  private async holds(commit: string, place: TracedPlace): Promise<boolean> {
    for (const path of place.paths) {
      const name = `${commit}:${path}`;
      let info = this.objectOf.get(name);
      if (!info) {
        info = this.objects.info(name);
        this.objectOf.set(name, info);
      }
      const object = await info;
      if (object?.type !== 'blob') continue;
      // A key in a file's name is there as long as the file is.
      if (place.location.part === 'file-name') return true;
      let held = this.held.get(object.id);
      if (!held) {
        held = this.blobs
          .read(object.id)
          .then((blob) => (blob?.bytes ? secretsIn(blob.bytes, this.secrets) : new Set<string>()));
        this.held.set(object.id, held);
      }
      if ((await held).has(place.secret)) return true;
    }
    return false;
  }

  /** The place's path, then each name it was renamed to on HEAD's history after the key came in. */
  private async namesOf(location: SecretLocation): Promise<string[]> {
    const names = [location.file];
    const since = Date.parse(location.commit!.date);
    for (const rename of await this.renamesOnHead()) {
      if (rename.date >= since && rename.from === names[names.length - 1]) names.push(rename.to);
    }
    return names;
  }

  /** Every rename on HEAD's history, oldest first (one `git log` for all places). */
  private async renamesOnHead(): Promise<Rename[]> {
    if (this.renames) return this.renames;
    const log = await runGit(this.root, [
      'log',
      '-z',
      '-M',
      '--diff-filter=R',
      '--name-status',
      '--reverse',
      '--format=%x01%ct',
      this.head,
      '--',
    ]);
    const renames: Rename[] = [];
    if (log.code === 0) {
      for (const commit of log.stdout.toString('utf8').split('\u0001').slice(1)) {
        // `time NUL NL status NUL from NUL to NUL ...`
        const fields = commit.split('\u0000');
        const date = Number(fields[0]) * 1000;
        for (let i = 1; i + 2 < fields.length; i += 3) {
          const status = (fields[i] as string).replace(/^\n/, '');
          if (status.startsWith('R'))
            renames.push({ date, from: fields[i + 1] as string, to: fields[i + 2] as string });
        }
      }
    }
    this.renames = renames;
    return renames;
  }

  /** Local branches, remote-tracking branches and tags, each with the commit it points at. */
  private async refTips(): Promise<RefTip[]> {
    if (this.tips) return this.tips;
    const text = await gitText(
      this.root,
      [
        'for-each-ref',
        '--format=%(symref)%00%(objectname)%00%(*objectname)%00%(refname)',
        'refs/heads',
        'refs/remotes',
        'refs/tags',
      ],
      'cannot list branches and tags',
    );
    const tips: RefTip[] = [];
    for (const line of text.split('\n')) {
      const [symref, object, peeled, ref] = line.split('\u0000');
      if (!ref || symref) continue;
      const commit = peeled || object;
      if (!commit) continue;
      if (ref.startsWith('refs/tags/')) tips.push({ name: ref.slice('refs/tags/'.length), kind: 'tag', commit });
      else tips.push({ name: ref.replace(/^refs\/(heads|remotes)\//, ''), kind: 'branch', commit });
    }
    this.tips = tips;
    return tips;
  }
}

const asTimelineCommit = (commit: NonNullable<Finding['commit']>): TimelineCommit => ({
  sha: commit.sha,
  date: commit.date,
  author: commit.author,
});
