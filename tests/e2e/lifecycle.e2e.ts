import { describe, expect, it } from 'vitest';
import { contentErrors, distDir, fixture, openPage, panelCounts, settle, startSession, waitForPanels } from './harness';

/**
 * The extension updated or reloaded while Outlook is open: the old content script stops quietly
 * (no error reaches Outlook's page) and there are never two sets of panels.
 */
const URL = 'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA001%3D';
const EXPECTED = { 'bounce-row': 2, 'bounce-open': 1 };

const recycleFirstRow = (page: import('puppeteer-core').Page, subject: string) =>
  page.evaluate((subject: string) => {
    document.querySelector('[role="option"] span[title=""]')!.textContent = subject;
  }, subject);

describe('extension lifecycle', () => {
  it('chromium: an extension removed under an open Outlook leaves nothing behind, and a reload brings it back once', async () => {
    const session = await startSession('chromium');
    try {
      const page = await openPage(session, URL, fixture('inbox-item.en.html'));
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await waitForPanels(page, EXPECTED);

      await session.browser.uninstallExtension(session.extensionId);
      // The cut-off script notices on its next piece of work and takes its panels away.
      await recycleFirstRow(page, 'Undeliverable: again');
      await waitForPanels(page, {}, { settled: false }); // (a stopped copy says nothing more)
      expect(pageErrors).toEqual([]);

      await session.browser.installExtension(distDir('chromium'));
      await page.reload({ waitUntil: 'load' });
      await waitForPanels(page, EXPECTED);
      await settle(page);
      expect(await panelCounts(page)).toEqual(EXPECTED);
      expect(await contentErrors(page)).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('firefox: reloading the add-on under an open Outlook gives one set of working panels', async () => {
    const session = await startSession('firefox');
    try {
      const page = await openPage(session, URL, fixture('inbox-item.en.html'));
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await waitForPanels(page, EXPECTED);

      await page.evaluate(() => {
        for (const h of document.querySelectorAll('[data-oumail-help]')) h.setAttribute('data-old', '');
      });
      // Installing the same add-on again is Firefox's reload: the old script is unloaded and the
      // new one injected into the open tab. It replaces the panels the old one left.
      await session.browser.installExtension(distDir('firefox'));
      await page.waitForFunction(() => document.querySelectorAll('[data-oumail-help]:not([data-old])').length === 3, { timeout: 10_000 });
      expect(await page.evaluate(() => document.querySelectorAll('[data-old]').length)).toBe(0);
      expect(await panelCounts(page)).toEqual(EXPECTED);
      // Whatever copy runs now must still follow the page, without duplicates.
      await recycleFirstRow(page, 'Lunch?');
      await waitForPanels(page, { 'bounce-row': 1, 'bounce-open': 1 });
      await recycleFirstRow(page, 'Undeliverable: back');
      await waitForPanels(page, EXPECTED);
      expect(pageErrors).toEqual([]);
      expect(await contentErrors(page)).toBe(0);
    } finally {
      await session.close();
    }
  });
});
