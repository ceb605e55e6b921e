import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Whether a real redis-server can be started; with LEAKSCAN_REQUIRE_REDIS=1 (CI) its absence fails the tests. */
export function redisSkip(): string | false {
  if (spawnSync('redis-server', ['--version']).status === 0) return false;
  if (process.env.LEAKSCAN_REQUIRE_REDIS === '1')
    throw new Error(
      'redis-server is not on PATH and LEAKSCAN_REQUIRE_REDIS=1 (install the Debian package redis-server)',
    );
  return 'SKIPPED: redis-server is not on PATH (Debian package redis-server); the fleet Redis tests did not run';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A throw-away redis-server on 127.0.0.1 on its own free port: no persistence, or with `dir` the append-only
 * file there, fsynced on every write (so a SIGKILL loses nothing and `restart` finds every key again).
 */
export class RedisServer {
  private constructor(
    readonly port: number,
    private readonly child: ChildProcess,
    private readonly dir: string | undefined,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(options: { dir?: string | undefined; port?: number | undefined } = {}): Promise<RedisServer> {
    const port = options.port ?? (await freePort());
    const persistence = options.dir
      ? ['--dir', options.dir, '--appendonly', 'yes', '--appendfsync', 'always']
      : ['--appendonly', 'no'];
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--maxmemory-policy', 'noeviction'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer): void => {
        output += chunk.toString('utf8');
        if (/Ready to accept connections/i.test(output)) resolve();
      };
      child.stdout?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    });
    return new RedisServer(port, child, options.dir);
  }

  /** Kills this server (SIGKILL: no shutdown save) and starts a new one on the same port and directory. */
  async restart(downMs: number): Promise<RedisServer> {
    await this.stop();
    await new Promise((resolve) => setTimeout(resolve, downMs));
    return RedisServer.start({ dir: this.dir, port: this.port });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}
