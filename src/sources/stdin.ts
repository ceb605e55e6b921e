import type { Readable } from 'node:stream';
import { decodeText, looksBinary } from './decode-text.js';
import type { Fragment } from './fragment.js';
import type { ScanStats } from './scan-stats.js';

/** Standard input as one fragment, named `name` in reports. */
export async function* stdinFragments(input: Readable, name: string, maxBytes: number, stats: ScanStats): AsyncGenerator<Fragment> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += buffer.length;
    if (total > maxBytes) {
      stats.skipped.push({ path: name, reason: 'too-large', detail: `more than ${maxBytes} bytes on stdin` });
      input.resume();
      return;
    }
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length > 0 && looksBinary(bytes)) {
    stats.skipped.push({ path: name, reason: 'binary' });
    return;
  }
  stats.filesScanned++;
  stats.bytesScanned += bytes.length;
  yield { text: decodeText(bytes), origin: { kind: 'stdin', path: name }, startLine: 1 };
}
