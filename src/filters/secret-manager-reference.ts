import { firstMatchingReason, type Filter } from './filter.js';

/**
 * A pointer into a secret manager: the secret lives there, the text only says where. Each form is the
 * manager's documented reference syntax.
 */
const MANAGER_REFERENCES: [RegExp, string][] = [
  [/^vault:[\w./-]{1,200}(?:#[\w.-]{1,100})?$/, 'a HashiCorp Vault reference (vault:path#key)'],
  [/^op:\/\/[^\s/]{1,100}\/[^\s/]{1,200}/, 'a 1Password secret reference (op://vault/item/field)'],
  [/^arn:aws[\w-]{0,20}:(?:secretsmanager|ssm|kms):/, 'an AWS ARN (Secrets Manager, SSM or KMS)'],
  [
    /^(?:\/\/secretmanager\.googleapis\.com\/)?projects\/[^\s/]{1,100}\/secrets\/[^\s/]{1,255}/,
    'a Google Secret Manager resource name',
  ],
  [/^https:\/\/[\w-]{1,64}\.vault\.azure\.net\/(?:secrets|keys|certificates)\//, 'an Azure Key Vault URI'],
  [/^@Microsoft\.KeyVault\(/, 'an Azure Key Vault reference'],
  [/^(?:sm|gcpsm|awssm|ssm|secretsmanager|azurekeyvault|akv|doppler|infisical|bws):\/\//, 'a secret-manager URI'],
];

export function secretManagerReason(value: string): string | undefined {
  return firstMatchingReason(MANAGER_REFERENCES, value);
}

export const secretManagerReferenceFilter: Filter = {
  name: 'secret-manager-reference',
  check: ({ candidate }) => secretManagerReason(candidate.secret),
};
