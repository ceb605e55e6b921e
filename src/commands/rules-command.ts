import type { CommandModule } from 'yargs';

interface RulesArgs {
  action: 'list' | 'check';
  format: 'text' | 'json';
  redos: boolean;
  only?: string;
  'recheck-all': boolean;
  'update-redos-file': boolean;
}

export const RULES_ACTIONS = ['list', 'check'] as const;

export const rulesCommand: CommandModule<object, RulesArgs> = {
  command: 'rules <action>',
  describe: 'list the rules, or check every rule file (schema, patterns, examples through the engine)',
  builder: (yargs) =>
    yargs
      .positional('action', { choices: RULES_ACTIONS, demandOption: true })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const })
      .option('redos', {
        type: 'boolean',
        default: true,
        describe: 'check: run the ReDoS checker on every pattern (--no-redos is faster)',
      })
      .option('recheck-all', {
        type: 'boolean',
        default: false,
        describe: 'check: run the ReDoS checker even on patterns listed in rules/redos-safe.json',
      })
      .option('update-redos-file', {
        type: 'boolean',
        default: false,
        describe: 'check: rewrite rules/redos-safe.json with the patterns found safe',
      })
      .option('only', { type: 'string', describe: 'check: only rules whose id contains this' }) as never,
  handler: async (args) => {
    if (args.action === 'list') {
      const { loadBuiltinDefinitions } = await import('../rules/load-rules.js');
      const files = await loadBuiltinDefinitions();
      const rules = files.flatMap(({ file, definitions }) =>
        definitions.map((d) => ({
          id: d.id,
          title: d.title,
          vendor: d.vendor,
          severity: d.severity,
          keywords: d.keywords,
          file,
        })),
      );
      if (args.format === 'json') process.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
      else {
        const width = Math.max(...rules.map((r) => r.id.length));
        process.stdout.write(
          `${rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.title}`).join('\n')}\n${rules.length} rules\n`,
        );
      }
      return;
    }
    const { checkRules } = await import('../rules/check-rules.js');
    const report = await checkRules({
      redos: args.redos,
      recheckAll: args['recheck-all'],
      updateSafeFile: args['update-redos-file'],
      only: args.only,
    });
    for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
    for (const problem of report.problems) process.stderr.write(`error: ${problem}\n`);
    process.stdout.write(
      `${report.ruleCount} rules in ${report.fileCount} files: ${report.problems.length} problems, ${report.warnings.length} warnings\n`,
    );
    process.exitCode = report.problems.length > 0 ? 1 : 0;
  },
};
