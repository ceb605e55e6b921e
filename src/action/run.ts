import { verifyOptions } from '../commands/verify-args.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { redactKeyLike } from '../detect/key-like.js';
import { describeError } from '../errors.js';
import { scanRevisions } from '../git-scans/scan-revisions.js';
import { toolVersion } from '../output/exit-codes.js';
import { finishScan, type FinishedReport } from '../output/finish-scan.js';
import { REPORTERS } from '../report/registry.js';
import { scan, type ScanResult } from '../scan.js';
import { directorySource } from '../sources/directory-source.js';
import { openRepository } from '../sources/git.js';
import { baseCommitSettings, untrustedConfigReason, workTreeSettings, type ScanSettings } from './config-trust.js';
import { planScan, type EventPayload } from './scan-plan.js';
import { selectCommits } from './fetch-range.js';
import {
  annotate,
  logUntrusted,
  maskSecrets,
  renderFailureSummary,
  renderSummary,
  repositoryLinks,
} from './github-output.js';

const EXTENSIONS: Record<string, string> = { text: 'txt', json: 'json', sarif: 'sarif', csv: 'csv', junit: 'xml' };

interface ActionInputs {
  workingDirectory: string;
  mode: string;
  base: string;
  head: string;
  config: string;
  baseline: string;
  format: string;
  reportFile: string;
  sarifFile: string;
  failOnLeak: boolean;
  redact: boolean;
  trustPrConfig: boolean;
  rotate: boolean;
  rotateUrl: string;
  verify: boolean;
  verifyBudget: string;
}

function readInputs(): ActionInputs {
  const bool = (name: string, fallback: boolean): boolean =>
    core.getInput(name) === '' ? fallback : core.getBooleanInput(name);
  const format = core.getInput('format') || 'sarif';
  if (!REPORTERS[format])
    throw new Error(`format: expected one of ${Object.keys(REPORTERS).join(', ')}, got '${format}'`);
  return {
    workingDirectory: core.getInput('working-directory') || '.',
    mode: core.getInput('mode') || 'auto',
    base: core.getInput('base'),
    head: core.getInput('head'),
    config: core.getInput('config'),
    baseline: core.getInput('baseline'),
    format,
    reportFile: core.getInput('report-file'),
    sarifFile: core.getInput('sarif-file'),
    failOnLeak: bool('fail-on-leak', true),
    redact: bool('redact', true),
    trustPrConfig: bool('trust-pr-config', false),
    rotate: bool('rotate', false),
    rotateUrl: core.getInput('rotate-url'),
    verify: bool('verify', false),
    verifyBudget: core.getInput('verify-budget'),
  };
}

function readPayload(): EventPayload {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch (error) {
    throw new Error(`cannot read the event payload ${path}: ${(error as Error).message}`);
  }
}

/** The Action: plan from the event, fetch what a shallow checkout lacks, scan, then tell GitHub. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    const message = await redactKeyLike(describeError(error));
    core.setFailed(`leakscan: ${message}`);
    // The job summary says so too: an empty one reads like nothing to report.
    if (process.env.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(renderFailureSummary(message))
        .write()
        .catch((error: unknown) => core.warning(`leakscan: cannot write the job summary: ${describeError(error)}`));
  }
}

async function runAction(): Promise<void> {
  const inputs = readInputs();
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload();
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const plan = planScan({
    mode: inputs.mode,
    eventName,
    payload,
    base: inputs.base,
    head: inputs.head,
    sha: process.env.GITHUB_SHA ?? '',
  });
  logUntrusted(`leakscan ${toolVersion()}: ${plan.why}`);
  if (plan.kind === 'nothing') {
    core.setOutput('leak-count', '0');
    return;
  }

  const checkoutDir = resolve(workspace, inputs.workingDirectory);
  const repo = plan.kind === 'directory' ? undefined : await openRepository(checkoutDir);
  const root = repo?.root ?? checkoutDir;
  const selection = repo
    ? await core.group('leakscan: fetch the commits to scan', () => selectCommits(root, plan, logUntrusted))
    : undefined;
  const settings = await loadSettings(root, eventName, payload, inputs);
  const mode = plan.kind === 'directory' ? 'directory' : plan.kind === 'history' ? 'history' : 'diff';
  const scanned = await core.group('leakscan: scan', () => runScan(root, selection, settings));
  const showSecrets = inputs.redact === false;

  const outcome = await finishScan(scanned, {
    mode,
    showSecrets,
    explain: false,
    quiet: false,
    // Like the CLI's exit 2: a scan that read nothing (mode: scan) or skipped a file as too large fails the job.
    allowEmpty: false,
    rotation: inputs.rotate ? { dryRun: false, extraUrl: inputs.rotateUrl || undefined } : undefined,
    verify: verifyOptions(
      { verify: inputs.verify, 'verify-budget': inputs.verifyBudget || undefined },
      settings.config.verify,
      root,
    ),
    notes: [...(selection?.notes ?? []), ...settings.notes],
    log: logUntrusted,
    deliver: (report) =>
      tellGitHub(report, {
        inputs,
        root,
        workspace,
        what: plan.why,
        showSecrets,
        head: selection?.head ?? process.env.GITHUB_SHA,
      }),
  });

  if (outcome.incomplete) core.setFailed(`leakscan: ${outcome.incomplete}`);
  if (outcome.leakCount > 0) {
    const message = `leakscan found ${outcome.leakCount} leak${outcome.leakCount === 1 ? '' : 's'} (${plan.why})`;
    if (inputs.failOnLeak) core.setFailed(message);
    else core.warning(`${message}; fail-on-leak is false, so the job continues`);
  }
}

/** The report in the log, in files, as annotations and in the job summary; the step's outputs. */
async function tellGitHub(
  { input, raw }: FinishedReport,
  context: {
    inputs: ActionInputs;
    root: string;
    workspace: string;
    what: string;
    showSecrets: boolean;
    head: string | undefined;
  },
): Promise<void> {
  const { inputs, root } = context;
  // Before anything about the findings reaches the log.
  maskSecrets(raw.findings);
  core.startGroup(`leakscan: report (${input.findings.length} leak${input.findings.length === 1 ? '' : 's'})`);
  logUntrusted(REPORTERS.text!.render(input));
  core.endGroup();
  const temp = process.env.RUNNER_TEMP || root;
  const reportFile = resolve(
    root,
    inputs.reportFile || join(temp, `leakscan-report.${EXTENSIONS[inputs.format] ?? 'txt'}`),
  );
  const sarifFile = resolve(root, inputs.sarifFile || join(temp, 'leakscan.sarif'));
  if (sarifFile === reportFile && inputs.format !== 'sarif')
    throw new Error(
      `report-file and sarif-file are the same file (${reportFile}) but format is ${inputs.format}: give them different paths`,
    );
  writeFileSync(reportFile, REPORTERS[inputs.format]!.render(input));
  if (sarifFile !== reportFile) writeFileSync(sarifFile, REPORTERS.sarif!.render(input));

  annotate(input.findings, context.workspace, root, context.showSecrets);
  // Outside a runner (a local trial run) there is no summary file; everything is in the log anyway.
  if (process.env.GITHUB_STEP_SUMMARY) {
    const facts = {
      what: context.what,
      findings: input.findings,
      commitsScanned: input.stats.commitsScanned,
      filesScanned: input.stats.filesScanned,
      notes: input.notes ?? [],
      showSecrets: context.showSecrets,
      links: repositoryLinks(process.env, context.head),
    };
    await core.summary.addRaw(renderSummary(facts)).write();
  }
  core.setOutput('leak-count', String(input.findings.length));
  core.setOutput('report-file', reportFile);
  core.setOutput('sarif-file', sarifFile);
}

async function loadSettings(
  root: string,
  eventName: string,
  payload: EventPayload,
  inputs: ActionInputs,
): Promise<ScanSettings> {
  const reason = untrustedConfigReason(eventName, payload);
  const base = payload.pull_request?.base?.sha;
  if (!reason || !base) return workTreeSettings(root, inputs.config, inputs.baseline);
  if (inputs.trustPrConfig) {
    core.warning(
      `${reason}: trust-pr-config is true, so the pull request's own .leakscan.yaml, baseline and .leakscanignore decide what is reported`,
    );
    return workTreeSettings(root, inputs.config, inputs.baseline);
  }
  return baseCommitSettings(root, base, reason, inputs.config, inputs.baseline);
}

async function runScan(
  root: string,
  selection: Awaited<ReturnType<typeof selectCommits>> | undefined,
  settings: ScanSettings,
): Promise<ScanResult> {
  const { baselineFile } = settings;
  const configSource = { config: settings.config };
  if (selection) {
    return scanRevisions({
      root,
      revisions: selection.revisions,
      head: selection.head,
      ...configSource,
      suppressions: settings.suppressions,
      baselineFile,
    });
  }
  return scan({
    cwd: root,
    ...configSource,
    suppressions: settings.suppressions,
    source: directorySource({ cwd: root, baselineFile }),
  });
}
