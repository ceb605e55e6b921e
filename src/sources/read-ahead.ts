/**
 * Reads a chunk stream ahead of its consumer into a buffer of at most `limit` bytes (one chunk more at worst),
 * so its producer (a git process) keeps working while the consumer is busy or not started yet. Past the limit
 * reading stops, the pipe fills and the producer blocks: memory stays bounded.
 */
export class ReadAhead {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;
  private done = false;
  private failure: { error: unknown } | undefined;
  private aborted = false;
  private wakeConsumer: (() => void) | undefined;
  private wakeReader: (() => void) | undefined;

  constructor(source: AsyncGenerator<Buffer>, limit: number) {
    void this.read(source, limit);
  }

  private async read(source: AsyncGenerator<Buffer>, limit: number): Promise<void> {
    try {
      for await (const chunk of source) {
        if (this.aborted) break;
        this.chunks.push(chunk);
        this.bytes += chunk.length;
        this.wake();
        while (this.bytes > limit && !this.aborted) await new Promise<void>((resolve) => (this.wakeReader = resolve));
        if (this.aborted) break;
      }
    } catch (error) {
      this.failure = { error };
    } finally {
      this.done = true;
      this.wake();
    }
  }

  private wake(): void {
    const wake = this.wakeConsumer;
    this.wakeConsumer = undefined;
    wake?.();
  }

  async *drain(): AsyncGenerator<Buffer> {
    for (;;) {
      const chunk = this.chunks.shift();
      if (chunk) {
        this.bytes -= chunk.length;
        const wakeReader = this.wakeReader;
        this.wakeReader = undefined;
        wakeReader?.();
        yield chunk;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.done) return;
      await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
    }
  }

  /** Stops reading; breaking out of the source's loop kills its git process. */
  abort(): void {
    this.aborted = true;
    const wakeReader = this.wakeReader;
    this.wakeReader = undefined;
    wakeReader?.();
  }
}
