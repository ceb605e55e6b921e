import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/config-file.js';
import { configFileSchema } from '../../src/config/config-schema.js';
import { loadUserPatternEngine } from '../../src/rules/text-pattern.js';

const shipped = JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(shipped);

/** The README's example config, as documented. */
function readmeExample(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const match = /```yaml\n([\s\S]*?)```/.exec(section);
  assert.ok(match, 'the README has a config example');
  return match[1] as string;
}

const VALID = [
  readmeExample(),
  '',
  'baseline: security/accepted.txt\nminConfidence: high\nmaxFileSize: 512KiB\n',
  'maxFileSize: 2048\ndefaultIgnores: false\n',
  'rotation:\n  outbox: state/o.jsonl\n  webhooks:\n    - url: https://rotate.example.com/hook\n      retries: 2\n      minSeverity: high\n  githubRevoke: true\n',
];
const INVALID = [
  'allowlists:\n  paths: [x]\n',
  'allowlist:\n  path: [x]\n',
  'rules:\n  disabled: [x]\n',
  'minConfidence: extreme\n',
  'defaultIgnores: sometimes\n',
  'maxFileSize: lots\n',
  'rules:\n  custom:\n    - title: no id\n      keywords: [a]\n      pattern: a\n',
  'rotation:\n  webhooks:\n    - url: https://rotate.example.com/hook\n      secretEnvv: X\n',
];

describe('the config JSON Schema (schemas/config.schema.json)', () => {
  it('is what the build generates from src/config/config-schema.ts', () => {
    assert.deepEqual(shipped, JSON.parse(JSON.stringify(configFileSchema())));
  });

  it('accepts what leakscan accepts and rejects what it rejects', async () => {
    await loadUserPatternEngine();
    for (const text of VALID) {
      const doc = parse(text) ?? null;
      assert.ok(validate(doc), `schema rejects:\n${text}\n${JSON.stringify(validate.errors)}`);
      assert.deepEqual(parseConfig(doc, '.leakscan.yaml').problems, [], text);
    }
    for (const text of INVALID) {
      const doc = parse(text);
      assert.equal(validate(doc), false, `schema accepts:\n${text}`);
      assert.notDeepEqual(parseConfig(doc, '.leakscan.yaml').problems, [], `leakscan accepts:\n${text}`);
    }
  });
});
