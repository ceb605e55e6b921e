// The external evaluation's data extraction (bench/external/lib): peers' Go-generated examples, regex sampling
// and HEAD-tree export. The bench itself needs fetched mirrors; these parts are checked on inputs written here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeTempDir } from '../helpers/run-cli.js';

// biome-ignore lint/suspicious/noExplicitAny: the bench is plain .mjs without type declarations
type Module = Record<string, any>;
const load = (path: string): Promise<Module> => import(path as string) as Promise<Module>;
const goEval = await load('../../bench/external/lib/go-eval.mjs');
const sampler = await load('../../bench/external/lib/regex-sample.mjs');
const mirrors = await load('../../bench/external/lib/mirrors.mjs');

describe('regex sampler', () => {
  it('draws strings that match the regex, the same ones for the same seed', () => {
    for (const source of [
      'ab_[a-z0-9]{36}',
      '[0-9]{5,16}:(?-i:A)[a-z0-9_\\-]{34}',
      'xy\\.[A-Z2-7]{16}(?:==|=)?',
      '(?i)(?:one|two)-\\d{4}\\b',
      '[a-zA-Z0-9+/]{20,}={0,2}',
    ]) {
      const draw = sampler.regexSampler(source);
      const first = draw(sampler.seededRandom('seed'));
      assert.equal(first, draw(sampler.seededRandom('seed')));
      const js = new RegExp(
        `^(?:${source.replace('(?-i:A)', 'A').replace('(?i)', '')})$`,
        source.startsWith('(?i)') ? 'i' : '',
      );
      for (let i = 0; i < 20; i++) assert.match(draw(sampler.seededRandom(`s${i}`)), js);
    }
  });

  it('rejects what it cannot generate instead of producing a wrong string', () => {
    assert.throws(() => sampler.regexSampler('\\p{L}+'), sampler.RegexSampleError);
  });
});

describe('Go example evaluator', () => {
  const program = `
package rules

func helper(size string) string {
	return fmt.Sprintf(\`[a-f0-9]{%s}\`, size)
}

func ExampleRule() *config.Rule {
	r := config.Rule{
		RuleID:      "example-token",
		Keywords:    []string{"ex_"},
	}
	var (
		token = "ex_" + secrets.NewSecret(helper("8"))
	)
	tps := []string{
		"key = " + token, // a comment
		\`raw \\n stays\`,
	}
	tps = append(tps, wrap("x", token)...)
	fps := map[string]string{
		"file.cfg": "key = nothing",
	}
	return utils.Validate(r, tps, fps)
}
`;
  it('evaluates literals, concatenation, helpers, append and maps of a rule function', () => {
    const { functions } = goEval.goFunctions(goEval.tokenizeGo(program));
    const evaluator = new goEval.GoEvaluator({
      functions,
      random: sampler.seededRandom('t'),
      builtins: {
        'fmt.Sprintf': goEval.goSprintf,
        'secrets.NewSecret': (regex: string) => sampler.regexSampler(regex)(sampler.seededRandom('t')),
        wrap: (id: string, secret: string) => [`${id}=${secret}`, `${id}: "${secret}"`],
        'utils.Validate': (_r: unknown, tps: string[], fps: Map<string, string>) => ({ tps, fps }),
      },
    });
    const { returned } = evaluator.run(functions.get('ExampleRule').body, new Map([['r', null]]));
    const { tps, fps } = returned.values[0];
    assert.equal(tps.length, 4);
    assert.match(tps[0], /^key = ex_[a-f0-9]{8}$/);
    assert.equal(tps[1], 'raw \\n stays');
    assert.equal(tps[2], `x=${tps[0].slice(6)}`);
    assert.deepEqual([...fps.entries()], [['file.cfg', 'key = nothing']]);
    assert.deepEqual(evaluator.unsupported, []);
  });
});

describe('HEAD tree export', () => {
  it('writes every tracked regular file, ignores export-ignore, skips symlinks, and is reused per commit', async () => {
    const work = makeTempDir();
    const repo = join(work, 'src');
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(join(repo, 'a.txt'), 'alpha\n');
    writeFileSync(join(repo, 'hidden.cfg'), 'beta\n');
    writeFileSync(join(repo, '.gitattributes'), 'hidden.cfg export-ignore\n');
    symlinkSync('/etc/passwd', join(repo, 'link'));
    execFileSync('git', ['-C', repo, 'add', '-A']);
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'one']);
    const bare = join(work, 'mirror.git');
    execFileSync('git', ['clone', '-q', '--bare', repo, bare]);
    const out = join(work, 'trees');
    const first = await mirrors.exportHeadTree(bare, out, 'owner+name');
    assert.equal(readFileSync(join(first.dir, 'hidden.cfg'), 'utf8'), 'beta\n');
    assert.equal(first.files, 3);
    assert.equal(first.symlinks, 1);
    assert.equal(existsSync(join(first.dir, 'link')), false);
    const second = await mirrors.exportHeadTree(bare, out, 'owner+name');
    assert.deepEqual(second, first);
  });
});
