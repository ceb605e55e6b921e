import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvModule from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { makeTempDir } from './run-cli.js';

const require = createRequire(import.meta.url);

/** The Multitool's self-contained Linux build (npm @microsoft/sarif-multitool-linux): an executable file. */
const MULTITOOL: string = require('@microsoft/sarif-multitool-linux');

let schemaValidator: ((log: unknown) => boolean) & { errors?: unknown } = undefined as never;

function schemaCheck(log: unknown, label: string): void {
  if (!schemaValidator) {
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
    const ajv = new (Ajv as unknown as new (o: object) => import('ajv').default)({
      allErrors: true,
      strict: false,
      unicodeRegExp: false,
    });
    (addFormats as unknown as (a: unknown) => void)(ajv);
    schemaValidator = ajv.compile(schema);
  }
  assert.ok(schemaValidator(log), `${label}: ${JSON.stringify(schemaValidator.errors, null, 2)}`);
}

interface MultitoolRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runMultitool(args: string[]): Promise<MultitoolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(MULTITOOL, args, {
      // No ICU library needed, no telemetry, no first-run banner.
      env: {
        ...process.env,
        DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        DOTNET_NOLOGO: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Every SARIF log a test writes goes through here: valid against the SARIF 2.1.0 JSON schema, and 0 errors
 * from Microsoft's SARIF Multitool (`validate`), the checks GitHub code scanning's own ingestion is built on
 * (SARIF1004: a URI beginning with `/`, a uriBaseId that is not defined…). Returns the parsed log.
 */
export async function assertValidSarif(text: string, label = 'SARIF log'): Promise<SarifLog> {
  const log = JSON.parse(text) as SarifLog;
  schemaCheck(log, label);
  const dir = makeTempDir('leakscan-sarif-');
  const input = join(dir, 'input.sarif');
  const output = join(dir, 'validation.sarif');
  writeFileSync(input, text);
  const run = await runMultitool(['validate', input, '--output', output, '--log', 'ForceOverwrite']);
  assert.equal(run.code, 0, `${label}: the SARIF Multitool failed to run: ${run.stdout}${run.stderr}`);
  // The validation's own findings come back as SARIF: rule ids SARIF1xxx/2xxx, level `error` for a broken log.
  const validation = JSON.parse(readFileSync(output, 'utf8')) as SarifLog;
  const rules = validation.runs[0]?.tool.driver.rules ?? [];
  const errors = (validation.runs[0]?.results ?? []).filter(
    (result) =>
      (result.level ?? rules.find((rule) => rule.id === result.ruleId)?.defaultConfiguration?.level) === 'error',
  );
  assert.deepEqual(
    errors.map((result) => `${result.ruleId}: ${result.message.text ?? JSON.stringify(result.message)}`),
    [],
    `${label}: the SARIF Multitool reports errors\n${run.stdout}`,
  );
  return log;
}

/** The parts of SARIF the tests read. */
export interface SarifLog {
  runs: {
    tool: { driver: { rules?: { id: string; defaultConfiguration?: { level?: string } }[] } };
    results?: SarifResult[];
    originalUriBaseIds?: Record<string, { uri?: string }>;
    versionControlProvenance?: { repositoryUri: string; revisionId?: string }[];
  }[];
}

export interface SarifResult {
  ruleId: string;
  level?: string;
  message: { text?: string };
  locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[];
  partialFingerprints?: Record<string, string>;
  properties?: Record<string, unknown>;
}
