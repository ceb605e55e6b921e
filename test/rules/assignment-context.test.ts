import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rulePattern } from '../../src/rules/assignment-context.js';
import { compileRule } from '../../src/rules/compile-rule.js';
import type { RuleDefinition } from '../../src/rules/rule-definition.js';
import { validateRuleShape } from '../../src/rules/rule-definition.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

const VALUE = 'q8Tz1LmW4nB7cX2vR9kP3sD6f';

const definition: RuleDefinition = {
  id: 'acme-api-key',
  title: 'ACME API key',
  vendor: 'ACME',
  severity: 'high',
  keywords: ['acme'],
  assigned_to: ['acme', 'ac_?me_?corp'],
  pattern: '(?<secret>[A-Za-z0-9]{25})(?![A-Za-z0-9])',
  references: ['https://docs.example.com'],
  examples: [`ACME_KEY=${VALUE}`],
  negative_examples: ['ACME_KEY=short'],
};

// The places a key is assigned to a name in everyday files, one per line of the scanned file below.
const CONTEXTS = [
  `ACME_API_KEY=${VALUE}`,
  `export ACME_TOKEN="${VALUE}"`,
  `  "acmeApiKey": "${VALUE}",`,
  `acme.api_key: '${VALUE}'`,
  `<acmeApiSecret>${VALUE}</acmeApiSecret>`,
  `X-Acme-Key: ${VALUE}`,
  `config["Acme:ApiKey"] = "${VALUE}";`,
  `define('ACME_SECRET', '${VALUE}');`,
  `ENV['ACME_KEY'] ||= '${VALUE}'`,
  `ENV ACME_KEY ${VALUE}`,
  `acme_key => '${VALUE}',`,
  `AcmeKey := "${VALUE}"`,
  `mytool --acme-key ${VALUE}`,
  `acme_key = b"${VALUE}"`,
  `    "ACME_KEY = \\"${VALUE}\\"\\n",`,
  `client = Acme(${VALUE})`,
  `AC_ME_CORP_TOKEN=${VALUE}`,
  `Acme API key: ${VALUE}`,
  `acme TOKEN ${VALUE}`,
  `acme private_token = ${VALUE}`,
  `acme-secret-${VALUE}`,
  `acmeSECRET-${VALUE}`,
  `acme key = ${VALUE}`,
  `Acme Secret Key: ${VALUE}`,
  `ACME ACCESS TOKEN ${VALUE}`,
  `\tAcmeKey         = "${VALUE}"`,
  `     acmeApiKey:            "${VALUE}",`,
  `var acmeToken string = "${VALUE}"`,
  `const acmeToken: string = '${VALUE}';`,
  `ACME_TOKEN ?= ${VALUE}`,
  `ACME_TOKEN ::= ${VALUE}`,
  `$acmeToken .= "${VALUE}";`,
  `  acmeApiKey:            "${VALUE}",`,
];

const secretsIn = (text: string, rule = compileRule(definition, 'test')): string[] => {
  const found: string[] = [];
  rule.pattern.forEachSecret(text, (start, end) => found.push(text.slice(start, end)));
  return found;
};

describe('assigned_to: the shared assignment context of keyed rules', () => {
  it('finds the value in every everyday assignment context, on the built-in (V8) engine', () => {
    for (const line of CONTEXTS) assert.deepEqual(secretsIn(line), [VALUE], line);
  });

  it('needs the name, matches it in any case, and leaves the value its own case', () => {
    assert.deepEqual(secretsIn(`API_KEY=${VALUE}`), []);
    assert.deepEqual(secretsIn(`aCmE_kEy=${VALUE}`), [VALUE]);
    const lowercaseValue = compileRule({ ...definition, pattern: '(?<secret>[a-z0-9]{25})(?![A-Za-z0-9])' }, 'test');
    assert.deepEqual(secretsIn(`ACME_KEY=${VALUE}`, lowercaseValue), []);
    assert.deepEqual(secretsIn(`ACME_KEY=${VALUE.toLowerCase()}`, lowercaseValue), [VALUE.toLowerCase()]);
  });

  it('does not reach across a long unrelated identifier, other words, or into a longer token', () => {
    assert.deepEqual(secretsIn(`acme_${'x'.repeat(40)}=${VALUE}`), []);
    assert.deepEqual(secretsIn(`acme order number ${VALUE}`), []);
    assert.deepEqual(secretsIn(`acme key and then ${VALUE}`), []);
    assert.deepEqual(secretsIn(`ACME_KEY=${VALUE}XYZ`), []);
    // prose needs a credential word; a hyphen glues the value only after one
    assert.deepEqual(secretsIn(`acme release notes ${VALUE}`), []);
    assert.deepEqual(secretsIn(`acme-build-${VALUE}`), []);
  });

  it('leaves a rule without assigned_to exactly as written', () => {
    assert.equal(rulePattern({ pattern: '(?<secret>abc)' }), '(?<secret>abc)');
  });

  it('refuses names outside the documented syntax', () => {
    const problems = (names: unknown) => validateRuleShape({ ...definition, assigned_to: names }, 'r');
    assert.deepEqual(problems(['acme', 'assembly_?ai', '(?:a|b)c', 'x\\.y']), []);
    for (const bad of [[], ['Acme'], ['a[b]'], ['a(b'], ['a.*'], 'acme'])
      assert.match(problems(bad).join(), /assigned_to/, JSON.stringify(bad));
  });

  it('works in a config custom rule, on the linear-time engine', async () => {
    const dir = makeTempDir();
    writeFileSync(
      join(dir, '.leakscan.yaml'),
      [
        'rules:',
        '  custom:',
        '    - id: acme-api-key',
        '      title: ACME API key',
        '      keywords: [acme]',
        '      assigned_to: [acme]',
        "      pattern: '(?<secret>[A-Za-z0-9]{25})(?:[^A-Za-z0-9]|$)'",
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'settings.txt'), `${CONTEXTS.slice(0, 16).join('\n')}\n`);
    const { code, stdout } = await runCli(['scan', '.', '--format', 'json', '--min-confidence', 'low'], { cwd: dir });
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as { findings: { ruleId: string; line: number }[] };
    assert.deepEqual(
      report.findings.filter((f) => f.ruleId === 'acme-api-key').map((f) => f.line),
      CONTEXTS.slice(0, 16).map((_, i) => i + 1),
    );
  });
});
