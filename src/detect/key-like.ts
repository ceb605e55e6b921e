import { knownSecretRedactor } from '../findings/known-secrets.js';
import { compileRuleFiles, loadBuiltinDefinitions } from '../rules/load-rules.js';
import { createDetector } from './detector.js';

/**
 * Masks anything in `text` that a built-in rule would match, before no filter at all: for messages that quote
 * what a user or a repository wrote (a `.leakscan.yaml` value, an invalid regex, a baseline or
 * `.leakscanignore` line), where a key pasted in the wrong place must not be echoed on stderr or in a log.
 * Id-only rules count on their own here: an AWS key id is masked even without its secret.
 */
export async function redactKeyLike(text: string): Promise<string> {
  const rules = compileRuleFiles(await loadBuiltinDefinitions()).map(({ pair: _pair, ...rule }) => ({
    ...rule,
    standalone: true,
  }));
  const { findings } = createDetector(rules, []).detect({
    text,
    origin: { kind: 'file', path: '<message>' },
    startLine: 1,
  });
  return knownSecretRedactor(findings)(text);
}
