import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

interface Report {
  findings: { ruleId: string; file: string; line: number }[];
  dropped: { ruleId: string; file: string; filter: string; reason: string; secret: string }[];
}

// A PNG of random-looking pixels, base64: long enough to hold vendor prefixes by chance.
const PNG_BODY = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk';
const FACEBOOK_LIKE_RUN = `EAAA${'QQQQKDvAn1OAC6qD8TGbGpts2umMyykw6f0Ysr219L7M7hBCWdhPzSgIIIAAAuMCEAAAQQQQAABBBBAAIHeCvQ5AbiuPvWzMuJsbVtF'}`;

/** Each false-alarm class, in a file of its own: the file must yield no finding, and --explain names the filter. */
const FALSE_ALARMS: { file: string; text: string; filter: string }[] = [
  {
    file: 'compose.yaml',
    text: 'services:\n  db:\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD:?must be set}\n',
    filter: 'template-reference',
  },
  { file: 'defaults.env', text: 'API_TOKEN=${API_TOKEN:-Xq7Lm2Rz9Kw4Tp8N}\n', filter: 'template-reference' },
  {
    file: 'octopus.config',
    text: '<add key="ApiSecret" value="#{Octopus.ApiSecret}"/>\nclient_secret = #{CLIENT_SECRET_VALUE}\n',
    filter: 'template-reference',
  },
  { file: 'values.yaml', text: 'password: "{{.Values.postgres.password}}"\n', filter: 'template-reference' },
  { file: 'database.yml.erb', text: 'password: <%=ENV.fetch(:database_password)%>\n', filter: 'template-reference' },
  { file: 'settings.ini', text: 'db_password = %(db_password_from_env)s\n', filter: 'template-reference' },
  { file: 'azure-pipelines.yml', text: 'api_token: $(DEPLOY_API_TOKEN_VALUE)\n', filter: 'template-reference' },
  { file: 'vault.yaml', text: 'db_password: vault:secret/data/prod/db#password\n', filter: 'secret-manager-reference' },
  { file: 'op.env', text: 'STRIPE_SECRET=op://Production/Stripe/secret-key\n', filter: 'secret-manager-reference' },
  {
    file: 'aws.yaml',
    text: 'api_secret: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api-Ab12Cd\n',
    filter: 'secret-manager-reference',
  },
  {
    file: 'gcp.yaml',
    text: 'api_secret: projects/acme-prod/secrets/payments-api-key/versions/7\n',
    filter: 'secret-manager-reference',
  },
  { file: 'token.rb', text: 'self.modified_token = "#{value}_modified"\n', filter: 'interpolation' },
  { file: 'token.py', text: 'auth_token = f"{prefix}-{session.user_id}-{nonce}"\n', filter: 'interpolation' },
  {
    file: 'routes.rb',
    text: 'put "/disk/:encoded_token" => "active_storage/disk#update", as: :update_rails_disk_service\n',
    filter: 'identifier',
  },
  {
    file: 'errors.rb',
    text: '"ActionController::InvalidAuthenticityToken" => :unprocessable_entity,\n',
    filter: 'identifier',
  },
  {
    file: 'Endpoint.java',
    text: 'String accessKey = "management.endpoint.%s.access".formatted(endpointId);\n',
    filter: 'identifier',
  },
  { file: 'validation.php', text: "return ['password' => 'required|confirmed'];\n", filter: 'identifier' },
  {
    file: 'baseline.txt',
    text: 'github-personal-access-token:src/app.js:906bfba33d9a919a\n',
    filter: 'fingerprint-line',
  },
  {
    file: 'notes.md',
    text: 'Accept it with `github-personal-access-token:src/app.js:906bfba33d9a919a` in .leakscanignore\n',
    filter: 'fingerprint-line',
  },
  // A vendor rule's keyed value filled by a rule id in a lookup table (leakscan's own dist/keyword-table.json).
  {
    file: 'keyword-table.json',
    text: '{"nasdaq_api_key":"netlify-access-token","splunk_access_token":"octopus-deploy-api-key"}\n',
    filter: 'identifier',
  },
  { file: 'i18n.yaml', text: 'reset_token: devise.passwords.reset_token_expired\n', filter: 'identifier' },
  {
    file: 'diagram.svg',
    text: `<svg><image xlink:href="data:image/png;base64,${PNG_BODY}+${FACEBOOK_LIKE_RUN}/AAAAAElFTkSuQmCC"/></svg>\n`,
    filter: 'encoded-media',
  },
  {
    file: 'font.css',
    text: `@font-face { src: url(data:font/woff2;base64,d09GMgABAAAAA+${FACEBOOK_LIKE_RUN}==) }\n`,
    filter: 'encoded-media',
  },
  {
    file: 'template.rb',
    text: '#   DATABASE_URL="mysql://myuser:mypass@localhost/somedatabase"\n',
    filter: 'dummy-credential',
  },
  { file: 'ci.yml', text: 'DATABASE_URL: postgres://postgres:postgres@localhost:5432\n', filter: 'dummy-credential' },
  {
    file: 'otel.gradle',
    text: `environment "OTEL_HEADERS", "Authorization=Basic ${Buffer.from('testuser:testpass123').toString('base64')}"\n`,
    filter: 'dummy-credential',
  },
  {
    file: 'secret.yaml',
    text: `apiVersion: v1\nkind: Secret\ndata:\n  api-key: ${Buffer.from('your-api-key').toString('base64')}\n  password: ${Buffer.from('changeme-now').toString('base64')}\n`,
    filter: 'decoded-placeholder',
  },
  {
    file: 'jwt.md',
    text: 'token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n',
    filter: 'decoded-placeholder',
  },
  { file: 'docs.gradle', text: 'token = "9cbaf023786cd7..."\n', filter: 'placeholder' },
  { file: 'oauth.yml', text: 'client-secret: "{noop}secret1"\n', filter: 'dummy-credential' },
  {
    file: 'redis.php',
    text: "'url' => 'redis://h:asdfqwer1234asdf@ec2-111-1-1-1.compute-1.amazonaws.com:111',\n",
    filter: 'dummy-credential',
  },
  {
    file: 'settings.xml',
    text: '<password>{Ur5BpeQGlYUHhXsHahO/HbMBcPSFSUtN5gbWuFFPYGw=}</password>\n',
    filter: 'known-non-secret',
  },
  {
    file: 'basic_auth_test.rb',
    text: 'password = "kjfhueyt9485osdfasdkljfh4lkjhakldjfhalkdsjf"\n',
    filter: 'known-non-secret',
  },
  { file: 'secrets.yml', text: '#   api_key: a1B2c3D4e5F6\n', filter: 'placeholder' },
  // Classes from the external bench's real-code trees (bench/external/TRIAGE.md).
  {
    file: '0004_alter_tokenproxy_options.py',
    text: "        ('authtoken', '0003_tokenproxy'),\n",
    filter: 'identifier',
  },
  {
    file: 'AuthHelper.cs',
    text: '    headers.Add(AuthHeaderName, DummyAuthHeader + $", Token={accessToken}");\n',
    filter: 'interpolation',
  },
  {
    file: 'form_tag_helper.rb',
    text: '  form_tag(\'http://far.away.com/form\', authenticity_token: "cf50faa3fe97702ca1ae")\n',
    filter: 'known-non-secret',
  },
  {
    file: 'QueueSqsJobTest.php',
    text: "        $this->secret = 'AmAz0n+SqSsEcReT+aLpHaNuM3R1CsTr1nG';\n",
    filter: 'known-non-secret',
  },
  { file: 'OAuth2Test.kt', text: '    clientSecret = "provider1-secret",\n', filter: 'known-non-secret' },
  {
    file: 'MailTest.php',
    text: "$this->assertStringContainsString('https://example.com/reset-password=5e113c71a4c210aff04b3fa66f1b1299', $log);\n",
    filter: 'known-non-secret',
  },
  {
    file: 'ktor.api',
    text: '    final object InvalidCredentials : io.ktor.server.auth/AuthenticationFailedCause { // io.ktor.server.auth/Authentication\n',
    filter: 'identifier',
  },
  {
    file: 'rfc7617.json',
    text: `"authorization": "Basic ${Buffer.from('Aladdin:open sesame').toString('base64')}"\n`,
    filter: 'dummy-credential',
  },
  {
    file: 'users.py',
    text: '"hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB",\n',
    filter: 'known-non-secret',
  },
  // Classes from the peers' published false-positive examples (bench/external, recall corpus negatives).
  {
    file: 'redirects.json',
    text: '"/en/enterprise/3.0/authentication/creating-a-strong-password":"/en/enterprise-server@3.0/auth"\n',
    filter: 'known-non-secret',
  },
  { file: 'licenses.tf', text: 'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"\n', filter: 'known-non-secret' },
  {
    file: 'enum.py',
    text: 'telegram_api_token = "clm08033:AgencyIdentificationCodeContentType"\n',
    filter: 'known-non-secret',
  },
  { file: 'token_test.go', text: 'nonMatchingToken := "b7aum8ahzqltjtx7"\n', filter: 'known-non-secret' },
  { file: 'auth.spec.ts', text: 'const INVALID_API_KEY = "Qm7vTz2Lx9Rw4Kp8";\n', filter: 'known-non-secret' },
  {
    file: 'grafana.env',
    text: 'GRAFANA_TOKEN=glsa_iNValIdinValiDinvalidinvalidinva_5b582697\n',
    filter: 'placeholder',
  },
];

/** The same contexts holding real-looking secrets: every one must still be reported. */
const STILL_FOUND: { file: string; text: string }[] = [
  { file: 'real-compose.yaml', text: 'DB_PASSWORD: Vx8q2LmRz4KwP9mT\n' },
  { file: 'real-url.yaml', text: 'DATABASE_URL: postgres://app:Qm7vTz2Lx9Rw4Kp8@db.internal:5432/app\n' },
  {
    file: 'real-secret.yaml',
    text: `apiVersion: v1\nkind: Secret\ndata:\n  password: ${Buffer.from('q7Rz!v2Lm#9pXe4W').toString('base64')}\n`,
  },
  {
    file: 'real-basic.sh',
    text: `curl -H "Authorization: Basic ${Buffer.from('deploy:Vx8q2LmRz4KwP9mT').toString('base64')}" https://api.acme-corp.io/\n`,
  },
  {
    file: 'real-svg-neighbour.html',
    text: `<img src="data:image/png;base64,${PNG_BODY}">\n<script>const api_key = "Zx7Kv9Np3Hs6Bd1Fy5Gc0TjWm4Rt8Lq2";</script>\n`,
  },
  { file: 'real-ruby.rb', text: 'self.api_token = "J8kd92LxQm3vTz7Rw1Pn5Yb0"\n' },
  { file: 'real-go.go', text: 'matchingToken := "b7aum8ahzqltjtx7"\n' },
  { file: 'real-notification.env', text: 'NOTIFICATION_TOKEN=Qm7vTz2Lx9Rw4Kp8\n' },
  { file: 'real-versioned.env', text: 'DEPLOY_TOKEN=Xq7Lm2Rz9Kw4Tp8N-1.2.3\n' },
  { file: 'real-camel.env', text: 'API_TOKEN=Kx9LmQpRwZt4VbNcYh2JfDs\n' },
  { file: 'real-keyword-table.json', text: '{"nasdaq_api_key":"Kx9LmQpRwZt4VbNc-h2J"}\n' },
  {
    file: 'real-beside-fingerprint.md',
    text: 'api_token: Kx9LmQpRwZt4VbNcYh2J (not github-pat:a.js:906bfba33d9a919a)\n',
  },
];

/** Values that never become candidates: a value stops at an escaped newline, so `123\n…` is three characters. */
const NO_CANDIDATE = [
  {
    file: 'encrypted_configuration.rb',
    text: '# my_config.read # => "some_secret: 123\\nsome_namespace:\\n  another_secret: 456"\n',
  },
];

describe('false-alarm filters through the CLI (--explain names each)', async () => {
  const dir = makeTempDir();
  for (const { file, text } of [...FALSE_ALARMS, ...STILL_FOUND, ...NO_CANDIDATE]) writeFileSync(join(dir, file), text);
  const result = await runCli(['scan', '--format', 'json', '--explain'], { cwd: dir });
  const report = JSON.parse(result.stdout) as Report;

  for (const { file } of NO_CANDIDATE)
    it(`${file}: no finding, no candidate`, () => {
      assert.equal(report.findings.filter((f) => f.file === file).length, 0);
      assert.equal(report.dropped.filter((d) => d.file === file).length, 0);
    });

  for (const { file, filter } of FALSE_ALARMS) {
    it(`${file}: no finding, dropped by ${filter}`, () => {
      assert.deepEqual(
        report.findings.filter((f) => f.file === file).map((f) => `${f.ruleId}:${f.line}`),
        [],
      );
      const drops = report.dropped.filter((d) => d.file === file);
      assert.ok(
        drops.some((d) => d.filter === filter),
        `${file}: dropped by ${drops.map((d) => `${d.filter} (${d.reason})`).join(', ') || 'nothing'}`,
      );
    });
  }
  for (const { file } of STILL_FOUND) {
    it(`${file}: still reported`, () =>
      assert.ok(
        report.findings.some((f) => f.file === file),
        `${file} not reported`,
      ));
  }
  it('never prints a dummy password in a drop reason', () => {
    for (const d of report.dropped.filter((d) => d.filter === 'dummy-credential'))
      assert.doesNotMatch(d.reason, /mypass|postgres|testpass/);
  });
});
