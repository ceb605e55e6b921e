import type { Fragment } from '../sources/fragment.js';

/** Offsets of line starts in a text, built once per fragment, for offset → line/column look-ups. */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 0-based index of the line holding `offset`. */
  lineIndexAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  lineStart(index: number): number {
    return this.starts[index] ?? this.text.length;
  }

  /** End of the line's content, before `\r\n` or `\n`. */
  lineEnd(index: number): number {
    const next = this.starts[index + 1];
    if (next === undefined) return this.text.length;
    return this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  lineText(index: number): string {
    return this.text.slice(this.lineStart(index), this.lineEnd(index));
  }
}

/** 1-based line number in the origin file of the fragment's 0-based line `index`. */
export function originLine(fragment: Fragment, index: number): number {
  return fragment.lineNumbers?.[index] ?? fragment.startLine + index;
}
