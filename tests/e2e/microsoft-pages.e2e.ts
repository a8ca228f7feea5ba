import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers';
import { ACCOUNTS, FIXTURES, fixtureNamed, type AccountKind, type Fixture } from '../fixtures/index';
import {
  contentErrors,
  evaluateInPanels,
  openPage,
  panelText,
  settle,
  showAccount,
  startSession,
  waitForPanels,
  type Session,
} from './harness';

/**
 * Microsoft's sign-in and Security info pages, served at their real addresses: every fixture, in
 * every state its header names, for every kind of account — a note exactly where the header says,
 * nothing for anyone who is not an OUMail student. The steps switch in place as the real page's
 * do; the password is never shown, kept or sent; hostile text stays text.
 */
const KINDS = Object.keys(ACCOUNTS) as AccountKind[];
const MICROSOFT = FIXTURES.filter((f) => f.site !== 'outlook');

/** Calls the fixture's page functions ("__step('password')", "__fail()"), as the real page's steps would happen. */
async function callPage(page: Page, calls: string[]): Promise<void> {
  for (const call of calls) {
    const [, fn, arg] = /^(__\w+)\((?:'([\w-]*)')?\)$/.exec(call)!;
    await page.evaluate(
      (fn: string, arg: string | undefined) => (window as unknown as Record<string, (a?: string) => void>)[fn](arg),
      fn,
      arg,
    );
  }
}

/** Every request but the page itself: none may leave (the interception in openPage aborts them). */
function recordRequests(page: Page, fixture: Fixture): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    // (data: URLs never leave the machine; Firefox loads a font of its own that way.)
    if (url !== fixture.url && !url.endsWith('/favicon.ico') && !url.startsWith('data:')) requests.push(url);
  });
  return requests;
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`Microsoft's sign-in and Security info pages in ${name}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(name);
    });
    afterAll(() => session?.close());

    for (const fixture of MICROSOFT) {
      const labels = [...new Set(fixture.states.map((s) => s.label))];
      for (const label of labels) {
        it(`${fixture.file}, ${label}: a note exactly where the header says, for every kind of account`, async () => {
          // A page opened once shows one account after another, as a page that re-renders would;
          // a state reached by page functions is reached afresh for each account.
          const calls = fixture.states.find((s) => s.label === label)!.calls;
          let page: Page | null = null;
          let requests: string[] = [];
          for (const kind of KINDS) {
            const state = fixture.states.find((s) => s.label === label && s.account === kind)!;
            if (!page || calls.length > 0) {
              await page?.close();
              page = await openPage(session, fixture.url, fixture.html);
              requests = recordRequests(page, fixture);
            }
            await showAccount(page, ACCOUNTS[kind]);
            await callPage(page, state.calls);
            try {
              await waitForPanels(page, state.panels);
            } catch (error) {
              throw new Error(`${kind} account: ${(error as Error).message}`);
            }
            expect(requests, kind).toEqual([]);
            expect(await contentErrors(page), kind).toBe(0);
          }
          await page?.close();
        });
      }
    }

    it('follows the sign-in steps as they replace each other in place, without a URL change', async () => {
      const fixture = fixtureNamed('signin-flow.en.html');
      const page = await openPage(session, fixture.url, fixture.html);
      const requests = recordRequests(page, fixture);
      await page.click('#i0116');
      await page.keyboard.type(ACCOUNTS['oumail-mistyped'], { delay: 20 });
      await waitForPanels(page, { 'signin-username': 1 });
      expect(await panelText(page, 'signin-username')).toContain('ecs.osaka-u.ac.jp');
      // The student corrects the address: the note goes once the address is right.
      await page.click('#i0116', { count: 3 });
      await page.keyboard.type(ACCOUNTS.oumail);
      await waitForPanels(page, {});
      await callPage(page, ["__step('password')"]);
      await waitForPanels(page, {});
      await callPage(page, ['__fail()']);
      await waitForPanels(page, { 'signin-password': 1 });
      expect(await panelText(page, 'signin-password')).toMatch(/hour/);
      await callPage(page, ["__step('mfa-approve')"]);
      await waitForPanels(page, { 'signin-mfa': 1 });
      await callPage(page, ["__step('mfa-code')"]);
      await waitForPanels(page, { 'signin-mfa': 1 });
      await callPage(page, ["__step('proofup')"]);
      await waitForPanels(page, { 'signin-proofup': 1 });
      expect(await page.evaluate(() => location.href)).toBe(fixture.url);
      expect(requests).toEqual([]);
      await page.close();
    });

    for (const width of [1280, 800]) {
      it(`covers nothing of Microsoft's form in a ${width} px window`, async () => {
        const fixture = fixtureNamed('signin-username-error.en.html');
        const page = await openPage(session, fixture.url, fixture.html);
        await page.setViewport({ width, height: 800 });
        await showAccount(page, ACCOUNTS['oumail-mistyped']);
        await waitForPanels(page, { 'signin-username': 1 });
        const overlaps = await page.evaluate(() => {
          const note = document.querySelector('[data-oumail-help]')!.getBoundingClientRect();
          const controls = Array.from(
            document.querySelectorAll('form input:not([type="hidden"]), form button, form a, form [role="alert"], form [role="heading"]'),
          );
          return controls
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && r.left < note.right && note.left < r.right && r.top < note.bottom && note.top < r.bottom)
            .map(({ el }) => el.outerHTML.slice(0, 60));
        });
        expect(overlaps).toEqual([]);
        await page.close();
      });
    }

    it('says nothing about a half-typed address until the student pauses', async () => {
      const fixture = fixtureNamed('signin-username.en.html');
      const page = await openPage(session, fixture.url, fixture.html);
      await page.click('#i0116');
      // Typing "…@osaka-u.ac.jp" one key at a time passes through "…@o", "…@osaka" — never said.
      const seen: number[] = [];
      for (const key of ACCOUNTS['oumail-mistyped']) {
        await page.keyboard.type(key);
        seen.push(await page.evaluate(() => document.querySelectorAll('[data-oumail-help]').length));
      }
      expect(seen.every((n) => n === 0)).toBe(true);
      await waitForPanels(page, { 'signin-username': 1 }); // after the pause
      await page.close();
    });

    it('never shows, keeps or sends the password typed on the password step', async () => {
      const fixture = fixtureNamed('signin-password-error.en.html');
      const page = await openPage(session, fixture.url, fixture.html);
      const requests = recordRequests(page, fixture);
      await showAccount(page, ACCOUNTS.oumail);
      const secret = 'Sentinel-Pw-4411';
      await page.click('#i0118');
      await page.keyboard.type(secret);
      await waitForPanels(page, { 'signin-password': 1 });
      expect(await panelText(page, 'signin-password')).not.toContain(secret);
      // Nothing of it on the page outside the box, nowhere in the extension's storage, no request.
      expect(await page.evaluate((secret: string) => document.documentElement.outerHTML.includes(secret), secret)).toBe(false);
      expect(requests).toEqual([]);
      if (name === 'chromium') {
        const options = await session.browser.newPage();
        await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
        const stored = await options.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<object> }> } }).chrome.storage;
          return JSON.stringify([await api.sync.get(null), await api.local.get(null)]);
        });
        expect(stored).not.toContain(secret);
        await options.close();
      }
      await page.close();
    });

    if (name === 'chromium') {
      it("never reads the password box: its value getter, watched inside the extension's own world", async () => {
        // The content script runs in an isolated world with its own prototypes: a page script
        // cannot watch it. Through the DevTools protocol the test finds that world and replaces
        // the value getter of <input> there, counting reads of the password box.
        const fixture = fixtureNamed('signin-password-error.en.html');
        const page = await openPage(session, fixture.url, fixture.html);
        await settle(page);
        const client = await page.createCDPSession();
        const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
        client.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
        await client.send('Runtime.enable');
        const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${session.extensionId}`);
        expect(world, 'the content script’s world').toBeDefined();
        const inWorld = async (expression: string) =>
          (await client.send('Runtime.evaluate', { expression, contextId: world!.id, returnByValue: true })).result.value;
        await inWorld(`(() => {
          const value = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
          globalThis.__passwordReads = 0;
          Object.defineProperty(HTMLInputElement.prototype, 'value', {
            configurable: true,
            get() { if (this.type === 'password') globalThis.__passwordReads++; return value.get.call(this); },
            set(v) { value.set.call(this, v); },
          });
        })()`);
        // The note's work, with a password in the box: the account shown, changed, shown again
        // (each a change the detectors look at), the page settled after each.
        await showAccount(page, ACCOUNTS.oumail);
        await page.click('#i0118');
        await page.keyboard.type('Sentinel-Pw-4411');
        await showAccount(page, ACCOUNTS['other-org']);
        await waitForPanels(page, {});
        await showAccount(page, ACCOUNTS.oumail);
        await waitForPanels(page, { 'signin-password': 1 });
        expect(await inWorld('globalThis.__passwordReads')).toBe(0);
        // The guard itself works: a read in that world is counted.
        expect(await inWorld(`document.getElementById('i0118').value.length`)).toBe('Sentinel-Pw-4411'.length);
        expect(await inWorld('globalThis.__passwordReads')).toBe(1);
        await client.detach();
        await page.close();
      });
    }

    it('shows what the page says about the account as text, and runs nothing of it', async () => {
      const fixture = fixtureNamed('signin-username-error.en.html');
      const hostile = '<img src=x onerror="window.pwned=1">@osaka-u.ac.jp';
      const page = await openPage(session, fixture.url, fixture.html);
      await showAccount(page, hostile);
      await page.evaluate(() => {
        document.getElementById('usernameError')!.append('<script>window.pwned=2</script>');
      });
      await settle(page);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      const markup = await evaluateInPanels(
        page,
        () =>
          Array.from(document.querySelectorAll('[data-oumail-help]')).flatMap((host) =>
            Array.from(host.testRoot?.querySelectorAll('img, script, [onerror]') ?? []).map((el) => el.outerHTML),
          ),
        undefined,
      );
      expect(markup).toEqual([]);
      await page.close();
    });
  });
}
