// Reads gitleaks' rule generator (Go source) as data: for each rule function, the true- and false-positive
// strings it validates against. A tiny evaluator for the subset of Go those functions use (string literals,
// `+`, []string / map literals, append, fmt.Sprintf, helper calls, secrets.NewSecret(regex)), so the examples
// are read from the fetched mirror at bench time and nothing of gitleaks is copied into this repository.
import { regexSampler } from './regex-sample.mjs';

const UNSUPPORTED = Symbol('unsupported');

export function tokenizeGo(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      tokens.push({ type: 'nl' });
      i++;
    } else if (ch === ' ' || ch === '\t' || ch === '\r') i++;
    else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      tokens.push({ type: 'str', value: text.slice(i + 1, end).replace(/\r/g, '') });
      i = end + 1;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== ch) {
        if (text[j] === '\\') {
          const next = text[j + 1];
          const simple = {
            n: '\n',
            t: '\t',
            r: '\r',
            '\\': '\\',
            '"': '"',
            "'": "'",
            a: '\x07',
            b: '\b',
            f: '\f',
            v: '\v',
          };
          if (next in simple) {
            value += simple[next];
            j += 2;
          } else if (next === 'x') {
            value += String.fromCharCode(parseInt(text.slice(j + 2, j + 4), 16));
            j += 4;
          } else if (next === 'u') {
            value += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
            j += 6;
          } else if (next === 'U') {
            value += String.fromCodePoint(parseInt(text.slice(j + 2, j + 10), 16));
            j += 10;
          } else {
            value += next;
            j += 2;
          }
        } else value += text[j++];
      }
      tokens.push({ type: ch === '"' ? 'str' : 'rune', value });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 200));
      tokens.push({ type: 'id', value: m[0] });
      i += m[0].length;
    } else if (/[0-9]/.test(ch)) {
      const m = /^[0-9][0-9a-fA-FxX_.]*/.exec(text.slice(i, i + 50));
      tokens.push({ type: 'num', value: m[0] });
      i += m[0].length;
    } else {
      const three = text.slice(i, i + 3);
      const two = text.slice(i, i + 2);
      const op =
        three === '...' ? three : [':=', '==', '!=', '&&', '||', '+=', '<=', '>=', '++'].includes(two) ? two : ch;
      tokens.push({ type: 'op', value: op });
      i += op.length;
    }
  }
  return tokens;
}

/** Top-level functions: name, parameter names, body tokens. */
export function goFunctions(tokens) {
  const functions = new Map();
  const globals = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'op' && (t.value === '{' || t.value === '(' || t.value === '[')) depth++;
    else if (t.type === 'op' && (t.value === '}' || t.value === ')' || t.value === ']')) depth--;
    else if (depth === 0 && t.type === 'id' && t.value === 'var') {
      const end = statementEnd(tokens, i + 1);
      globals.push(tokens.slice(i, end));
      i = end - 1;
    } else if (depth === 0 && t.type === 'id' && t.value === 'func' && tokens[i + 1]?.type === 'id') {
      const name = tokens[i + 1].value;
      const params = [];
      let j = i + 3;
      for (; tokens[j] && !(tokens[j].type === 'op' && tokens[j].value === ')'); j++) {
        if (tokens[j].type === 'id' && (tokens[j - 1].value === '(' || tokens[j - 1].value === ','))
          params.push(tokens[j].value);
      }
      while (tokens[j] && !(tokens[j].type === 'op' && tokens[j].value === '{')) j++;
      const close = matching(tokens, j);
      functions.set(name, { name, params, body: tokens.slice(j + 1, close) });
      i = close;
    }
  }
  return { functions, globals };
}

function matching(tokens, open) {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'op') continue;
    if ('{(['.includes(t.value)) depth++;
    else if ('})]'.includes(t.value) && --depth === 0) return i;
  }
  return tokens.length;
}

const CONTINUES = new Set(['+', ',', '(', '{', '[', ':=', '=', '...', '||', '&&']);
function statementEnd(tokens, from) {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'op' && '{(['.includes(t.value)) depth++;
    else if (t.type === 'op' && '})]'.includes(t.value)) {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (t.type === 'nl' || (t.type === 'op' && t.value === ';'))) {
      const previous = tokens[i - 1];
      if (!(previous?.type === 'op' && CONTINUES.has(previous.value))) return i;
    }
  }
  return tokens.length;
}

/**
 * Evaluates Go statements and expressions against an environment. `builtins` maps qualified call names
 * (`secrets.NewSecret`) to JS functions; other calls go to the parsed functions of the same program.
 */
export class GoEvaluator {
  constructor({ functions, builtins, random }) {
    this.functions = functions;
    this.builtins = builtins;
    this.random = random;
    this.unsupported = [];
  }

  /** Runs a body's statements; returns the environment and, if any, the values of its `return`. */
  run(body, env = new Map()) {
    const tokens = body.filter((t, i) => !(t.type === 'nl' && body[i - 1]?.type === 'nl'));
    let i = 0;
    let returned;
    while (i < tokens.length) {
      while (tokens[i]?.type === 'nl' || (tokens[i]?.type === 'op' && tokens[i].value === ';')) i++;
      if (i >= tokens.length) break;
      const end = statementEnd(tokens, i);
      const statement = tokens.slice(i, end);
      try {
        const value = this.statement(statement, env);
        if (value !== undefined) returned = value;
      } catch (error) {
        this.unsupported.push(error.message);
      }
      i = end + 1;
    }
    return { env, returned };
  }

  statement(st, env) {
    const head = st[0];
    if (head.type === 'id' && head.value === 'return') return { values: this.list(st.slice(1), env) };
    if (head.type === 'id' && head.value === 'var') {
      if (st[1]?.value === '(') {
        const inner = st.slice(2, matching(st, 1));
        let i = 0;
        while (i < inner.length) {
          while (inner[i]?.type === 'nl') i++;
          if (i >= inner.length) break;
          const end = statementEnd(inner, i);
          try {
            this.declare(inner.slice(i, end), env);
          } catch (error) {
            this.unsupported.push(error.message);
          }
          i = end + 1;
        }
      } else this.declare(st.slice(1), env);
      return undefined;
    }
    const assign = st.findIndex((t) => t.type === 'op' && (t.value === ':=' || t.value === '='));
    if (assign > 0 && st.slice(0, assign).every((t) => t.type === 'id' || (t.type === 'op' && t.value === ','))) {
      if (isStructLiteral(st.slice(assign + 1))) return undefined; // a rule or allowlist definition, not an example
      const names = st
        .slice(0, assign)
        .filter((t) => t.type === 'id')
        .map((t) => t.value);
      const values = this.list(st.slice(assign + 1), env);
      if (names.length === values.length) for (const [k, name] of names.entries()) env.set(name, values[k]);
      return undefined;
    }
    return undefined; // other statements (if, for, calls) carry no examples
  }

  declare(st, env) {
    const assign = st.findIndex((t) => t.type === 'op' && t.value === '=');
    if (assign < 0) return;
    const name = st[0].value;
    env.set(name, this.expression(st.slice(assign + 1), env));
  }

  list(tokens, env) {
    const parts = splitTopLevel(tokens, ',');
    return parts.filter((p) => p.length > 0).map((p) => this.expression(p, env));
  }

  expression(tokens, env) {
    const cleaned = tokens.filter((t) => t.type !== 'nl');
    const parts = splitTopLevel(cleaned, '+');
    const values = parts.map((p) => this.primary(p, env));
    if (values.length === 1) return values[0];
    if (values.some((v) => typeof v !== 'string')) throw new Error(`+ of non-strings`);
    return values.join('');
  }

  primary(tokens, env) {
    if (tokens.length === 0) throw new Error('empty expression');
    let t = tokens;
    if (t[t.length - 1].type === 'op' && t[t.length - 1].value === '...') t = t.slice(0, -1);
    if (t.length === 1) {
      if (t[0].type === 'str') return t[0].value;
      if (t[0].type === 'num') return Number(t[0].value);
      if (t[0].type === 'id') {
        if (t[0].value === 'nil') return null;
        if (t[0].value === 'true' || t[0].value === 'false') return t[0].value === 'true';
        if (env.has(t[0].value)) return env.get(t[0].value);
        if (this.globalEnv?.has(t[0].value)) return this.globalEnv.get(t[0].value);
        throw new Error(`unknown name ${t[0].value}`);
      }
    }
    if (t[0].type === 'op' && t[0].value === '(' && matching(t, 0) === t.length - 1)
      return this.expression(t.slice(1, -1), env);
    // []byte(x): the same text
    if (t[0].value === '[' && t[1]?.value === ']' && t[2]?.value === 'byte' && t[3]?.value === '(')
      return this.expression(t.slice(4, -1), env);
    // []string{...}
    if (t[0].value === '[' && t[1]?.value === ']') {
      const open = t.findIndex((x) => x.value === '{');
      return this.list(t.slice(open + 1, matching(t, open)), env).flat();
    }
    // map[string]string{...}
    if (t[0].value === 'map') {
      const open = t.findIndex((x) => x.value === '{');
      const entries = splitTopLevel(t.slice(open + 1, matching(t, open)), ',').filter((e) =>
        e.some((x) => x.type !== 'nl'),
      );
      const map = new Map();
      for (const entry of entries) {
        const clean = entry.filter((x) => x.type !== 'nl');
        const colon = clean.findIndex((x) => x.value === ':');
        map.set(this.expression(clean.slice(0, colon), env), this.expression(clean.slice(colon + 1), env));
      }
      return map;
    }
    // call: a.b.c(args)
    let j = 0;
    const name = [];
    while (j < t.length && t[j].type === 'id') {
      name.push(t[j].value);
      if (t[j + 1]?.value === '.') j += 2;
      else {
        j++;
        break;
      }
    }
    if (name.length > 0 && t[j]?.value === '(' && matching(t, j) === t.length - 1) {
      const args = this.list(t.slice(j + 1, -1), env);
      return this.call(name.join('.'), args);
    }
    throw new Error(
      `unsupported expression ${t
        .map((x) => x.value ?? '')
        .join(' ')
        .slice(0, 80)}`,
    );
  }

  call(name, args) {
    if (name === 'append') return [...(args[0] ?? []), ...args.slice(1).flatMap((a) => (Array.isArray(a) ? a : [a]))];
    if (name in this.builtins) return this.builtins[name](...args);
    const short = name.split('.').pop();
    const fn = this.functions.get(short);
    if (!fn) throw new Error(`unknown function ${name}`);
    const env = new Map(fn.params.map((p, k) => [p, args[k]]));
    const { returned } = this.run(fn.body, env);
    if (returned?.values.length !== 1) throw new Error(`function ${name} returned nothing usable`);
    return returned.values[0];
  }
}

function isStructLiteral(tokens) {
  const t = tokens.filter((x) => x.type !== 'nl' && x.value !== '&');
  return t[0]?.type === 'id' && t[1]?.value === '.' && t[2]?.type === 'id' && t[3]?.value === '{';
}

function splitTopLevel(tokens, separator) {
  const parts = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.type === 'op' && '{(['.includes(t.value)) depth++;
    else if (t.type === 'op' && '})]'.includes(t.value)) depth--;
    if (depth === 0 && t.type === 'op' && t.value === separator) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts;
}

export function goSprintf(format, ...args) {
  let k = 0;
  return format.replace(/%([-+ #0]*\d*(?:\.\d+)?)([svdqx%])/g, (_whole, _flags, verb) => {
    if (verb === '%') return '%';
    const arg = args[k++];
    if (verb === 'q') return JSON.stringify(String(arg));
    if (verb === 'x') return Buffer.from(String(arg)).toString('hex');
    return String(arg);
  });
}

export function sampleFromRegex(source, random) {
  return regexSampler(source)(random);
}

export { UNSUPPORTED };
