import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  loadSuppressions
} from "./chunk-DBFSX6Q5.js";
import {
  loadConfig
} from "./chunk-HWL32VRT.js";
import {
  ConfigError
} from "./chunk-SBG2HJLT.js";

// src/config/scan-settings.ts
async function loadScanSettings(root, options) {
  const config = await loadConfig(options.configFrom ?? root, options.configFile);
  const baselineFile = options.baseline ?? config.baselineFile;
  const named = options.baseline !== void 0 || config.baseline !== void 0;
  try {
    return { config, baselineFile, suppressions: await loadSuppressions(root, baselineFile), notes: [] };
  } catch (error) {
    if (named || !baselineFile || !(error instanceof ConfigError) || error.context.file !== baselineFile) throw error;
    return {
      config,
      suppressions: await loadSuppressions(root, void 0),
      notes: [
        `${baselineFile} is not a baseline (${error.problems.length} line(s) are not fingerprints), so it was not applied; rewrite it with leakscan baseline create`
      ]
    };
  }
}

export {
  loadScanSettings
};
