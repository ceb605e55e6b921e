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
// Every rule is compiled here, with every check start-up would otherwise repeat on each run (patterns and
// allowlist regexes compile, bounded repetition, a `secret` group, known checksums): a bad rule fails the build.
// The keyword table (keywords longest first, the rules each one runs) is computed here too.
const { compileRule } = await tsImport('../src/rules/compile-rule.ts', import.meta.url);
const { keywordTable } = await tsImport('../src/detect/keyword-index.ts', import.meta.url);
const builtinRules = compiled.flatMap(({ file, definitions }) =>
  definitions.map((definition) => compileRule(definition, file, 'builtin')),
);
writeFileSync(join(dist, 'rules.json'), JSON.stringify(compiled.map((file) => ({ ...file, prebuilt: true }))));
writeFileSync(
  join(dist, 'keyword-table.json'),
  JSON.stringify({ ruleIds: builtinRules.map((rule) => rule.id), ...keywordTable(builtinRules) }),
);

// The rule fields are declared once, in src/rules/rule-definition.ts; editors read them from rules/schema.json.
const { ruleFileSchema } = await tsImport('../src/rules/rule-definition.ts', import.meta.url);
writeFileSync(join(rulesDir, 'schema.json'), `${JSON.stringify(ruleFileSchema(), null, 2)}\n`);
// The verifier fields are declared once, in src/verify/verifier-definition.ts.
const { verifierFileSchema } = await tsImport('../src/verify/verifier-definition.ts', import.meta.url);
writeFileSync(join(rulesDir, 'verifiers', 'schema.json'), `${JSON.stringify(verifierFileSchema(), null, 2)}\n`);

// The config file's fields are declared once, in src/config/config-schema.ts; editors read schemas/config.schema.json.
const { configFileSchema } = await tsImport('../src/config/config-schema.ts', import.meta.url);
writeFileSync(join(root, 'schemas', 'config.schema.json'), `${JSON.stringify(configFileSchema(), null, 2)}\n`);

const entryPoints = ['src/cli.ts', 'src/action.ts', 'src/detect/scan-worker.ts'].filter((entry) =>
  existsSync(join(root, entry)),
);
const shared = {
  outdir: dist,
  outbase: join(root, 'src'),
  // Paths in the output (module comments, chunk hashes) are relative to this, so the build is the same from any cwd.
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['recheck', 'bullmq', 'ioredis'],
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    js: "import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
};
// The pre-commit hook's path is built on its own (below); cli.js requires that file.
const STAGED_FAST_PATH = './staged-fast-path.cjs';
const main = await build({
  ...shared,
  metafile: true,
  entryPoints: entryPoints.map((entry) => join(root, entry)),
  plugins: [
    {
      name: 'staged-fast-path-apart',
      setup(plugin) {
        plugin.onResolve({ filter: /^\.\/staged-fast-path\.js$/ }, () => ({ path: STAGED_FAST_PATH, external: true }));
      },
    },
  ],
});
// Everything `leakscan staged` runs, in one file (loading ~40 chunks was the largest start-up cost of the hook).
// CommonJS, so the Node built-ins of what a hook run rarely reaches (http and tls for --verify and --rotate,
// worker threads) are required when first used rather than imported up front as ESM would hoist them.
// A package imported on demand (yaml, re2js) is loaded from the chunk the main build made of it, not bundled again.
const packageChunks = new Map(
  Object.entries(main.metafile.outputs)
    .filter(([, output]) => output.entryPoint?.startsWith('node_modules/'))
    .map(([file, output]) => [join(root, output.entryPoint), `./${file.slice('dist/'.length)}`]),
);
await build({
  ...shared,
  splitting: false,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__leakscanModuleUrl' },
  // A dynamic import() compiled from a V8 code cache has no import callback in Node 20 ("A dynamic import
  // callback was not specified"), so the bundle's import() calls go through the loader's own (src/code-cache.ts)
  // when it passes one, and through this file's otherwise (a plain require).
  banner: {
    js: "const __leakscanModuleUrl = require('node:url').pathToFileURL(__filename).href; const __leakscanDynamicImport = typeof __leakscanImport === 'function' ? __leakscanImport : (specifier) => import(specifier);",
  },
  entryPoints: [join(root, 'src', 'staged-fast-path.ts')],
  plugins: [
    {
      name: 'packages-from-main-chunks',
      setup(plugin) {
        plugin.onResolve({ filter: /^[^./]/ }, async (args) => {
          if (args.kind !== 'dynamic-import' || args.pluginData?.again) return undefined;
          const { path } = await plugin.resolve(args.path, {
            kind: args.kind,
            importer: args.importer,
            resolveDir: args.resolveDir,
            pluginData: { again: true },
          });
          const chunk = packageChunks.get(path);
          return chunk ? { path: chunk, external: true } : undefined;
        });
      },
    },
  ],
});
const fastPathFile = join(dist, 'staged-fast-path.cjs');
const fastPath = readFileSync(fastPathFile, 'utf8');
const [banner, body] = [fastPath.slice(0, fastPath.indexOf('\n')), fastPath.slice(fastPath.indexOf('\n'))];
writeFileSync(fastPathFile, `${banner}${body.replaceAll('import("', '__leakscanDynamicImport("')}`);
const count = compiled.reduce((sum, file) => sum + file.definitions.length, 0);
console.log(`built ${entryPoints.join(', ')}, src/staged-fast-path.ts and ${count} rules into dist/`);
