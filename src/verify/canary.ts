/**
 * Canary tokens alert their owner when used, so a scanner that calls the vendor with one sets the alarm off
 * for nothing. AWS access key ids encode their account number, so keys from the accounts that canary services
 * issue their keys from are recognised offline and never sent. The account numbers are the ones canarytokens.org
 * (Thinkst) keys decode to, as published by scanners that skip them.
 */
const AWS_CANARY_ACCOUNTS = new Set([
  '052310077262',
  '171436882533',
  '266735846894',
  '534261010715',
  '595918472158',
  '717712589309',
  '729780141977',
  '730335385048',
  '819147034852',
  '992382622183',
]);

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The 12-digit account an AWS access key id (`AKIA`/`ASIA` + 16 base32 characters) belongs to: bits 1-40 of the
 * base32-decoded body after the prefix. Undefined for anything else.
 */
export function awsAccountOfKeyId(keyId: string): string | undefined {
  if (!/^(AKIA|ASIA)[A-Z2-7]{16}$/.test(keyId)) return undefined;
  let bits = 0n;
  for (const char of keyId.slice(4, 14)) bits = (bits << 5n) | BigInt(BASE32.indexOf(char));
  // 10 characters = 50 bits; the first 48 are the 6 bytes the account is read from.
  const first48 = bits >> 2n;
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, '0');
}

/** Why the key must not be sent (a known canary), or undefined. `id` is the paired half, when there is one. */
export function canaryReason(secret: string, id: string | undefined): string | undefined {
  for (const value of [id, secret]) {
    const account = value ? awsAccountOfKeyId(value) : undefined;
    if (account && AWS_CANARY_ACCOUNTS.has(account))
      return `AWS account ${account} issues canary tokens (canarytokens.org): not called, so its alarm stays quiet`;
  }
  return undefined;
}
