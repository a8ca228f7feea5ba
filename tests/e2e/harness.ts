import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launch, type BrowserName } from '../../scripts/browsers';

/**
 * The built extension in a real browser, and Outlook-like pages served at Outlook's real URLs by
 * request interception, so the unchanged manifest's matches decide where the content script runs.
 */
export interface Session {
  browser: Browser;
  name: BrowserName;
  extensionId: string;
  close(): Promise<void>;
}

export function distDir(name: BrowserName): string {
  const dir = resolve(name === 'chromium' ? 'dist/chrome' : 'dist/firefox');
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`${dir} has no build: run "npm run build" first (npm test does).`);
  }
  return dir;
}

export async function startSession(name: BrowserName, lang: 'ja' | 'en' = 'en'): Promise<Session> {
  if (name === 'chromium' && lang === 'ja' && !hasChromiumLocale('ja')) {
    throw new Error('Chromium has no Japanese UI here: install it with "sudo apt-get install -y chromium-l10n".');
  }
  const browser = await launch(name, { lang });
  const extensionId = await browser.installExtension(distDir(name));
  return { browser, name, extensionId, close: () => browser.close() };
}

/** Debian's chromium speaks only en-US unless chromium-l10n is installed. */
function hasChromiumLocale(lang: string): boolean {
  const dirs = ['/usr/lib/chromium/locales', '/usr/lib/chromium-browser/locales'];
  return !dirs.some(existsSync) || dirs.some((dir) => existsSync(resolve(dir, `${lang}.pak`)));
}

export function fixture(file: string): string {
  return readFileSync(resolve('tests/fixtures/outlook', file), 'utf8');
}

/** Opens `url` with the given HTML as its response; every other request fails (no network here). */
export async function openPage(session: Session, url: string, html: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url() === url) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else void request.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The toolbar popup, opened as a tab (Chromium only: Firefox refuses moz-extension:// over BiDi). */
export async function openPopup(session: Session): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
  await page.waitForSelector('input[role="combobox"]');
  return page;
}
