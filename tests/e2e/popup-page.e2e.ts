import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureNamed } from '../fixtures/index';
import { answeringTab, openPage, startSession, waitForPanels, type Session } from './harness';

/**
 * The popup over a page: its first lines say what the extension shows there now, each opening its
 * answer; over any other page it is the plain popup at once. In Edge it says where the Outlook
 * tips work. (Chromium: Firefox cannot open extension pages under automation.)
 */
async function popupFor(session: Session, tab: number | null, lang: 'ja' | 'en' = 'en'): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/index.html${tab ? `?tab=${tab}` : ''}`);
  await page.waitForSelector('input[role="combobox"]');
  await page.select('.language select', lang);
  return page;
}

const lines = (page: Page) => page.$$eval('.page-status li', (items) => items.map((li) => [li.getAttribute('data-tip'), li.textContent]));

describe('the popup over a page, in chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession('chromium');
  });
  afterAll(() => session?.close());

  it('says what the extension sees on an Outlook page, and each line opens its answer', async () => {
    const storm = fixtureNamed('inbox-storm.ja.html');
    const outlook = await openPage(session, storm.url, storm.html);
    await waitForPanels(outlook, { 'bounce-row': 6, 'bounce-storm': 1 });
    const popup = await popupFor(session, await answeringTab(session));
    await popup.waitForSelector('.page-status');
    expect(await lines(popup)).toEqual([
      ['bounce-row', '6 of the messages in view are delivery failure reports.Read the answer'],
      ['bounce-storm', 'With this many, the forwarding setting is most likely wrong.Read the answer'],
    ]);
    await popup.click('.page-status li[data-tip="bounce-storm"] button');
    await popup.waitForSelector('article.answer');
    expect(await popup.$eval('article.answer h2', (h) => h.textContent)).toContain('Undeliverable');
    await popup.close();

    // In Japanese too.
    const ja = await popupFor(session, await answeringTab(session), 'ja');
    await ja.waitForSelector('.page-status');
    expect((await lines(ja))[0][1]).toContain('表示中のメッセージのうち6件が配信エラーの通知です。');
    await ja.close();
    await outlook.close();
  });

  it('names the address of an open bounce', async () => {
    const item = fixtureNamed('inbox-item.en.html');
    const outlook = await openPage(session, item.url, item.html);
    await waitForPanels(outlook, { 'bounce-row': 2, 'bounce-open': 1 });
    const popup = await popupFor(session, await answeringTab(session));
    await popup.waitForSelector('.page-status li[data-tip="bounce-open"]');
    expect(await popup.$eval('.page-status li[data-tip="bounce-open"]', (li) => li.textContent)).toContain(
      'The open report says mail to taro.yamada@docomo.ne.jp could not be delivered.',
    );
    await popup.close();
    await outlook.close();
  });

  it('is the plain popup over a page where the extension does not run, at once', async () => {
    const other = await openPage(session, 'https://example.com/mail/inbox', fixtureNamed('inbox-storm.ja.html').html);
    const started = Date.now();
    const popup = await popupFor(session, null);
    await popup.waitForSelector('.results [role="option"]');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await popup.$('.page-status')).toBeNull();
    await popup.close();
    await other.close();
  });

  it('says where the Outlook tips work when it runs in Edge, and not in other browsers', async () => {
    const plain = await popupFor(session, null);
    expect(await plain.$('.edge-note')).toBeNull();
    await plain.close();

    const edge = await session.browser.newPage();
    const client = await edge.createCDPSession();
    await client.send('Emulation.setUserAgentOverride', {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.0.0',
      userAgentMetadata: {
        brands: [
          { brand: 'Chromium', version: '150' },
          { brand: 'Microsoft Edge', version: '150' },
        ],
        platform: 'Windows',
        platformVersion: '10.0.0',
        architecture: 'x86',
        model: '',
        mobile: false,
      },
    });
    await edge.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
    await edge.waitForSelector('.edge-note');
    expect(await edge.$eval('.edge-note', (p) => p.textContent)).toContain('https://outlook.office.com');
    await edge.close();
  });
});
