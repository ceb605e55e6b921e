import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ReadAhead } from '../../src/sources/read-ahead.js';

/** A source of `count` 10-byte chunks that records how far it was read and whether it was closed. */
function source(count: number, failAt?: number) {
  const state = { pulled: 0, closed: false };
  async function* generate(): AsyncGenerator<Buffer> {
    try {
      for (let i = 0; i < count; i++) {
        if (i === failAt) throw new Error(`source failed at ${i}`);
        state.pulled++;
        yield Buffer.from(String(i).padStart(10, '0'));
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, chunks: generate() };
}

async function collect(chunks: AsyncIterable<Buffer>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk.toString();
  return text;
}

describe('ReadAhead', () => {
  it('hands every chunk on, in order', async () => {
    const { chunks } = source(50);
    const expected = Array.from({ length: 50 }, (_, i) => String(i).padStart(10, '0')).join('');
    assert.equal(await collect(new ReadAhead(chunks, 25).drain()), expected);
  });

  it('stops reading ahead at its limit until the consumer catches up', async () => {
    const { state, chunks } = source(100);
    const ahead = new ReadAhead(chunks, 35);
    await sleep(20);
    assert.equal(state.pulled, 4, '35 bytes allow three 10-byte chunks, the fourth crosses the limit');
    assert.equal((await collect(ahead.drain())).length, 1000);
    assert.equal(state.pulled, 100);
  });

  it("passes the source's error to the consumer after the chunks before it", async () => {
    const { chunks } = source(10, 3);
    const seen: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const chunk of new ReadAhead(chunks, 1000).drain()) seen.push(chunk.toString());
      })(),
      /source failed at 3/,
    );
    assert.equal(seen.length, 3);
  });

  it('abort closes the source (a git process is killed) without draining it', async () => {
    const { state, chunks } = source(1000);
    const ahead = new ReadAhead(chunks, 15);
    await sleep(10);
    ahead.abort();
    await sleep(10);
    assert.equal(state.closed, true);
    assert.ok(state.pulled < 10);
  });
});
