import type { Argv, Options } from 'yargs';
import { MIN_CONFIDENCE_LEVELS } from '../filters/min-confidence.js';
import { REPORT_FORMATS } from '../report/registry.js';
import type { FindingConfidence } from '../rules/rule-definition.js';

/** Options every scanning command shares: output format and destination, redaction, explanation, config. */
export interface ReportArgs {
  format: string;
  output?: string;
  config?: string;
  'show-secrets': boolean;
  explain: boolean;
  'list-skipped': boolean;
  color: boolean;
  quiet: boolean;
  rotate: boolean;
  'rotate-dry-run': boolean;
  'rotate-url'?: string;
  baseline?: string | undefined;
  'write-baseline'?: string;
  'allow-empty': boolean;
  'min-confidence'?: FindingConfidence;
  verify: boolean;
  'verify-budget'?: string;
  'verify-timeout'?: string;
  'verify-allow-internal': boolean;
  'verify-endpoint'?: string | string[];
  'verify-cache-ttl'?: string;
  'only-verified': boolean;
}

/**
 * The one declaration of these options: yargs reads it (help, validation) and so does the fast path of
 * `fast-argv.ts`, which parses a simple `leakscan staged ...` command line without loading yargs.
 */
export const REPORT_OPTIONS = {
  format: { alias: 'f', choices: REPORT_FORMATS, default: 'text', describe: 'report format' },
  output: { alias: 'o', type: 'string', describe: 'write the report to FILE instead of stdout' },
  config: { alias: 'c', type: 'string', describe: 'config file (default: .leakscan.yaml in the current directory)' },
  'show-secrets': { type: 'boolean', default: false, describe: 'print secrets in full (redacted by default)' },
  explain: { type: 'boolean', default: false, describe: 'list every dropped candidate and the filter that dropped it' },
  'list-skipped': {
    type: 'boolean',
    default: false,
    describe: 'list every skipped file and why (by default only counted by reason)',
  },
  color: {
    type: 'boolean',
    default: true,
    describe: 'colour the text report (--no-color, or NO_COLOR=1, turns it off)',
  },
  quiet: {
    alias: 'q',
    type: 'boolean',
    default: false,
    describe: 'print nothing when no leak is found (errors, and a scan that read nothing, are still reported)',
  },
  rotate: {
    type: 'boolean',
    default: false,
    describe:
      'send each new leak to the rotation webhooks configured under rotation: (signed, retried, queued on disk)',
  },
  'rotate-dry-run': { type: 'boolean', default: false, describe: 'print what --rotate would send, send nothing' },
  'rotate-url': { type: 'string', describe: 'an extra rotation webhook, signed with $LEAKSCAN_WEBHOOK_SECRET' },
  baseline: {
    type: 'string',
    describe: 'report only findings whose fingerprint is not in FILE (see leakscan baseline)',
  },
  'write-baseline': { type: 'string', describe: 'write the fingerprints of every finding to FILE (a baseline)' },
  'allow-empty': {
    type: 'boolean',
    default: false,
    describe: 'exit 0, not 2, when scan or stdin reads nothing (an empty directory or input, everything ignored)',
  },
  'min-confidence': {
    type: 'string',
    choices: MIN_CONFIDENCE_LEVELS,
    describe:
      'report only findings at or above this confidence (default: medium for staged and diff, low otherwise; lowest: everything, test and fixture paths included)',
  },
  verify: {
    type: 'boolean',
    default: false,
    describe: 'ask each vendor whether the key is live (read-only, the vendor host only; see docs/verification.md)',
  },
  'verify-budget': { type: 'string', describe: 'at most this many verification requests for the run (default 200)' },
  'verify-timeout': { type: 'string', describe: 'seconds to wait for one verification answer (default 10)' },
  'verify-allow-internal': {
    type: 'boolean',
    default: false,
    describe: 'let verification reach loopback and private addresses (a --verify-endpoint on your network)',
  },
  'verify-endpoint': {
    type: 'string',
    describe: 'VERIFIER=URL: send that verifier to another base URL (GitHub Enterprise, a proxy); repeatable',
  },
  'verify-cache-ttl': {
    type: 'string',
    describe: 'keep live/invalid answers on disk this long (e.g. 1h, 30m; hashed, never the key); default: off',
  },
  'only-verified': { type: 'boolean', default: false, describe: 'with --verify: report only live keys' },
} satisfies Record<keyof ReportArgs, Options>;

export function withReportOptions<T>(yargs: Argv<T>): Argv<T & ReportArgs> {
  let withOptions: Argv<T> = yargs;
  for (const [name, option] of Object.entries(REPORT_OPTIONS))
    withOptions = withOptions.option(name, option as Options);
  return withOptions as Argv<T & ReportArgs>;
}
