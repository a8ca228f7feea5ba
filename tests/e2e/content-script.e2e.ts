import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, openPage, startSession, type Session } from './harness';
import type { BrowserName } from '../../scripts/browsers';

const LOADED = 'data-oumail-help-loaded';

/** Every host Outlook on the web is served from, with the routes OUMail users see. */
const OUTLOOK_URLS = [
  'https://outlook.office.com/mail/inbox',
  'https://outlook.office365.com/mail/',
  'https://outlook.cloud.microsoft/mail/inbox/id/AAQkAGMyZDJlNTY4',
  'https://outlook.live.com/mail/0/inbox',
];

/** Look-alike and unrelated addresses: the extension must not run there. */
const OTHER_URLS = ['https://outlook.example.com/mail/inbox', 'https://example.com/mail/inbox'];

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`content script in ${name}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(name);
    });
    afterAll(() => session?.close());

    for (const url of OUTLOOK_URLS) {
      it(`starts on ${url}`, async () => {
        const page = await openPage(session, url, fixture('inbox-empty.en.html'));
        await page.waitForSelector(`html[${LOADED}]`, { timeout: 10_000 });
        expect(await page.$$eval(`html[${LOADED}]`, (els) => els.length)).toBe(1);
        await page.close();
      });
    }

    for (const url of OTHER_URLS) {
      it(`stays away from ${url}`, async () => {
        const page = await openPage(session, url, fixture('inbox-empty.en.html'));
        // Give a content script every chance to run before concluding it did not.
        await new Promise((r) => setTimeout(r, 1500));
        expect(await page.$eval('html', (el, attr) => el.hasAttribute(attr), LOADED)).toBe(false);
        await page.close();
      });
    }
  });
}
