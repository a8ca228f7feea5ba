import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launch, type BrowserName } from '../../scripts/browsers';
import { showAccount as showAccountIn } from '../fixtures/index';
import { clickInPanel, evaluateInPanels, waitInPanels } from './panel-roots';

export { clickInPanel, evaluateInPanels, waitInPanels } from './panel-roots';

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

export async function startSession(
  name: BrowserName,
  lang: 'ja' | 'en' = 'en',
  colorScheme: 'light' | 'dark' = 'light',
  { asUser = false }: { asUser?: boolean } = {},
): Promise<Session> {
  if (name === 'chromium' && lang === 'ja' && !hasChromiumLocale('ja')) {
    throw new Error('Chromium has no Japanese UI here: install it with "sudo apt-get install -y chromium-l10n".');
  }
  const browser = await launch(name, { lang, colorScheme, asUser });
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

/** How many panels of each id are on the page (hosts carry data-oumail-help="<id>"). */
export async function panelCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const el of document.querySelectorAll('[data-oumail-help]')) {
      const id = el.getAttribute('data-oumail-help') ?? '';
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  });
}

/**
 * Waits until the content script has finished its work for everything the page did so far. It
 * answers only in a browser under automation (src/content/main.ts): asked with an event that
 * carries a token, it writes the token on <html> once the batch of changes that carried the
 * question is handled and no timer or unseen route is left. A harmless change to the page makes
 * sure there is such a batch.
 */
let settleTokens = 0;
export async function settle(page: Page, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  // Asked again now and then: a script that has not started yet (or is still reading its
  // settings) has no one listening for the question.
  for (;;) {
    const token = `t${++settleTokens}`;
    await page.evaluate((token: string) => {
      const nudge = document.createTextNode('');
      document.body.append(nudge);
      nudge.remove();
      document.dispatchEvent(new CustomEvent('oumail-help-settle', { detail: token }));
    }, token);
    try {
      await page.waitForFunction(
        (token: string) => document.documentElement.getAttribute('data-oumail-help-settled') === token,
        { timeout: Math.min(1000, Math.max(50, until - Date.now())), polling: 20 },
        token,
      );
      return;
    } catch (error) {
      if (Date.now() >= until) throw error;
    }
  }
}

/**
 * Waits until the panels on the page are exactly `expected` (ids not named must be absent). The
 * content script settles first, so "absent" means it looked and found nothing, not that it has not
 * looked yet.
 */
export async function waitForPanels(
  page: Page,
  expected: Record<string, number | undefined>,
  { timeout = 5000, settled = true }: { timeout?: number; settled?: boolean } = {},
): Promise<void> {
  const want = JSON.stringify(
    Object.entries(expected)
      .filter(([, n]) => (n ?? 0) > 0)
      .sort(),
  );
  try {
    if (settled) await settle(page, timeout);
    await page.waitForFunction(
      (want: string) => {
        const counts: Record<string, number> = {};
        for (const el of document.querySelectorAll('[data-oumail-help]')) {
          const id = el.getAttribute('data-oumail-help') ?? '';
          counts[id] = (counts[id] ?? 0) + 1;
        }
        return JSON.stringify(Object.entries(counts).sort()) === want;
      },
      { timeout, polling: 50 },
      want,
    );
  } catch {
    throw new Error(`panels: expected ${want}, found ${JSON.stringify(await panelCounts(page))}`);
  }
}

/** The text a panel shows (its shadow root's text, styles left out). */
export async function panelText(page: Page, id: string, index = 0): Promise<string> {
  return evaluateInPanels(
    page,
    ({ id, index }) => {
      const root = document.querySelectorAll(`[data-oumail-help="${id}"]`)[index]?.testRoot;
      if (!root) return '';
      return Array.from(root.children)
        .filter((el) => el.localName !== 'style')
        .map((el) => el.textContent ?? '')
        .join('');
    },
    { id, index },
  );
}

const FIRST_MARKER = '[data-oumail-help="bounce-row"]';

/**
 * Waits until a marker's help is open, drawn (its content comes as it first opens) and has taken
 * focus (the toggle event, a task after opening, places the card and focuses its heading).
 */
export async function waitForMarkerHelp(page: Page, host = FIRST_MARKER): Promise<void> {
  await waitInPanels(
    page,
    (host: string) => {
      const root = document.querySelector(host)?.testRoot;
      return !!root?.querySelector(':popover-open .actions') && root.activeElement?.id === 'bounce-help-title';
    },
    host,
  );
}

/** Opens the first marker's help with a click and waits until it is drawn and focused. */
export async function openMarkerHelp(page: Page): Promise<void> {
  await clickInPanel(page, 'bounce-row', 'button.marker');
  await waitForMarkerHelp(page);
}

/** Errors the content script caught and counted (it never lets them reach Outlook's page). */
export async function contentErrors(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.getAttribute('data-oumail-help-errors') ?? 0));
}

/** The options page, opened as a tab (Chromium only, as the popup). */
export async function openOptions(session: Session): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 800, height: 800 });
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  await page.waitForSelector('input[name="bounce-row"]');
  return page;
}

/** Waits until panel `id` says `text`; on failure, says what it said instead. */
export async function waitForPanelText(page: Page, id: string, text: string, timeout = 5000): Promise<void> {
  try {
    await waitInPanels(
      page,
      ({ id, text }) => !!document.querySelector(`[data-oumail-help="${id}"]`)?.testRoot?.textContent?.includes(text),
      { id, text },
      timeout,
    );
  } catch {
    throw new Error(`panel ${id}: expected "${text}", found "${(await panelText(page, id)).slice(0, 200)}"`);
  }
}

/** Shows `address` where the page shows the account, by the fixtures' own showAccount run in the page. */
export function showAccount(page: Page, address: string): Promise<void> {
  return page.evaluate(`(${showAccountIn.toString()})(document, ${JSON.stringify(address)})`) as Promise<void>;
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
};

/** The id of the tab whose content script answers the popup's question (found from an extension page). */
export async function answeringTab(session: Session): Promise<number> {
  const page = await openPopup(session);
  const id = await page.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      try {
        if (Array.isArray(await chrome.tabs.sendMessage(tab.id, { type: 'oumail-help:status' }))) return tab.id;
      } catch {
        // no content script in that tab
      }
    }
    return -1;
  });
  await page.close();
  if (id < 0) throw new Error('no tab answers the popup: is the content script running there?');
  return id;
}
