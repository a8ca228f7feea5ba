import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { fixture, openPage, openPopup, startSession } from '../tests/e2e/harness';

/**
 * `npm start`: the built extension in real Chromium on Outlook-like demo pages (served at Outlook's
 * real URLs, no account needed) and its popup. With a display the browser opens for you to use;
 * without one (or with --screenshots DIR) it saves screenshots and prints where.
 */
const args = process.argv.slice(2);
const outIndex = args.indexOf('--screenshots');
const headed = Boolean(process.env.DISPLAY) && outIndex === -1;
const outDir = resolve(outIndex === -1 ? 'artifacts/screenshots' : args[outIndex + 1]);

const DEMO_PAGES = [{ url: 'https://outlook.office.com/mail/inbox', file: 'inbox-empty.en.html' }];

async function shoot(page: Page, name: string): Promise<void> {
  const path = resolve(outDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`  ${path}`);
}

async function popupTour(page: Page, lang: 'ja' | 'en', theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  await page.select('.language select', lang);
  const input = 'input[role="combobox"]';
  await page.click(input, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.keyboard.type(lang === 'ja' ? 'メールが消えた' : 'docomo blocks mail');
  await page.waitForSelector('[role="option"]');
  await shoot(page, `popup-search-${lang}-${theme}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.answer');
  await shoot(page, `popup-answer-${lang}-${theme}`);
  await page.keyboard.press('Escape');
  await page.waitForSelector(input);
}

const session = await (async () => {
  const { launch } = await import('./browsers');
  if (!headed) return startSession('chromium', 'en');
  const browser = await launch('chromium', { headless: false });
  const { distDir } = await import('../tests/e2e/harness');
  const extensionId = await browser.installExtension(distDir('chromium'));
  return { browser, name: 'chromium' as const, extensionId, close: () => browser.close() };
})();

for (const demo of DEMO_PAGES) await openPage(session, demo.url, fixture(demo.file));
const popup = await openPopup(session);

if (headed) {
  console.log('Chromium is open with OUMail Help loaded:');
  console.log(`- Outlook-like demo pages: ${DEMO_PAGES.map((d) => d.url).join(', ')}`);
  console.log('- the popup, in its own tab. Close the browser or press Ctrl+C to stop.');
  await new Promise((done) => session.browser.on('disconnected', done));
} else {
  mkdirSync(outDir, { recursive: true });
  console.log(`No display: screenshots of the extension at work, saved in ${outDir}:`);
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['ja', 'en'] as const) await popupTour(popup, lang, theme);
  }
  await popup.select('.language select', 'auto');
  await session.close();
}
