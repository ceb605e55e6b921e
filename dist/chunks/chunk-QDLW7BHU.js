import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/detect/detect-fragment.ts
function detectFragment(detector, fragment) {
  const detection = detector.detect(fragment);
  const { startColumn = 1, unseenFrom } = fragment;
  if (startColumn === 1 && !unseenFrom) return detection;
  const shift = (line, column) => line === fragment.startLine ? column + startColumn - 1 : column;
  const findings = detection.findings.map(
    (finding) => ({
      ...finding,
      column: shift(finding.line, finding.column),
      endColumn: shift(finding.endLine, finding.endColumn),
      ...finding.pairedWith ? { pairedWith: { ...finding.pairedWith, column: shift(finding.pairedWith.line, finding.pairedWith.column) } } : {}
    })
  ).filter(
    (finding) => !unseenFrom || finding.endLine > unseenFrom.line || finding.endLine === unseenFrom.line && finding.endColumn > unseenFrom.column
  );
  const dropped = unseenFrom ? detection.dropped.filter((candidate) => candidate.line >= unseenFrom.line) : detection.dropped;
  return { findings, dropped };
}

// src/sources/notebook.ts
function notebookFragments(fragment) {
  if (!/\.ipynb$/i.test(fragment.origin.path) || fragment.decodedFrom) return void 0;
  if (fragment.lineNumbers === void 0) {
    const cells = parseNotebook(fragment.text);
    if (cells) return cells.map((cell) => cellFragment(fragment, cell)).filter((cell) => cell.text.length > 0);
  }
  return [{ ...fragment, text: fragment.text.split("\n").map(unescapeStringLine).join("\n") }];
}
function cellFragment(notebook, cell) {
  return {
    text: cell.lines.join("\n"),
    origin: { ...notebook.origin, cell: cell.cell },
    startLine: cell.lineNumbers[0] ?? notebook.startLine,
    lineNumbers: cell.lineNumbers.map((line) => notebook.startLine - 1 + line)
  };
}
var STRING_LINE = /^(\s*)"((?:[^"\\]|\\.)*)"(,?\s*)$/;
function unescapeStringLine(line) {
  const match = STRING_LINE.exec(line);
  if (!match) return line;
  try {
    return `${match[1]}${JSON.parse(`"${match[2]}"`).replace(/\r?\n$/, "")}`;
  } catch {
    return line;
  }
}
var Located = class {
  constructor(value, line) {
    this.value = value;
    this.line = line;
  }
  value;
  line;
};
var TEXT_OUTPUT = /^(?:text\/|application\/(?:json|javascript|x-ipynb|vnd\.[\w.+-]*json))/;
function parseNotebook(text) {
  let root;
  try {
    root = new LocatingParser(text).parseDocument();
  } catch {
    return void 0;
  }
  const cellsOf = (holder) => isObject(holder) && Array.isArray(holder.cells) ? holder.cells : void 0;
  const cells = cellsOf(root) ?? (isObject(root) && Array.isArray(root.worksheets) ? root.worksheets.flatMap((sheet) => cellsOf(sheet) ?? []) : void 0);
  if (!cells) return void 0;
  const texts = [];
  cells.forEach((cell, index) => {
    if (!isObject(cell)) return;
    texts.push(textOf(cell.source ?? cell.input, index));
    if (!Array.isArray(cell.outputs)) return;
    for (const output of cell.outputs) {
      if (!isObject(output)) continue;
      for (const field of ["text", "traceback"])
        if (output[field] !== void 0) texts.push(textOf(output[field], index));
      const data = output.data;
      if (!isObject(data)) continue;
      for (const [mime, value] of Object.entries(data)) if (TEXT_OUTPUT.test(mime)) texts.push(textOf(value, index));
    }
  });
  return texts;
}
function textOf(value, cell) {
  const lines = [];
  const lineNumbers = [];
  const strings = Array.isArray(value) ? value : [value];
  for (const item of strings) {
    if (!(item instanceof Located)) continue;
    for (const line of item.value.replace(/\r?\n$/, "").split(/\r?\n/)) {
      lines.push(line);
      lineNumbers.push(item.line);
    }
  }
  return { cell, lines, lineNumbers };
}
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Located);
var MAX_DEPTH = 64;
var LocatingParser = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  line = 1;
  parseDocument() {
    const value = this.value(0);
    this.skipSpace();
    if (this.at < this.text.length) throw new SyntaxError("trailing text");
    return value;
  }
  value(depth) {
    if (depth > MAX_DEPTH) throw new SyntaxError("nested too deeply");
    this.skipSpace();
    const ch = this.text[this.at];
    if (ch === '"') return this.string();
    if (ch === "{") return this.object(depth);
    if (ch === "[") return this.array(depth);
    const literal = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|NaN|-?Infinity)/.exec(
      this.text.slice(this.at, this.at + 40)
    );
    if (!literal) throw new SyntaxError(`unexpected ${ch ?? "end"} at ${this.at}`);
    this.at += literal[0].length;
    const word = literal[0];
    return word === "true" ? true : word === "false" ? false : word === "null" ? null : Number(word);
  }
  object(depth) {
    const result = {};
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === "}") {
      this.at++;
      return result;
    }
    for (; ; ) {
      this.skipSpace();
      if (this.text[this.at] !== '"') throw new SyntaxError(`expected a key at ${this.at}`);
      const key = this.string().value;
      this.skipSpace();
      if (this.text[this.at++] !== ":") throw new SyntaxError(`expected : at ${this.at}`);
      Object.defineProperty(result, key, {
        value: this.value(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true
      });
      this.skipSpace();
      const next = this.text[this.at++];
      if (next === "}") return result;
      if (next !== ",") throw new SyntaxError(`expected , or } at ${this.at}`);
    }
  }
  array(depth) {
    const result = [];
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === "]") {
      this.at++;
      return result;
    }
    for (; ; ) {
      result.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.at++];
      if (next === "]") return result;
      if (next !== ",") throw new SyntaxError(`expected , or ] at ${this.at}`);
    }
  }
  string() {
    const start = this.at;
    let end = this.at + 1;
    let escaped = false;
    for (; ; ) {
      const quote = this.text.indexOf('"', end);
      if (quote < 0) throw new SyntaxError("unterminated string");
      let backslashes = 0;
      while (this.text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
      if (backslashes > 0) escaped = true;
      end = quote + 1;
      if (backslashes % 2 === 0) break;
    }
    this.at = end;
    const raw = this.text.slice(start, end);
    if (raw.includes("\n")) throw new SyntaxError("raw newline in a string");
    return new Located(escaped ? JSON.parse(raw) : raw.slice(1, -1), this.line);
  }
  skipSpace() {
    for (; ; ) {
      const code = this.text.charCodeAt(this.at);
      if (code === 10) this.line++;
      else if (code !== 32 && code !== 9 && code !== 13) return;
      this.at++;
    }
  }
};

// src/sources/expand-fragment.ts
var TRANSFORMS = [notebookFragments];
function expandFragment(fragment) {
  for (const transform of TRANSFORMS) {
    const parts = transform(fragment);
    if (parts) return parts;
  }
  return [fragment];
}

export {
  detectFragment,
  expandFragment
};
