import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTempDir } from './run-cli.js';

/** Files to write (string or bytes) or delete (null), by repo-relative path. */
export type FileChanges = Record<string, string | Buffer | null>;

let clock = Date.UTC(2024, 0, 1) / 1000;

/** Identity and a clean config for every git call, so tests need no global git setup. */
export function gitEnv(home: string): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.test',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.test',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, 'gitconfig'),
    HOME: home,
  };
}

/** A real git repository in a temp dir, built from object literals. */
export class GitRepo {
  readonly env: Record<string, string>;

  constructor(
    readonly dir: string,
    home = makeTempDir('leakscan-home-'),
  ) {
    this.env = gitEnv(home);
  }

  static init(): GitRepo {
    const repo = new GitRepo(makeTempDir('leakscan-repo-'));
    repo.git('-c', 'init.defaultBranch=main', 'init', '-q');
    return repo;
  }

  /** Runs git; throws with stderr on failure. Returns trimmed stdout. */
  git(...args: string[]): string {
    const result = this.gitRaw(args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout.trim();
  }

  gitRaw(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync('git', ['-c', 'user.name=Test Author', '-c', 'user.email=author@example.test', ...args], {
      cwd: this.dir,
      env: { ...process.env, ...this.env },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      ...(input !== undefined ? { input } : {}),
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  write(files: FileChanges): void {
    for (const [path, content] of Object.entries(files)) {
      const absolute = join(this.dir, path);
      if (content === null) rmSync(absolute, { force: true });
      else {
        mkdirSync(dirname(absolute), { recursive: true });
        writeFileSync(absolute, content);
      }
    }
  }

  /** Writes, stages everything and commits with a fresh, strictly increasing date. Returns the full SHA. */
  commit(message: string, files: FileChanges = {}): string {
    this.write(files);
    this.git('add', '-A');
    clock += 60;
    const date = `${clock} +0000`;
    const result = spawnSync(
      'git',
      [
        '-c',
        'user.name=Test Author',
        '-c',
        'user.email=author@example.test',
        'commit',
        '-q',
        '--allow-empty',
        '--no-verify',
        '-m',
        message,
      ],
      {
        cwd: this.dir,
        env: { ...process.env, ...this.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) throw new Error(`commit failed: ${result.stderr}`);
    return this.git('rev-parse', 'HEAD');
  }

  /**
   * Many commits at once through `git fast-import` (thousands in well under a second): commit i writes the
   * files `files(i)` on top of the previous commit of `branch`.
   */
  fastImport(count: number, files: (i: number) => Record<string, string>, branch = 'main'): void {
    const lines: string[] = [];
    const parentRef = this.gitRaw(['rev-parse', '--verify', '-q', `refs/heads/${branch}`]).stdout.trim();
    for (let i = 0; i < count; i++) {
      clock += 60;
      const message = `generated commit ${i}`;
      lines.push(
        `commit refs/heads/${branch}`,
        `author Test Author <author@example.test> ${clock} +0000`,
        `committer Test Author <author@example.test> ${clock} +0000`,
      );
      lines.push(`data ${Buffer.byteLength(message)}`, message);
      if (i === 0 && parentRef) lines.push(`from ${parentRef}`);
      for (const [path, content] of Object.entries(files(i)))
        lines.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(content)}`, content);
      lines.push('');
    }
    const result = this.gitRaw(['fast-import', '--quiet'], `${lines.join('\n')}\n`);
    if (result.status !== 0) throw new Error(`fast-import failed: ${result.stderr}`);
    if (this.gitRaw(['symbolic-ref', 'HEAD']).stdout.trim() === `refs/heads/${branch}`)
      this.git('reset', '-q', '--hard', branch);
  }
}
