import { csvReporter } from './csv.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

/** Every output format by name: the CLI's --format choices and the golden-file test both read this. */
export const REPORTERS: Record<string, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  csv: csvReporter,
  junit: junitReporter,
  html: htmlReporter,
};

export const REPORT_FORMATS = Object.keys(REPORTERS);
