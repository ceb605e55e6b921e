import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseConfigText } from '../../src/config/config-file.js';
import { ConfigError } from '../../src/errors.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

const TYPO =
  'rotation:\n  webhooks:\n    - url: https://rotate.example.com/hook\n      secretEnvv: LEAKSCAN_WEBHOOK_SECRET\n';

describe('the rotation: section', () => {
  it('is validated when the config loads, and parsed into targets', async () => {
    const config = await parseConfigText(
      'rotation:\n  outbox: state/outbox.jsonl\n  webhooks:\n    - url: https://rotate.example.com/hook\n',
      '.leakscan.yaml',
    );
    assert.equal(config.rotation.outbox, 'state/outbox.jsonl');
    assert.deepEqual(
      config.rotation.targets.map((t) => t.name),
      ['https://rotate.example.com/hook'],
    );
    await assert.rejects(parseConfigText(TYPO, '.leakscan.yaml'), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /rotation\.webhooks\[0\]\.secretEnvv: unknown field/);
      return true;
    });
  });

  it('with a typo fails a scan without --rotate: exit 2, naming the field', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, '.leakscan.yaml'), TYPO);
    writeFileSync(join(dir, 'app.txt'), 'nothing here\n');
    const result = await runCli(['scan', '.'], { cwd: dir });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /rotation\.webhooks\[0\]\.secretEnvv: unknown field/);
  });

  it('has no targets when the section is absent', async () => {
    const config = await parseConfigText('maxFileSize: 1MB\n', '.leakscan.yaml');
    assert.deepEqual(config.rotation.targets, []);
  });
});
