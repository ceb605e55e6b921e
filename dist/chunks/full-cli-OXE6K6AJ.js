import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  REPORT_FORMATS
} from "./chunk-IQHZQQL6.js";
import "./chunk-B4DN4HVJ.js";
import {
  EXIT_ERROR
} from "./chunk-LEWFHLIX.js";
import "./chunk-WWJKY4QW.js";
import "./chunk-BU4ZIR32.js";
import {
  MIN_CONFIDENCE_LEVELS
} from "./chunk-G7RB6AHY.js";
import {
  DEFAULT_BASELINE_FILE
} from "./chunk-354T74UX.js";
import "./chunk-4DAEQZQN.js";
import "./chunk-QUAOKGHR.js";
import {
  ConfigError,
  InternalError,
  LeakscanError,
  describeError
} from "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/commands/report-options.ts
var REPORT_OPTIONS = {
  format: { alias: "f", choices: REPORT_FORMATS, default: "text", describe: "report format" },
  output: { alias: "o", type: "string", describe: "write the report to FILE instead of stdout" },
  config: { alias: "c", type: "string", describe: "config file (default: .leakscan.yaml in the current directory)" },
  "show-secrets": { type: "boolean", default: false, describe: "print secrets in full (redacted by default)" },
  explain: { type: "boolean", default: false, describe: "list every dropped candidate and the filter that dropped it" },
  "list-skipped": {
    type: "boolean",
    default: false,
    describe: "list every skipped file and why (by default only counted by reason)"
  },
  color: {
    type: "boolean",
    default: true,
    describe: "colour the text report (--no-color, or NO_COLOR=1, turns it off)"
  },
  quiet: {
    alias: "q",
    type: "boolean",
    default: false,
    describe: "print nothing when no leak is found (errors, and a scan that read nothing, are still reported)"
  },
  rotate: {
    type: "boolean",
    default: false,
    describe: "send each new leak to the rotation webhooks configured under rotation: (signed, retried, queued on disk)"
  },
  "rotate-dry-run": { type: "boolean", default: false, describe: "print what --rotate would send, send nothing" },
  "rotate-url": { type: "string", describe: "an extra rotation webhook, signed with $LEAKSCAN_WEBHOOK_SECRET" },
  baseline: {
    type: "string",
    describe: "report only findings whose fingerprint is not in FILE (see leakscan baseline)"
  },
  "write-baseline": { type: "string", describe: "write the fingerprints of every finding to FILE (a baseline)" },
  "allow-empty": {
    type: "boolean",
    default: false,
    describe: "exit 0, not 2, when scan or stdin reads nothing (an empty directory or input, everything ignored)"
  },
  "min-confidence": {
    type: "string",
    choices: MIN_CONFIDENCE_LEVELS,
    describe: "report only findings at or above this confidence (default: medium for staged and diff, low otherwise; lowest: everything, test and fixture paths included)"
  },
  verify: {
    type: "boolean",
    default: false,
    describe: "ask each vendor whether the key is live (read-only, the vendor host only; see docs/verification.md)"
  },
  "verify-budget": { type: "string", describe: "at most this many verification requests for the run (default 200)" },
  "verify-timeout": { type: "string", describe: "seconds to wait for one verification answer (default 10)" },
  "verify-allow-internal": {
    type: "boolean",
    default: false,
    describe: "let verification reach loopback and private addresses (a --verify-endpoint on your network)"
  },
  "verify-endpoint": {
    type: "string",
    describe: "VERIFIER=URL: send that verifier to another base URL (GitHub Enterprise, a proxy); repeatable"
  },
  "verify-cache-ttl": {
    type: "string",
    describe: "keep live/invalid answers on disk this long (e.g. 1h, 30m; hashed, never the key); default: off"
  },
  "only-verified": { type: "boolean", default: false, describe: "with --verify: report only live keys" }
};
function withReportOptions(yargs) {
  let withOptions = yargs;
  for (const [name, option] of Object.entries(REPORT_OPTIONS))
    withOptions = withOptions.option(name, option);
  return withOptions;
}

// src/commands/scan-command.ts
var scanCommand = {
  command: "scan [paths..]",
  describe: "scan files and directories (default: the current directory); `-` reads stdin; a repository URL (or owner/name) is cloned and its files at HEAD scanned",
  builder: (yargs) => withReportOptions(yargs).positional("paths", {
    type: "string",
    array: true,
    default: [],
    describe: "files or directories; - for stdin; or one repository URL (https, ssh, file://, owner/name)"
  }).option("keep-clone", {
    type: "string",
    describe: "with a URL: clone into DIR and keep it (default: a temporary clone, removed)"
  }).option("progress", {
    type: "boolean",
    default: true,
    describe: "with a URL: show the clone\u2019s progress on a terminal (--no-progress hides it)"
  }).option("gitignore", {
    type: "boolean",
    default: true,
    describe: "honour .gitignore files (--no-gitignore scans everything)"
  }).option("default-ignores", {
    type: "boolean",
    default: true,
    describe: "skip node_modules, lockfiles, *.min.js, *.map (--no-default-ignores scans them)"
  }).option("max-file-size", {
    type: "string",
    describe: "read larger files (and stdin) in windows of this size: bounded memory, never skipped (e.g. 10MB; default 10MB)"
  }).option("stdin", { type: "boolean", default: false, describe: "scan standard input (also spelled `-`)" }).option("stdin-name", {
    type: "string",
    default: "<stdin>",
    describe: "the name stdin is reported under"
  }),
  handler: async (args) => {
    const { runScan } = await import("./run-scan-JPLME2QA.js");
    process.exitCode = await runScan({ ...args, paths: [...args.paths, ...pathsAfterEndOfOptions(args)] });
  }
};
function pathsAfterEndOfOptions(args) {
  return args._.slice(1).map(String);
}

// src/commands/baseline-command.ts
var BASELINE_ACTIONS = ["create"];
var baselineCommand = {
  command: "baseline <action> [paths..]",
  describe: "create: scan the working tree and write every finding as a baseline (accepted findings, by fingerprint)",
  builder: (yargs) => yargs.positional("action", { choices: BASELINE_ACTIONS, demandOption: true }).positional("paths", {
    type: "string",
    array: true,
    default: [],
    describe: "files or directories (default: the current directory)"
  }).option("file", { type: "string", default: DEFAULT_BASELINE_FILE, describe: "the baseline file to write" }).option("config", {
    alias: "c",
    type: "string",
    describe: "config file (default: the nearest .leakscan.yaml to what is scanned, up to the repository top)"
  }),
  handler: async (args) => {
    const { checkBaselineTarget } = await import("./state-file-BHHJ5H7R.js");
    checkBaselineTarget(args.file);
    const [
      { scan },
      { loadConfig },
      { loadSuppressions },
      { directorySource },
      { rootOf, scannedDirectories },
      { finishScan },
      { EXIT_CLEAN, EXIT_ERROR: EXIT_ERROR2 }
    ] = await Promise.all([
      import("./scan-ASLUZQ4A.js"),
      import("./config-file-H4PJAEI4.js"),
      import("./suppressions-RDPIDL2O.js"),
      import("./directory-source-IHU7CLZX.js"),
      import("./directory-NYIPFEDZ.js"),
      import("./finish-scan-2XFJR4LL.js"),
      import("./exit-codes-RG3LNHRM.js")
    ]);
    const cwd = process.cwd();
    const paths = [...args.paths, ...pathsAfterEndOfOptions(args)];
    const scannedDirs = await scannedDirectories(cwd, paths);
    const root = await rootOf(scannedDirs);
    const scanned = await scan({
      cwd,
      config: await loadConfig(scannedDirs[0], args.config),
      suppressions: await loadSuppressions(root, void 0),
      source: directorySource({ cwd, root, paths })
    });
    let count = 0;
    const outcome = await finishScan(scanned, {
      mode: "directory",
      showSecrets: false,
      explain: false,
      quiet: true,
      // Every finding, whatever the config's minConfidence: a later scan at a lower level must not see new ones.
      minConfidence: "lowest",
      allowEmpty: true,
      // .leakscanignore entries stay out of the baseline: they are accepted already.
      writeBaseline: { file: args.file, includeAccepted: false },
      deliver: ({ raw }) => {
        count = new Set(raw.findings.map((f) => f.fingerprint)).size;
      }
    });
    if (outcome.incomplete) {
      process.stderr.write(`leakscan: error: ${outcome.incomplete}
`);
      process.exitCode = EXIT_ERROR2;
    } else process.exitCode = EXIT_CLEAN;
    process.stdout.write(
      `wrote ${count} fingerprint(s) to ${args.file}
use it with: leakscan scan --baseline ${args.file} (or staged, diff, history)
`
    );
  }
};

// src/commands/diff-command.ts
var diffCommand = {
  command: "diff [range]",
  describe: "scan the commits in a range (base..head, base...head, or --since REV), added lines only: for CI",
  builder: (yargs) => withReportOptions(yargs).positional("range", {
    type: "string",
    describe: "base..head (commits in head not in base); base...head (since their merge base); REV means REV..HEAD"
  }).option("since", { type: "string", describe: "scan REV..HEAD" }).option("deepen", {
    type: "boolean",
    default: false,
    describe: "in a shallow clone, fetch the missing part of the range from the remote first"
  }),
  handler: async (args) => {
    const { runDiff } = await import("./run-diff-AJ3QDC6P.js");
    process.exitCode = await runDiff(args);
  }
};

// src/commands/fleet-command.ts
var FLEET_FORMATS = ["text", "json", "sarif", "html"];
var VERIFY_OPTIONS = Object.fromEntries(
  Object.entries(REPORT_OPTIONS).filter(([name]) => name === "verify" || name.startsWith("verify-"))
);
var shared = (yargs) => yargs.option("state-dir", {
  type: "string",
  describe: "embedded mode: where queue, scan state and findings live (default: the user state directory)"
}).option("cache-dir", { type: "string", describe: "where mirrors are kept (default: <state-dir>/mirrors)" }).option("config", { alias: "c", type: "string", describe: "config file for every repository" }).option("quiet", { alias: "q", type: "boolean", default: false, describe: "no progress lines" });
var working = (yargs) => yargs.option("concurrency", { type: "number", default: 2, describe: "repositories scanned at once by this process" }).option("lock-duration", {
  type: "number",
  default: 3e4,
  describe: "Redis: ms a job stays locked without renewal (a killed worker\u2019s job is taken again after it)"
}).option("rate-limit", { type: "number", describe: "Redis: at most N repositories started per minute, all workers" }).options(VERIFY_OPTIONS).option("rotate", { type: "boolean", default: false, describe: "send new leaks to the rotation webhooks" }).option("rotate-dry-run", { type: "boolean", default: false, describe: "print what --rotate would send" }).option("rotate-url", { type: "string", describe: "an extra rotation webhook" });
var reporting = (yargs) => yargs.option("format", { alias: "f", choices: FLEET_FORMATS, default: "text", describe: "report format" }).option("output", { alias: "o", type: "string", describe: "write the report to FILE" });
var handle = (pick) => async (args) => {
  const module = await import("./run-fleet-ZIWUYBQJ.js");
  process.exitCode = await pick(module)(args);
};
var sub = (command, describe, builder, pick) => ({
  command,
  describe,
  builder: ((yargs) => builder(shared(yargs))),
  handler: handle(pick)
});
var fleetCommand = {
  command: "fleet <command>",
  describe: "scan many repositories incrementally (REDIS_URL: BullMQ workers; else embedded); see docs/fleet.md",
  builder: (yargs) => yargs.command(
    sub(
      "enqueue",
      "queue one job per repository",
      (y) => y.option("repos", { type: "string", describe: "file: one repository URL or path a line" }).option("github-org", { type: "string", describe: "every repository of this GitHub organisation" }).option("github-user", { type: "string", describe: "every repository of this GitHub user" }).option("github-api-url", {
        type: "string",
        default: "https://api.github.com",
        describe: "GitHub Enterprise Server: https://HOST/api/v3 (token: $GITHUB_TOKEN)"
      }).option("include-archived", { type: "boolean", default: false, describe: "also archived repositories" }).option("include-forks", { type: "boolean", default: false, describe: "also forks" }),
      (m) => m.enqueueFromFile
    )
  ).command(
    sub(
      "worker",
      "scan queued repositories (only commits not scanned before)",
      (y) => working(y).option("exit-when-done", {
        type: "boolean",
        default: false,
        describe: "Redis: stop once nothing is queued or running (embedded mode always does)"
      }),
      (m) => m.runWorker
    )
  ).command(
    sub(
      "status",
      "queued, active, done and failed repositories; rate, bytes, ETA",
      (y) => y.option("format", { choices: ["text", "json"], default: "text" }),
      (m) => m.runStatus
    )
  ).command(sub("report", "the merged report of every repository", reporting, (m) => m.runReport)).command(
    sub(
      "scan",
      "enqueue, work and report in one process",
      (y) => reporting(working(y)).option("repos", { type: "string", describe: "file: one repository URL or path a line" }).option("plan", { type: "string", describe: "a plan file written by fleet plan (with --shard)" }).option("shard", { type: "number", describe: "the shard of --plan to scan, from 0" }),
      (m) => m.runFleetScan
    )
  ).command(
    sub(
      "plan",
      "split --repos into --shards N shards (for a CI matrix or an Indexed Job), as JSON",
      (y) => y.option("repos", { type: "string", describe: "file: one repository URL or path a line" }).option("shards", { type: "number", demandOption: true, describe: "number of shards" }).option("output", { alias: "o", type: "string", describe: "write the plan to FILE" }),
      (m) => m.runPlan
    )
  ).command(
    sub(
      "merge <state-dirs..>",
      "one report from the state directories of every shard",
      reporting,
      (m) => m.runMerge
    )
  ).demandCommand(1, "name a fleet command: enqueue, worker, status, report, scan, plan, merge"),
  handler: () => void 0
};

// src/commands/history-command.ts
var historyCommand = {
  command: "history [repository]",
  describe: "scan the whole git history (all refs by default); each secret reported once, at the commit that introduced it",
  builder: (yargs) => withReportOptions(yargs).positional("repository", {
    type: "string",
    describe: "a local repository, or a URL to clone (https, ssh, file://, owner/name on GitHub); default: the current one"
  }).option("keep-clone", {
    type: "string",
    describe: "with a URL: clone into DIR and keep it (default: a temporary clone, removed)"
  }).option("branch", { type: "string", describe: "only the history of this branch (or any revision)" }).option("since", {
    type: "string",
    describe: 'only commits more recent than DATE (git date syntax: 2024-01-31, "2 weeks ago")'
  }).option("max-commits", { type: "number", describe: "scan at most N commits (newest first)" }).option("deepen", {
    type: "boolean",
    default: false,
    describe: "in a shallow clone, fetch the full history from the remote first"
  }).option("progress", {
    type: "boolean",
    default: true,
    describe: "show progress on a terminal (--no-progress hides it)"
  }),
  handler: async (args) => {
    const { runHistory } = await import("./run-history-OABJ6Z5H.js");
    process.exitCode = await runHistory(args);
  }
};

// src/commands/hook-command.ts
var HOOK_ACTIONS = ["install", "uninstall"];
var hookCommand = {
  command: "hook <action>",
  describe: "install or uninstall a git pre-commit hook that runs leakscan staged (honours core.hooksPath)",
  builder: (yargs) => yargs.positional("action", { choices: HOOK_ACTIONS, demandOption: true }).option("force", {
    type: "boolean",
    default: false,
    describe: "install: replace an existing pre-commit hook instead of chaining it"
  }),
  handler: async (args) => {
    const { realpathSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { packageRoot } = await import("./package-root-55DV3DEH.js");
    const { installHook, uninstallHook } = await import("./install-A6D4I3MI.js");
    if (args.action === "uninstall") {
      process.stdout.write(`${(await uninstallHook(process.cwd())).join("\n")}
`);
      return;
    }
    const outcome = await installHook({
      cwd: process.cwd(),
      force: args.force,
      nodePath: process.execPath,
      // The entry node runs (package.json "bin"), not this module, which the build puts in a chunk.
      cliPath: realpathSync(join(packageRoot(), "dist", "cli.js"))
    });
    if (outcome.exitCode !== 0) process.stderr.write(`${outcome.messages.map((m) => `leakscan: ${m}`).join("\n")}
`);
    else process.stdout.write(`${outcome.messages.join("\n")}
`);
    if (outcome.recipe) process.stdout.write(outcome.recipe);
    process.exitCode = outcome.exitCode;
  }
};

// src/commands/rotate-command.ts
var ROTATE_ACTIONS = ["flush", "status"];
var rotateCommand = {
  command: "rotate <action>",
  describe: "the rotation outbox: `flush` re-delivers pending notices, `status` lists pending and failed ones",
  builder: (yargs) => yargs.positional("action", { choices: ROTATE_ACTIONS, demandOption: true, describe: "flush or status" }).option("config", {
    alias: "c",
    type: "string",
    describe: "config file (default: .leakscan.yaml in the current directory)"
  }).option("outbox", {
    type: "string",
    describe: "outbox file (default: rotation.outbox, else outbox.jsonl in the user state directory, $XDG_STATE_HOME/leakscan/<dir>-<hash>/)"
  }).option("retry-failed", {
    type: "boolean",
    default: false,
    describe: "flush: also retry notices a receiver refused"
  }).option("json", { type: "boolean", default: false, describe: "status: print JSON" }),
  handler: async (args) => {
    const { runRotate } = await import("./run-rotate-TL2BXX76.js");
    process.exitCode = await runRotate(args);
  }
};

// src/commands/rules-command.ts
var RULES_ACTIONS = ["list", "check"];
var rulesCommand = {
  command: "rules <action>",
  describe: "list the rules, or check every rule file (schema, patterns, examples through the engine)",
  builder: (yargs) => yargs.positional("action", { choices: RULES_ACTIONS, demandOption: true }).option("format", { choices: ["text", "json"], default: "text" }).option("redos", {
    type: "boolean",
    default: true,
    describe: "check: run the ReDoS checker on every pattern (--no-redos is faster)"
  }).option("recheck-all", {
    type: "boolean",
    default: false,
    describe: "check: run the ReDoS checker even on patterns listed in rules/redos-safe.json"
  }).option("update-redos-file", {
    type: "boolean",
    default: false,
    describe: "check: rewrite rules/redos-safe.json with the patterns found safe"
  }).option("only", { type: "string", describe: "check: only rules whose id contains this" }),
  handler: async (args) => {
    if (args.action === "list") {
      const { loadBuiltinDefinitions } = await import("./load-rules-6VFSUITD.js");
      const files = await loadBuiltinDefinitions();
      const rules = files.flatMap(
        ({ file, definitions }) => definitions.map((d) => ({
          id: d.id,
          title: d.title,
          vendor: d.vendor,
          severity: d.severity,
          keywords: d.keywords,
          file
        }))
      );
      if (args.format === "json") process.stdout.write(`${JSON.stringify(rules, null, 2)}
`);
      else {
        const width = Math.max(...rules.map((r) => r.id.length));
        process.stdout.write(
          `${rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.title}`).join("\n")}
${rules.length} rules
`
        );
      }
      return;
    }
    const { checkRules } = await import("./check-rules-HERZB3T4.js");
    const report = await checkRules({
      redos: args.redos,
      recheckAll: args["recheck-all"],
      updateSafeFile: args["update-redos-file"],
      only: args.only
    });
    for (const warning of report.warnings) process.stderr.write(`warning: ${warning}
`);
    for (const problem of report.problems) process.stderr.write(`error: ${problem}
`);
    process.stdout.write(
      `${report.ruleCount} rules in ${report.fileCount} files: ${report.problems.length} problems, ${report.warnings.length} warnings
`
    );
    process.exitCode = report.problems.length > 0 ? 1 : 0;
  }
};

// src/commands/verify-command.ts
var verifyCommand = {
  command: "verify [report]",
  describe: 're-check the findings of a JSON report written with --show-secrets ("is it still live?"); --list-hosts prints the egress allowlist',
  builder: (yargs) => yargs.positional("report", { type: "string", describe: "a JSON report written with --format json --show-secrets" }).option("list-hosts", {
    alias: "list-endpoints",
    type: "boolean",
    default: false,
    describe: "print every host a --verify run may contact, and exit"
  }).option("format", { alias: "f", choices: ["text", "json"], default: "text", describe: "output format" }).option("verify-budget", { type: "string", describe: "at most this many requests (default 200)" }).option("verify-timeout", { type: "string", describe: "seconds to wait for one answer (default 10)" }).option("verify-allow-internal", {
    type: "boolean",
    default: false,
    describe: "allow loopback/private addresses"
  }).option("verify-endpoint", { type: "string", describe: "VERIFIER=URL: another base URL for that verifier" }).option("verify-cache-ttl", { type: "string", describe: "keep answers on disk this long (e.g. 12h)" }).option("explain", { type: "boolean", default: false, describe: "print each request, the key masked" }),
  handler: async (args) => {
    const { runVerify } = await import("./run-verify-S76Y3RA5.js");
    process.exitCode = await runVerify(args);
  }
};

// src/commands/staged-command.ts
var STAGED_OPTIONS = {
  ...REPORT_OPTIONS,
  verbose: {
    type: "boolean",
    default: false,
    describe: "also print the summary when no leak is found (the hook is silent on a clean commit by default)"
  }
};
var stagedCommand = {
  command: "staged",
  describe: "scan what is about to be committed (the index, added lines only): the pre-commit hook runs this",
  builder: (yargs) => withReportOptions(yargs).option("verbose", STAGED_OPTIONS.verbose),
  // The hook's usual command line never reaches yargs: see staged-fast-path.ts.
  handler: async (args) => {
    const { runStaged } = await import("./run-staged-7P32XGJQ.js");
    process.exitCode = await runStaged(args, process.env);
  }
};

// src/commands/report-failure.ts
async function reportFailure(error) {
  process.exitCode = EXIT_ERROR;
  const { redactKeyLike } = await import("./key-like-UZIFSGIF.js");
  const say = async (text) => void process.stderr.write(await redactKeyLike(text));
  if (error instanceof ConfigError) await say(`leakscan: ${error.message}
`);
  else if (error instanceof LeakscanError && !(error instanceof InternalError))
    await say(`leakscan: ${describeError(error)}
`);
  else {
    await say(
      `leakscan: internal error: ${describeError(error)}
This is a bug; please report it with the command you ran.
`
    );
    if (process.env.LEAKSCAN_DEBUG && error instanceof Error) await say(`${error.stack}
`);
  }
}

// src/commands/full-cli.ts
var EPILOG = `Exit codes: 0 no leaks found, 1 leaks found, 2 usage, config or runtime error, or a scan that read
less than it should have (nothing at all: see --allow-empty; a file skipped as too large).
Secrets are redacted in every report unless --show-secrets is given.`;
var COMMANDS = [
  scanCommand,
  rulesCommand,
  stagedCommand,
  diffCommand,
  historyCommand,
  hookCommand,
  baselineCommand,
  rotateCommand,
  fleetCommand,
  verifyCommand
];
var ACTION_CHOICES = {
  rules: RULES_ACTIONS,
  hook: HOOK_ACTIONS,
  baseline: BASELINE_ACTIONS,
  rotate: ROTATE_ACTIONS
};
var COMMAND_NAMES = COMMANDS.map((command) => String(command.command).split(" ")[0]);
async function printVersion() {
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { packageRoot } = await import("./package-root-55DV3DEH.js");
  const { version } = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
  process.stdout.write(`${version}
`);
}
function normalizeChoices(args, choices) {
  for (const [key, allowed] of Object.entries(choices)) {
    const value = args[key];
    if (typeof value !== "string") continue;
    const match = allowed.find((choice) => typeof choice === "string" && choice.toLowerCase() === value.toLowerCase());
    if (match !== void 0) args[key] = match;
  }
}
async function runYargs(argv) {
  const { default: yargs } = await import("./yargs-K7FDVFQW.js");
  const { unknownArgumentHints } = await import("./usage-hints-YXK6O4CB.js");
  let parser = yargs(argv).scriptName("leakscan");
  for (const command of COMMANDS) parser = parser.command(command);
  await parser.middleware(
    ((args, instance) => normalizeChoices(args, instance.getOptions().choices)),
    true
  ).demandCommand(1, `name a command: ${COMMAND_NAMES.join(", ")}`).strict().epilog(EPILOG).fail((message, error) => {
    if (error) throw error;
    const lines = [`leakscan: ${message}`];
    const command = argv[0] ?? "";
    if (message?.startsWith("Not enough non-option arguments") && ACTION_CHOICES[command])
      lines[0] = `leakscan: ${command} needs an action: ${ACTION_CHOICES[command].join(", ")} (e.g. leakscan ${command} ${ACTION_CHOICES[command][0]})`;
    if (message) {
      const options = Object.keys(parser.getOptions().key);
      lines.push(...unknownArgumentHints(message, { rawArgs: argv, commands: COMMAND_NAMES, options }));
    }
    lines.push(`Run 'leakscan ${COMMAND_NAMES.includes(command) ? `${command} ` : ""}--help' for usage.`);
    process.stderr.write(`${lines.join("\n")}
`);
    process.exit(EXIT_ERROR);
  }).help().alias("h", "help").version(false).parseAsync();
}
async function runCli(argv) {
  try {
    if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) await printVersion();
    else await runYargs(argv);
  } catch (error) {
    await reportFailure(error);
  }
}
export {
  runCli
};
