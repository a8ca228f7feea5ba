import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ACCOUNTS, fixtureNamed, type AccountKind } from '../tests/fixtures/index';
import {
  answeringTab,
  evaluateInPanels,
  openMarkerHelp,
  openOptions,
  openPage,
  openPopup,
  showAccount,
  startSession,
  waitForPanels,
  type Session,
} from '../tests/e2e/harness';

/**
 * `npm start`: the built extension in real Chromium on Outlook-like demo pages (served at Outlook's
 * real URLs, no account needed) and its popup. With a display the browser opens for you to use;
 * without one (or with --screenshots DIR) it saves screenshots and prints where.
 */
const args = process.argv.slice(2);
const outIndex = args.indexOf('--screenshots');
const headed = Boolean(process.env.DISPLAY) && outIndex === -1;
const outDir = resolve(outIndex === -1 ? 'artifacts/screenshots' : args[outIndex + 1]);

/**
 * What the demo and the screenshots show: one shot per tip (named <tip id>-<lang>-<theme>.png, as
 * tests/unit/conventions.test.ts asks), each on the fixture page of the tests that shows it, served
 * at the real site's address; for Microsoft's pages, the account a student would have there.
 */
interface Shot {
  name: string;
  file: string;
  account?: AccountKind;
  /** Page functions to call first, as the fixture's header names them. */
  calls?: string[];
  /** Panels to wait for and frame (the first one is framed with the others). */
  frame: string[];
  openMarker?: boolean;
  /** A fixed clip instead of framing the panels. */
  clip?: { x: number; y: number; width: number; height: number };
}

const SHOTS: Shot[] = [
  { name: 'bounce-open-en', file: 'inbox-item.en.html', frame: ['bounce-open'] },
  { name: 'bounce-open-ja', file: 'inbox-conversation.ja.html', frame: ['bounce-open'] },
  { name: 'bounce-row-en', file: 'inbox-item.en.html', frame: ['bounce-row'], openMarker: true },
  { name: 'bounce-storm-ja', file: 'inbox-storm.ja.html', frame: [], clip: { x: 0, y: 0, width: 430, height: 520 } },
  { name: 'bounce-storm-en', file: 'inbox-storm.en.html', frame: [], clip: { x: 0, y: 0, width: 430, height: 520 } },
  { name: 'forwarding-without-copy-en', file: 'settings-forwarding.en.html', frame: ['[role="dialog"] .pane'] },
  { name: 'forwarding-address-ja', file: 'settings-forwarding.ja.html', frame: ['[role="dialog"] .pane'] },
  { name: 'rules-forward-en', file: 'settings-rules.en.html', frame: ['[role="dialog"] .pane'] },
  { name: 'signin-username-en', file: 'signin-username.en.html', account: 'oumail-mistyped', frame: ['.lightbox', 'signin-username'] },
  { name: 'signin-username-ja', file: 'signin-username-error.ja.html', account: 'oumail', frame: ['.lightbox', 'signin-username'] },
  { name: 'signin-password-ja', file: 'signin-password-error.ja.html', account: 'oumail', frame: ['.lightbox', 'signin-password'] },
  { name: 'signin-mfa-en', file: 'signin-mfa-approve.en.html', account: 'oumail', frame: ['.lightbox', 'signin-mfa'] },
  { name: 'signin-proofup-ja', file: 'signin-proofup.ja.html', account: 'oumail', frame: ['.lightbox', 'signin-proofup'] },
  { name: 'security-info-methods-en', file: 'security-info-methods.en.html', account: 'oumail', frame: ['security-info-methods'] },
  {
    name: 'security-info-phone-ja',
    file: 'security-info-phone.ja.html',
    account: 'oumail',
    frame: ['[role="dialog"]', 'security-info-phone'],
  },
];

/** A panel id or a CSS selector, as a selector. */
const selectorOf = (what: string) => (/^[a-z-]+$/.test(what) ? `[data-oumail-help="${what}"]` : what);

async function shoot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  const path = resolve(outDir, `${name}.png`);
  await page.screenshot({ path, ...(clip ? { clip } : { fullPage: true }) });
  console.log(`  ${path}`);
}

/** The smallest rectangle around these elements (in page coordinates), with a margin. */
async function around(page: Page, selectors: string[], margin = 12) {
  return evaluateInPanels(
    page,
    ({ selectors, margin }) => {
      const rects = selectors.flatMap((s) => {
        const [outer, inner] = s.split(' >>> ');
        const el = document.querySelector(outer);
        const target = inner ? el?.testRoot?.querySelector(inner) : el;
        return target ? [target.getBoundingClientRect()] : [];
      });
      const x = Math.max(0, Math.min(...rects.map((r) => r.left)) - margin);
      const y = Math.max(0, Math.min(...rects.map((r) => r.top)) - margin);
      // Clip to what is on screen: Settings' pane scrolls inside a fixed dialog.
      const right = Math.max(...rects.map((r) => r.right)) + margin;
      const bottom = Math.max(...rects.map((r) => r.bottom)) + margin;
      return { x, y: y + scrollY, width: right - x, height: bottom - y };
    },
    { selectors, margin },
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

async function openShot(session: Session, shot: Shot, theme: 'light' | 'dark'): Promise<Page> {
  const fixture = fixtureNamed(shot.file);
  const html =
    theme === 'dark'
      ? fixture.html.replace(
          /--colorNeutralBackground1: #ffffff; --colorNeutralForeground1: #242424;/,
          '--colorNeutralBackground1: #292929; --colorNeutralForeground1: #ffffff;',
        )
      : fixture.html;
  const page = await openPage(session, fixture.url, html);
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  if (shot.account) await showAccount(page, ACCOUNTS[shot.account]);
  for (const call of shot.calls ?? []) await page.evaluate(call);
  const state = fixture.states.find((s) => (s.account ?? null) === (shot.account ?? null) && s.calls.join() === (shot.calls ?? []).join());
  await waitForPanels(page, state?.panels ?? {});
  return page;
}

async function panelTour(session: Session, theme: 'light' | 'dark'): Promise<void> {
  for (const shot of SHOTS) {
    const page = await openShot(session, shot, theme);
    if (shot.openMarker) await openMarkerHelp(page);
    const framed = shot.openMarker ? ['[role="option"]', '[data-oumail-help="bounce-row"] >>> .popover'] : shot.frame.map(selectorOf);
    await shoot(page, `${shot.name}-${theme}`, shot.clip ?? (await around(page, framed, framed[0].includes('.pane') ? 0 : 12)));
    await page.close();
  }
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
  for (const shot of SHOTS) await openShot(session, shot, 'light');
  await openPopup(session);
  console.log('Chromium is open with OUMail Help loaded, on demo pages served at the real addresses:');
  for (const shot of SHOTS) console.log(`    ${shot.name}: ${fixtureNamed(shot.file).url}`);
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
  // The popup over an Outlook tab: what it sees there, first.
  const storm = fixtureNamed('inbox-storm.ja.html');
  const outlook = await openPage(session, storm.url, storm.html);
  await waitForPanels(outlook, { 'bounce-row': 6, 'bounce-storm': 1 });
  const tab = await answeringTab(session);
  for (const lang of ['ja', 'en'] as const) {
    const over = await session.browser.newPage();
    await over.setViewport({ width: 400, height: 600 });
    await over.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tab}`);
    await over.select('.language select', lang);
    await over.waitForSelector('.page-status');
    await shoot(over, `popup-page-${lang}-light`);
    await over.select('.language select', 'auto');
    await over.close();
  }
  await outlook.close();
  for (const theme of ['light', 'dark'] as const) await panelTour(session, theme);
  await session.close();
}
