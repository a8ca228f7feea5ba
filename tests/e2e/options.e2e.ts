import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickInPanel,
  contentErrors,
  fixture,
  openOptions,
  openPage,
  openPopup,
  panelText,
  startSession,
  waitForPanels,
  waitForPanelText,
  type Session,
} from './harness';

/**
 * Preferences with real storage in a real browser: each kind of tip on and off, the language and
 * hidden tips, applied to an open Outlook tab at once; damaged stored values fall back to defaults.
 * (Chromium only: Firefox refuses to open extension pages over WebDriver BiDi, see e2e.md.)
 */
const URL = 'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA001%3D';

async function setStorage(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate((values: Record<string, unknown>) => chrome.storage.sync.set(values), values);
}
declare const chrome: { storage: { sync: { set(v: object): Promise<void>; clear(): Promise<void> } } };

describe('options in chromium', () => {
  let session: Session;
  let options: Page;
  let outlook: Page;
  beforeAll(async () => {
    session = await startSession('chromium');
    outlook = await openPage(session, URL, fixture('inbox-item.en.html'));
    options = await openOptions(session);
  });
  afterAll(() => session?.close());

  it('turns each kind of tip off and on, and open Outlook tabs follow at once', async () => {
    await waitForPanels(outlook, { 'bounce-row': 2, 'bounce-open': 1 });
    await options.click('input[name="bounce-row"]');
    await waitForPanels(outlook, { 'bounce-open': 1 });
    await options.click('input[name="bounce-open"]');
    await waitForPanels(outlook, {});
    await options.click('input[name="bounce-row"]');
    await options.click('input[name="bounce-open"]');
    await waitForPanels(outlook, { 'bounce-row': 2, 'bounce-open': 1 });
  });

  it('switches the language of the panels in open tabs', async () => {
    await options.select('.language select', 'ja');
    await waitForPanelText(outlook, 'bounce-open', 'このメッセージは配信できませんでした');
    expect(await options.$eval('h1', (h) => h.textContent)).toBe('OUMail ヘルプの設定');
    await options.select('.language select', 'auto');
    await waitForPanelText(outlook, 'bounce-open', 'This message could not be delivered');
  });

  it('brings back tips hidden for a message', async () => {
    await clickInPanel(outlook, 'bounce-open', 'button', 'Hide for this message');
    await waitForPanels(outlook, { 'bounce-row': 1 });
    await options.waitForFunction(() => document.body.textContent!.includes('Messages with hidden tips: 1'));
    await options.click('section:last-child button');
    await waitForPanels(outlook, { 'bounce-row': 2, 'bounce-open': 1 });
    await options.waitForFunction(() => document.body.textContent!.includes('No tips are hidden.'));
  });

  it('falls back to the default for every damaged, old or unknown stored value', async () => {
    await setStorage(options, {
      language: 42,
      'bounce-row': 'yes',
      'bounce-open': null,
      'bounce-storm': { on: true },
      dismissed: 'everything',
      forwardingWarnings: false, // version 0.1's shared switch for both forwarding tips: still counts
      'rules-forward': false, // a valid value among them is kept
      somethingFromANewerVersion: [1, 2, 3],
    });
    await options.reload();
    await options.waitForSelector('input[name="bounce-row"]');
    const state = await options.evaluate(() => ({
      toggles: Object.fromEntries(
        Array.from(document.querySelectorAll<HTMLInputElement>('.toggles input')).map((i) => [i.name, i.checked]),
      ),
      language: document.querySelector<HTMLSelectElement>('.language select')!.value,
    }));
    expect(state).toEqual({
      toggles: {
        'bounce-row': true,
        'bounce-open': true,
        'bounce-storm': true,
        'forwarding-without-copy': false,
        'forwarding-address': false,
        'rules-forward': false,
        'signin-username': true,
        'signin-password': true,
        'signin-mfa': true,
        'signin-proofup': true,
        'security-info-methods': true,
        'security-info-phone': true,
      },
      language: 'auto',
    });
    // Outlook keeps working on the same damaged store.
    await outlook.reload({ waitUntil: 'load' });
    await waitForPanels(outlook, { 'bounce-row': 2, 'bounce-open': 1 });
    expect(await panelText(outlook, 'bounce-open')).toContain('This message could not be delivered');
    expect(await contentErrors(outlook)).toBe(0);
    await options.evaluate(() => chrome.storage.sync.clear());
  });

  it('is linked from the popup', async () => {
    await options.close(); // an open options tab would only be brought to the front
    const popup = await openPopup(session);
    const opened = session.browser.waitForTarget((t) => t.url().endsWith('/src/options/index.html') && t.type() === 'page');
    await popup.click('.options-link');
    expect((await opened).url()).toContain('/src/options/index.html');
    await popup.close();
  });
});
