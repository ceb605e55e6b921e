import type { Fragment } from './fragment.js';

/**
 * Jupyter notebooks (`.ipynb`) are JSON: each cell's code sits in escaped strings (`"token = \"…\"\n"`), where
 * a rule that expects `token = "…"` cannot see it. A notebook is scanned as its cells instead: each cell's
 * source, and its text outputs, as the text they are, every line numbered where its string sits in the file,
 * with the cell's index in the origin. Binary outputs (images, PDFs, fonts: base64) are not scanned.
 *
 * A notebook that does not parse (truncated, or not JSON after all) is scanned as it is, line by line with
 * each JSON string unescaped, which is also how the added lines of a notebook's diff are read.
 */
export function notebookFragments(fragment: Fragment): Fragment[] | undefined {
  if (!/\.ipynb$/i.test(fragment.origin.path) || fragment.decodedFrom) return undefined;
  if (fragment.lineNumbers === undefined) {
    const cells = parseNotebook(fragment.text);
    if (cells) return cells.map((cell) => cellFragment(fragment, cell)).filter((cell) => cell.text.length > 0);
  }
  return [{ ...fragment, text: fragment.text.split('\n').map(unescapeStringLine).join('\n') }];
}

/** A run of text from one cell, each line with the 1-based file line its JSON string starts on. */
interface CellText {
  cell: number;
  lines: string[];
  lineNumbers: number[];
}

function cellFragment(notebook: Fragment, cell: CellText): Fragment {
  return {
    text: cell.lines.join('\n'),
    origin: { ...notebook.origin, cell: cell.cell },
    startLine: cell.lineNumbers[0] ?? notebook.startLine,
    lineNumbers: cell.lineNumbers.map((line) => notebook.startLine - 1 + line),
  };
}

// `"    key = \"…\"\n",` on a line of its own: a notebook source line as json.dump(indent=1) writes it.
const STRING_LINE = /^(\s*)"((?:[^"\\]|\\.)*)"(,?\s*)$/;

function unescapeStringLine(line: string): string {
  const match = STRING_LINE.exec(line);
  if (!match) return line;
  try {
    return `${match[1]}${(JSON.parse(`"${match[2]}"`) as string).replace(/\r?\n$/, '')}`;
  } catch {
    return line;
  }
}

/** A JSON string with the file line it starts on; other values as JSON.parse would give them. */
class Located {
  constructor(
    readonly value: string,
    readonly line: number,
  ) {}
}
type Json = null | boolean | number | Located | Json[] | { [key: string]: Json };

/** Mime types of outputs that hold text worth scanning; everything else (image/png, application/pdf…) is base64. */
const TEXT_OUTPUT = /^(?:text\/|application\/(?:json|javascript|x-ipynb|vnd\.[\w.+-]*json))/;

function parseNotebook(text: string): CellText[] | undefined {
  let root: Json;
  try {
    root = new LocatingParser(text).parseDocument();
  } catch {
    return undefined;
  }
  const cellsOf = (holder: Json): Json[] | undefined =>
    isObject(holder) && Array.isArray(holder.cells) ? holder.cells : undefined;
  // nbformat 4 keeps `cells` at the top; nbformat 3 in `worksheets[].cells`, with `input` for the source.
  const cells =
    cellsOf(root) ??
    (isObject(root) && Array.isArray(root.worksheets)
      ? root.worksheets.flatMap((sheet) => cellsOf(sheet) ?? [])
      : undefined);
  if (!cells) return undefined;
  const texts: CellText[] = [];
  cells.forEach((cell, index) => {
    if (!isObject(cell)) return;
    texts.push(textOf(cell.source ?? cell.input, index));
    if (!Array.isArray(cell.outputs)) return;
    for (const output of cell.outputs) {
      if (!isObject(output)) continue;
      for (const field of ['text', 'traceback'] as const)
        if (output[field] !== undefined) texts.push(textOf(output[field], index));
      const data = output.data;
      if (!isObject(data)) continue;
      for (const [mime, value] of Object.entries(data)) if (TEXT_OUTPUT.test(mime)) texts.push(textOf(value, index));
    }
  });
  return texts;
}

/** A cell field (a string, or a list of strings, one per line) as lines with their file line numbers. */
function textOf(value: Json | undefined, cell: number): CellText {
  const lines: string[] = [];
  const lineNumbers: number[] = [];
  const strings = Array.isArray(value) ? value : [value];
  for (const item of strings) {
    if (!(item instanceof Located)) continue;
    for (const line of item.value.replace(/\r?\n$/, '').split(/\r?\n/)) {
      lines.push(line);
      lineNumbers.push(item.line);
    }
  }
  return { cell, lines, lineNumbers };
}

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Located);

/** Notebooks nest a handful of levels; anything deeper is not a notebook, and must not exhaust the stack. */
const MAX_DEPTH = 64;

/** A JSON parser that records the line each string starts on (JSON.parse keeps no positions). */
class LocatingParser {
  private at = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  parseDocument(): Json {
    const value = this.value(0);
    this.skipSpace();
    if (this.at < this.text.length) throw new SyntaxError('trailing text');
    return value;
  }

  private value(depth: number): Json {
    if (depth > MAX_DEPTH) throw new SyntaxError('nested too deeply');
    this.skipSpace();
    const ch = this.text[this.at];
    if (ch === '"') return this.string();
    if (ch === '{') return this.object(depth);
    if (ch === '[') return this.array(depth);
    const literal = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|NaN|-?Infinity)/.exec(
      this.text.slice(this.at, this.at + 40),
    );
    if (!literal) throw new SyntaxError(`unexpected ${ch ?? 'end'} at ${this.at}`);
    this.at += literal[0].length;
    const word = literal[0];
    return word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : Number(word);
  }

  private object(depth: number): Json {
    const result: { [key: string]: Json } = {};
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"') throw new SyntaxError(`expected a key at ${this.at}`);
      const key = this.string().value;
      this.skipSpace();
      if (this.text[this.at++] !== ':') throw new SyntaxError(`expected : at ${this.at}`);
      Object.defineProperty(result, key, {
        value: this.value(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipSpace();
      const next = this.text[this.at++];
      if (next === '}') return result;
      if (next !== ',') throw new SyntaxError(`expected , or } at ${this.at}`);
    }
  }

  private array(depth: number): Json {
    const result: Json[] = [];
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at++;
      return result;
    }
    for (;;) {
      result.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.at++];
      if (next === ']') return result;
      if (next !== ',') throw new SyntaxError(`expected , or ] at ${this.at}`);
    }
  }

  private string(): Located {
    const start = this.at;
    let end = this.at + 1;
    let escaped = false;
    // Jump from quote to quote: a base64 image of megabytes is crossed with a few indexOf calls.
    for (;;) {
      const quote = this.text.indexOf('"', end);
      if (quote < 0) throw new SyntaxError('unterminated string');
      let backslashes = 0;
      while (this.text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
      if (backslashes > 0) escaped = true;
      end = quote + 1;
      if (backslashes % 2 === 0) break;
    }
    this.at = end;
    const raw = this.text.slice(start, end);
    if (raw.includes('\n')) throw new SyntaxError('raw newline in a string');
    return new Located(escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1), this.line);
  }

  private skipSpace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.at);
      if (code === 10) this.line++;
      else if (code !== 32 && code !== 9 && code !== 13) return;
      this.at++;
    }
  }
}
