import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors.js';
import { printableUrl, remoteTarget as parse, withoutCredentials } from '../../src/sources/remote-clone.js';

/** The target as data (fields left undefined are absent). */
const remoteTarget = (given: string, env?: NodeJS.ProcessEnv): unknown => {
  const target = parse(given, env);
  return target === undefined ? undefined : JSON.parse(JSON.stringify(target));
};

describe('remoteTarget: what a non-path argument names', () => {
  it('URLs git clones, with an http(s) password (and its user name) moved out of the URL', () => {
    assert.deepEqual(remoteTarget('https://git.example.test/o/r.git'), { url: 'https://git.example.test/o/r.git' });
    assert.deepEqual(remoteTarget('https://me:s3cret%21@git.example.test/o/r.git'), {
      url: 'https://git.example.test/o/r.git',
      username: 'me',
      password: 's3cret!',
    });
    assert.deepEqual(remoteTarget('https://me@git.example.test/o/r.git'), {
      url: 'https://me@git.example.test/o/r.git',
      username: 'me',
    });
    assert.deepEqual(remoteTarget('ssh://git@host.test/o/r.git'), { url: 'ssh://git@host.test/o/r.git' });
    assert.deepEqual(remoteTarget('file:///srv/git/r.git'), { url: 'file:///srv/git/r.git' });
    assert.deepEqual(remoteTarget('git@host.test:o/r.git'), { url: 'git@host.test:o/r.git' });
  });

  it('owner/name is GitHub, or GITHUB_SERVER_URL', () => {
    assert.deepEqual(remoteTarget('octo/app', {}), { url: 'https://github.com/octo/app.git', shorthand: true });
    assert.deepEqual(remoteTarget('octo/app.git', { GITHUB_SERVER_URL: 'https://ghe.test/' }), {
      url: 'https://ghe.test/octo/app.git',
      shorthand: true,
    });
  });

  it('anything else is not a repository: local-looking names, option-like and control characters', () => {
    for (const given of ['src/a/b', 'a:b', '-upload', '--upload-pack=touch x', 'a\nb/c', 'readme.md'])
      assert.equal(remoteTarget(given, {}), undefined, given);
  });

  it('transports that run commands and other schemes are refused', () => {
    for (const given of ['ext::sh -c touch x', 'fd::3', 'ftp://host/r.git', 'https://[bad'])
      assert.throws(() => parse(given), UsageError, given);
  });

  it('credentials never survive printing', () => {
    assert.equal(printableUrl('https://u:p@host.test/r.git'), 'https://host.test/r.git');
    assert.equal(
      withoutCredentials("fatal: unable to access 'https://u:tok@host.test/r.git/': 401"),
      "fatal: unable to access 'https://host.test/r.git/': 401",
    );
  });
});
