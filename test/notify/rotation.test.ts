import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Finding } from '../../src/findings/finding.js';
import { fingerprintOf, hashSecret, Secret } from '../../src/findings/secret.js';
import { Outbox } from '../../src/notify/outbox.js';
import { enqueueEvents, notifyFindings, tallyLine } from '../../src/notify/rotation.js';
import { parseRotationConfig } from '../../src/notify/rotation-config.js';
import { answer, startReceiver, type Receiver } from '../helpers/receiver.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

function finding(secret: string, file = 'app.env', ruleId = 'github-personal-access-token'): Finding {
  return {
    ruleId,
    title: 'GitHub personal access token (classic)',
    vendor: 'GitHub',
    severity: 'critical',
    confidence: 'high',
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 41,
    secret: new Secret(secret),
    fingerprint: fingerprintOf(ruleId, file, secret),
    secretHash: hashSecret(secret),
    tags: [],
  };
}
const context = { mode: 'directory', toolVersion: 'test', detectedAt: new Date() };

describe('queueing notices', () => {
  it('queues one notice per (target, leak), once, even when a history scan finds the leak in many commits', () => {
    const { rotation } = parseRotationConfig({
      webhooks: [
        { name: 'a', url: 'https://a.example/h' },
        { name: 'b', url: 'https://b.example/h', rules: ['aws-*'] },
      ],
    });
    const token = githubToken();
    const events = enqueueEvents(
      rotation.targets,
      [finding(token), finding(token), finding(githubToken(), 'other.env')],
      new Map(),
      context,
    );
    assert.deepEqual(
      events.map((e) => [e.target, e.file]),
      [
        ['a', 'app.env'],
        ['a', 'other.env'],
      ],
    );
  });

  it('the GitHub target gets the token itself, once per token, wherever it was found', () => {
    const { rotation } = parseRotationConfig({ githubRevoke: true });
    const token = githubToken();
    const events = enqueueEvents(
      rotation.targets,
      [finding(token, 'a.env'), finding(token, 'b.env'), finding('AKIA0000000000000000', 'c.env', 'aws-access-key-id')],
      new Map(),
      context,
    );
    assert.deepEqual(
      events.map((e) => e.body),
      [token],
    );
  });
});

describe('delivering after a scan', () => {
  const receivers: Receiver[] = [];
  after(async () => Promise.all(receivers.map((r) => r.close())));

  it('when another live run holds the outbox, queues the notice without sending it', async () => {
    const hook = await startReceiver(answer(200));
    receivers.push(hook);
    const dir = makeTempDir();
    const { rotation } = parseRotationConfig({
      outbox: '.leakscan/outbox.jsonl',
      webhooks: [{ name: 'hook', url: hook.url }],
    });
    const outbox = new Outbox(join(dir, rotation.outbox!));
    await outbox.withLock(async () => undefined); // creates the directory
    writeFileSync(`${outbox.path}.lock`, String(process.ppid));
    process.env.LEAKSCAN_WEBHOOK_SECRET = 'k';
    const { tallies } = await notifyFindings([finding(githubToken())], rotation, context, dir, 100);
    assert.equal(hook.requests.length, 0);
    assert.equal(tallies[0]?.pending, 1);
    assert.match(tallyLine(tallies), /hook: 0 sent, 0 retried, 1 pending.*in use by process/s);
    assert.equal([...outbox.read().entries.values()][0]?.state, 'pending');
  });
});
