import type { Fragment, Origin } from './fragment.js';

/**
 * The most text one fragment holds. Added text of any size is scanned, in windows of this size that overlap
 * by `OVERLAP_CHARS`, so memory stays bounded and a key is never skipped for sitting in a big file.
 */
export const WINDOW_CHARS = 1024 * 1024;
/** Longer than any key leakscan matches (a 4096-bit PEM private key is ~3.3 KB), so a key cut by one window is whole in the next. */
export const OVERLAP_CHARS = 16 * 1024;

/**
 * Collects added lines of one file (or commit message) into fragments: a run of consecutive line numbers is one
 * fragment, cut into overlapping windows when it grows past `WINDOW_CHARS`. A single line longer than a window
 * arrives in parts (`append`) and is cut the same way; a window that starts mid-line says at which column.
 */
export class AddedLines {
  private lines: string[] = [];
  private numbers: number[] = [];
  private chars = 0;
  private firstColumn = 1;
  private overlap = 0;
  private last = -1;

  constructor(
    private readonly origin: Origin,
    private readonly emit: (fragment: Fragment) => void,
  ) {}

  /** A whole added line, or the first part of a long one (more follows through `append`). */
  line(lineNumber: number, text: string): void {
    if (this.lines.length > 0 && lineNumber !== this.last + 1) this.flush();
    this.chars += (this.lines.length > 0 ? 1 : 0) + text.length;
    this.lines.push(text);
    this.numbers.push(lineNumber);
    this.last = lineNumber;
    if (this.chars > WINDOW_CHARS) this.window();
  }

  /** More of the last line. */
  append(text: string): void {
    if (this.lines.length === 0) return;
    this.lines[this.lines.length - 1] += text;
    this.chars += text.length;
    if (this.chars > WINDOW_CHARS) this.window();
  }

  /** Emits what is collected (unless it is only the overlap already scanned) and starts afresh. */
  flush(): void {
    if (this.lines.length > 0 && this.chars > this.overlap) this.emitCurrent();
    this.lines = [];
    this.numbers = [];
    this.chars = 0;
    this.firstColumn = 1;
    this.overlap = 0;
  }

  private emitCurrent(): void {
    this.emit({
      text: this.lines.join('\n'),
      origin: this.origin,
      startLine: this.numbers[0] as number,
      lineNumbers: this.numbers,
      ...(this.overlap > 0 ? { overlap: this.overlap } : {}),
      ...(this.firstColumn > 1 ? { firstColumn: this.firstColumn } : {}),
    });
  }

  /** Emits the window and keeps its last `OVERLAP_CHARS` characters as the start of the next one. */
  private window(): void {
    this.emitCurrent();
    const lines: string[] = [];
    const numbers: number[] = [];
    let room = OVERLAP_CHARS;
    let firstColumn = 1;
    for (let i = this.lines.length - 1; i >= 0 && room > 0; i--) {
      const line = this.lines[i] as string;
      const lineColumn = i === 0 ? this.firstColumn : 1;
      const take = Math.min(line.length, room);
      lines.unshift(take === line.length ? line : line.slice(line.length - take));
      numbers.unshift(this.numbers[i] as number);
      firstColumn = lineColumn + line.length - take;
      room -= take + 1;
    }
    this.lines = lines;
    this.numbers = numbers;
    this.chars = lines.reduce((sum, line) => sum + line.length, lines.length - 1);
    this.overlap = this.chars;
    this.firstColumn = firstColumn;
  }
}
