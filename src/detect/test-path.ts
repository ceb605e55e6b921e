import type { Confidence, FindingConfidence } from '../rules/rule-definition.js';

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

const ONE_LEVEL_DOWN: Readonly<Record<Confidence, FindingConfidence>> = {
  high: 'medium',
  medium: 'low',
  low: 'lowest',
};

/**
 * A finding in a test or fixture path is reported lower: what nobody issued is `lowest`, below what any scan
 * reports by default, since a test makes its own (a rule tagged `generic`: a secret-named variable, a JWT anyone
 * can sign, a Bearer header; or `private-key`: generated with openssl for the test); a vendor-issued format is one
 * level lower (someone got it from the vendor, so it is more often a real key pasted into a test). On the 13
 * real-code trees of bench/external, 165 PEM keys, 6 test JWTs and 47 generic values sit in test paths and none
 * anywhere else. `--min-confidence lowest` shows them all. A verified checksum is not lowered: a token that
 * passes its vendor's checksum is issued, wherever it sits. The policy and its numbers: docs/detection-quality.md.
 */
export function confidenceAt(
  rule: { confidence: Confidence; checksum?: string | undefined; tags: readonly string[] },
  path: string,
): FindingConfidence {
  if (rule.checksum) return 'high';
  if (!isTestPath(path)) return rule.confidence;
  return rule.tags.some((tag) => SELF_MADE_TAGS.has(tag)) ? 'lowest' : ONE_LEVEL_DOWN[rule.confidence];
}

/** Rules for credentials no vendor issued: rules/generic.yaml, http-auth.yaml, jwt.yaml, private keys. */
const SELF_MADE_TAGS: ReadonlySet<string> = new Set(['generic', 'private-key']);
