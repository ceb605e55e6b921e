/**
 * A text too long to hold at once (a file or stdin over `maxFileSize`) is scanned in windows: each at most
 * `windowChars` long, cut after a newline where there is one, and starting with the last lines of the previous
 * window (up to OVERLAP_CHARS) so a key or a multi-line private key that straddles a cut is still seen whole.
 * Memory stays bounded by the window, and a size limit never turns into a silent pass.
 */
export interface TextWindow {
  text: string;
  /** 1-based line and column of the window's first character in the whole text. */
  startLine: number;
  startColumn: number;
  /** Where the text the previous window did not see begins; absent for the first window. */
  unseenFrom?: { line: number; column: number } | undefined;
}

/** Longer than any key, and than a 16384-bit PEM private key. */
export const OVERLAP_CHARS = 64 * 1024;
/** The smallest window: the overlap must stay a small part of it, whatever `maxFileSize` says. */
export const MIN_WINDOW_CHARS = 4 * OVERLAP_CHARS;

/** Cuts text that arrives in pieces into overlapping windows. Feed pieces with `push`, then call `end`. */
export class TextWindows {
  private buffer = '';
  /** Position of buffer[0] in the whole text. */
  private line = 1;
  private column = 1;
  /** Offset in `buffer` where text no window has seen begins. */
  private unseen = 0;
  private emitted = 0;
  private readonly windowChars: number;

  constructor(windowChars: number) {
    this.windowChars = Math.max(windowChars, MIN_WINDOW_CHARS);
  }

  push(piece: string): TextWindow[] {
    this.buffer += piece;
    const windows: TextWindow[] = [];
    while (this.buffer.length > this.windowChars) windows.push(this.cut());
    return windows;
  }

  end(): TextWindow[] {
    if (this.emitted > 0 && this.unseen >= this.buffer.length) return [];
    const last = this.window(this.buffer.length);
    this.buffer = '';
    return [last];
  }

  private cut(): TextWindow {
    const limit = this.windowChars;
    let cut = this.buffer.lastIndexOf('\n', limit - 1) + 1;
    // No newline in the second half: one very long line (a minified bundle), cut inside it.
    if (cut < limit / 2) cut = limit;
    if (isHighSurrogate(this.buffer.charCodeAt(cut - 1))) cut--;
    const window = this.window(cut);
    // The next window starts at the first line that begins in the overlap, or inside the line if none does.
    const newline = this.buffer.indexOf('\n', cut - OVERLAP_CHARS - 1);
    let next = newline !== -1 && newline + 1 < cut ? newline + 1 : cut - OVERLAP_CHARS;
    if (isLowSurrogate(this.buffer.charCodeAt(next))) next++;
    const start = this.advance(0, next, this.line, this.column);
    this.buffer = this.buffer.slice(next);
    this.line = start.line;
    this.column = start.column;
    this.unseen = cut - next;
    return window;
  }

  private window(end: number): TextWindow {
    const unseenFrom = this.emitted > 0 ? this.advance(0, this.unseen, this.line, this.column) : undefined;
    this.emitted++;
    return {
      text: this.buffer.slice(0, end),
      startLine: this.line,
      startColumn: this.column,
      unseenFrom: unseenFrom || undefined,
    };
  }

  /** The position reached from (line, column) after the buffer's characters [from, to). */
  private advance(from: number, to: number, line: number, column: number): { line: number; column: number } {
    let lastNewline = -1;
    for (let i = this.buffer.indexOf('\n', from); i !== -1 && i < to; i = this.buffer.indexOf('\n', i + 1)) {
      line++;
      lastNewline = i;
    }
    return lastNewline === -1 ? { line, column: column + (to - from) } : { line, column: to - lastNewline };
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
