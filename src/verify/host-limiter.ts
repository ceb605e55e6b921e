/** The host asked (Retry-After) to be left alone for longer than a run waits. */
export class HostPaused extends Error {
  constructor(readonly waitMs: number) {
    super(`asked to wait ${Math.ceil(waitMs / 1000)}s (Retry-After)`);
  }
}

/**
 * Per-host pacing: at most `concurrency` requests in flight to one host, starts at least `intervalMs` apart,
 * and a host that answered 429 with Retry-After is left alone until then.
 */
export class HostLimiter {
  readonly #hosts = new Map<string, { active: number; nextStart: number; waiting: (() => void)[] }>();

  constructor(
    private readonly concurrency: number,
    private readonly intervalMs: number,
  ) {}

  #host(host: string) {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [] };
      this.#hosts.set(host, state);
    }
    return state;
  }

  /** When the host may next be called (ms since epoch). */
  pausedUntil(host: string): number {
    return this.#host(host).nextStart;
  }

  /** Retry-After: no request to `host` starts before `until`. */
  pause(host: string, until: number): void {
    const state = this.#host(host);
    state.nextStart = Math.max(state.nextStart, until);
  }

  /**
   * Runs `task` when the host's turn comes; throws HostPaused instead of waiting longer than `maxWaitMs` (a
   * Retry-After that arrived while this task was queued).
   */
  async run<T>(host: string, maxWaitMs: number, task: () => Promise<T>): Promise<T> {
    const state = this.#host(host);
    while (state.active >= this.concurrency) await new Promise<void>((resolve) => state.waiting.push(resolve));
    state.active++;
    try {
      for (;;) {
        const wait = state.nextStart - Date.now();
        if (wait <= 0) break;
        if (wait > maxWaitMs) throw new HostPaused(wait);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      state.nextStart = Date.now() + this.intervalMs;
      return await task();
    } finally {
      state.active--;
      state.waiting.shift()?.();
    }
  }
}
