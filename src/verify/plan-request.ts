import aws4 from 'aws4';
import { hostAllowed, type VerifierDefinition } from './verifier-definition.js';

/** One request ready to send. `headers`/`body`/`url` hold the key: never print them (see `describePlan`). */
export interface PlannedRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string | undefined;
  /** The values that must never be printed: `describePlan` replaces them. */
  secrets: string[];
}

export interface PlanInput {
  secret: string;
  /** The paired half (an AWS access key id), when the rule has one. */
  id?: string | undefined;
  /** `--verify-endpoint ID=URL`: replaces the scheme, host and port of the request (GitHub Enterprise, a proxy). */
  endpoint?: URL | undefined;
}

/** Characters a secret may have to be put into a URL as it is (every vendor key format fits). */
const URL_SAFE = /^[A-Za-z0-9._~:-]+$/;
const HEADER_SAFE = /^[\x21-\x7e ]+$/;

/** The request for one secret, or why none can be made (the reason becomes the `unknown` state's). */
export function planRequest(definition: VerifierDefinition, input: PlanInput): PlannedRequest | { refused: string } {
  const values: Record<string, string> = { secret: input.secret };
  if (input.id !== undefined) values.id = input.id;
  for (const [name, pattern] of Object.entries(definition.extract ?? {})) {
    const value = new RegExp(pattern).exec(input.secret)?.groups?.value;
    if (value === undefined) return { refused: `the key has no ${name} part` };
    values[name] = value;
  }
  for (const value of Object.values(values))
    if (!HEADER_SAFE.test(value)) return { refused: 'the key has characters no request can carry' };
  const missing = new Set<string>();
  const fill = (template: string, inUrl: boolean): string =>
    template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) {
        missing.add(name);
        return '';
      }
      if (inUrl && !URL_SAFE.test(value)) missing.add(`${name} (not URL-safe)`);
      return value;
    });
  let url: URL;
  try {
    url = new URL(fill(definition.request.url, true));
  } catch {
    return { refused: 'the request URL does not parse' };
  }
  if (url.protocol !== 'https:' || !hostAllowed(url.hostname, definition.hosts))
    return { refused: `${url.hostname} is not one of the vendor's hosts (${definition.hosts.join(', ')})` };
  if (input.endpoint) {
    url.protocol = input.endpoint.protocol;
    url.host = input.endpoint.host;
    const base = input.endpoint.pathname.replace(/\/$/, '');
    if (base) url.pathname = `${base}${url.pathname}`;
  }
  const headers: Record<string, string> = {
    'user-agent': 'leakscan-verify (+read-only key check)',
    accept: 'application/json',
  };
  for (const [name, template] of Object.entries(definition.request.headers ?? {}))
    headers[name.toLowerCase()] = fill(template, false);
  const auth = definition.request.basic_auth;
  if (auth)
    headers.authorization = `Basic ${Buffer.from(`${fill(auth.username, false)}:${fill(auth.password, false)}`).toString('base64')}`;
  const body = definition.request.body === undefined ? undefined : fill(definition.request.body, false);
  if (missing.size > 0) return { refused: `no value for ${[...missing].join(', ')}` };
  const planned: PlannedRequest = {
    method: definition.request.method,
    url,
    headers,
    body,
    secrets: Object.values(values).filter((value) => value.length >= 4),
  };
  if (definition.code === 'aws-sigv4') return signAws(planned, values);
  return planned;
}

/** SigV4 with the `aws4` library: the key id (paired half) and the secret sign an STS GetCallerIdentity call. */
function signAws(planned: PlannedRequest, values: Record<string, string>): PlannedRequest | { refused: string } {
  if (!values.id) return { refused: 'no access key id next to the secret (the pair is needed to sign)' };
  const signed = aws4.sign(
    {
      service: 'sts',
      region: 'us-east-1',
      method: planned.method,
      host: planned.url.host,
      path: `${planned.url.pathname}${planned.url.search}`,
      headers: { ...planned.headers, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: planned.body ?? '',
    },
    { accessKeyId: values.id, secretAccessKey: values.secret as string },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers ?? {})) headers[name.toLowerCase()] = String(value);
  delete headers.host;
  delete headers['content-length'];
  return { ...planned, headers, secrets: [...planned.secrets, headers.authorization ?? ''] };
}

/** The request as `--explain` prints it: every secret value, and the Authorization header, masked. */
export function describePlan(planned: PlannedRequest): string {
  const mask = (text: string): string =>
    planned.secrets.reduce((out, secret) => (secret ? out.split(secret).join('********') : out), text);
  const headers = Object.entries(planned.headers)
    .map(([name, value]) => `${name}: ${name === 'authorization' ? `${value.split(' ')[0]} ********` : mask(value)}`)
    .join('; ');
  return `${planned.method} ${mask(planned.url.href)} [${headers}]`;
}
