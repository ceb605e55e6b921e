import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  verifierHosts,
  verifyFindings
} from "./chunk-YGSCZDVE.js";
import "./chunk-QGFSZZQT.js";
import "./chunk-SYH7AL26.js";
import {
  parseEndpoints,
  verifyOptions
} from "./chunk-QMNSO2LP.js";
import "./chunk-TCMEDIPO.js";
import {
  verificationNote
} from "./chunk-B4DN4HVJ.js";
import {
  EXIT_CLEAN,
  EXIT_ERROR,
  EXIT_LEAKS
} from "./chunk-LEWFHLIX.js";
import "./chunk-HKYFGOHU.js";
import {
  Secret,
  fingerprintOf,
  hashSecret
} from "./chunk-KT7CGH3D.js";
import "./chunk-BU4ZIR32.js";
import "./chunk-ZNDBZIRQ.js";
import "./chunk-Z2QTASWP.js";
import {
  UsageError,
  describeError
} from "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/commands/run-verify.ts
import { readFileSync } from "node:fs";
function reportFindings(file) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`${file}: not a readable JSON report (${error.message.slice(0, 120)})`);
  }
  const findings = parsed?.findings;
  if (!Array.isArray(findings)) throw new UsageError(`${file}: not a leakscan JSON report (no findings list)`);
  return findings.map((raw, index) => {
    const item = raw;
    const secret = typeof item.secret === "string" ? item.secret : "";
    const ruleId = typeof item.ruleId === "string" ? item.ruleId : "";
    const path = typeof item.file === "string" ? item.file : "";
    if (!ruleId || !secret) throw new UsageError(`${file}: finding ${index} has no ruleId or secret`);
    if (typeof item.secretHash === "string" && item.secretHash !== hashSecret(secret))
      throw new UsageError(
        "the report was written without --show-secrets (its secrets are redacted); re-run the scan with --show-secrets to re-check"
      );
    const paired = item.pairedWith;
    return {
      ...item,
      ruleId,
      file: path,
      secret: new Secret(secret),
      fingerprint: fingerprintOf(ruleId, path, secret),
      ...paired && typeof paired.secret === "string" ? {
        pairedWith: { ...paired, secret: new Secret(paired.secret) }
      } : {}
    };
  });
}
async function runVerify(args) {
  try {
    if (args["list-hosts"]) {
      const lines = await verifierHosts(parseEndpoints(args["verify-endpoint"]));
      process.stdout.write(`${lines.join("\n")}
`);
      return EXIT_CLEAN;
    }
    if (!args.report) throw new UsageError("verify: give a JSON report (written with --show-secrets), or --list-hosts");
    const findings = reportFindings(args.report);
    const options = verifyOptions({ ...args, verify: true }, true, process.cwd());
    if (!options) return EXIT_ERROR;
    const run = await verifyFindings(findings, options);
    if (args.format === "json") {
      const rows = run.findings.map((f) => ({
        ruleId: f.ruleId,
        file: f.file,
        line: f.line,
        fingerprint: f.fingerprint,
        secret: f.secret.redacted,
        verification: f.verification
      }));
      process.stdout.write(`${JSON.stringify({ findings: rows, requests: run.requests }, null, 2)}
`);
    } else {
      for (const f of run.findings)
        process.stdout.write(
          `${f.file}:${f.line}  [${f.ruleId}] ${f.secret.redacted}  ${f.verification ? verificationNote(f.verification) : ""}
`
        );
      process.stderr.write(`${run.findings.length} finding(s) re-checked with ${run.requests} request(s)
`);
    }
    return run.findings.some((f) => f.verification?.state === "live") ? EXIT_LEAKS : EXIT_CLEAN;
  } catch (error) {
    const { redactKeyLike } = await import("./key-like-UZIFSGIF.js");
    process.stderr.write(`leakscan: error: ${await redactKeyLike(describeError(error))}
`);
    return EXIT_ERROR;
  }
}
export {
  runVerify
};
