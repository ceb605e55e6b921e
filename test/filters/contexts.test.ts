import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

interface Report {
  findings: { ruleId: string; file: string; line: number; secret: string }[];
}

// Each context a key turns up in, with the key it must yield (the whole value, nothing around it).
const CONTEXTS: { name: string; file: string; text: string; line: number; secret: string }[] = [
  {
    name: 'XML element',
    file: 'app.config',
    text: '<config>\n  <twilioApiSecret>Qm7vTz2Lx9Rw4Kp8Nc3Hb6Yd1Fs5Gj0A</twilioApiSecret>\n</config>\n',
    line: 2,
    secret: 'Qm7vTz2Lx9Rw4Kp8Nc3Hb6Yd1Fs5Gj0A',
  },
  {
    name: '.NET appSettings',
    file: 'web.config',
    text: '<appSettings>\n  <add key="StripeKey" value="Wm4Rt8Lq2Zx7Kv9Np3Hs6Bd1Fy5Gc0Tj"/>\n</appSettings>\n',
    line: 2,
    secret: 'Wm4Rt8Lq2Zx7Kv9Np3Hs6Bd1Fy5Gc0Tj',
  },
  {
    name: 'URL query ?token=…&',
    file: 'urls.txt',
    text: 'https://api.acme-corp.io/v1/items?token=Lq8Zr2Wm4Kx7Tv9Nb3Hs6Pd1&page=2\n',
    line: 1,
    secret: 'Lq8Zr2Wm4Kx7Tv9Nb3Hs6Pd1',
  },
  {
    name: 'URL query &api_key=',
    file: 'fetch.sh',
    text: 'curl "https://hooks.acme-corp.io/notify?x=1&api_key=Xr7kP2mLq9vZ4wTb8Nd3Hs6F"\n',
    line: 1,
    secret: 'Xr7kP2mLq9vZ4wTb8Nd3Hs6F',
  },
  {
    name: 'Authorization: Bot',
    file: 'bot.sh',
    text: 'curl -H "Authorization: Bot MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs" https://discord.com/api\n',
    line: 1,
    secret: '',
  },
  {
    name: 'Authorization: Bearer',
    file: 'bearer.py',
    text: 'headers = {"Authorization": "Bearer Zt8Qw2Lm4Rx9Kv7Np3HsYb6Dq1Fw5Gc"}\n',
    line: 1,
    secret: 'Zt8Qw2Lm4Rx9Kv7Np3HsYb6Dq1Fw5Gc',
  },
  {
    name: 'Authorization: Basic',
    file: 'basic.sh',
    text: `curl -H 'Authorization: Basic ${Buffer.from('deploy:Vx8q2LmRz4KwP9mT').toString('base64')}' https://x.acme-corp.io/\n`,
    line: 1,
    secret: '',
  },
  {
    name: 'curl -u user:secret',
    file: 'curl-user.sh',
    text: 'curl -u deploy:Vx8q2LmRz4KwP9mT https://api.acme-corp.io/\n',
    line: 1,
    secret: 'Vx8q2LmRz4KwP9mT',
  },
  {
    name: 'curl -u :token',
    file: 'curl-token.sh',
    text: 'curl -s -u :Tq9Lm2Xr7Kv4Zw8Np3Hs6Bd1 https://api.acme-corp.io/\n',
    line: 1,
    secret: 'Tq9Lm2Xr7Kv4Zw8Np3Hs6Bd1',
  },
  {
    name: 'C# indexer',
    file: 'Program.cs',
    text: 'config["Discord:BotToken"] = "Rw4Kp8Nc3Hb6Yd1Fs5Gj0AQm7vTz2Lx9";\n',
    line: 1,
    secret: 'Rw4Kp8Nc3Hb6Yd1Fs5Gj0AQm7vTz2Lx9',
  },
  {
    name: 'Java map put',
    file: 'Config.java',
    text: 'props.put("mail.smtp.password", "Tz2Lx9Rw4Kp8Nc3Hb6Yd1F");\n',
    line: 1,
    secret: 'Tz2Lx9Rw4Kp8Nc3Hb6Yd1F',
  },
  {
    name: "Ruby ENV['X'] ||=",
    file: 'env.rb',
    text: "ENV['SENDGRID_PASSWORD'] ||= 'Kp8Nc3Hb6Yd1Fs5Gj0AQm7'\n",
    line: 1,
    secret: 'Kp8Nc3Hb6Yd1Fs5Gj0AQm7',
  },
  {
    name: 'PHP define',
    file: 'config.php',
    text: "<?php\ndefine('STRIPE_SECRET', 'Hb6Yd1Fs5Gj0AQm7vTz2Lx9Rw4');\n",
    line: 2,
    secret: 'Hb6Yd1Fs5Gj0AQm7vTz2Lx9Rw4',
  },
  {
    name: 'Dockerfile ENV KEY value',
    file: 'Dockerfile',
    text: 'FROM node:20\nENV API_TOKEN Gj0AQm7vTz2Lx9Rw4Kp8Nc3Hb6Yd1\n',
    line: 2,
    secret: 'Gj0AQm7vTz2Lx9Rw4Kp8Nc3Hb6Yd1',
  },
  {
    name: 'Dockerfile ENV KEY=value',
    file: 'api.Dockerfile',
    text: 'FROM node:20\nENV DB_PASSWORD=Tz2Lx9Rw4Kp8Nc3Hb6Yd1F\n',
    line: 2,
    secret: 'Tz2Lx9Rw4Kp8Nc3Hb6Yd1F',
  },
  {
    name: '.netrc, one token per line',
    file: '.netrc',
    text: 'machine api.heroku.com\n  login deploy@acme-corp.io\n  password Lx9Rw4Kp8Nc3Hb6Yd1Fs5Gj0\n',
    line: 3,
    secret: 'Lx9Rw4Kp8Nc3Hb6Yd1Fs5Gj0',
  },
  {
    name: '.netrc, one line',
    file: 'netrc',
    text: 'machine github.com login bot password Rw4Kp8Nc3Hb6Yd1Fs5Gj0AQm7\n',
    line: 1,
    secret: 'Rw4Kp8Nc3Hb6Yd1Fs5Gj0AQm7',
  },
  {
    name: 'Python b"…"',
    file: 'bytes.py',
    text: 'API_SECRET = b"Yd1Fs5Gj0AQm7vTz2Lx9Rw4Kp8Nc3"\n',
    line: 1,
    secret: 'Yd1Fs5Gj0AQm7vTz2Lx9Rw4Kp8Nc3',
  },
  // The secret named only by the neighbouring line's vendor key: the id on one line, its secret as an env() default on the next.
  {
    name: 'key pair on neighbouring lines',
    file: 'services.php',
    text: "'twilio' => [\n    'sid' => env('TWILIO_API', 'SK6e84981d07ace5c9df33e1ab043a2fb2'),\n    'key' => env('TWILIO_API_KEY', 'wbTs1SUt6Aqe5eKeNCxuYvJa6PhaRd0'),\n],\n",
    line: 3,
    secret: 'wbTs1SUt6Aqe5eKeNCxuYvJa6PhaRd0',
  },
];

describe('contexts a key is found in (through the CLI)', async () => {
  const dir = makeTempDir();
  for (const { file, text } of CONTEXTS) writeFileSync(join(dir, file), text);
  const result = await runCli(['scan', '--format', 'json', '--show-secrets'], { cwd: dir });
  const report = JSON.parse(result.stdout) as Report;
  for (const { name, file, line, secret } of CONTEXTS) {
    it(`${name} (${file}:${line})`, () => {
      const found = report.findings.filter((f) => f.file === file && f.line === line);
      assert.ok(
        found.length > 0,
        `nothing found in ${file}: ${JSON.stringify(report.findings.filter((f) => f.file === file))}`,
      );
      if (secret)
        assert.ok(
          found.some((f) => f.secret === secret),
          `${file}: found ${found.map((f) => f.secret).join(', ')}`,
        );
    });
  }
});
