import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  toolVersion
} from "./chunk-LEWFHLIX.js";
import {
  knownSecretRedactor,
  redactStrings
} from "./chunk-5DY6PWZU.js";
import {
  ConfigError,
  UsageError,
  describeError
} from "./chunk-SBG2HJLT.js";

// src/report/redact-result.ts
function outputView(result, showSecrets) {
  if (showSecrets) return { shown: result, redact: (text) => text };
  const redact = knownSecretRedactor([...result.findings, ...result.suppressed ?? []]);
  const shown = {
    ...result,
    findings: redactStrings(result.findings, redact),
    dropped: redactStrings(result.dropped, redact),
    stats: redactStrings(result.stats, redact),
    suppressed: result.suppressed && redactStrings(result.suppressed, redact)
  };
  return { shown, redact };
}

// src/output/rotation-step.ts
async function prepareRotation(result, request, log) {
  const { checkUrl, DEFAULT_POLICY, DEFAULT_SECRET_ENV } = await import("./rotation-config-IIBDKMXV.js");
  const rotation = { ...result.config.rotation, targets: [...result.config.rotation.targets] };
  const problems = [];
  const extraUrl = request.extraUrl;
  if (extraUrl) {
    const problem = checkUrl(extraUrl, false);
    if (problem) problems.push(`--rotate-url: ${problem}`);
    else
      rotation.targets.push({
        kind: "webhook",
        name: extraUrl,
        url: extraUrl,
        secretEnv: DEFAULT_SECRET_ENV,
        includeSecret: false,
        rules: [],
        tags: [],
        policy: { ...DEFAULT_POLICY }
      });
  }
  if (problems.length > 0) throw new ConfigError(result.config.file ?? ".leakscan.yaml", problems);
  if (rotation.targets.length === 0)
    throw new UsageError(
      "--rotate: no rotation target configured (add rotation.webhooks to .leakscan.yaml, or pass --rotate-url)"
    );
  return async (scanned, mode) => {
    try {
      const { notifyFindings, dryRunText, tallyLine, repositoryUrl, outboxPath, legacyOutboxNote } = await import("./rotation-ABWHFSRR.js");
      const cwd = process.cwd();
      const legacy = legacyOutboxNote(rotation, cwd);
      if (legacy) log(`${legacy}
`);
      const context = {
        mode,
        toolVersion: toolVersion(),
        detectedAt: /* @__PURE__ */ new Date(),
        ...optional("repository", await repositoryUrl(cwd))
      };
      if (request.dryRun) {
        const { Outbox } = await import("./outbox-C3XHYOU2.js");
        const known = new Outbox(outboxPath(rotation, cwd)).read().entries;
        log(dryRunText(scanned.findings, rotation, context, known, request.showSecrets));
        return;
      }
      const { tallies, olderPending } = await notifyFindings(scanned.findings, rotation, context, cwd);
      if (request.quiet && tallies.length === 0 && olderPending === 0) return;
      log(`${tallyLine(tallies, olderPending, outboxPath(rotation, cwd))}
`);
    } catch (error) {
      const { redactKeyLike } = await import("./key-like-UZIFSGIF.js");
      log(`leakscan: rotation: ${await redactKeyLike(describeError(error))} (the scan result is unaffected)
`);
    }
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/output/verify-step.ts
async function verifyStep(result, options, onlyVerified) {
  const { verifyFindings } = await import("./verify-findings-JEEQ7WGE.js");
  const run = await verifyFindings(result.findings, options);
  const count = (state) => run.findings.filter((f) => f.verification?.state === state).length;
  const note = `verification: ${count("live")} live, ${count("invalid")} invalid, ${count("unknown")} unknown; ${run.requests} request(s) sent (budget ${options.budget})`;
  if (!onlyVerified) return { result: { ...result, findings: run.findings }, note };
  const live = run.findings.filter((f) => f.verification?.state === "live");
  const rest = run.findings.filter((f) => f.verification?.state !== "live").map((f) => ({
    ruleId: f.ruleId,
    file: f.file,
    line: f.line,
    filter: "only-verified",
    reason: `verification ${f.verification?.state ?? "not run"}: ${f.verification?.reason ?? ""}`,
    secret: f.secret.redacted
  }));
  return { result: { ...result, findings: live, dropped: [...result.dropped, ...rest] }, note };
}

export {
  outputView,
  prepareRotation,
  verifyStep
};
