// The recall corpus: other scanners' published rule examples, read from their fetched mirrors at bench time.
// Each case is one example: { source, peerRuleId, peerName, vendorKey, kind: positive|negative|identifier, text,
// fileName }. "identifier" cases are examples of rules their authors mark as identifiers, not secrets (an app
// id, a public key): reported apart, counted neither as positives nor negatives.
import { execFileSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { GoEvaluator, goFunctions, goSprintf, sampleFromRegex, tokenizeGo } from './go-eval.mjs';
import { seededRandom } from './regex-sample.mjs';

export const PEER_SOURCES = [
  { source: 'gitleaks', repo: 'gitleaks/gitleaks', extract: gitleaksCases },
  {
    source: 'kingfisher',
    repo: 'mongodb/kingfisher',
    extract: (git) => yamlRuleCases(git, 'kingfisher', 'data/rules/'),
  },
  {
    source: 'noseyparker',
    repo: 'praetorian-inc/noseyparker',
    extract: (git) => yamlRuleCases(git, 'noseyparker', 'crates/noseyparker/data/default/builtin/rules/'),
  },
  { source: 'titus', repo: 'praetorian-inc/titus', extract: (git) => yamlRuleCases(git, 'titus', 'pkg/rule/rules/') },
];

/** Read-only access to a bare mirror's HEAD. */
export function gitTree(gitDir) {
  const run = (args, options = {}) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  return {
    head: () => run(['rev-parse', 'HEAD']).trim(),
    list: (prefix) => run(['ls-tree', '-r', '--name-only', 'HEAD', '--', prefix]).split('\n').filter(Boolean),
    read: (path) => run(['show', `HEAD:${path}`]),
  };
}

export function vendorKeyOf(name) {
  return name
    .toLowerCase()
    .replace(/\.(ya?ml|go)$/, '')
    .replace(/[^a-z0-9]/g, '');
}

function* gitleaksCases(git) {
  const files = git.list('cmd/generate/config/').filter((p) => p.endsWith('.go') && !p.endsWith('_test.go'));
  const functions = new Map();
  const globals = [];
  const ruleFunctions = [];
  for (const path of files) {
    const parsed = goFunctions(tokenizeGo(git.read(path)));
    for (const [name, fn] of parsed.functions) {
      functions.set(name, { ...fn, path });
      if (path.includes('/rules/') && fn.body.some((t) => t.type === 'id' && t.value === 'RuleID'))
        ruleFunctions.push({ ...fn, path });
    }
    globals.push(...parsed.globals);
  }
  const sampleTemplates = gitleaksSampleTemplates(functions.get('GenerateSampleSecrets'));
  const problems = [];
  for (const fn of ruleFunctions) {
    const random = seededRandom(`gitleaks:${fn.name}`);
    const evaluator = new GoEvaluator({
      functions,
      random,
      builtins: {
        'secrets.NewSecret': (regex) => sampleFromRegex(regex, random),
        'utils.GenerateSampleSecrets': (id, secret) =>
          sampleTemplates.map((t) =>
            t.replaceAll('{i}', id).replaceAll('{I}', id.toUpperCase()).replaceAll('{s}', secret),
          ),
        'fmt.Sprintf': goSprintf,
        // gitleaks retries until the secret has a digit (and no stop word: not modelled, the words are its own list)
        newPlausibleSecret: (regex) => {
          for (;;) {
            const secret = sampleFromRegex(regex, random);
            if (/[1-9]/.test(secret)) return secret;
          }
        },
        'base64.StdEncoding.EncodeToString': (text) => Buffer.from(text).toString('base64'),
        'strings.Repeat': (s, n) => s.repeat(n),
        'strings.ToUpper': (s) => s.toUpperCase(),
        'strings.ToLower': (s) => s.toLowerCase(),
        'utils.Validate': (_rule, tps, fps) => ({ tps, fps }),
        'utils.ValidateWithPaths': (_rule, tps, fps) => ({ tps, fps }),
      },
    });
    evaluator.globalEnv = new Map();
    for (const declaration of globals) evaluator.run(declaration, evaluator.globalEnv);
    const ruleIdIndex = fn.body.findIndex((t) => t.type === 'id' && t.value === 'RuleID');
    const ruleId = fn.body[ruleIdIndex + 2]?.value;
    if (typeof ruleId !== 'string') continue;
    evaluator.unsupported = [];
    const { returned } = evaluator.run(fn.body, new Map([['r', null]]));
    const result = returned?.values?.[0];
    const returnsRuleOnly = !fn.body.some(
      (t) => t.type === 'id' && (t.value === 'Validate' || t.value === 'ValidateWithPaths'),
    );
    if (returnsRuleOnly) continue; // a rule without examples of its own
    if (!result || typeof result !== 'object' || !('tps' in result)) {
      problems.push(`${ruleId}: ${evaluator.unsupported.join('; ') || 'no Validate(...) return'}`);
      continue;
    }
    if (evaluator.unsupported.length) problems.push(`${ruleId} (partly): ${evaluator.unsupported.join('; ')}`);
    const vendorKey = vendorKeyOf(fn.path.split('/').pop());
    const emit = function* (value, kind) {
      if (!value) return;
      const entries = value instanceof Map ? [...value.entries()] : value.map((text) => [undefined, text]);
      for (const [path, text] of entries) {
        if (typeof text !== 'string') continue;
        yield { source: 'gitleaks', peerRuleId: ruleId, peerName: ruleId, vendorKey, kind, text, fileName: path };
      }
    };
    // gitleaks does not mark identifiers; its client ids, access ids and public keys are not secrets on their own
    yield* emit(result.tps, /-(client|access|account|app)-id$|-public-key$/.test(ruleId) ? 'identifier' : 'positive');
    yield* emit(result.fps, 'negative');
  }
  if (problems.length) yield { problems };
}

/** The context templates gitleaks wraps generated secrets in, read from its generator's `samples` map. */
function gitleaksSampleTemplates(fn) {
  if (!fn) throw new Error('gitleaks mirror: GenerateSampleSecrets not found in cmd/generate/config/utils');
  const evaluator = new GoEvaluator({ functions: new Map(), builtins: {}, random: Math.random });
  const start = fn.body.findIndex((t) => t.type === 'id' && t.value === 'samples');
  const { env } = evaluator.run(fn.body.slice(start, nextStatementAfterBrace(fn.body, start)));
  const samples = env.get('samples');
  if (!(samples instanceof Map))
    throw new Error('gitleaks mirror: could not read the samples map of GenerateSampleSecrets');
  return [...samples.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, template]) => template);
}

function nextStatementAfterBrace(tokens, from) {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i].value === '{') depth++;
    else if (tokens[i].value === '}' && --depth === 0) return i + 1;
  }
  return tokens.length;
}

function* yamlRuleCases(git, source, folder) {
  const problems = [];
  for (const path of git.list(folder).filter((p) => /\.ya?ml$/.test(p))) {
    let document;
    try {
      document = parseYaml(git.read(path));
    } catch (error) {
      problems.push(`${path}: ${error.message.split('\n')[0]}`);
      continue;
    }
    const vendorKey = vendorKeyOf(path.split('/').pop());
    for (const rule of document?.rules ?? []) {
      if (!rule?.id) continue;
      const categories = (rule.categories ?? []).map(String);
      const identifier =
        rule.visible === false || (categories.includes('identifier') && !categories.includes('secret'));
      for (const text of rule.examples ?? []) {
        if (typeof text === 'string')
          yield {
            source,
            peerRuleId: rule.id,
            peerName: rule.name ?? rule.id,
            vendorKey,
            kind: identifier ? 'identifier' : 'positive',
            text,
          };
      }
      for (const text of rule.negative_examples ?? []) {
        if (typeof text === 'string')
          yield { source, peerRuleId: rule.id, peerName: rule.name ?? rule.id, vendorKey, kind: 'negative', text };
      }
    }
  }
  if (problems.length) yield { problems };
}

/** All cases of one source, and the extraction problems (rules whose examples could not be read). */
export function extractPeerCases(peer, gitDir) {
  const git = gitTree(gitDir);
  const cases = [];
  const problems = [];
  for (const item of peer.extract(git)) {
    if (item.problems) problems.push(...item.problems);
    else cases.push(item);
  }
  return { commit: git.head(), cases, problems };
}
