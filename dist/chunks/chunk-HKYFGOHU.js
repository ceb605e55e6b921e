import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-ZNDBZIRQ.js";

// src/rules/yaml-lists.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
async function readYamlLists(dir, label, what) {
  const files = [];
  const problems = [];
  const names = readdirSync(dir).filter((name) => name.endsWith(".yaml") || name.endsWith(".yml")).sort();
  for (const name of names) {
    const file = `${label}/${name}`;
    let parsed;
    try {
      parsed = await parseYaml(readFileSync(join(dir, name), "utf8"));
    } catch (error) {
      problems.push(`${file}: YAML does not parse: ${error.message}`);
      continue;
    }
    if (!Array.isArray(parsed)) {
      problems.push(`${file}: must be a YAML list of ${what}`);
      continue;
    }
    const entries = parsed.map((raw, index) => {
      const id = raw?.id;
      return { file, where: `${file}#${typeof id === "string" ? id : `[${index}]`}`, raw };
    });
    files.push({ file, entries });
  }
  return { files, problems };
}

export {
  readYamlLists
};
