import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { randomBase62 } from '../helpers/tokens.js';

// A scanned repository's .leakscan.yaml is hostile: none of its regexes may hang a scan. Each of these patterns
// hangs V8 (or its ReDoS checker) for minutes on the input given; the bound is the harness's timeout, never a
// timing assertion.
const BOUND = { timeout: 60_000 };

function repoWith(config: string, files: Record<string, string>): string {
  const dir = makeTempDir();
  writeFileSync(join(dir, '.leakscan.yaml'), config);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const stripeKey = (): string => `sk_live_${randomBase62(99)}`;

describe('user regexes cannot hang a scan', () => {
  it(
    'a global allowlist regex with nested quantifiers finishes on an ordinary Stripe key, which is still reported',
    BOUND,
    async () => {
      const key = stripeKey();
      const dir = repoWith("allowlist:\n  regexes: ['^(\\w+)+!$']\n", { 'app.env': `STRIPE_KEY=${key}\n` });
      const { code, stdout, stderr } = await runCli(['scan', '--format', 'json'], { cwd: dir });
      assert.equal(code, 1, stderr);
      assert.equal(JSON.parse(stdout).findings[0].ruleId, 'stripe-secret-key');
    },
  );

  it("a custom rule's own allowlist regex with nested quantifiers finishes", BOUND, async () => {
    const config =
      "rules:\n  custom:\n    - id: acme-token\n      title: ACME\n      keywords: [acme_]\n      pattern: '(?<secret>acme_[a-z0-9_]{8,200})'\n" +
      "      allowlist:\n        regexes: ['^([a-z0-9_]+)+!$']\n";
    const dir = repoWith(config, { 'a.txt': `token = acme_${randomBase62(80).toLowerCase()}\n` });
    const { code, stderr } = await runCli(['scan', '--format', 'json'], { cwd: dir });
    assert.equal(code, 1, stderr);
  });

  it(
    'a custom rule with a backreference is a config error naming the field, not a hang in the ReDoS checker',
    BOUND,
    async () => {
      const config =
        "rules:\n  custom:\n    - id: acme-token\n      title: ACME\n      keywords: [acme_]\n      pattern: '(?<secret>acme_(a{1,30})\\1{1,30}b)'\n";
      const dir = repoWith(config, { 'a.txt': `acme_${'a'.repeat(5000)}\n` });
      const { code, stderr } = await runCli(['scan'], { cwd: dir });
      assert.equal(code, 2);
      assert.match(stderr, /rules\.custom\[0\]\.pattern: backreferences \(\\1\) are not supported/);
    },
  );

  it(
    'nested and unbounded quantifiers in a custom rule run in linear time on a long run of the repeated character',
    BOUND,
    async () => {
      const config =
        "rules:\n  custom:\n    - id: nested\n      title: nested\n      keywords: [aaa]\n      pattern: '(?<secret>(a{1,30}){1,30}b)'\n" +
        "    - id: unbounded\n      title: unbounded\n      keywords: [aaa]\n      pattern: '(?<secret>(a+)+c)'\n";
      const dir = repoWith(config, { 'a.txt': `${'a'.repeat(4000)}\n` });
      const { code, stdout, stderr } = await runCli(['scan', '--format', 'json'], { cwd: dir });
      assert.equal(code, 0, stderr);
      assert.equal(JSON.parse(stdout).findings.length, 0);
    },
  );

  it(
    'syntax the linear-time engine lacks is refused by field path: lookbehind, lookahead, named backreference',
    BOUND,
    async () => {
      const config =
        "allowlist:\n  regexes: ['(?<=x)ghp_', 'ok_[a-z]{3}', '(?!foo)bar']\n" +
        "rules:\n  custom:\n    - id: acme-token\n      title: ACME\n      keywords: [acme_]\n      pattern: '(?<secret>acme_[a-z]{8})'\n      allowlist:\n        regexes: ['(?<x>a)\\k<x>']\n";
      const dir = repoWith(config, { 'a.txt': 'nothing\n' });
      const { code, stderr } = await runCli(['scan'], { cwd: dir });
      assert.equal(code, 2);
      assert.match(stderr, /allowlist\.regexes\[0\]: lookbehind .* not supported/);
      assert.match(stderr, /allowlist\.regexes\[2\]: lookahead .* not supported/);
      assert.match(stderr, /rules\.custom\[0\]\.allowlist\.regexes\[0\]: named backreferences .* not supported/);
      assert.doesNotMatch(stderr, /regexes\[1\]/);
    },
  );

  it('a custom rule without a secret group and an invalid allowlist regex are named', BOUND, async () => {
    const config =
      "allowlist:\n  regexes: ['(unclosed']\nrules:\n  custom:\n    - id: acme-token\n      title: ACME\n      keywords: [acme_]\n      pattern: 'acme_[a-z]{8}'\n";
    const dir = repoWith(config, { 'a.txt': 'nothing\n' });
    const { code, stderr } = await runCli(['scan'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /rules\.custom\[0\]\.pattern: has no named group 'secret'/);
    assert.match(stderr, /allowlist\.regexes\[0\]: does not compile/);
  });

  it('a case-insensitive custom rule and an allowlist regex behave as they did on V8', BOUND, async () => {
    const config =
      "allowlist:\n  regexes: ['^acme_test']\nrules:\n  custom:\n    - id: acme-token\n      title: ACME\n      keywords: [acme_]\n      flags: i\n      pattern: '(?<secret>acme_[a-z0-9_]{24})'\n";
    const dir = repoWith(config, { 'a.txt': `one = ACME_${randomBase62(24)}\ntwo = acme_test${randomBase62(19)}\n` });
    const { code, stdout, stderr } = await runCli(['scan', '--format', 'json'], { cwd: dir });
    assert.equal(code, 1, stderr);
    const findings = JSON.parse(stdout).findings as { line: number; column: number }[];
    assert.deepEqual(
      findings.map((f) => [f.line, f.column]),
      [[1, 7]],
    );
  });
});
