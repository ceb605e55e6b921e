import { formatBytes } from '../report/summary.js';

const REDRAW_MS = 200;

/** A one-line progress display (commits done / total, MB/s) redrawn in place on a terminal. */
export class Progress {
  private commits = 0;
  private bytes = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = performance.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number,
  ) {}

  commit(): void {
    this.commits++;
    this.maybeDraw();
  }

  read(bytes: number): void {
    this.bytes += bytes;
    this.maybeDraw();
  }

  done(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
  }

  private maybeDraw(): void {
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = (this.bytes / 1024 ** 2 / seconds).toFixed(1);
    const percent = this.total > 0 ? ` (${Math.min(100, Math.floor((this.commits / this.total) * 100))}%)` : '';
    this.stream.write(
      `\r\u001b[2Kscanning history: ${this.commits}/${this.total} commits${percent}, ${formatBytes(this.bytes)} read, ${rate} MB/s`,
    );
  }
}
