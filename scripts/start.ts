import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { fixture, openMarkerHelp, openOptions, openPage, openPopup, startSession, waitForPanels, type Session } from '../tests/e2e/harness';

/**
 * `npm start`: the built extension in real Chromium on Outlook-like demo pages (served at Outlook's
 * real URLs, no account needed) and its popup. With a display the browser opens for you to use;
 * without one (or with --screenshots DIR) it saves screenshots and prints where.
 */
const args = process.argv.slice(2);
const outIndex = args.indexOf('--screenshots');
const headed = Boolean(process.env.DISPLAY) && outIndex === -1;
const outDir = resolve(outIndex === -1 ? 'artifacts/screenshots' : args[outIndex + 1]);

/** The demo pages: fixtures of the tests, each at an Outlook address. */
const DEMO_PAGES = [
  { name: 'reading-en', url: 'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA001%3D', file: 'inbox-item.en.html' },
  { name: 'reading-ja', url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93Conv002', file: 'inbox-conversation.ja.html' },
  { name: 'storm-ja', url: 'https://outlook.office.com/mail/inbox', file: 'inbox-storm.ja.html' },
  { name: 'deeplink-en', url: 'https://outlook.office.com/mail/deeplink/read/AAMkAGI2TG93AAA009%3D', file: 'deeplink-read.en.html' },
  { name: 'forwarding-ja', url: 'https://outlook.office.com/mail/options/mail/forwarding', file: 'settings-forwarding.ja.html' },
  { name: 'forwarding-en', url: 'https://outlook.office.com/mail/options/mail/forwarding', file: 'settings-forwarding.en.html' },
  { name: 'rules-en', url: 'https://outlook.office.com/mail/options/mail/rules', file: 'settings-rules.en.html' },
];

async function shoot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  const path = resolve(outDir, `${name}.png`);
  await page.screenshot({ path, ...(clip ? { clip } : { fullPage: true }) });
  console.log(`  ${path}`);
}

/** The smallest rectangle around these elements (in page coordinates), with a margin. */
async function around(page: Page, selectors: string[], margin = 12) {
  return page.evaluate(
    (selectors: string[], margin: number) => {
      const rects = selectors.flatMap((s) => {
        const [outer, inner] = s.split(' >>> ');
        const el = document.querySelector(outer);
        const target = inner ? el?.shadowRoot?.querySelector(inner) : el;
        return target ? [target.getBoundingClientRect()] : [];
      });
      const x = Math.max(0, Math.min(...rects.map((r) => r.left)) - margin);
      const y = Math.max(0, Math.min(...rects.map((r) => r.top)) - margin);
      // Clip to what is on screen: Settings' pane scrolls inside a fixed dialog.
      const right = Math.max(...rects.map((r) => r.right)) + margin;
      const bottom = Math.max(...rects.map((r) => r.bottom)) + margin;
      return { x, y: y + scrollY, width: right - x, height: bottom - y };
    },
    selectors,
    margin,
  );
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

async function panelTour(session: Session, theme: 'light' | 'dark'): Promise<void> {
  const dark = theme === 'dark';
  const themed = (html: string) =>
    dark
      ? html.replace(
          /--colorNeutralBackground1: #ffffff; --colorNeutralForeground1: #242424;/,
          '--colorNeutralBackground1: #292929; --colorNeutralForeground1: #ffffff;',
        )
      : html;
  const open = async (demo: (typeof DEMO_PAGES)[number]) => {
    const page = await openPage(session, demo.url, themed(fixture(demo.file)));
    await page.setViewport({ width: 1280, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
    return page;
  };

  const en = await open(DEMO_PAGES[0]);
  await waitForPanels(en, { 'bounce-row': 2, 'bounce-open': 1 });
  await shoot(en, `panel-reading-en-${theme}`, await around(en, ['[data-oumail-help="bounce-open"]']));
  await openMarkerHelp(en);
  await shoot(
    en,
    `panel-list-en-${theme}`,
    await around(en, ['[role="option"]', '[data-oumail-help="bounce-row"] >>> .popover']),
  );
  await en.close();

  const ja = await open(DEMO_PAGES[1]);
  await waitForPanels(ja, { 'bounce-row': 2, 'bounce-open': 1 });
  await shoot(ja, `panel-reading-ja-${theme}`, await around(ja, ['[data-oumail-help="bounce-open"]']));
  await ja.close();

  const storm = await open(DEMO_PAGES[2]);
  await waitForPanels(storm, { 'bounce-row': 6, 'bounce-storm': 1 });
  await shoot(storm, `panel-storm-ja-${theme}`, { x: 0, y: 0, width: 430, height: 520 });
  await storm.close();

  for (const demo of [DEMO_PAGES[4], DEMO_PAGES[5]]) {
    const forwarding = await open(demo);
    await waitForPanels(forwarding, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
    await shoot(forwarding, `panel-${demo.name}-${theme}`, await around(forwarding, ['[role="dialog"] .pane'], 0));
    await forwarding.close();
  }

  const rules = await open(DEMO_PAGES[6]);
  await waitForPanels(rules, { 'rules-forward': 2 });
  await shoot(rules, `panel-rules-en-${theme}`, await around(rules, ['[role="dialog"] .pane'], 0));
  await rules.close();

  const options = await openOptions(session);
  await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  await shoot(options, `options-en-${theme}`);
  await options.close();
}

const session = await (async () => {
  const { launch } = await import('./browsers');
  if (!headed) return startSession('chromium', 'en');
  const browser = await launch('chromium', { headless: false });
  const { distDir } = await import('../tests/e2e/harness');
  const extensionId = await browser.installExtension(distDir('chromium'));
  return { browser, name: 'chromium' as const, extensionId, close: () => browser.close() };
})();

if (headed) {
  for (const demo of DEMO_PAGES) await openPage(session, demo.url, fixture(demo.file));
  await openPopup(session);
  console.log('Chromium is open with OUMail Help loaded:');
  console.log('- Outlook-like demo pages (bounces in the list and reading pane, the "every message bounces" notice):');
  for (const demo of DEMO_PAGES) console.log(`    ${demo.url}`);
  console.log('- the popup, in its own tab. Close the browser or press Ctrl+C to stop.');
  await new Promise((done) => session.browser.on('disconnected', done));
} else {
  mkdirSync(outDir, { recursive: true });
  console.log(`No display: screenshots of the extension at work, saved in ${outDir}:`);
  const popup = await openPopup(session);
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['ja', 'en'] as const) await popupTour(popup, lang, theme);
  }
  await popup.select('.language select', 'auto');
  await popup.close();
  for (const theme of ['light', 'dark'] as const) await panelTour(session, theme);
  await session.close();
}
