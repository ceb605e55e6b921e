import type { Readable } from 'node:stream';
import { DECODER_LABEL, decodeText, sniffEncoding } from './decode-text.js';
import type { Fragment } from './fragment.js';
import type { ScanStats } from './scan-stats.js';
import { TextWindows } from './text-windows.js';

/**
 * Standard input as one fragment, named `name` in reports; over `maxBytes` it is scanned in windows of that
 * size as it arrives (bounded memory), never skipped for its size.
 */
export async function* stdinFragments(
  input: Readable,
  name: string,
  maxBytes: number,
  stats: ScanStats,
): AsyncGenerator<Fragment> {
  const origin = { kind: 'stdin', path: name } as const;
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const next = async (): Promise<Buffer | undefined> => {
    const { value, done } = await iterator.next();
    return done ? undefined : Buffer.isBuffer(value) ? value : Buffer.from(value);
  };
  const head: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength <= maxBytes) {
    const chunk = await next();
    if (!chunk) {
      ended = true;
      break;
    }
    head.push(chunk);
    headLength += chunk.length;
  }
  const bytes = Buffer.concat(head);
  const encoding = sniffEncoding(bytes);
  if (encoding === undefined) {
    stats.skipped.push({ path: name, reason: 'binary' });
    input.resume();
    return;
  }
  stats.filesScanned++;
  stats.bytesScanned += bytes.length;
  if (ended) {
    yield { text: decodeText(bytes, encoding), origin, startLine: 1 };
    return;
  }
  const decoder = new TextDecoder(DECODER_LABEL[encoding]);
  const windows = new TextWindows(maxBytes);
  yield* windows.push(decoder.decode(bytes, { stream: true })).map((window) => ({ ...window, origin }));
  for (let chunk = await next(); chunk; chunk = await next()) {
    stats.bytesScanned += chunk.length;
    yield* windows.push(decoder.decode(chunk, { stream: true })).map((window) => ({ ...window, origin }));
  }
  yield* [...windows.push(decoder.decode()), ...windows.end()].map((window) => ({ ...window, origin }));
}
