import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { emptyAllowlist } from '../filters/allowlist.js';
import { MIN_CONFIDENCE_LEVELS } from '../filters/min-confidence.js';
import { parseRotationConfig } from '../notify/rotation-config.js';
import { rulePattern } from '../rules/assignment-context.js';
import { validateRuleShape } from '../rules/rule-definition.js';
import { compileUserSecretPattern, compileUserTextTest, loadUserPatternEngine } from '../rules/text-pattern.js';
import type { Config } from './config.js';
import { parseYaml } from './parse-yaml.js';
import { ALLOWLIST_FIELDS, CONFIG_FIELDS, CUSTOM_RULE_DEFAULTS, RULES_FIELDS } from './config-schema.js';
import { CONFIG_FILE_NAMES, DEFAULT_BASELINE_FILE, DEFAULT_MAX_FILE_BYTES } from './defaults.js';

export const defaultConfig = (): Config => ({
  disabledRules: [],
  customRules: [],
  allowlist: emptyAllowlist(),
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  defaultIgnores: true,
  rotation: parseRotationConfig(undefined).rotation,
});

const TOP_LEVEL_FIELDS = Object.keys(CONFIG_FIELDS);

/** `10MB`, `512KiB`, `2048` → bytes. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * scale);
}

function stringList(value: unknown, path: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    problems.push(`${path}: must be a list of strings`);
    return [];
  }
  return value;
}

/**
 * Validates a parsed config document. Returns every problem, each named by its field path
 * (`allowlist.regexes[2]: …`), instead of stopping at the first.
 */
export function parseConfig(raw: unknown, file: string): { config: Config; problems: string[] } {
  const config: Config = { ...defaultConfig(), file };
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { config, problems: ['(root): must be a mapping'] };
  const doc = raw as Record<string, unknown>;
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL_FIELDS.includes(key))
      problems.push(`${key}: unknown field (expected one of ${TOP_LEVEL_FIELDS.join(', ')})`);
  }

  const rules = doc.rules;
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules))
      problems.push('rules: must be a mapping with disable and/or custom');
    else {
      const section = rules as Record<string, unknown>;
      for (const key of Object.keys(section)) if (!(key in RULES_FIELDS)) problems.push(`rules.${key}: unknown field`);
      config.disabledRules = stringList(section.disable, 'rules.disable', problems);
      if (section.custom !== undefined) {
        if (!Array.isArray(section.custom)) problems.push('rules.custom: must be a list of rules');
        else
          section.custom.forEach((rule, index) => {
            const where = `rules.custom[${index}]`;
            const shape = validateRuleShape(withDefaults(rule), where, false);
            problems.push(...shape);
            if (shape.length === 0) {
              const definition = withDefaults(rule) as Config['customRules'][number];
              const patternProblems = [
                checkUserRegex(
                  () => compileUserSecretPattern(rulePattern(definition), definition.flags ?? ''),
                  `${where}.pattern`,
                ),
                ...(definition.allowlist?.regexes ?? []).map((source, i) =>
                  checkUserRegex(() => compileUserTextTest(source), `${where}.allowlist.regexes[${i}]`),
                ),
              ].filter((problem) => problem !== undefined);
              problems.push(...patternProblems);
              if (patternProblems.length === 0) config.customRules.push(definition);
            }
          });
      }
    }
  }

  const allowlist = doc.allowlist;
  if (allowlist !== undefined) {
    if (typeof allowlist !== 'object' || allowlist === null || Array.isArray(allowlist))
      problems.push('allowlist: must be a mapping');
    else {
      const section = allowlist as Record<string, unknown>;
      for (const key of Object.keys(section))
        if (!(key in ALLOWLIST_FIELDS)) problems.push(`allowlist.${key}: unknown field`);
      config.allowlist.paths = stringList(section.paths, 'allowlist.paths', problems);
      config.allowlist.stopwords = stringList(section.stopwords, 'allowlist.stopwords', problems).map((s) =>
        s.toLowerCase(),
      );
      config.allowlist.regexes = stringList(section.regexes, 'allowlist.regexes', problems);
      config.allowlist.regexes.forEach((source, index) => {
        const problem = checkUserRegex(() => compileUserTextTest(source), `allowlist.regexes[${index}]`);
        if (problem) problems.push(problem);
      });
    }
  }

  if (doc.maxFileSize !== undefined) {
    const bytes = parseSize(doc.maxFileSize);
    if (bytes === undefined) problems.push(`maxFileSize: must be a size such as 10MB or a number of bytes`);
    else config.maxFileBytes = bytes;
  }
  if (doc.defaultIgnores !== undefined) {
    if (typeof doc.defaultIgnores !== 'boolean') problems.push('defaultIgnores: must be true or false');
    else config.defaultIgnores = doc.defaultIgnores;
  }
  if (doc.verify !== undefined) {
    if (typeof doc.verify !== 'boolean') problems.push('verify: must be true or false');
    else config.verify = doc.verify;
  }
  if (doc.minConfidence !== undefined) {
    const level = MIN_CONFIDENCE_LEVELS.find((l) => l === doc.minConfidence);
    if (level === undefined) problems.push(`minConfidence: must be one of ${MIN_CONFIDENCE_LEVELS.join(', ')}`);
    else config.minConfidence = level;
  }
  if (doc.baseline !== undefined) {
    // Relative and inside the config's directory: a repository's config must not make a scan read any file
    // on the machine (a parse error would quote its lines).
    const path = typeof doc.baseline === 'string' ? posix.normalize(doc.baseline.replaceAll('\\', '/')) : '';
    if (!path || isAbsolute(path) || path === '..' || path.startsWith('../') || path === '.')
      problems.push('baseline: must be a file path relative to the config file, inside its directory');
    else config.baseline = path;
  }
  const rotation = parseRotationConfig(doc.rotation);
  config.rotation = rotation.rotation;
  problems.push(...rotation.problems);
  return { config, problems };
}

function checkUserRegex(compile: () => unknown, field: string): string | undefined {
  try {
    compile();
    return undefined;
  } catch (error) {
    return `${field}: ${(error as Error).message}`;
  }
}

/** Custom rules may leave out what only built-in rules must have (vendor, severity, examples). */
function withDefaults(rule: unknown): unknown {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return rule;
  return { ...CUSTOM_RULE_DEFAULTS, ...(rule as object) };
}

/**
 * The directories a config is looked for in, nearest first: from `start` up to the repository's top level
 * (the first directory holding `.git`), so a scan from a subdirectory uses the repository's config. Outside
 * a repository only `start` itself: a config in a parent such as the home directory never applies by surprise.
 */
function searchDirectories(start: string): string[] {
  const dirs: string[] = [];
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (existsSync(join(dir, '.git'))) return dirs;
    if (dirname(dir) === dir) return [resolve(start)];
  }
}

const isRegularFile = (path: string): boolean => {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The config file and default baseline that apply to a scan of `start`: the nearest directory (see
 * searchDirectories) holding a config file, with `.leakscan-baseline` beside it; without any config file, the
 * nearest `.leakscan-baseline`.
 */
export function findProjectFiles(start: string): { configFile?: string; baselineFile?: string } {
  const dirs = searchDirectories(start);
  for (const dir of dirs) {
    const configFile = CONFIG_FILE_NAMES.map((name) => join(dir, name)).find(existsSync);
    if (configFile) {
      const baselineFile = join(dir, DEFAULT_BASELINE_FILE);
      return isRegularFile(baselineFile) ? { configFile, baselineFile } : { configFile };
    }
  }
  const baselineFile = dirs.map((dir) => join(dir, DEFAULT_BASELINE_FILE)).find(isRegularFile);
  return baselineFile ? { baselineFile } : {};
}

/**
 * Loads `--config FILE`, or the nearest `.leakscan.yaml` / `.leakscan.yml` from `root` up to the repository's
 * top level (findProjectFiles), or the defaults; resolves the baseline that applies without `--baseline`.
 * Throws ConfigError listing every problem.
 */
export async function loadConfig(root: string, explicitFile?: string): Promise<Config> {
  const found = explicitFile ? {} : findProjectFiles(root);
  const file = explicitFile ?? found.configFile;
  if (!file) return { ...defaultConfig(), baselineFile: found.baselineFile };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, [`cannot read: ${(error as Error).message}`]);
  }
  const config = await parseConfigText(text, relative(root, file) || file);
  config.baselineFile = config.baseline ? resolve(dirname(file), config.baseline) : found.baselineFile;
  return config;
}

export async function parseConfigText(text: string, file: string): Promise<Config> {
  let raw: unknown;
  try {
    raw = await parseYaml(text);
  } catch (error) {
    throw new ConfigError(file, [`YAML does not parse: ${(error as Error).message}`]);
  }
  if (raw !== null && typeof raw === 'object' && ('rules' in raw || 'allowlist' in raw)) await loadUserPatternEngine();
  const { config, problems } = parseConfig(raw, file);
  if (problems.length > 0) throw new ConfigError(file, problems);
  return config;
}
