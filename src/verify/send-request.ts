import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import tls from 'node:tls';
import { isInternalAddress } from './address.js';
import type { PlannedRequest } from './plan-request.js';

export interface SendOptions {
  timeoutMs: number;
  allowInternal: boolean;
  /** HTTPS_PROXY / https_proxy, unless NO_PROXY lists the host. */
  proxy?: URL | undefined;
  /** Test-only (`LEAKSCAN_VERIFY_TEST_ORIGIN`): every request goes to this origin, Host header unchanged. */
  testOrigin?: URL | undefined;
}

export interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** At most MAX_BODY bytes: enough for any vendor's answer; the rest is not read. */
  body: string;
  /** The body went past MAX_BODY and was cut: no vendor answers that much to a key check. */
  truncated?: boolean | undefined;
}

/** Why no response came: the verifier reports `unknown` with this. */
export class SendFailure extends Error {}

const MAX_BODY = 64 * 1024;

/** DNS lookup that refuses internal addresses (checked on the address actually connected to: no rebinding). */
function guardedLookup(allowInternal: boolean): typeof dnsLookup {
  return ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      const list = addresses as LookupAddress[];
      const blocked = list.find((entry) => isInternalAddress(entry.address));
      if (blocked && !allowInternal)
        return callback(
          new SendFailure(
            `${hostname} resolves to internal address ${blocked.address} (--verify-allow-internal allows it)`,
          ),
        );
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      return callback(null, first?.address, first?.family);
    });
  }) as typeof dnsLookup;
}

/** A CONNECT tunnel through an HTTP proxy to host:port. */
function tunnel(proxy: URL, host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      method: 'CONNECT',
      path: `${host}:${port}`,
      headers: { host: `${host}:${port}` },
      timeout: timeoutMs,
    });
    request.on('connect', (response, socket) => {
      if (response.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new SendFailure(`proxy refused CONNECT ${host}:${port} (${response.statusCode})`));
      }
    });
    request.on('timeout', () => request.destroy(new SendFailure('proxy timed out')));
    request.on('error', (error) =>
      reject(error instanceof SendFailure ? error : new SendFailure(`proxy: ${error.message}`)),
    );
    request.end();
  });
}

/** TLS over the proxy tunnel, the certificate checked against `host`; resolves once the handshake is done. */
function secureOver(raw: Socket, host: string, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const secured = tls.connect({ socket: raw, host, ...(isIP(host) ? {} : { servername: host }) });
    const timer = setTimeout(
      () => secured.destroy(new SendFailure(`no TLS handshake within ${timeoutMs} ms`)),
      timeoutMs,
    );
    secured.once('secureConnect', () => {
      clearTimeout(timer);
      resolve(secured);
    });
    secured.once('error', (error) => {
      clearTimeout(timer);
      raw.destroy();
      reject(error instanceof SendFailure ? error : new SendFailure(`TLS: ${error.message}`));
    });
  });
}

/** Sends one request. Redirects are never followed; the response body is capped. */
export async function sendRequest(planned: PlannedRequest, options: SendOptions): Promise<Response> {
  const target = options.testOrigin ?? planned.url;
  const secure = target.protocol === 'https:';
  const port = Number(target.port || (secure ? 443 : 80));
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (!options.testOrigin && !options.allowInternal && isInternalAddress(host))
    throw new SendFailure(`${host} is an internal address (--verify-allow-internal allows it)`);
  let socket: Socket | undefined;
  if (options.proxy && !options.testOrigin) {
    socket = await tunnel(options.proxy, host, port, options.timeoutMs);
    if (secure) socket = await secureOver(socket, host, options.timeoutMs);
  }
  const headers: Record<string, string> = { ...planned.headers, host: planned.url.host };
  if (planned.body !== undefined) headers['content-length'] = String(Buffer.byteLength(planned.body));
  const requestOptions: https.RequestOptions = {
    method: planned.method,
    host,
    port,
    path: `${planned.url.pathname}${planned.url.search}`,
    headers,
    timeout: options.timeoutMs,
    agent: false,
    ...(socket
      ? { createConnection: () => socket }
      : { lookup: guardedLookup(options.allowInternal || !!options.testOrigin) }),
    ...(secure && !options.testOrigin && !isIP(host) ? { servername: host } : {}),
  };
  return await new Promise<Response>((resolve, reject) => {
    const request = (secure ? https : http).request(requestOptions, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (): void =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8'),
          truncated: size >= MAX_BODY,
        });
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // Enough for any vendor's answer: stop reading (an endless body cannot hold the run).
        if (size >= MAX_BODY) {
          done();
          request.destroy();
        }
      });
      response.on('end', done);
      response.on('error', (error) => reject(new SendFailure(`response: ${error.message}`)));
    });
    const deadline = setTimeout(
      () => request.destroy(new SendFailure(`no answer within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    request.on('close', () => clearTimeout(deadline));
    request.on('timeout', () => request.destroy(new SendFailure(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', (error) =>
      reject(
        error instanceof SendFailure
          ? error
          : new SendFailure(`network error: ${(error as NodeJS.ErrnoException).code ?? error.message}`),
      ),
    );
    request.end(planned.body);
  });
}

/** The proxy for https requests from the environment, unless NO_PROXY covers `host`. */
export function proxyFor(host: string, env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const raw = env.HTTPS_PROXY ?? env.https_proxy;
  if (!raw) return undefined;
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '')
    .split(',')
    .map((entry) =>
      entry
        .trim()
        .toLowerCase()
        .replace(/^\*?\./, ''),
    )
    .filter(Boolean);
  if (noProxy.includes('*') || noProxy.some((entry) => host === entry || host.endsWith(`.${entry}`))) return undefined;
  try {
    return new URL(raw.includes('://') ? raw : `http://${raw}`);
  } catch {
    return undefined;
  }
}
