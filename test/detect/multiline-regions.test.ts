import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../src/config/config-file.js';
import { createDetector } from '../../src/detect/detector.js';
import { MULTILINE_WINDOW_CHARS } from '../../src/detect/match-rule.js';
import { defaultFilters } from '../../src/filters/default-filters.js';
import { compileRuleFiles, readRuleFiles } from '../../src/rules/load-rules.js';
import { randomBase62 } from '../helpers/tokens.js';

const { files } = await readRuleFiles();
const detector = createDetector(compileRuleFiles(files), defaultFilters(defaultConfig()));

const rsaKey = (): string =>
  generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

function findingsIn(text: string) {
  return detector
    .detect({ text, origin: { kind: 'file', path: 'deploy/config.txt' }, startLine: 1 })
    .findings.map((f) => ({ ruleId: f.ruleId, line: f.line, secret: f.secret.reveal() }));
}

describe('multi-line rules are searched from each keyword, once per region', () => {
  it('finds a PEM key whose header ends a line longer than the multi-line reach', () => {
    const pem = rsaKey();
    const findings = findingsIn(`${'x'.repeat(MULTILINE_WINDOW_CHARS + 4000)} ${pem}`);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.line]),
      // A finding's line is its secret's: the key body starts below the header.
      [['private-key-rsa', 2]],
    );
  });

  it('finds an XML element block after a long minified line, at its own line', () => {
    const value = randomBase62(32);
    const text = `<cfg>${'<a>b</a>'.repeat(3000)}<deployToken>\n    ${value}\n</deployToken></cfg>\n`;
    assert.deepEqual(
      findingsIn(text).map((f) => [f.ruleId, f.line, f.secret]),
      [['generic-xml-secret-element-block', 2, value]],
    );
  });

  it('reports a key below many keyword lines once, and a second key beyond the first region too', () => {
    const [first, second] = [rsaKey(), rsaKey()];
    const chatter = '# rotate the PRIVATE KEY before release\n'.repeat(800);
    const text = `${chatter}${first}${chatter}${'# filler\n'.repeat(3000)}${second}`;
    const bodyLineOf = (pem: string): number => text.slice(0, text.indexOf(pem)).split('\n').length + 1;
    assert.ok(text.indexOf(second) - text.indexOf(first) > MULTILINE_WINDOW_CHARS, 'the keys are regions apart');
    assert.deepEqual(
      findingsIn(text).map((f) => [f.ruleId, f.line]),
      [
        ['private-key-rsa', bodyLineOf(first)],
        ['private-key-rsa', bodyLineOf(second)],
      ],
    );
  });
});
