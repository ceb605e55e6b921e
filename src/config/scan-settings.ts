import { ConfigError } from '../errors.js';
import { loadSuppressions, type Suppressions } from '../findings/suppressions.js';
import type { Config } from './config.js';
import { loadConfig } from './config-file.js';

/** What a CLI scan applies: the config, and the accepted fingerprints (baseline and `.leakscanignore`). */
export interface ScanSettings {
  config: Config;
  suppressions: Suppressions;
  /** The baseline in use: `--baseline`, else the config's (`baseline:` or `.leakscan-baseline` beside it). */
  baselineFile?: string | undefined;
  /** Said in the report: a default baseline that is not a fingerprint file, and so was not applied. */
  notes: string[];
}

/**
 * One place for every scan mode: `--config FILE` or the nearest config, then the baseline it names (or the
 * default one beside it) unless `--baseline FILE` is given, then `<root>/.leakscanignore`. A baseline the user
 * named must load; the default `.leakscan-baseline` is only found lying there (a repository can commit any
 * content under that name), so one that is not a fingerprint file is left out with a note: the scan then
 * accepts less, never more.
 */
export async function loadScanSettings(
  root: string,
  options: {
    configFile?: string | undefined;
    baseline?: string | undefined;
    /** Where the search for the nearest config starts, when not at `root` (the directory a scan names). */
    configFrom?: string | undefined;
  },
): Promise<ScanSettings> {
  const config = await loadConfig(options.configFrom ?? root, options.configFile);
  const baselineFile = options.baseline ?? config.baselineFile;
  const named = options.baseline !== undefined || config.baseline !== undefined;
  try {
    return { config, baselineFile, suppressions: await loadSuppressions(root, baselineFile), notes: [] };
  } catch (error) {
    if (named || !baselineFile || !(error instanceof ConfigError) || error.context.file !== baselineFile) throw error;
    return {
      config,
      suppressions: await loadSuppressions(root, undefined),
      notes: [
        `${baselineFile} is not a baseline (${error.problems.length} line(s) are not fingerprints), so it was not applied; rewrite it with leakscan baseline create`,
      ],
    };
  }
}
