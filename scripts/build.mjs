// Bundles the CLI (and, when present, the GitHub Action) into dist/, compiles rules/*.yaml into
// dist/rules.json so start-up parses JSON, not YAML, and writes rules/schema.json from the rule field
// declarations. Output is deterministic: CI rebuilds and diffs it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// Examples stay in the YAML (rules check and tests read them); the runtime needs only the rule itself.
const rulesDir = join(root, 'rules');
const compiled = readdirSync(rulesDir)
  .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
  .sort()
  .map((name) => ({
    file: `rules/${name}`,
    definitions: (parse(readFileSync(join(rulesDir, name), 'utf8')) ?? []).map(
      ({ examples, negative_examples, ...rule }) => ({
        ...rule,
        examples: [],
        negative_examples: [],
      }),
    ),
  }));
writeFileSync(join(dist, 'rules.json'), JSON.stringify(compiled));

// The rule fields are declared once, in src/rules/rule-definition.ts; editors read them from rules/schema.json.
const { ruleFileSchema } = await tsImport('../src/rules/rule-definition.ts', import.meta.url);
writeFileSync(join(rulesDir, 'schema.json'), `${JSON.stringify(ruleFileSchema(), null, 2)}\n`);

// The config file's fields are declared once, in src/config/config-schema.ts; editors read schemas/config.schema.json.
const { configFileSchema } = await tsImport('../src/config/config-schema.ts', import.meta.url);
writeFileSync(join(root, 'schemas', 'config.schema.json'), `${JSON.stringify(configFileSchema(), null, 2)}\n`);

const entryPoints = ['src/cli.ts', 'src/action.ts', 'src/detect/scan-worker.ts'].filter((entry) =>
  existsSync(join(root, entry)),
);
await build({
  entryPoints: entryPoints.map((entry) => join(root, entry)),
  outdir: dist,
  outbase: join(root, 'src'),
  // Paths in the output (module comments, chunk hashes) are relative to this, so the build is the same from any cwd.
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['recheck'],
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    js: "import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
const count = compiled.reduce((sum, file) => sum + file.definitions.length, 0);
console.log(`built ${entryPoints.join(', ')} and ${count} rules into dist/`);
