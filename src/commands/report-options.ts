import type { Argv } from 'yargs';
import { REPORT_FORMATS } from '../report/registry.js';

/** Options every scanning command shares: output format and destination, redaction, explanation, config. */
export interface ReportArgs {
  format: string;
  output?: string;
  config?: string;
  'show-secrets': boolean;
  explain: boolean;
  color: boolean;
  quiet: boolean;
  rotate: boolean;
  'rotate-dry-run': boolean;
  'rotate-url'?: string;
  baseline?: string;
  'write-baseline'?: string;
}

export function withReportOptions<T>(yargs: Argv<T>): Argv<T & ReportArgs> {
  return yargs
    .option('format', { alias: 'f', choices: REPORT_FORMATS, default: 'text', describe: 'report format' })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to FILE instead of stdout' })
    .option('config', { alias: 'c', type: 'string', describe: 'config file (default: .leakscan.yaml in the current directory)' })
    .option('show-secrets', { type: 'boolean', default: false, describe: 'print secrets in full (redacted by default)' })
    .option('explain', { type: 'boolean', default: false, describe: 'list every dropped candidate and the filter that dropped it' })
    .option('color', { type: 'boolean', default: true, describe: 'colour the text report (--no-color, or NO_COLOR=1, turns it off)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print nothing when no leak is found' })
    .option('rotate', { type: 'boolean', default: false, describe: 'send each new leak to the rotation webhooks configured under rotation: (signed, retried, queued on disk)' })
    .option('rotate-dry-run', { type: 'boolean', default: false, describe: 'print what --rotate would send, send nothing' })
    .option('rotate-url', { type: 'string', describe: 'an extra rotation webhook, signed with $LEAKSCAN_WEBHOOK_SECRET' })
    .option('baseline', { type: 'string', describe: 'report only findings whose fingerprint is not in FILE (see leakscan baseline)' })
    .option('write-baseline', { type: 'string', describe: 'write the fingerprints of every finding to FILE (a baseline)' }) as Argv<T & ReportArgs>;
}
