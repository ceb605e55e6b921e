import { loadSuppressions, type Suppressions } from '../findings/suppressions.js';
import type { Config } from './config.js';
import { loadConfig } from './config-file.js';

/** What a CLI scan applies: the config, and the accepted fingerprints (baseline and `.leakscanignore`). */
export interface ScanSettings {
  config: Config;
  suppressions: Suppressions;
  /** The baseline in use: `--baseline`, else the config's (`baseline:` or `.leakscan-baseline` beside it). */
  baselineFile?: string | undefined;
}

/**
 * One place for every scan mode: `--config FILE` or the nearest config, then the baseline it names (or the
 * default one beside it) unless `--baseline FILE` is given, then `<root>/.leakscanignore`.
 */
export async function loadScanSettings(
  root: string,
  options: { configFile?: string | undefined; baseline?: string | undefined },
): Promise<ScanSettings> {
  const config = await loadConfig(root, options.configFile);
  const baselineFile = options.baseline ?? config.baselineFile;
  return { config, baselineFile, suppressions: await loadSuppressions(root, baselineFile) };
}
