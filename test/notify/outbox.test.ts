import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Outbox, foldJournal, type JournalEvent } from '../../src/notify/outbox.js';
import { makeTempDir } from '../helpers/run-cli.js';

const enqueued = (key: string, target = 'hook'): JournalEvent => ({
  type: 'enqueued',
  at: '2026-11-26T10:00:00Z',
  target,
  key,
  eventId: `e-${key}`,
  ruleId: 'r',
  file: 'f',
  line: 1,
  body: '{}',
});
const lines = (events: JournalEvent[]) => events.map((e) => JSON.stringify(e));

describe('outbox fold', () => {
  it('an enqueued notice is pending until a delivered event', () => {
    const { entries } = foldJournal(
      lines([enqueued('a'), { type: 'attempted', at: 't', target: 'hook', key: 'a', outcome: 'HTTP 500' }]),
    );
    assert.equal(entries.get('hook\u0000a')?.state, 'pending');
    assert.equal(entries.get('hook\u0000a')?.attempts, 1);
    const done = foldJournal(
      lines([enqueued('a'), { type: 'delivered', at: 't', target: 'hook', key: 'a', status: 200 }]),
    ).entries;
    assert.equal(done.get('hook\u0000a')?.state, 'delivered');
  });

  it('enqueueing twice is idempotent; the same key for another target is another notice', () => {
    const { entries } = foldJournal(
      lines([
        enqueued('a'),
        { type: 'delivered', at: 't', target: 'hook', key: 'a', status: 200 },
        enqueued('a'),
        enqueued('a', 'other'),
      ]),
    );
    assert.equal(entries.size, 2);
    assert.equal(entries.get('hook\u0000a')?.state, 'delivered');
    assert.equal(entries.get('other\u0000a')?.state, 'pending');
  });

  it('a failed notice goes back to pending only when requeued', () => {
    const events = lines([enqueued('a'), { type: 'failed', at: 't', target: 'hook', key: 'a', reason: 'HTTP 400' }]);
    assert.equal(foldJournal(events).entries.get('hook\u0000a')?.state, 'failed');
    assert.equal(
      foldJournal([...events, JSON.stringify({ type: 'requeued', at: 't', target: 'hook', key: 'a' })]).entries.get(
        'hook\u0000a',
      )?.state,
      'pending',
    );
  });

  it('skips and counts a line cut short by a crash', () => {
    const { entries, unreadable } = foldJournal([...lines([enqueued('a')]), '{"type":"deliv']);
    assert.equal(unreadable, 1);
    assert.equal(entries.get('hook\u0000a')?.state, 'pending');
  });
});

describe('outbox file', () => {
  it('appends, survives a torn last line, and is private to the user', () => {
    const dir = makeTempDir();
    const outbox = new Outbox(join(dir, '.leakscan', 'outbox.jsonl'));
    outbox.append([enqueued('a')]);
    appendFileSync(outbox.path, '{"type":"enq'); // a write cut short
    outbox.append([enqueued('b')]);
    const { entries, unreadable } = outbox.read();
    assert.deepEqual(
      [...entries.values()].map((e) => e.key),
      ['a', 'b'],
    );
    assert.equal(unreadable, 1);
    assert.equal(statSync(outbox.path).mode & 0o777, 0o600);
  });

  it('compaction keeps every notice and its state, but no body of a delivered one', () => {
    const dir = makeTempDir();
    const outbox = new Outbox(join(dir, 'outbox.jsonl'));
    const withBody = (key: string, body: string): JournalEvent => ({ ...enqueued(key), body }) as JournalEvent;
    outbox.append([
      withBody('sent', 'ghp_DELIVERED'),
      withBody('waiting', 'ghp_PENDING'),
      withBody('refused', 'ghp_FAILED'),
      { type: 'attempted', at: 't1', target: 'hook', key: 'waiting', outcome: 'HTTP 503' },
      { type: 'delivered', at: 't2', target: 'hook', key: 'sent', status: 200 },
      { type: 'failed', at: 't3', target: 'hook', key: 'refused', reason: 'HTTP 400' },
    ]);
    const before = outbox.read().entries;
    assert.ok(outbox.holdsDeliveredBodies());
    outbox.compact();
    const text = readFileSync(outbox.path, 'utf8');
    assert.ok(!text.includes('ghp_DELIVERED'));
    assert.ok(text.includes('ghp_PENDING') && text.includes('ghp_FAILED'));
    assert.ok(!outbox.holdsDeliveredBodies());
    const after = outbox.read().entries;
    assert.deepEqual([...after.keys()], [...before.keys()]);
    for (const [id, entry] of after) {
      const old = before.get(id)!;
      assert.deepEqual(
        [entry.state, entry.attempts > 0, entry.lastError],
        [old.state, old.attempts > 0, old.lastError],
        id,
      );
    }
    assert.equal(statSync(outbox.path).mode & 0o777, 0o600);
  });

  it('takes over a lock left by a process that no longer exists, and waits for a live one', async () => {
    const dir = makeTempDir();
    const outbox = new Outbox(join(dir, 'outbox.jsonl'));
    writeFileSync(`${outbox.path}.lock`, '999999999');
    assert.equal(await outbox.withLock(async () => 'ran'), 'ran');
    writeFileSync(`${outbox.path}.lock`, String(process.ppid));
    await assert.rejects(() => outbox.withLock(async () => 'ran', 100), /in use by process/);
    assert.equal(readFileSync(`${outbox.path}.lock`, 'utf8'), String(process.ppid));
  });
});
