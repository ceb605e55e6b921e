import { posix, relative, resolve, sep } from 'node:path';
import { defaultConfig, parseConfigText } from '../config/config-file.js';
import type { Config } from '../config/config.js';
import { CONFIG_FILE_NAMES, DEFAULT_BASELINE_FILE } from '../config/defaults.js';
import { loadScanSettings } from '../config/scan-settings.js';
import { ConfigError, SourceError } from '../errors.js';
import { IGNORE_FILE, parseFingerprints, type Suppressions } from '../findings/suppressions.js';
import { commitExists, fetchGit, firstLines, runGit, shortSha } from '../sources/git.js';
import type { EventPayload } from './scan-plan.js';
import { FETCH_FIX } from './fetch-range.js';

/**
 * Why the PR head's own `.leakscan.yaml`, baseline and `.leakscanignore` must not be trusted, or undefined.
 * On pull_request_target the workflow runs with the base repository's secrets for code anyone can send; on a
 * fork PR the author controls the head. Either way a PR could allowlist its own leak, so the settings that
 * decide what is reported come from the base commit, which the PR cannot change.
 */
export function untrustedConfigReason(eventName: string, payload: EventPayload): string | undefined {
  if (eventName === 'pull_request_target') return 'pull_request_target event';
  if (eventName !== 'pull_request') return undefined;
  const baseRepo = payload.pull_request?.base?.repo?.full_name;
  const headRepo = payload.pull_request?.head?.repo?.full_name;
  // A deleted fork has head.repo null: still a fork.
  if (baseRepo !== undefined && headRepo !== baseRepo) return `pull request from the fork ${headRepo ?? '(deleted)'}`;
  return undefined;
}

export interface ScanSettings {
  /** The config, from the work tree as the CLI reads it, or from the base commit. */
  config: Config;
  suppressions: Suppressions;
  /** The baseline applied (input `baseline`, else the config's), so a directory scan does not scan it. */
  baselineFile?: string | undefined;
  notes: string[];
}

/** The work tree's settings, as the CLI reads them. */
export async function workTreeSettings(
  root: string,
  configInput: string,
  baselineInput: string,
): Promise<ScanSettings> {
  return loadScanSettings(root, {
    configFile: configInput ? resolve(root, configInput) : undefined,
    baseline: baselineInput ? resolve(root, baselineInput) : undefined,
  });
}

/** The settings as they are at the base commit (`git show base:path`), whatever the PR head changed. */
export async function baseCommitSettings(
  root: string,
  base: string,
  reason: string,
  configInput: string,
  baselineInput: string,
): Promise<ScanSettings> {
  if (!(await commitExists(root, base))) {
    const fetched = await fetchGit(root, ['--depth=1'], 'origin', [base]);
    if (fetched.code !== 0 || !(await commitExists(root, base))) {
      throw new SourceError(
        `${reason}: the config must be read from the base commit ${shortSha(base)}, which cannot be fetched (${firstLines(fetched.stderr, 1)}). Fix: ${FETCH_FIX}`,
      );
    }
  }
  const at = `base commit ${shortSha(base)}`;
  const notes = [
    `${reason}: .leakscan.yaml, the baseline and ${IGNORE_FILE} were read from the ${at}, not from the pull request (trust-pr-config: false)`,
  ];

  const configPaths = configInput ? [repoPath(root, configInput)] : CONFIG_FILE_NAMES;
  let config = defaultConfig();
  let configDir = '.';
  for (const path of configPaths) {
    const text = await showAt(root, base, path);
    if (text !== undefined) {
      config = await parseConfigText(text, `${path} (${at})`);
      configDir = posix.dirname(path);
      break;
    }
    if (configInput) throw new ConfigError(`${path} (${at})`, ['config file not found at the base commit']);
  }

  const suppressions: Suppressions = {};
  // The input, else the config's `baseline:`, else the default file beside the config (silently optional).
  const named = baselineInput
    ? repoPath(root, baselineInput)
    : config.baseline && posix.join(configDir, config.baseline);
  const path = named || posix.join(configDir, DEFAULT_BASELINE_FILE);
  const text = await showAt(root, base, path);
  if (text === undefined && named)
    notes.push(`baseline ${path} does not exist at the ${at}: no finding is accepted by it`);
  if (text !== undefined) {
    try {
      suppressions.baseline = {
        file: path,
        filter: 'baseline',
        fingerprints: parseFingerprints(text, `${path} (${at})`),
      };
    } catch (error) {
      // Only the default file may be left out (as the CLI does): one the input or the config names must parse.
      if (named || !(error instanceof ConfigError)) throw error;
      notes.push(`${path} at the ${at} is not a baseline, so it was not applied`);
    }
  }
  const ignoreText = await showAt(root, base, IGNORE_FILE);
  if (ignoreText !== undefined)
    suppressions.ignore = {
      file: IGNORE_FILE,
      filter: 'leakscanignore',
      fingerprints: parseFingerprints(ignoreText, `${IGNORE_FILE} (${at})`),
    };
  return { config, suppressions, baselineFile: resolve(root, path), notes };
}

function repoPath(root: string, path: string): string {
  return relative(root, resolve(root, path)).split(sep).join('/');
}

async function showAt(root: string, commit: string, path: string): Promise<string | undefined> {
  const result = await runGit(root, ['cat-file', 'blob', `${commit}:${path}`]);
  return result.code === 0 ? result.stdout.toString('utf8') : undefined;
}
