import { jsonReporter } from './json.js';
import type { Reporter } from './reporter.js';
import { textReporter } from './text.js';

/** Every output format by name: the CLI's --format choices and the golden-file test both read this. */
export const REPORTERS: Record<string, Reporter> = {
  text: textReporter,
  json: jsonReporter,
};

export const REPORT_FORMATS = Object.keys(REPORTERS);
