import type { Confidence } from '../rules/rule-definition.js';

/**
 * Where projects keep test data: test and fixture folders (also Gradle source sets such as `src/dockerTest`,
 * `src/testFixtures`, and `integration-test/`, `smoke-test/`), and files named as tests by their language's
 * convention (`*_test.go`, `test_*.py`, `test-server.key`, `FooTests.java`, `foo.spec.ts`, `foo_spec.rb`). Keys
 * there are real in format but usually made for the test (spring-boot alone keeps 165 PEM keys in such paths).
 */
// Case-sensitive: `dockerTest/` is a source set, `latest/` is not.
const TEST_DIR =
  /(?:^|\/)(?:[Tt]ests?|[Ss]pecs?|__tests__|__mocks__|[Tt]est-?[Dd]ata|[Ff]ixtures?|__fixtures__|testing|[a-z]+Tests?|tests?(?:Fixtures|Support|Resources)|[a-z]+-tests?|tests?-[a-z]+)\//;
const TEST_FILE =
  /(?:^|\/)(?:[^/]*[_.-](?:test|tests|spec)|test[_-][^/]*|[^/]*[a-z0-9](?:Tests?|Spec|IT))\.[A-Za-z0-9]{1,8}$/;

export function isTestPath(path: string): boolean {
  const normalized = path.replace(/\\/g, '/');
  return TEST_DIR.test(normalized) || TEST_FILE.test(normalized);
}

const ONE_LEVEL_DOWN: Readonly<Record<Confidence, Confidence>> = { high: 'medium', medium: 'low', low: 'low' };

/**
 * A finding in a test path is reported one confidence level lower: a PEM key in a fixture stays in the
 * hook's and CI's view (medium) and leaves `--min-confidence high`; a medium one in a test leaves them.
 * A verified checksum is not lowered: a token that passes its vendor's checksum is issued, wherever it sits.
 * The policy and its numbers: docs/detection-quality.md.
 */
export function confidenceAt(confidence: Confidence, path: string, checksumVerified: boolean): Confidence {
  if (checksumVerified) return 'high';
  return isTestPath(path) ? ONE_LEVEL_DOWN[confidence] : confidence;
}
