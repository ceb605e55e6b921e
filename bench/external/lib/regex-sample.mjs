import { prng } from '../../corpus.mjs';

// Random strings that match a (Go/RE2-style) regular expression, for the peer examples that are generated rather
// than written out (gitleaks' `secrets.NewSecret(regex)`). Covers what those generators use: literals, escapes,
// classes and ranges, groups, alternation, counted and open repetition. Open repetition adds at most one extra
// item past the minimum, as gitleaks' own generator does with its limit of 1.

/** A seeded PRNG from a text (FNV-1a of the text seeds bench/corpus.mjs' mulberry32): same seed, same corpus. */
export function seededRandom(seedText) {
  let seed = 2166136261;
  for (const ch of seedText) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0;
  return prng(seed);
}

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const WORD = `${DIGITS + LOWER + UPPER}_`;
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

export class RegexSampleError extends Error {}

/** Parses `source` and returns a function that draws one matching string per call. */
export function regexSampler(source) {
  const parser = new Parser(source);
  const node = parser.parseAlternation();
  if (parser.pos < source.length)
    throw new RegexSampleError(`unexpected "${source[parser.pos]}" at ${parser.pos} in ${source}`);
  return (random) => generate(node, random);
}

class Parser {
  constructor(source) {
    this.source = source;
    this.pos = 0;
  }
  peek() {
    return this.source[this.pos];
  }
  parseAlternation() {
    const options = [this.parseSequence()];
    while (this.peek() === '|') {
      this.pos++;
      options.push(this.parseSequence());
    }
    return options.length === 1 ? options[0] : { type: 'alt', options };
  }
  parseSequence() {
    const items = [];
    while (this.pos < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.parseAtom();
      if (atom) items.push(this.parseQuantifier(atom));
    }
    return { type: 'seq', items };
  }
  parseQuantifier(atom) {
    const ch = this.peek();
    let min;
    let max;
    if (ch === '*') [min, max] = [0, 1];
    else if (ch === '+') [min, max] = [1, 2];
    else if (ch === '?') [min, max] = [0, 1];
    else if (ch === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.pos));
      if (!match) return atom;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? min + 1 : Number(match[3]);
      this.pos += match[0].length - 1;
    } else return atom;
    this.pos++;
    if (this.peek() === '?' || this.peek() === '+') this.pos++; // lazy / possessive: same strings
    return this.parseQuantifier({ type: 'repeat', atom, min, max });
  }
  parseAtom() {
    const ch = this.source[this.pos++];
    if (ch === '(') return this.parseGroup();
    if (ch === '[') return this.parseClass();
    if (ch === '^' || ch === '$') return undefined;
    if (ch === '.') return { type: 'set', chars: DIGITS + LOWER + UPPER };
    if (ch === '\\') return this.parseEscape(false);
    return { type: 'lit', text: ch };
  }
  parseGroup() {
    if (this.peek() === '?') {
      this.pos++;
      const named = /^(?:P?<[A-Za-z_][A-Za-z0-9_]*>)/.exec(this.source.slice(this.pos));
      if (named) this.pos += named[0].length;
      else {
        const flags = /^[a-zA-Z-]*/.exec(this.source.slice(this.pos))[0];
        this.pos += flags.length;
        if (this.peek() === ')') {
          this.pos++;
          return undefined; // (?i) alone: a flag change, matches nothing
        }
        if (this.peek() !== ':')
          throw new RegexSampleError(`unsupported group (?${flags}${this.peek()} in ${this.source}`);
        this.pos++;
      }
    }
    const inner = this.parseAlternation();
    if (this.source[this.pos++] !== ')') throw new RegexSampleError(`unclosed group in ${this.source}`);
    return inner;
  }
  parseEscape(inClass) {
    const ch = this.source[this.pos++];
    switch (ch) {
      case 'd':
        return { type: 'set', chars: DIGITS };
      case 'w':
        return { type: 'set', chars: WORD };
      case 's':
        return { type: 'set', chars: ' ' };
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        return inClass ? { type: 'lit', text: '\b' } : undefined;
      case 'n':
        return { type: 'lit', text: '\n' };
      case 'r':
        return { type: 'lit', text: '\r' };
      case 't':
        return { type: 'lit', text: '\t' };
      case 'x': {
        const hex = /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{2}))/.exec(this.source.slice(this.pos));
        if (!hex) throw new RegexSampleError(`bad \\x in ${this.source}`);
        this.pos += hex[0].length;
        return { type: 'lit', text: String.fromCodePoint(parseInt(hex[1] ?? hex[2], 16)) };
      }
      case 'p':
      case 'P':
      case 'D':
      case 'W':
      case 'S':
        throw new RegexSampleError(`unsupported escape \\${ch} in ${this.source}`);
      default:
        return { type: 'lit', text: ch };
    }
  }
  parseClass() {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    let chars = '';
    let first = true;
    while (this.pos < this.source.length && (this.peek() !== ']' || first)) {
      first = false;
      let from;
      if (this.peek() === '[' && this.source[this.pos + 1] === ':') {
        const posix = /^\[:(\w+):\]/.exec(this.source.slice(this.pos));
        if (!posix) throw new RegexSampleError(`bad class in ${this.source}`);
        this.pos += posix[0].length;
        const table = {
          alnum: DIGITS + LOWER + UPPER,
          alpha: LOWER + UPPER,
          digit: DIGITS,
          lower: LOWER,
          upper: UPPER,
          xdigit: `${DIGITS}abcdefABCDEF`,
          word: WORD,
        };
        chars += table[posix[1]] ?? '';
        continue;
      }
      if (this.peek() === '\\') {
        this.pos++;
        const escaped = this.parseEscape(true);
        if (escaped.type === 'set') {
          chars += escaped.chars;
          continue;
        }
        from = escaped.text;
      } else from = this.source[this.pos++];
      if (this.peek() === '-' && this.source[this.pos + 1] !== ']' && this.pos + 1 < this.source.length) {
        this.pos++;
        let to = this.source[this.pos++];
        if (to === '\\') to = this.parseEscape(true).text;
        for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) chars += String.fromCharCode(c);
      } else chars += from;
    }
    if (this.source[this.pos++] !== ']') throw new RegexSampleError(`unclosed class in ${this.source}`);
    if (negated) chars = [...(DIGITS + LOWER + UPPER)].filter((c) => !chars.includes(c)).join('') || PRINTABLE;
    return { type: 'set', chars };
  }
}

function generate(node, random) {
  switch (node.type) {
    case 'lit':
      return node.text;
    case 'set':
      return node.chars[Math.floor(random() * node.chars.length)];
    case 'seq':
      return node.items.map((item) => generate(item, random)).join('');
    case 'alt':
      return generate(node.options[Math.floor(random() * node.options.length)], random);
    case 'repeat': {
      const count = node.min + Math.floor(random() * (node.max - node.min + 1));
      let text = '';
      for (let i = 0; i < count; i++) text += generate(node.atom, random);
      return text;
    }
    default:
      throw new RegexSampleError(`unknown node ${node.type}`);
  }
}
