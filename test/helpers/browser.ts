import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { makeTempDir } from './run-cli.js';

/** Debian's `chromium` package (`.ci/run` installs it). */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium with a fresh profile (`--user-data-dir`, through Playwright's persistent context). */
export async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium; .ci/run does)`,
    );
  return chromium.launchPersistentContext(makeTempDir('leakscan-chromium-'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
}

export interface WatchedPage {
  page: Page;
  /** Every request the page made other than for `allowedUrl`. */
  strayRequests: string[];
  /** Dialogs (alert, confirm, prompt) a planted script would open. */
  dialogs: string[];
  pageErrors: string[];
}

/**
 * A page that records every request it makes and aborts all but the one for `allowedUrl` (the report itself),
 * so a report that tried to reach the network would be caught whatever the network is.
 */
export async function watchedPage(context: BrowserContext, allowedUrl: string): Promise<WatchedPage> {
  const page = await context.newPage();
  const watched: WatchedPage = { page, strayRequests: [], dialogs: [], pageErrors: [] };
  page.on('request', (request) => {
    if (request.url() !== allowedUrl) watched.strayRequests.push(request.url());
  });
  page.on('websocket', (socket) => watched.strayRequests.push(socket.url()));
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  await context.route('**/*', (route) => (route.request().url() === allowedUrl ? route.continue() : route.abort()));
  return watched;
}
