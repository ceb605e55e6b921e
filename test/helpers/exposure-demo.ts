import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { GitRepo, type FileChanges } from './git-repo.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const base62 = (length: number): string => [...randomBytes(length)].map((byte) => BASE62[byte % 62]).join('');
const digits = (length: number): string => [...randomBytes(length)].map((byte) => String(byte % 10)).join('');

/** Fresh keys in vendors' documented formats (test data, never real keys), built at run time. */
export function demoKeys() {
  return {
    stripe: `sk_live_${base62(24)}`,
    slack: `xoxb-${digits(12)}-${digits(13)}-${base62(24)}`,
    gitlab: `glpat-${base62(20)}`,
    sendgrid: `SG.${base62(22)}.${base62(43)}`,
    feed: `glft-${base62(20)}`,
  };
}

/** A commit with a chosen author, author date and committer date. Returns the full SHA. */
export function commitAs(
  repo: GitRepo,
  author: string,
  date: string,
  message: string,
  files: FileChanges = {},
): string {
  repo.write(files);
  repo.git('add', '-A');
  const result = spawnSync('git', ['commit', '-q', '--allow-empty', '--no-verify', '-m', message], {
    cwd: repo.dir,
    env: {
      ...process.env,
      ...repo.env,
      GIT_AUTHOR_NAME: author,
      GIT_AUTHOR_EMAIL: 'dev@example.test',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`commit failed: ${result.stderr}`);
  return repo.git('rev-parse', 'HEAD');
}

export type DemoKeys = ReturnType<typeof demoKeys>;

/**
 * A small shop's repository with one key of each story a reviewer meets: moved (still at HEAD under a new
 * name), added and removed four days later, reused in two scripts (one copy removed, one left), removed on
 * main but still served by a release tag, and one that only lives on an experiment branch.
 */
export function buildDemoRepository(keys: DemoKeys = demoKeys()): { repo: GitRepo; keys: DemoKeys } {
  const repo = GitRepo.init();
  commitAs(repo, 'Ada Lovelace', '2025-01-06T09:00:00Z', 'Initial shop skeleton', {
    'README.md': '# acme-shop\n',
    'src/app.js': 'export const app = {};\n',
  });
  commitAs(repo, 'Ada Lovelace', '2025-01-20T10:30:00Z', 'Payments: configure Stripe', {
    'config/payments.env': `CURRENCY=EUR\nSTRIPE_SECRET_KEY=${keys.stripe}\nRETRIES=3\n`,
  });
  commitAs(repo, 'Bob Marley', '2025-02-10T16:00:00Z', 'Notify the team on Slack', {
    '.env.production': `SLACK_BOT_TOKEN=${keys.slack}\n`,
  });
  commitAs(repo, 'Carol Shaw', '2025-02-14T08:15:00Z', 'Remove Slack token from env file', { '.env.production': null });
  commitAs(repo, 'Bob Marley', '2025-03-03T11:00:00Z', 'Move payment config next to the deploy files', {
    'config/payments.env': null,
    'deploy/payments.env': `CURRENCY=EUR\nSTRIPE_SECRET_KEY=${keys.stripe}\nRETRIES=3\n`,
  });
  commitAs(repo, 'Carol Shaw', '2025-04-01T12:00:00Z', 'CI: deploy through the GitLab API', {
    'ci/deploy.sh': `#!/bin/sh\nGITLAB_TOKEN=${keys.gitlab}\ncurl -H "PRIVATE-TOKEN: $GITLAB_TOKEN" https://gitlab.example/api\n`,
  });
  commitAs(repo, 'Dan Abramov', '2025-05-02T15:45:00Z', 'Release script', {
    'scripts/release.sh': `#!/bin/sh\nexport GITLAB_TOKEN=${keys.gitlab}\n`,
  });
  commitAs(repo, 'Carol Shaw', '2025-06-15T09:30:00Z', 'CI: read the token from CI variables', {
    'ci/deploy.sh': '#!/bin/sh\ncurl -H "PRIVATE-TOKEN: $GITLAB_TOKEN" https://gitlab.example/api\n',
  });
  commitAs(repo, 'Eve Online', '2025-06-20T13:00:00Z', 'Send order mails', {
    'src/mailer.js': `const key = '${keys.sendgrid}';\nexport default key;\n`,
  });
  repo.git('tag', '-a', '-m', 'release 1.1', 'v1.1');
  commitAs(repo, 'Eve Online', '2025-07-10T10:00:00Z', 'Mailer: key from the environment', {
    'src/mailer.js': 'export default process.env.SENDGRID_API_KEY;\n',
  });
  repo.git('checkout', '-q', '-b', 'experiment/feed');
  commitAs(repo, 'Frank Zappa', '2025-08-05T17:20:00Z', 'Try the issues feed', {
    'docs/feeds.md': `https://gitlab.com/dashboard/issues.atom?feed_token=${keys.feed}&state=opened\n`,
  });
  repo.git('checkout', '-q', 'main');
  commitAs(repo, 'Ada Lovelace', '2025-09-01T09:00:00Z', 'Docs', { 'README.md': '# acme-shop\n\nRun `npm start`.\n' });
  return { repo, keys };
}
