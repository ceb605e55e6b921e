// Builds the quality corpus: for every rule, fresh keys (each example's secret re-randomised within the
// alphabet the rule's examples use, checksums recomputed) in the example's own context and in common file
// contexts; plus hard negatives (the rule's negative examples, checksum-broken tokens, well-known non-secrets).
// One case per file, so the runner maps findings to cases by path. Deterministic for a given seed.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { prng } from '../corpus.mjs';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (text) => {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};
const base62 = (value, width) => {
  let out = '';
  for (let v = value; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
};

const CHECKSUM_PREFIX_LENGTH = { 'github-crc32': 4, 'npm-crc32': 4 };

/** Re-applies a rule's documented checksum to a re-randomised token. */
function fixChecksum(name, token) {
  if (!name) return token;
  const prefixLength = CHECKSUM_PREFIX_LENGTH[name];
  const body = token.slice(prefixLength, prefixLength + 30);
  return token.slice(0, prefixLength) + body + base62(crc32(body), 6);
}

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/];

/** The literal vendor prefix a secret starts with: its longest keyword (`AKIA`, `sk-or-v1-`), else nothing. */
function prefixLengthOf(rule, secret) {
  const lower = secret.toLowerCase();
  return Math.max(
    0,
    ...rule.keywords
      .map((k) => k.toLowerCase())
      .filter((k) => lower.startsWith(k))
      .map((k) => k.length),
  );
}

/** A secret's body split into alphanumeric segments and the separators between them (`-`, `_`, `.`, `$`). */
const segmentsOf = (body) => body.split(/([^A-Za-z0-9]+)/);

/**
 * The alphabet per segment and character class that a rule's example secrets use, so a hex segment stays hex
 * and a base32 one stays base32 (`pat…` + `.` + hex in an Airtable token).
 */
function alphabetOf(bodies) {
  const pools = [];
  for (const body of bodies) {
    segmentsOf(body).forEach((segment, index) => {
      pools[index] ??= CLASSES.map(() => new Set());
      for (const ch of segment) {
        const classIndex = CLASSES.findIndex((cls) => cls.test(ch));
        if (classIndex >= 0) pools[index][classIndex].add(ch);
      }
    });
  }
  return pools.map((classes) => classes.map((set) => [...set].join('')));
}

function rerandomise(secret, pools, random, prefixLength) {
  const segments = segmentsOf(secret.slice(prefixLength));
  return (
    secret.slice(0, prefixLength) +
    segments
      .map((segment, index) => {
        const alphabet = pools[index] ?? pools[pools.length - 1];
        let out = '';
        for (const ch of segment) {
          const classIndex = CLASSES.findIndex((cls) => cls.test(ch));
          const pool = classIndex === -1 ? '' : alphabet[classIndex];
          out += pool.length > 1 ? pool[Math.floor(random() * pool.length)] : ch;
        }
        return out;
      })
      .join('')
  );
}

function rerandomiseTail(secret, share, random) {
  const runs = [...secret.matchAll(/[A-Za-z0-9]+/g)];
  const longest = runs.reduce((a, b) => (b[0].length > a[0].length ? b : a), runs[0] ?? ['']);
  if (!longest || longest[0].length < 8) return secret;
  const from = longest.index + Math.floor(longest[0].length * (1 - share));
  const to = longest.index + longest[0].length;
  const pools = CLASSES.map((cls) => [...new Set(longest[0].split('').filter((ch) => cls.test(ch)))].join(''));
  let tail = '';
  for (const ch of secret.slice(from, to)) {
    const classIndex = CLASSES.findIndex((cls) => cls.test(ch));
    const pool = pools[classIndex] ?? '';
    tail += pool.length > 1 ? pool[Math.floor(random() * pool.length)] : ch;
  }
  return secret.slice(0, from) + tail + secret.slice(to);
}

const envName = (id) => id.toUpperCase().replace(/-/g, '_');

/** File contexts a bare token can sit in. `{N}` is a name, `{S}` the secret. */
const CONTEXTS = [
  ['env', '.env', '{N}={S}\n'],
  ['json', 'config.json', '{\n  "service": "billing",\n  "{n}": "{S}"\n}\n'],
  ['yaml', 'values.yaml', 'service:\n  name: billing\n  {n}: "{S}"\n'],
  [
    'js',
    'client.js',
    "import { Client } from 'vendor';\nconst {c} = '{S}';\nexport const client = new Client({ key: {c} });\n",
  ],
  ['python', 'settings.py', 'import os\n\n{N} = "{S}"\nDEBUG = False\n'],
  ['shell', 'deploy.sh', '#!/bin/sh\nexport {N}="{S}"\n./deploy --env prod\n'],
  ['dockerfile', 'Dockerfile', 'FROM node:20-alpine\nENV {N}={S}\nCMD ["node", "server.js"]\n'],
  [
    'k8s',
    'deployment.yaml',
    'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: {N}\n              value: "{S}"\n',
  ],
  ['k8s-secret-b64', 'secret.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  {n}: {B64}\n'],
];

const camel = (id) => id.replace(/-([a-z0-9])/g, (_, ch) => ch.toUpperCase());

function render(template, rule, secret) {
  return template
    .replaceAll('{N}', envName(rule.id))
    .replaceAll('{n}', rule.id.replace(/-/g, '_'))
    .replaceAll('{c}', camel(rule.id))
    .replaceAll('{B64}', Buffer.from(secret).toString('base64'))
    .replaceAll('{S}', secret);
}

function secretOf(regex, text) {
  regex.lastIndex = 0;
  const match = regex.exec(text);
  return match?.groups?.secret;
}

/** Like the engine: a single-line rule runs only on lines that hold one of its keywords. */
function lineHasKeyword(rule, text, secret) {
  if (rule.multiline) return true;
  const at = text.indexOf(secret);
  const line = text
    .slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at))
    .toLowerCase();
  return rule.keywords.some((k) => line.includes(k.toLowerCase()));
}

/** Well-known non-secrets that generic rules must stay quiet on; file name → content. */
const HARD_NEGATIVES = {
  'uuid.env': 'SECRET_ID=123e4567-e89b-42d3-a456-426614174000\nsession_token: 9f1c2b7e-4d3a-4e8f-9b6c-1a2d3e4f5a6b\n',
  'git-sha.yaml':
    'commit_token: 3f786850e387550fdab836ed7e6dc881de23001b\nrelease_secret_sha: 8c2a9b6e4f1d3a7c5e0b9d8f2a4c6e1b3d5f7a9c\n',
  'integrity.json':
    '{"node_modules/x": {"integrity": "sha512-Jc9wzkTlN5gCv6Rq8zCkQKVhPq2TgjlGH0xQ1PFVL0rCbwQm6EMUAAmP07sIUVd1Qy0v3GBlVC2o9wDs6rD5pA==", "resolved": "https://registry.npmjs.org/x/-/x-1.0.0.tgz"}}\n',
  'data-uri.css':
    '.icon { --token-bg: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"); }\n',
  'public-key.yaml':
    'public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG8kdV7Qp2mXr4TzL9Wq3rT9zL2mX8vK4nP7sR1y deploy@ci"\n',
  'env-lookup.py':
    'API_KEY = os.environ["API_KEY"]\nsecret = os.getenv("CLIENT_SECRET")\npassword = config.get("db").password\n',
  'template.yaml': 'password: ${DB_PASSWORD}\ntoken: "{{ .Values.token }}"\napi_key: <%= ENV["API_KEY"] %>\n',
  'code.ts':
    'const token = await this.auth.getAccessToken(request);\nif (token === expectedToken) return;\nconst password = form.values.password;\nthis.secretKey = options.secretKey ?? defaults.secretKey;\n',
  'docs.md': 'Set `AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` and `api_key: YOUR_API_KEY_HERE`.\n',
  'i18n.json':
    '{"password_hint": "At least 12 characters", "token_expired": "Your session has expired", "secretLabel": "Secret"}\n',
  'url.txt':
    'https://user:password@example.com/\nhttps://github.com/org/repo.git\nhttp://localhost:8080/callback?token=\n',
  'hash-map.js':
    'const hashes = { tokenHash: "5d41402abc4b2a76b9719d911017c592", secretDigest: "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" };\n',
};

export function generateCorpus(root, rulesDir, { seed = 1, variants = 3 } = {}) {
  rmSync(root, { recursive: true, force: true });
  const random = prng(seed);
  const cases = [];
  const add = (dir, name, text, expect) => {
    const path = join(dir, name);
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, path), text);
    cases.push({ path, ...expect });
  };
  const generatorMisses = {};
  const rules = readdirSync(rulesDir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== 'schema.yaml')
    .sort()
    .flatMap((file) => parse(readFileSync(join(rulesDir, file), 'utf8')) ?? []);
  for (const rule of rules) {
    const regex = new RegExp(rule.pattern, `${rule.flags ?? ''}gd`);
    // An id-only rule is reported only with its secret: its cases are the pair cases of the secret rule.
    if (rule.standalone === false) continue;
    const examples = rule.examples.map((text) => ({ text, secret: secretOf(regex, text) })).filter((e) => e.secret);
    if (examples.length === 0) continue;
    const pools = alphabetOf(examples.map((e) => e.secret.slice(prefixLengthOf(rule, e.secret))));
    const fresh = (secret, contextOf) => {
      const prefixLength = prefixLengthOf(rule, secret);
      const fits = (candidate) => secretOf(regex, contextOf(candidate)) === candidate && candidate !== secret;
      for (let attempt = 0; attempt < 8; attempt++) {
        const candidate = fixChecksum(rule.checksum, rerandomise(secret, pools, random, prefixLength));
        if (fits(candidate)) return candidate;
      }
      // Structured formats (JWTs, webhook URLs, keys with an inner marker): re-randomise only the tail of the
      // longest alphanumeric run, within the characters that run already uses.
      for (const share of [1 / 2, 1 / 3, 1 / 4]) {
        for (let attempt = 0; attempt < 4; attempt++) {
          const candidate = fixChecksum(rule.checksum, rerandomiseTail(secret, share, random));
          if (fits(candidate)) return candidate;
        }
      }
      generatorMisses[rule.id] = (generatorMisses[rule.id] ?? 0) + 1;
      return undefined;
    };
    const dir = join('positive', rule.id);
    // The example's own context (what the rule documents), with a new key each time.
    examples.forEach((example, index) => {
      for (let v = 0; v < variants; v++) {
        const contextOf = (s) => example.text.replace(example.secret, s);
        const secret = fresh(example.secret, contextOf);
        if (secret)
          add(dir, `example${index}-v${v}.txt`, `${contextOf(secret)}\n`, {
            kind: 'positive',
            ruleId: rule.id,
            context: 'example',
          });
      }
    });
    // Other file contexts, where the rule's pattern accepts its own documented example there.
    const base = examples[0];
    for (const [context, fileName, template] of CONTEXTS) {
      const probe =
        context === 'k8s-secret-b64' ? render('{n}: {S}', rule, base.secret) : render(template, rule, base.secret);
      const accepts = secretOf(regex, probe) === base.secret && lineHasKeyword(rule, probe, base.secret);
      if (!accepts) continue;
      const secret = fresh(base.secret, (s) =>
        context === 'k8s-secret-b64' ? render('{n}: {S}', rule, s) : render(template, rule, s),
      );
      if (secret)
        add(dir, `${context}-${fileName}`, render(template, rule, secret), {
          kind: 'positive',
          ruleId: rule.id,
          context,
        });
    }
    // Hard negatives of the rule itself.
    rule.negative_examples.forEach((text, index) => {
      add(join('negative', rule.id), `negative${index}.txt`, `${text}\n`, {
        kind: 'negative',
        ruleId: rule.id,
        context: 'negative_example',
      });
    });
    if (rule.checksum) {
      for (let v = 0; v < variants; v++) {
        const secret = fresh(base.secret, (s) => base.text.replace(base.secret, s));
        if (!secret) continue;
        const at = prefixLengthOf(rule, secret) + 5;
        const broken = secret.slice(0, at) + (secret[at] === 'a' ? 'b' : 'a') + secret.slice(at + 1);
        add(join('negative', rule.id), `checksum-broken-v${v}.txt`, `${base.text.replace(base.secret, broken)}\n`, {
          kind: 'negative',
          ruleId: rule.id,
          context: 'checksum-broken',
        });
      }
    }
  }
  // Paired credentials: the id half's example line above the secret half's, both with fresh keys; expected as
  // one finding of the secret rule carrying the id.
  for (const rule of rules.filter((r) => r.pair)) {
    const partner = rules.find((r) => r.id === rule.pair.rule);
    if (!partner) continue;
    const line = (r) => {
      const regex = new RegExp(r.pattern, `${r.flags ?? ''}gd`);
      const example = r.examples
        .map((text) => ({ text, secret: secretOf(regex, text) }))
        .find((e) => e.secret && !e.text.includes('\n'));
      if (!example) return undefined;
      const pools = alphabetOf([example.secret.slice(prefixLengthOf(r, example.secret))]);
      for (let attempt = 0; attempt < 8; attempt++) {
        const secret = rerandomise(example.secret, pools, random, prefixLengthOf(r, example.secret));
        const text = example.text.replace(example.secret, secret);
        if (secretOf(regex, text) === secret) return text;
      }
      return undefined;
    };
    for (let v = 0; v < variants; v++) {
      const idLine = line(partner);
      const secretLine = line(rule);
      if (idLine && secretLine)
        add(join('positive', rule.id), `pair-v${v}.txt`, `${idLine}\n${secretLine}\n`, {
          kind: 'positive',
          ruleId: rule.id,
          pairedWith: partner.id,
          context: 'pair',
        });
    }
  }
  for (const [name, text] of Object.entries(HARD_NEGATIVES))
    add('negative/well-known', name, text, { kind: 'negative', context: 'well-known' });
  writeFileSync(join(root, 'cases.json'), JSON.stringify(cases, null, 1));
  return {
    cases,
    ruleCount: rules.length,
    allRuleIds: rules.filter((r) => r.standalone !== false).map((r) => r.id),
    generatorMisses,
  };
}
