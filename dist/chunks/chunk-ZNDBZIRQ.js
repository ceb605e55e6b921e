import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/config/parse-yaml.ts
async function parseYaml(text) {
  const yaml = await import("./dist-AZIM5WCA.js");
  const parse = yaml.parse ?? yaml.default?.parse;
  if (!parse) throw new Error("the yaml package has no parse()");
  return parse(text);
}

export {
  parseYaml
};
