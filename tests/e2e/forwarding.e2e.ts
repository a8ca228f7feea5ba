import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers';
import {
  clickInPanel,
  contentErrors,
  evaluateInPanels,
  fixture,
  openPage,
  panelText,
  startSession,
  waitForPanels,
  waitForPanelText,
  waitInPanels,
  type Session,
} from './harness';

/**
 * Settings › Mail › Forwarding and Rules: the warnings appear while the risky state is set, follow
 * the controls both ways, survive the dialog coming late and being closed and re-opened, and never
 * appear where nothing is wrong. The fixtures' own script plays Outlook (openSettings, closeSettings).
 */
const INBOX = 'https://outlook.office.com/mail/inbox';
const FORWARDING = 'https://outlook.office.com/mail/options/mail/forwarding';

const openSettings = (page: Page, delay: number, route = 'forwarding') =>
  page.evaluate(
    (delay: number, route: string) => (window as unknown as { openSettings: (d: number, r: string) => void }).openSettings(delay, route),
    delay,
    route,
  );
const closeSettings = (page: Page) => page.evaluate(() => (window as unknown as { closeSettings: () => void }).closeSettings());

/** Clicks the first element matching `selector` in Outlook's page, as a user would. */
const click = (page: Page, selector: string) => page.click(selector);

async function warningIsAlert(page: Page): Promise<boolean> {
  return evaluateInPanels(
    page,
    () => !!document.querySelector('[data-oumail-help="forwarding-without-copy"]')!.testRoot!.querySelector('[role="alert"]'),
    undefined,
  );
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`forwarding settings in ${name}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(name);
    });
    afterAll(() => session?.close());

    it('warns in English next to a native "Keep a copy" box labelled by <label for>, and follows it both ways', async () => {
      const page = await openPage(session, FORWARDING, fixture('settings-forwarding.en.html'));
      await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
      expect(await panelText(page, 'forwarding-without-copy')).toContain('Forwarded mail will not stay in OUMail');
      expect(await warningIsAlert(page)).toBe(true);
      // Sits right after the keep-a-copy row.
      expect(
        await page.evaluate(() =>
          document.getElementById('checkbox-33')!.closest('.row')!.nextElementSibling?.getAttribute('data-oumail-help'),
        ),
      ).toBe('forwarding-without-copy');
      // Below the whole text field, never inside its fixed-height frame.
      expect(await page.evaluate(() => !!document.querySelector('.ms-TextField [data-oumail-help]'))).toBe(false);
      expect(
        await page.evaluate(() =>
          document.querySelector('.ms-TextField')!.closest('.row')!.nextElementSibling?.getAttribute('data-oumail-help'),
        ),
      ).toBe('forwarding-address');
      expect(await panelText(page, 'forwarding-address')).toContain('docomo');
      expect(await panelText(page, 'forwarding-address')).toContain('宛先指定受信');

      await click(page, 'label[for="checkbox-33"]'); // tick keep-a-copy
      await waitForPanels(page, { 'forwarding-address': 1 });
      await click(page, 'label[for="checkbox-33"]'); // and untick it again
      await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
      await click(page, '#checkbox-31'); // forwarding off
      await waitForPanels(page, { 'forwarding-address': 1 });
      await click(page, '#checkbox-31'); // forwarding on
      await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
      expect(await contentErrors(page)).toBe(0);
      await page.close();
    });

    it('warns in Japanese with ARIA switches labelled by aria-labelledby, and catches a typo', async () => {
      const page = await openPage(session, FORWARDING, fixture('settings-forwarding.ja.html'));
      await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
      expect(await panelText(page, 'forwarding-without-copy')).toContain('転送したメールがOUMailに残りません');
      const address = await panelText(page, 'forwarding-address');
      expect(address).toContain('「hanako-o@ezweb.ne.jp」の間違いではありませんか');
      expect(address).toContain('オススメ設定');
      // Space on the ARIA checkbox ticks it; the warning goes at once.
      await page.focus('[role="checkbox"][aria-labelledby="keep-label"]');
      await page.keyboard.press(' ');
      await waitForPanels(page, { 'forwarding-address': 1 });
      await page.keyboard.press(' ');
      await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
      // The switch turned off, then the address corrected by typing.
      await click(page, '[role="switch"]');
      await waitForPanels(page, { 'forwarding-address': 1 });
      await page.click('input[type="email"]', { count: 3 });
      await page.keyboard.type('hanako@gmail.com');
      await waitForPanels(page, {});
      await page.close();
    });

    it('jumps to the checkbox, and says it louder when Save is pressed in the risky state', async () => {
      const page = await openPage(session, FORWARDING, fixture('settings-forwarding.en.html'));
      await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
      await clickInPanel(page, 'forwarding-without-copy', 'button.action');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('checkbox-33');
      await page.click('.footer button:first-child'); // Save, with a real click
      await waitInPanels(
        page,
        () => !!document.querySelector('[data-oumail-help="forwarding-without-copy"]')!.testRoot!.querySelector('.prominent'),
        undefined,
      );
      expect(await panelText(page, 'forwarding-without-copy')).toContain('You are saving forwarding without a copy');
      // The extension never blocks or changes the user's settings: Save went through, the box is untouched.
      expect(await page.evaluate(() => (window as unknown as { saved?: number }).saved)).toBe(1);
      expect(await page.evaluate(() => (document.getElementById('checkbox-33') as HTMLInputElement).checked)).toBe(false);
      await page.close();
    });

    it('waits for a dialog that comes late, and survives closing and re-opening it', async () => {
      const page = await openPage(session, INBOX, fixture('settings-forwarding.ja.html'));
      await waitForPanels(page, {});
      for (let round = 0; round < 3; round++) {
        await openSettings(page, 1200);
        await waitForPanels(page, {}); // the URL changed (and the runner saw it), the controls are not there yet
        await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
        await closeSettings(page);
        await waitForPanels(page, {});
      }
      expect(await contentErrors(page)).toBe(0);
      await page.close();
    });

    it('says nothing where nothing is wrong, until forwarding is switched on (Fluent v9, wrapping labels)', async () => {
      const page = await openPage(session, FORWARDING, fixture('settings-forwarding-wrapped.en.html'));
      await page.waitForSelector('[role="dialog"]');
      await waitForPanels(page, {});
      await click(page, 'input[role="switch"]');
      await waitForPanels(page, { 'forwarding-without-copy': 1 });
      await click(page, '.fui-Checkbox input');
      await waitForPanels(page, {});
      // Typing an address with a full-width @ and a typo'd domain.
      await page.type('input[type="email"]', 'taro＠gmial.com');
      await waitForPanels(page, { 'forwarding-address': 1 });
      // Judged as typed: once the last key is in, the panel speaks of the whole address.
      await waitForPanelText(page, 'forwarding-address', 'taro@gmail.com');
      expect(await panelText(page, 'forwarding-address')).toContain('full-width');
      await page.close();
    });

    it('never turns what the user typed into markup', async () => {
      const page = await openPage(session, FORWARDING, fixture('settings-forwarding.en.html'));
      await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
      await page.click('#TextField42', { count: 3 });
      await page.keyboard.type('<img src=x onerror="window.pwned=1">@docomo.ne.jo');
      await waitInPanels(
        page,
        () => document.querySelector('[data-oumail-help="forwarding-address"]')!.testRoot!.textContent!.includes('<img'),
        undefined,
      );
      const markup = await evaluateInPanels(
        page,
        () =>
          Array.from(document.querySelectorAll('[data-oumail-help]')).flatMap((h) =>
            Array.from(h.testRoot!.querySelectorAll('img, script')).map((e) => e.outerHTML),
          ),
        undefined,
      );
      expect(markup).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      await page.close();
    });

    for (const lang of ['en', 'ja'] as const) {
      it(`notes forwarding inbox rules (${lang}): a warning when the rule also removes the original`, async () => {
        const page = await openPage(session, 'https://outlook.office.com/mail/options/mail/rules', fixture(`settings-rules.${lang}.html`));
        await waitForPanels(page, { 'rules-forward': 2 });
        const notes = await evaluateInPanels(
          page,
          () =>
            Array.from(document.querySelectorAll('[role="listitem"]')).map((rule) => {
              const host = rule.querySelector('[data-oumail-help="rules-forward"]');
              return host ? (host.testRoot!.querySelector('.warning') ? 'warning' : 'note') : 'none';
            }),
          undefined,
        );
        expect(notes).toEqual(['warning', 'none', 'note']);
        await page.close();
      });
    }

    it('finds the Settings dialog among other dialogs Outlook keeps around', async () => {
      const page = await openPage(session, FORWARDING, fixture('settings-forwarding.en.html'));
      await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
      await page.evaluate(() => {
        const other = document.createElement('div');
        other.setAttribute('role', 'dialog');
        other.setAttribute('aria-label', 'Notifications');
        other.textContent = 'You have no new notifications.';
        document.body.append(other);
      });
      await page.click('label[for="checkbox-33"]');
      await waitForPanels(page, { 'forwarding-address': 1 });
      await page.click('label[for="checkbox-33"]');
      await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
      await page.close();
    });

    it('works under the consumer route with an account index (outlook.live.com/mail/0/…)', async () => {
      const page = await openPage(
        session,
        'https://outlook.live.com/mail/0/options/mail/forwarding',
        fixture('settings-forwarding.en.html'),
      );
      await waitForPanels(page, { 'forwarding-without-copy': 1, 'forwarding-address': 1 });
      await page.close();
    });

    it('shows nothing on other settings pages, nor after leaving Settings', async () => {
      const page = await openPage(session, INBOX, fixture('settings-forwarding.en.html'));
      await openSettings(page, 0, 'junkEmail');
      await page.waitForSelector('[role="dialog"]');
      await waitForPanels(page, {});
      await page.close();
    });
  });
}
