import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, watchedPage, type WatchedPage } from '../helpers/browser.js';
import { buildDemoRepository, commitAs, type DemoKeys } from '../helpers/exposure-demo.js';
import { GitRepo } from '../helpers/git-repo.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { githubToken } from '../helpers/tokens.js';

/** The few DOM members the page functions below use (the project compiles without the DOM library). */
interface DomNode {
  hidden: boolean;
  innerText: string;
  textContent: string | null;
  href?: string;
  querySelector(selector: string): unknown;
  getBoundingClientRect(): { width: number };
  classList: { contains(name: string): boolean };
}

/** `UPDATE_SCREENSHOTS=1 npm test -- test/report/html-browser.test.ts` refreshes the images docs/ and README show. */
const DOCS_IMAGES = new URL('../../docs/img/', import.meta.url);

async function historyHtml(repo: GitRepo, extra: string[] = []): Promise<string> {
  const file = join(makeTempDir('leakscan-html-'), 'report.html');
  const result = await runCli(['history', '--format', 'html', '--output', file, ...extra], {
    cwd: repo.dir,
    env: repo.env,
  });
  assert.equal(result.code, 1, result.stderr);
  return file;
}

const visibleCards = (page: Page) =>
  page.$$eval('article.card', (cards) =>
    cards
      .filter((card) => !(card as unknown as DomNode).hidden)
      .map((card) => (card.querySelector('.title') as unknown as DomNode).textContent ?? ''),
  );

async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  const dir = makeTempDir('leakscan-shots-');
  const path = join(dir, name);
  await page.screenshot({ path, fullPage });
  assert.ok(statSync(path).size > 10_000, `${name} looks empty`);
  assert.deepEqual([...readFileSync(path).subarray(1, 4)], [...Buffer.from('PNG')]);
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    copyFileSync(path, new URL(name, DOCS_IMAGES));
  }
}

describe('html report in headless Chromium', () => {
  let context: BrowserContext;
  let keys: DemoKeys;
  let reportUrl: string;
  let reportText: string;
  let watched: WatchedPage;

  before(async () => {
    const demo = buildDemoRepository();
    keys = demo.keys;
    const file = await historyHtml(demo.repo);
    reportText = readFileSync(file, 'utf8');
    reportUrl = pathToFileURL(file).href;
    context = await launchChromium();
    watched = await watchedPage(context, reportUrl);
    await watched.page.goto(reportUrl);
  });

  after(async () => {
    await context?.close();
  });

  it('shows the summary: secrets by severity and confidence, still at HEAD, longest exposure, reused keys', async () => {
    const { page } = watched;
    const tile = (id: string) =>
      page.$eval(`#${id}`, (element) => (element as unknown as DomNode).innerText.replace(/\s+/g, ' ').trim());
    assert.match(await tile('sum-leaks'), /^5 leaked secrets 6 occurrences$/i);
    assert.match(await tile('sum-severity'), /critical 1 high 3 medium 0 low 1/);
    assert.match(await tile('sum-confidence'), /high 5/);
    assert.match(await tile('sum-head'), /^2 still at HEAD 4 still exposed on some ref$/i);
    assert.match(await tile('sum-longest'), /^\d+(\.\d)? days longest exposure Stripe live secret API key$/i);
    assert.match(await tile('sum-reused'), /^1 reused keys/i);
  });

  it('draws one card per secret with its timeline bar, places, refs that still hold it, and a rotation guide', async () => {
    const { page } = watched;
    const cards = await page.$$eval('article.card', (elements) =>
      elements.map((card) => {
        const bar = card.querySelector('.bar') as unknown as DomNode | null;
        return {
          title: (card.querySelector('.title') as unknown as DomNode).textContent,
          text: (card as unknown as DomNode).innerText,
          barWidth: bar ? bar.getBoundingClientRect().width : 0,
          barOpen: bar?.classList.contains('bar-open') ?? false,
          places: card.querySelectorAll('table.locations tbody tr').length,
          guide: (card.querySelector('a.rotation-guide') as unknown as DomNode | null)?.href ?? '',
        };
      }),
    );
    assert.equal(cards.length, 5);
    const byTitle = (word: string) => cards.find((card) => card.title?.includes(word))!;
    for (const card of cards) {
      assert.ok(card.barWidth > 2, `${card.title}: no timeline bar`);
      assert.match(card.guide, /^https:\/\//, `${card.title}: no rotation guide link`);
      assert.match(card.text, /introduced \d{4}-\d\d-\d\d in [0-9a-f]{40} by /);
    }
    const slack = byTitle('Slack');
    assert.equal(slack.barOpen, false);
    assert.match(slack.text, /3\.7 days exposed/);
    assert.match(slack.text, /removed 2025-02-14 in [0-9a-f]{40} by Carol Shaw/);
    assert.match(slack.text, /No branch or tag tip holds it/);
    const gitlab = byTitle('GitLab personal');
    assert.equal(gitlab.places, 2);
    assert.match(gitlab.text, /REUSED in 2 places/);
    assert.match(gitlab.text, /STILL AT HEAD/);
    assert.match(byTitle('SendGrid').text, /Still held by: tag v1\.1/);
    assert.match(byTitle('feed token').text, /Still held by: branch experiment\/feed/);
    const stripe = byTitle('Stripe');
    assert.ok(stripe.barOpen);
    assert.match(stripe.text, /STILL AT HEAD/);
    assert.ok(stripe.barWidth > slack.barWidth * 20, 'bars are drawn to one time scale');
  });

  it('filters by severity, rule and state, searches, and sorts by exposure', async () => {
    const { page } = watched;
    const days = () =>
      page.$$eval('article.card', (cards) =>
        cards
          .filter((card) => !(card as unknown as DomNode).hidden)
          .map((card) => Number.parseFloat((card.querySelector('.days') as unknown as DomNode).textContent ?? '')),
      );
    const sorted = await days();
    assert.deepEqual(
      sorted,
      [...sorted].sort((a, b) => b - a),
      'longest exposure first by default',
    );

    await page.selectOption('#filter-severity', 'critical');
    assert.deepEqual(await visibleCards(page), ['Stripe live secret API key']);
    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-state', 'removed');
    assert.deepEqual(await visibleCards(page), ['Slack bot token (xoxb-)']);
    await page.selectOption('#filter-state', 'reused');
    assert.deepEqual(await visibleCards(page), ['GitLab personal, project or group access token (classic)']);
    await page.selectOption('#filter-state', 'at-head');
    assert.equal((await visibleCards(page)).length, 2);
    await page.selectOption('#filter-state', '');
    await page.selectOption('#filter-rule', 'gitlab-feed-token');
    assert.deepEqual(await visibleCards(page), ['GitLab feed token']);
    await page.selectOption('#filter-rule', '');

    await page.fill('#search', 'release.sh');
    assert.deepEqual(await visibleCards(page), ['GitLab personal, project or group access token (classic)']);
    await page.fill('#search', 'eve online');
    assert.deepEqual(await visibleCards(page), ['Twilio SendGrid API key']);
    await page.fill('#search', 'no such thing');
    assert.deepEqual(await visibleCards(page), []);
    assert.equal(await page.isVisible('#no-match'), true);
    assert.equal(await page.textContent('#shown-count'), '0 of 5 secrets shown');
    await page.fill('#search', '');

    await page.selectOption('#sort', 'introduced');
    assert.deepEqual((await visibleCards(page))[0], 'Stripe live secret API key');
    assert.deepEqual((await visibleCards(page))[4], 'GitLab feed token');
    await page.selectOption('#sort', 'exposure');
    assert.deepEqual(await days(), sorted);
  });

  it('keeps every key redacted, and no request leaves the page', async () => {
    const { page } = watched;
    const html = await page.content();
    for (const key of Object.values(keys)) {
      assert.ok(!reportText.includes(key), 'a key is in the report file');
      assert.ok(!html.includes(key), 'a key is in the page');
    }
    assert.deepEqual(watched.strayRequests, []);
    assert.deepEqual(watched.pageErrors, []);
  });

  it('the request watcher itself sees what a page fetches (so its 0 above means something)', async () => {
    const file = join(makeTempDir('leakscan-html-'), 'leaky.html');
    writeFileSync(
      file,
      '<!DOCTYPE html><img src="http://127.0.0.1:9/x.png"><link rel="stylesheet" href="https://fonts.example.invalid/a.css">',
    );
    const url = pathToFileURL(file).href;
    const leaky = await watchedPage(context, url);
    await leaky.page.goto(url);
    await leaky.page.waitForTimeout(200);
    assert.deepEqual(leaky.strayRequests.sort(), ['http://127.0.0.1:9/x.png', 'https://fonts.example.invalid/a.css']);
    await leaky.page.close();
  });

  it('saves screenshots: the whole report, and a filtered view', async () => {
    const { page } = watched;
    await screenshot(page, 'html-report.png');
    await screenshot(page, 'html-report-top.png', false);
    await page.selectOption('#filter-state', 'exposed');
    await page.fill('#search', 'gitlab');
    await screenshot(page, 'html-report-filtered.png');
    await page.fill('#search', '');
    await page.selectOption('#filter-state', '');
  });

  it('hostile file names, author names, commit messages and branch names are shown as text: nothing runs, nothing is fetched', async () => {
    const repo = GitRepo.init();
    const key = githubToken();
    const names = [
      '<script>window.pwned=1</script>.env',
      '</script><script>window.pwned=2</script>.env',
      '"onerror=window.pwned=3 x=".env',
      "x'><img src=x onerror=window.pwned=4>.env",
    ];
    const author = '<img src=x onerror="window.pwned=5">';
    const message = '</script><svg onload=window.pwned=6> "onerror=alert(7)" \u2028 <!-- <script>';
    commitAs(
      repo,
      author,
      '2025-01-01T00:00:00Z',
      message,
      Object.fromEntries(names.map((name) => [name, `TOKEN=${key}\n`])),
    );
    repo.git('branch', 'evil<script>x</script>');
    const file = await historyHtml(repo);
    const url = pathToFileURL(file).href;
    const hostile = await watchedPage(context, url);
    await hostile.page.goto(url);
    assert.equal(await hostile.page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned), undefined);
    assert.deepEqual(hostile.dialogs, []);
    assert.deepEqual(hostile.strayRequests, []);
    assert.deepEqual(hostile.pageErrors, []);
    // Escaped, not neutralised by the Content-Security-Policy alone: the markup holds only the page's own elements.
    assert.equal(await hostile.page.$$eval('script', (scripts) => scripts.length), 2);
    assert.equal(await hostile.page.$$eval('img, svg, iframe, object, embed', (elements) => elements.length), 0);
    assert.equal(
      await hostile.page.$$eval(
        '*',
        (elements) =>
          elements.filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on')))
            .length,
      ),
      0,
    );
    const text = await hostile.page.$eval('main', (main) => (main as unknown as DomNode).innerText);
    for (const name of names) assert.ok(text.includes(`${name}:1:7`), `file name not shown as text: ${name}`);
    // git drops < and > (and trailing quotes) from names; a quote and the handler stay.
    const storedAuthor = repo.git('log', '-1', '--format=%an');
    assert.match(storedAuthor, /onerror="window\.pwned=5/);
    assert.ok(text.includes(storedAuthor));
    assert.ok(text.includes('</script><svg onload=window.pwned=6>'));
    assert.ok(text.includes('branch evil<script>x</script>'));
    await hostile.page.fill('#search', '<svg onload');
    assert.equal((await visibleCards(hostile.page)).length, 1);
    assert.ok(!readFileSync(file, 'utf8').includes(key));
    await hostile.page.close();
  });
});
