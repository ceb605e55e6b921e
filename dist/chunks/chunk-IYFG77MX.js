import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/config/parse-yaml.ts
async function parseYaml(text) {
  const yaml = await import("./dist-AZIM5WCA.js");
  const parse = yaml.parse ?? yaml.default?.parse;
  if (!parse) throw new Error("the yaml package has no parse()");
  return parse(text);
}

// src/rules/pattern-safety.ts
var OPEN_QUANTIFIER = /\{(\d+),\}/y;
function findUnboundedQuantifiers(source) {
  const problems = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "*" || ch === "+") problems.push(`unbounded '${ch}' at offset ${i}`);
    else if (ch === "{") {
      OPEN_QUANTIFIER.lastIndex = i;
      const open = OPEN_QUANTIFIER.exec(source);
      if (open) problems.push(`unbounded '${open[0]}' at offset ${i}`);
    }
  }
  return problems;
}
function checkPatternSyntax(pattern, flags) {
  const problems = [];
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return [`does not compile: ${error.message}`];
  }
  if (!pattern.includes("(?<secret>")) problems.push("has no named group 'secret'");
  problems.push(...findUnboundedQuantifiers(pattern));
  return problems;
}

export {
  checkPatternSyntax,
  parseYaml
};
