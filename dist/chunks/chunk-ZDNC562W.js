import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  InternalError
} from "./chunk-SBG2HJLT.js";

// src/rules/text-pattern.ts
function builtinSecretPattern(pattern, flags) {
  let compiled;
  return {
    source: pattern,
    forEachSecret(text, visit) {
      compiled ??= new RegExp(pattern, `${flags}gd`);
      const regex = compiled;
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
        if (match[0].length === 0) regex.lastIndex++;
        const span = match.indices?.groups?.secret;
        if (span) visit(span[0], span[1]);
      }
    }
  };
}
var UserPatternError = class extends Error {
};
var UNSUPPORTED = [
  [/^\\[1-9]/, "backreferences (\\1) are not supported"],
  [/^\\k</, "named backreferences (\\k<name>) are not supported"],
  [/^\(\?<[=!]/, "lookbehind ((?<= \u2026), (?<! \u2026)) is not supported"],
  [/^\(\?[=!]/, "lookahead ((?= \u2026), (?! \u2026)) is not supported"]
];
var ENGINE_NOTE = "config regexes run on a linear-time engine (RE2 syntax)";
function findUnsupportedSyntax(source) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\" && inClass) {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      continue;
    }
    if (ch !== "\\" && ch !== "(") continue;
    const rest = source.slice(i, i + 4);
    for (const [syntax, problem] of UNSUPPORTED) if (syntax.test(rest)) return `${problem} at offset ${i}`;
    if (ch === "\\") i++;
  }
  return void 0;
}
var engine;
async function loadUserPatternEngine() {
  engine ??= await import("./build-GC3BFMWV.js");
}
function re2js() {
  if (!engine) throw new InternalError("a config regex was compiled before loadUserPatternEngine()");
  return engine;
}
function compileLinear(source, flags) {
  const unsupported = findUnsupportedSyntax(source);
  if (unsupported) throw new UserPatternError(`${unsupported}: ${ENGINE_NOTE}`);
  const { RE2JS } = re2js();
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source), flags.includes("i") ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    throw new UserPatternError(
      `does not compile: ${error.message.replace(/^error parsing regexp: /, "")} (${ENGINE_NOTE})`
    );
  }
}
function builtinTextTest(source) {
  let compiled;
  return {
    source,
    test(text) {
      compiled ??= new RegExp(source);
      return compiled.test(text);
    }
  };
}
function compileUserTextTest(source) {
  const compiled = compileLinear(source, "");
  return { source, test: (text) => compiled.test(text) };
}
function compileUserSecretPattern(source, flags) {
  const compiled = compileLinear(source, flags);
  if (!("secret" in compiled.namedGroups())) throw new UserPatternError("has no named group 'secret'");
  return {
    source,
    forEachSecret(text, visit) {
      if (!compiled.test(text)) return;
      const matcher = compiled.matcher(text);
      while (matcher.find()) {
        const start = matcher.start("secret");
        if (start >= 0) visit(start, matcher.end("secret"));
      }
    }
  };
}

export {
  builtinSecretPattern,
  loadUserPatternEngine,
  builtinTextTest,
  compileUserTextTest,
  compileUserSecretPattern
};
