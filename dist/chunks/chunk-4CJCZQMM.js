import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/report/summary.ts
function summarize(stats, findingCount, elapsedMs) {
  const skippedByReason = {};
  for (const skip of stats.skipped) skippedByReason[skip.reason] = (skippedByReason[skip.reason] ?? 0) + 1;
  return {
    filesScanned: stats.filesScanned,
    bytesScanned: stats.bytesScanned,
    linesScanned: stats.linesScanned,
    commitsScanned: stats.commitsScanned,
    skipped: stats.skipped.length,
    skippedByReason,
    findings: findingCount,
    elapsedMs: Math.round(elapsedMs)
  };
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
var plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
function summaryLine(summary) {
  const parts = [];
  if (summary.commitsScanned > 0) parts.push(plural(summary.commitsScanned, "commit"));
  parts.push(`${plural(summary.filesScanned, "file")} (${formatBytes(summary.bytesScanned)}${summary.linesScanned > 0 ? `, ${plural(summary.linesScanned, "line")}` : ""})`);
  let line = `scanned ${parts.join(", ")} in ${(summary.elapsedMs / 1e3).toFixed(2)}s`;
  if (summary.skipped > 0) {
    const reasons = Object.entries(summary.skippedByReason).map(([reason, count]) => `${reason}: ${count}`).join(", ");
    line += `; skipped ${summary.skipped} (${reasons})`;
  }
  line += `; ${plural(summary.findings, "leak")} found`;
  if (summary.bytesScanned === 0) line += "\nwarning: nothing was scanned (0 bytes read): check the paths, range or staged changes";
  return line;
}

// src/report/csv.ts
var COLUMNS = ["ruleId", "title", "severity", "confidence", "file", "line", "column", "endLine", "endColumn", "secret", "fingerprint", "commit", "author", "email", "date", "message"];
function cell(value) {
  let text = value === void 0 || value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
var csvReporter = {
  name: "csv",
  render(input) {
    const rows = input.findings.map((f) => {
      const values = {
        ...f,
        secret: f.secret.shown(input.showSecrets),
        commit: f.commit?.sha,
        author: f.commit?.author,
        email: f.commit?.email,
        date: f.commit?.date,
        message: f.commit?.message
      };
      return COLUMNS.map((column) => cell(values[column])).join(",");
    });
    return `${[COLUMNS.join(","), ...rows].join("\r\n")}\r
`;
  }
};

// src/report/json.ts
var JSON_REPORT_VERSION = 1;
function serializeFinding(finding, showSecrets) {
  const { secret, commit, pairedWith, ...rest } = finding;
  return {
    ...rest,
    secret: secret.shown(showSecrets),
    ...pairedWith ? { pairedWith: { ...pairedWith, secret: pairedWith.secret.shown(showSecrets) } } : {},
    ...commit ? { commit: commit.sha, author: commit.author, email: commit.email, date: commit.date, message: commit.message } : {}
  };
}
var jsonReporter = {
  name: "json",
  render(input) {
    const report = {
      version: JSON_REPORT_VERSION,
      tool: { name: "leakscan", version: input.toolVersion },
      mode: input.mode,
      findings: input.findings.map((finding) => serializeFinding(finding, input.showSecrets)),
      summary: { ...summarize(input.stats, input.findings.length, input.elapsedMs), rules: input.ruleCount },
      skipped: input.stats.skipped,
      ...input.explain ? { dropped: input.dropped } : {},
      ...input.notes && input.notes.length > 0 ? { notes: input.notes } : {}
    };
    return `${JSON.stringify(report, null, 2)}
`;
  }
};

// src/report/junit.ts
var escapeXml = (text) => (
  // Control characters other than tab/newline are not allowed in XML 1.0 at all.
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c])
);
var junitReporter = {
  name: "junit",
  render(input) {
    const cases = input.findings.map((f) => {
      const where = `${f.file}:${f.line}:${f.column}`;
      const commit = f.commit ? `
commit ${f.commit.sha} by ${f.commit.author} <${f.commit.email}>` : "";
      const body = `${f.title} at ${where} (${f.secret.shown(input.showSecrets)})
fingerprint: ${f.fingerprint}${commit}`;
      return `    <testcase classname="leakscan.${escapeXml(f.ruleId)}" name="${escapeXml(where)}" file="${escapeXml(f.file)}" line="${f.line}">
      <failure type="${escapeXml(f.ruleId)}" message="${escapeXml(`${f.title} at ${where}`)}">${escapeXml(body)}</failure>
    </testcase>`;
    });
    if (cases.length === 0) cases.push('    <testcase classname="leakscan" name="no leaked secrets"/>');
    const tests = Math.max(1, input.findings.length);
    return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="leakscan" tests="${tests}" failures="${input.findings.length}">
  <testsuite name="leakscan" tests="${tests}" failures="${input.findings.length}" time="${(input.elapsedMs / 1e3).toFixed(3)}">
${cases.join("\n")}
  </testsuite>
</testsuites>
`;
  }
};

// src/report/remediation.ts
var ACCEPT_HOW = "add its fingerprint to .leakscanignore or put 'leakscan:allow' in a comment on the line";
function remediationLine(finding) {
  const rotate = finding.rotationGuide ? `revoke/rotate it (${finding.rotationGuide})` : "revoke/rotate it at the vendor";
  return `${rotate}, then remove it from the code; to accept it, add the fingerprint to .leakscanignore or 'leakscan:allow' on the line`;
}
function remediationText(finding) {
  const guide = finding.rotationGuide ? ` Rotation guide: ${finding.rotationGuide}` : "";
  return `Revoke or rotate it at ${finding.vendor} first: it stays usable by anyone who saw it until then.${guide} Then remove it from the code (and from history if it was pushed). To accept a finding, ${ACCEPT_HOW}.`;
}
var REMEDIATION_FOOTER = [
  "Revoke or rotate each key at its vendor first: removing it from the code does not make it safe.",
  "Accepting a finding (a test fixture, a revoked key): add its fingerprint to `.leakscanignore`, or a `leakscan:allow` comment on the line."
];

// src/report/sarif.ts
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
function ruleDescriptor(finding) {
  const help = `A ${finding.title} was found in the code. ${remediationText(finding)}`;
  return {
    id: finding.ruleId,
    name: finding.ruleId.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: finding.title },
    fullDescription: { text: `${finding.title} (${finding.vendor})` },
    ...finding.rotationGuide ? { helpUri: finding.rotationGuide } : {},
    help: { text: help, markdown: help },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: { tags: ["security", "secret", ...finding.tags], "security-severity": SECURITY_SEVERITY[finding.severity], precision: finding.confidence === "high" ? "very-high" : finding.confidence }
  };
}
var sarifReporter = {
  name: "sarif",
  render(input) {
    const rules = [];
    const ruleIndex = /* @__PURE__ */ new Map();
    for (const finding of input.findings) {
      if (!ruleIndex.has(finding.ruleId)) {
        ruleIndex.set(finding.ruleId, rules.length);
        rules.push(ruleDescriptor(finding));
      }
    }
    const results = input.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: LEVEL[finding.severity],
      message: {
        text: `${finding.title} (${finding.secret.shown(input.showSecrets)})${finding.commit ? ` introduced in commit ${finding.commit.sha}` : ""}`
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(finding.file) },
            region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
          }
        }
      ],
      // Stable across line shifts and rebases: code scanning uses it to match alerts between runs.
      partialFingerprints: { "leakscanFingerprint/v1": finding.fingerprint },
      properties: {
        confidence: finding.confidence,
        ...finding.commit ? { commit: finding.commit.sha, author: finding.commit.author, email: finding.commit.email, date: finding.commit.date, commitMessage: finding.commit.message } : {},
        ...finding.decodedFrom ? { decodedFrom: finding.decodedFrom } : {}
      }
    }));
    const log = {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "leakscan", version: input.toolVersion, semanticVersion: input.toolVersion, informationUri: "https://www.npmjs.com/package/leakscan", rules } },
          results,
          columnKind: "utf16CodeUnits"
        }
      ]
    };
    return `${JSON.stringify(log, null, 2)}
`;
  }
};

// src/report/text.ts
var paint = (enabled, code, text) => enabled ? `\x1B[${code}m${text}\x1B[0m` : text;
var SEVERITY_COLOR = { critical: 31, high: 31, medium: 33, low: 36 };
function renderFinding(finding, input) {
  const lines = [
    `${paint(input.color, 1, `${finding.file}:${finding.line}:${finding.column}`)}  ${paint(input.color, SEVERITY_COLOR[finding.severity], finding.severity)}  ${finding.title} [${finding.ruleId}]`,
    `    secret: ${finding.secret.shown(input.showSecrets)}  confidence: ${finding.confidence}  fingerprint: ${finding.fingerprint}`
  ];
  if (finding.cell !== void 0) lines.push(`    in notebook cell ${finding.cell}`);
  if (finding.decodedFrom) lines.push(`    decoded from ${finding.decodedFrom}`);
  if (finding.pairedWith) {
    const half = finding.pairedWith;
    lines.push(`    paired with ${half.ruleId} ${half.secret.shown(input.showSecrets)} at line ${half.line}`);
  }
  if (finding.commit) {
    lines.push(`    commit ${finding.commit.sha} by ${finding.commit.author} <${finding.commit.email}> on ${finding.commit.date}: ${finding.commit.message}`);
  }
  if (finding.commitCount !== void 0 || finding.presentAtHead !== void 0) {
    lines.push(`    in ${finding.commitCount ?? 1} commit(s); ${finding.presentAtHead ? "STILL PRESENT at HEAD" : "no longer present at HEAD"}`);
  }
  lines.push(`    fix: ${remediationLine(finding)}`);
  return lines.join("\n");
}
var textReporter = {
  name: "text",
  render(input) {
    const blocks = input.findings.map((finding) => renderFinding(finding, input));
    if (input.explain && input.dropped.length > 0) {
      blocks.push(
        ["dropped candidates (--explain):", ...input.dropped.map((d) => `  ${d.file}:${d.line}  [${d.ruleId}] ${d.secret}  dropped by ${d.filter}: ${d.reason}`)].join("\n")
      );
    }
    for (const note of input.notes ?? []) blocks.push(`note: ${note}`);
    blocks.push(summaryLine(summarize(input.stats, input.findings.length, input.elapsedMs)));
    return `${blocks.join("\n\n")}
`;
  }
};

// src/report/registry.ts
var REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  csv: csvReporter,
  junit: junitReporter
};
var REPORT_FORMATS = Object.keys(REPORTERS);

export {
  summarize,
  formatBytes,
  summaryLine,
  remediationText,
  REMEDIATION_FOOTER,
  REPORTERS,
  REPORT_FORMATS
};
