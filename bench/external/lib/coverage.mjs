// Which peer formats leakscan has a rule for. A peer rule is keyed by its vendor (the name of the file it lives in:
// gitleaks' rules/github.go, Kingfisher's github.yml, ...); a leakscan rule by its vendor, its file and its id.
// The match is by vendor, not by format: a vendor with a rule for one token type and not another counts as
// covered, and such formats show up as "covered vendor, nothing found" in COVERAGE.md instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { vendorKeyOf } from './peer-examples.mjs';

/** Peer file names that name the same vendor differently from leakscan's rules (peer key -> leakscan key). */
const ALIASES = {
  gcp: 'googlecloud',
  chatfule: 'chatfuel',
  boxcom: 'box',
  envoyapikey: 'envoy',
  eraserio: 'eraser',
  exaai: 'exa',
  bitlyaccesstoken: 'bitly',
  azuresearchquery: 'microsoftazure',
  azurenotificationhub: 'microsoftazure',
  googlecloudplatform: 'googlecloud',
  azure: 'microsoftazure',
  azurestorage: 'microsoftazure',
  azuredevops: 'microsoftazuredevops',
  sendgrid: 'twiliosendgrid',
  privatekey: 'openssh',
  pem: 'openssh',
  ssh: 'openssh',
  pgp: 'openpgp',
  firebase: 'googlefirebase',
  facebook: 'meta',
  instagram: 'meta',
  braintree: 'paypalbraintree',
  opsgenie: 'atlassianopsgenie',
  jira: 'atlassian',
  confluence: 'atlassian',
  octopus: 'octopusdeploy',
  vault: 'hashicorp',
  terraform: 'hashicorp',
  hashicorpvault: 'hashicorp',
  sonarqube: 'sonarsource',
  sonarcloud: 'sonarsource',
  duo: 'duosecurity',
  grafana: 'grafanalabs',
  mistral: 'mistralai',
  wandb: 'weightsbiases',
  weightsandbiases: 'weightsbiases',
  together: 'togetherai',
  stability: 'stabilityai',
  alibaba: 'alibabacloud',
  tencent: 'tencentcloud',
  nexmo: 'vonage',
  postgres: 'postgresql',
  sqlserver: 'microsoftsqlserver',
  mssql: 'microsoftsqlserver',
  dockerhub: 'docker',
  crates: 'cratesio',
  maven: 'apachemaven',
  jwt: 'generic',
  digitalocean: 'digitalocean',
  checkout: 'checkoutcom',
  newrelic: 'newrelic',
  microsoftteams: 'microsoft',
  teams: 'microsoft',
  microsoftteamswebhook: 'microsoft',
  telegrambottoken: 'telegram',
  twitchaccesstoken: 'twitch',
  supabasetoken: 'supabase',
  sentrytoken: 'sentry',
  scalewaykey: 'scaleway',
  squareup: 'square',
  onepassword: '1password',
  mongo: 'mongodb',
  pagerdutyapikey: 'pagerduty',
  transferwise: 'wise',
  terraformcloud: 'hashicorp',
  googleoauth2: 'google',
  privkey: 'openssh',
  uri: 'generic',
  sendinblue: 'brevo',
  mandrill: 'mailchimp',
  artifactory: 'jfrog',
};

const WEAK_WORDS = new Set([
  'microsoft',
  'google',
  'cloud',
  'apache',
  'meta',
  'security',
  'labs',
  'deploy',
  'paypal',
  'atlassian',
  'twilio',
]);

export function loadLeakscanRules(rulesDir) {
  const rules = [];
  for (const file of readdirSync(rulesDir).filter((f) => /\.ya?ml$/.test(f))) {
    const document = parseYaml(readFileSync(join(rulesDir, file), 'utf8'));
    for (const rule of Array.isArray(document) ? document : (document?.rules ?? [])) {
      if (rule?.id) rules.push({ id: rule.id, vendor: rule.vendor ?? '', file });
    }
  }
  return rules;
}

/** vendor key -> leakscan rule ids. */
export function leakscanVendorIndex(rules) {
  const index = new Map();
  const add = (key, id) => {
    if (!key || key.length < 3) return;
    const ids = index.get(key) ?? new Set();
    ids.add(id);
    index.set(key, ids);
  };
  for (const rule of rules) {
    add(vendorKeyOf(rule.vendor), rule.id);
    for (const word of rule.vendor.split(/[\s/&,()-]+/))
      if (!WEAK_WORDS.has(vendorKeyOf(word))) add(vendorKeyOf(word), rule.id);
    add(vendorKeyOf(rule.file), rule.id);
    add(vendorKeyOf(rule.id.split('-')[0]), rule.id);
    add(vendorKeyOf(rule.id.split('-').slice(0, 2).join('')), rule.id);
  }
  return index;
}

export function leakscanRulesForVendor(index, vendorKey) {
  return index.get(vendorKey) ?? index.get(ALIASES[vendorKey]) ?? undefined;
}
