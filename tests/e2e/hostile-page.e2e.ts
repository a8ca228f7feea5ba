import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers';
import { fixtureNamed } from '../fixtures/index';
import {
  clickInPanel,
  contentErrors,
  evaluateInPanels,
  openOptions,
  openPage,
  panelCounts,
  panelText,
  settle,
  startSession,
  waitForPanels,
  waitForPanelText,
  type Session,
} from './harness';

/**
 * Outlook's page is not ours, and a page can be hostile or buggy: it must not be able to switch
 * the extension off, read or rewrite a panel, act for the user, or pass its own elements off as
 * ours; tips follow Outlook's mail routes only; a write that storage refuses is said where it was
 * asked for; a report of thousands of recipients says how many it leaves out.
 */
const ITEM = fixtureNamed('inbox-item.en.html');
const EXPECTED = { 'bounce-row': 2, 'bounce-open': 1 };

function open(session: Session, html = ITEM.html, url = ITEM.url): Promise<Page> {
  return openPage(session, url, html);
}

/** The fixture with a page script of its own, run before anything else on the page. */
const withPageScript = (script: string) => ITEM.html.replace('<head>', `<head><script>${script}</script>`);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`a hostile page in ${name}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(name);
    });
    afterAll(() => session?.close());

    it('cannot switch the extension off with the takeover event', async () => {
      const page = await open(session);
      await waitForPanels(page, EXPECTED);
      await page.evaluate(() => {
        for (let i = 0; i < 3; i++) document.dispatchEvent(new CustomEvent('oumail-help-takeover'));
      });
      await waitForPanels(page, EXPECTED);
      // Still at work: a new bounce row gets its marker.
      await page.evaluate(() => {
        document.querySelectorAll('[role="option"] span[title=""]')[1].textContent = 'Undeliverable: again';
      });
      await waitForPanels(page, { 'bounce-row': 3, 'bounce-open': 1, 'bounce-storm': 1 });
      expect(await contentErrors(page)).toBe(0);
      await page.close();
    });

    it('cannot make our panels its custom elements', async () => {
      const html = withPageScript(`
        window.constructed = 0;
        for (const tag of ['oumail-help', 'oumail-help-host', 'oumail-help-panel']) {
          customElements.define(tag, class extends HTMLElement { constructor() { super(); window.constructed++; } });
        }`);
      const page = await open(session, html);
      await waitForPanels(page, EXPECTED);
      expect(await page.evaluate(() => (window as unknown as { constructed: number }).constructed)).toBe(0);
      expect(await panelText(page, 'bounce-open')).toContain('This message could not be delivered');
      expect(await contentErrors(page)).toBe(0);
      await page.close();
    });

    it('cannot read or rewrite a panel: its shadow root is closed', async () => {
      const page = await open(session);
      await waitForPanels(page, EXPECTED);
      const seen = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-oumail-help]')).map((host) => ({
          root: host.shadowRoot,
          text: host.textContent,
          children: host.children.length,
        })),
      );
      expect(seen).toEqual(Array.from({ length: 3 }, () => ({ root: null, text: '', children: 0 })));
      await page.close();
    });

    it('cannot act for the user: synthetic clicks and keys on a panel turn nothing off', async () => {
      const page = await open(session);
      await waitForPanels(page, EXPECTED);
      await page.evaluate(() => {
        for (const host of document.querySelectorAll('[data-oumail-help]')) {
          host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          (host as HTMLElement).click();
        }
      });
      // The buttons themselves, reached through the automation protocol but clicked by script: not the user.
      await evaluateInPanels(
        page,
        () => {
          for (const host of document.querySelectorAll('[data-oumail-help]'))
            for (const button of host.testRoot?.querySelectorAll('button') ?? []) (button as HTMLElement).click();
        },
        undefined,
      );
      await waitForPanels(page, EXPECTED);
      await page.reload({ waitUntil: 'load' });
      await waitForPanels(page, EXPECTED); // nothing was stored either
      await page.close();
    });

    it('cannot pass its own elements off as ours, and cannot take ours away', async () => {
      const page = await open(session);
      await waitForPanels(page, EXPECTED);
      // A fake diagnosis in the reading pane and a fake marker in a row: gone as soon as we look.
      await page.evaluate(() => {
        const fake = document.createElement('div');
        fake.setAttribute('data-oumail-help', 'bounce-open');
        fake.textContent = 'Your password has expired: sign in here';
        // (Inside an element of the page's own, as a re-render would bring it.)
        const wrapper = document.createElement('div');
        wrapper.append(fake);
        document.querySelector('[role="document"]')!.before(wrapper);
        const marker = document.createElement('span');
        marker.className = 'oumail-help';
        marker.setAttribute('data-oumail-help', 'bounce-row');
        document.querySelectorAll('[role="option"] span[title=""]')[0].after(marker);
      });
      await waitForPanels(page, EXPECTED);
      expect(await page.evaluate(() => document.body.textContent!.includes('Your password has expired'))).toBe(false);
      // An element of the page's own, made a look-alike only after it came: in the pane and in a row.
      await page.evaluate(() => {
        const pane = document.createElement('div');
        document.querySelector('[role="document"]')!.before(pane);
        const inRow = document.createElement('span');
        document.querySelectorAll('[role="option"] span[title=""]')[0].after(inRow);
        (window as unknown as { marked: Element[] }).marked = [pane, inRow];
      });
      await waitForPanels(page, EXPECTED);
      await page.evaluate(() => {
        const [pane, inRow] = (window as unknown as { marked: Element[] }).marked;
        pane.setAttribute('data-oumail-help', 'bounce-open');
        pane.textContent = 'Your password has expired: sign in here';
        inRow.setAttribute('data-oumail-help', 'bounce-row');
        inRow.textContent = 'Your password has expired';
      });
      await waitForPanels(page, EXPECTED);
      expect(await page.evaluate(() => document.body.textContent!.includes('Your password has expired'))).toBe(false);
      // Ours, taken away by the page, come back where they were.
      await page.evaluate(() => {
        for (const host of document.querySelectorAll('[data-oumail-help]')) host.remove();
      });
      await waitForPanels(page, EXPECTED);
      expect(await panelText(page, 'bounce-open')).toContain('taro.yamada@docomo.ne.jp');
      expect(await contentErrors(page)).toBe(0);
      await page.close();
    });

    for (const route of ['/calendar/view/month', '/people/', '/calendar/item/AAMkAGI2TG93AAA001%3D']) {
      it(`shows no mail tips on Outlook's ${route.split('/')[1]} route (${route})`, async () => {
        const page = await open(session, ITEM.html, `https://outlook.office.com${route}`);
        await waitForPanels(page, {});
        // And they come when Outlook moves to the mail view.
        await page.evaluate(() => history.pushState({}, '', '/mail/inbox/id/AAMkAGI2TG93AAA001%3D'));
        await waitForPanels(page, EXPECTED);
        await page.close();
      });
    }

    it('says how many of a report of 5,000 recipients it leaves out, in a panel of bounded height', async () => {
      const height = () =>
        evaluateInPanels(
          page,
          () =>
            document.querySelector('[data-oumail-help="bounce-open"]')!.testRoot!.querySelector('.card')!.getBoundingClientRect().height,
          undefined,
        );
      let page = await open(session);
      await waitForPanels(page, EXPECTED);
      const oneRecipient = await height();
      await page.close();

      const list = Array.from({ length: 5000 }, (_, i) => `member${i}@lists.example.org<br>`).join('');
      const html = ITEM.html.replace(
        '<p>Delivery has failed to these recipients or groups:</p>',
        `<p>Delivery has failed to these recipients or groups:</p><p>${list}</p>`,
      );
      expect(html).toContain('member4999@');
      page = await open(session, html);
      await waitForPanels(page, EXPECTED, { timeout: 10_000 });
      await waitForPanelText(page, 'bounce-open', 'more');
      const shown = await evaluateInPanels(
        page,
        () => {
          const root = document.querySelector('[data-oumail-help="bounce-open"]')!.testRoot!;
          return {
            addresses: root.querySelectorAll('.recipients .address').length,
            more: root.querySelector('.recipients .more')?.textContent,
            height: root.querySelector('.card')!.getBoundingClientRect().height,
          };
        },
        undefined,
      );
      expect(shown.addresses).toBe(10);
      expect(shown.more).toMatch(/… and 4,99\d more/);
      // Nine more addresses and the count (each at most two lines of 25 px): never the whole list.
      expect(await height()).toBeLessThan(oneRecipient + 10 * 2 * 25 + 100);
      await page.close();
    });
  });
}

describe('storage that refuses a write, in chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession('chromium');
  });
  afterAll(() => session?.close());

  /** Uses up storage.sync's writes for this minute (120), from the extension's own page. */
  async function exhaustWrites(page: Page): Promise<void> {
    await page.evaluate(async () => {
      const sync = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync;
      for (let i = 0; i < 200; i++) {
        try {
          await sync.set({ filler: i });
        } catch {
          return;
        }
      }
    });
  }

  it('says so in the panel, keeps the tip, and leaves no unhandled rejection in the page', async () => {
    const outlook = await open(session);
    const client = await outlook.createCDPSession();
    const exceptions: string[] = [];
    client.on('Runtime.exceptionThrown', (e) => exceptions.push(e.exceptionDetails.text));
    await client.send('Runtime.enable');
    await waitForPanels(outlook, EXPECTED);
    const options = await openOptions(session);
    await exhaustWrites(options);
    await clickInPanel(outlook, 'bounce-open', 'button', "Don't show these tips");
    await waitForPanelText(outlook, 'bounce-open', 'could not be saved');
    expect(await panelCounts(outlook)).toEqual(EXPECTED);
    await settle(outlook);
    expect(exceptions).toEqual([]);

    // The options page says it beside the switch, and shows what is stored.
    await options.click('input[name="bounce-storm"]');
    await options.waitForSelector('.save-failed[role="alert"]');
    expect(await options.$eval('input[name="bounce-storm"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    await options.close();
    await outlook.close();
  });
});

describe('a page of a student (no automation), in chromium', () => {
  it('learns nothing of the extension from <html>: no mark that it runs', async () => {
    const session = await startSession('chromium', 'en', 'light', { asUser: true });
    try {
      const page = await open(session);
      expect(await page.evaluate(() => navigator.webdriver)).toBe(false);
      // No settled signal here (that is the point): wait for the panels themselves.
      await page.waitForFunction(() => document.querySelectorAll('[data-oumail-help]').length === 3, { timeout: 10_000 });
      const marks = await page.evaluate(() => document.documentElement.getAttributeNames().filter((n) => n.startsWith('data-oumail')));
      expect(marks).toEqual([]);
      await page.close();
    } finally {
      await session.close();
    }
  });
});
