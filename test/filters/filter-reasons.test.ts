import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodedPlaceholderReason } from '../../src/filters/decoded-placeholder.js';
import { dummyCredentialReason } from '../../src/filters/dummy-credential.js';
import { encodedMediaReason } from '../../src/filters/encoded-media.js';
import { identifierReason } from '../../src/filters/identifier.js';
import { interpolationReason } from '../../src/filters/interpolation.js';
import { secretManagerReason } from '../../src/filters/secret-manager-reference.js';
import { templateReferenceReason } from '../../src/filters/template-reference.js';

// The boundaries of each class: what it drops, and the real-looking value next to it that it must keep.
describe('false-alarm classes and their boundaries', () => {
  it('template references of every kind, but not a random value with a lone $ or %', () => {
    for (const value of [
      '${VAR:?must',
      '${VAR:-Xq7Lm2Rz9Kw}',
      '#{DB_PASSWORD}',
      '{{.Values.x}}',
      '<%=ENV.fetch(:x)%>',
      '%(password)s',
      '$(API_TOKEN)',
      '%API_TOKEN%',
      '$API_TOKEN',
    ])
      assert.ok(templateReferenceReason(value), value);
    for (const value of ['q7Rz!v2Lm#9pXe4W', 'Xr7$kP2m%Lq9vZ4w', 'Tz2Lx9Rw4Kp8{Nc3}'])
      assert.equal(templateReferenceReason(value), undefined, value);
  });

  it('secret-manager references, but not a key that merely contains a slash', () => {
    for (const value of [
      'vault:secret/data/app#password',
      'op://Prod/Stripe/secret-key',
      'arn:aws:secretsmanager:eu-west-1:123456789012:secret:x',
      'projects/p/secrets/s/versions/1',
      'https://kv-prod.vault.azure.net/secrets/db-password',
    ])
      assert.ok(secretManagerReason(value), value);
    assert.equal(secretManagerReason('wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY'), undefined);
  });

  it('interpolation by language, and a literal $ in a language without it', () => {
    assert.ok(interpolationReason('#{value}_modified', 'x = "#{value}_modified"', 5, 'a.rb'));
    assert.ok(interpolationReason('{prefix}-{user.id}', 'x = f"{prefix}-{user.id}"', 6, 'a.py'));
    assert.ok(interpolationReason('$prefix-Xq7Lm2Rz9', 'val token = "$prefix-Xq7Lm2Rz9"', 13, 'A.kt'));
    assert.equal(interpolationReason('{prefix}-Xq7Lm2Rz9', 'x = "{prefix}-Xq7Lm2Rz9"', 5, 'a.py'), undefined);
    assert.equal(interpolationReason('Xr7$kp2mLq9vZ4w', 'token = "Xr7$kp2mLq9vZ4w"', 9, 'a.py'), undefined);
  });

  it('base64 media inside data URIs only', () => {
    const line = 'src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA+EAAAQQQQKDvAn1OAC6qD"';
    assert.ok(encodedMediaReason('EAAAQQQQKDvAn1OAC6qD', line, line.indexOf('EAAA')));
    const outside = 'src="data:image/png;base64,iVBORw0KGgo" token="EAAAQQQQKDvAn1OAC6qD"';
    assert.equal(encodedMediaReason('EAAAQQQQKDvAn1OAC6qD', outside, outside.indexOf('EAAA')), undefined);
  });

  it('identifiers, but not mixed-case random values', () => {
    for (const value of [
      ':unprocessable_entity,',
      'ActionController::InvalidAuthenticityToken',
      'active_storage/disk#update',
      'devise.passwords.reset_token',
      'org.acme.auth.TokenService',
    ])
      assert.ok(identifierReason(value), value);
    assert.equal(identifierReason('J8kd92LxQm3vTz7Rw1Pn5Yb0'), undefined);
    // Dotted tokens whose parts are random: a Vault service token, an Authress service client key.
    assert.equal(identifierReason('s.ZC9Ecf4M5g9o34Q6RkzGsj0z'), undefined);
    assert.equal(
      identifierReason('sc_zs90oabh2s.uvko.acc_xk319pjber.b0cgrppaf5yztny1g6aoty4mxskspsu63zpsxy8p'),
      undefined,
    );
    assert.ok(identifierReason('org.acme.oauth2.Oauth2AccessTokenResponse'));
  });

  it('dummy URL credentials, but not a real password for a dummy-looking user', () => {
    assert.ok(dummyCredentialReason('myuser', 'mypass'));
    assert.ok(dummyCredentialReason('postgres', 'postgres'));
    assert.ok(dummyCredentialReason('user-1', 'password-1'));
    assert.ok(dummyCredentialReason('foo', 'bar%25bar'));
    assert.equal(dummyCredentialReason('postgres', 'Qm7vTz2Lx9Rw4Kp8'), undefined);
  });

  it('decoded placeholders (base64 and JWT payloads), but not base64 of a real password', () => {
    assert.match(decodedPlaceholderReason(Buffer.from('your-api-key').toString('base64')) ?? '', /placeholder/);
    assert.match(decodedPlaceholderReason(Buffer.from('${DB_PASSWORD}').toString('base64')) ?? '', /reference/);
    assert.equal(decodedPlaceholderReason(Buffer.from('q7Rz!v2Lm#9pXe4W').toString('base64')), undefined);
  });
});
