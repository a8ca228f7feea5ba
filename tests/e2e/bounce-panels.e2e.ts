import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers';
import {
  clickInPanel,
  contentErrors,
  evaluateInPanels,
  fixture,
  openMarkerHelp,
  openPage,
  panelText,
  startSession,
  waitForMarkerHelp,
  waitForPanels,
  waitForPanelText,
  waitInPanels,
  type Session,
} from './harness';
import { FIXTURES as ALL_FIXTURES, openingPanels } from '../fixtures/index';

/**
 * Bounce help where the user reads mail: markers in the list, the diagnosis in the reading pane,
 * the "every message bounces" notice, in both UI languages and every layout.
 */
/** What each mail-view fixture's panels must say (its address and panels come from the fixtures index). */
const SAYS: Record<string, string[]> = {
  'inbox-item.en.html': ['This message could not be delivered', 'taro.yamada@docomo.ne.jp', '5.7.520', 'outside the university'],
  'inbox-conversation.ja.html': ['このメッセージは配信できませんでした', 'hanako-o@ezweb.ne.jp', '5.1.1', '存在しない', 'オススメ設定'],
  'deeplink-read.en.html': ['hanako.osaka@gmail.com', '5.2.2', 'mailbox is full', 'taro@example.ac.jp', '5.4.14', 'loop'],
  'deeplink-read.ja.html': ['hanako-o@docomo.ne.jp', '判別できる理由が見つかりませんでした', '宛先指定受信'],
  'inbox-storm.en.html': ['4 of the messages shown'],
};
const FIXTURES = ALL_FIXTURES.filter((f) => f.site === 'outlook' && !f.url.includes('/options/')).map((f) => ({
  file: f.file,
  url: f.url,
  html: f.html,
  panels: openingPanels(f),
  says: SAYS[f.file] ?? [],
}));

/** Sets a row's subject text in place, as Outlook does when it recycles a row node. */
async function setSubject(page: Page, row: number, subject: string): Promise<void> {
  await page.evaluate(
    (row: number, subject: string) => {
      const span = document.querySelectorAll('[role="option"]')[row].querySelector('span[title=""]')!;
      span.firstChild!.nodeValue = subject;
    },
    row,
    subject,
  );
}

async function markerCount(page: Page, row: number): Promise<number> {
  return page.evaluate(
    (row: number) => document.querySelectorAll('[role="option"]')[row].querySelectorAll('[data-oumail-help]').length,
    row,
  );
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`bounce help in ${name}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(name);
    });
    afterAll(() => session?.close());

    for (const f of FIXTURES) {
      it(`shows exactly ${JSON.stringify(f.panels)} on ${f.file}`, async () => {
        const page = await openPage(session, f.url, f.html);
        await waitForPanels(page, f.panels);
        const text = (await panelText(page, 'bounce-open')) + (await panelText(page, 'bounce-storm'));
        for (const words of f.says) expect(text).toContain(words);
        // A forward the university refused (5.7.520) never met the carrier's filter: no carrier advice.
        if (f.file === 'inbox-item.en.html') expect(text).not.toContain('宛先指定受信');
        expect(await contentErrors(page)).toBe(0);
        await page.close();
      });
    }

    it('links every panel to the forwarding settings of this account', async () => {
      const page = await openPage(session, 'https://outlook.live.com/mail/0/inbox', fixture('inbox-storm.ja.html'));
      await waitForPanels(page, { 'bounce-row': 6, 'bounce-storm': 1 });
      const href = await evaluateInPanels(
        page,
        () => document.querySelector('[data-oumail-help="bounce-storm"]')!.testRoot!.querySelector('a.primary')!.getAttribute('href'),
        undefined,
      );
      expect(href).toBe('https://outlook.live.com/mail/0/options/mail/forwarding');
      expect(await panelText(page, 'bounce-storm')).toContain('6件');
      // Every panel: the forwarding settings and the FAQ answer (a marker's help is drawn when
      // first opened: before that it holds only its heading).
      expect(
        await evaluateInPanels(
          page,
          () => document.querySelector('[data-oumail-help="bounce-row"]')!.testRoot!.querySelector('a.primary'),
          undefined,
        ),
      ).toBeNull();
      for (let i = 0; i < 6; i++) {
        await clickInPanel(page, 'bounce-row', 'button.marker', undefined, i);
        await page.keyboard.press('Escape'); // (an open help would lie over the next row's marker)
      }
      await waitInPanels(
        page,
        () =>
          Array.from(document.querySelectorAll('[data-oumail-help="bounce-row"]')).every((host) =>
            host.testRoot!.querySelector('a.primary'),
          ),
        undefined,
      );
      const links = await evaluateInPanels(
        page,
        () =>
          Array.from(document.querySelectorAll('[data-oumail-help]')).map((host) => {
            const root = host.testRoot!;
            return `${host.getAttribute('data-oumail-help')}:${root.querySelector('a.primary')?.getAttribute('href')}:${root.querySelector('details.faq')?.getAttribute('data-faq')}`;
          }),
        undefined,
      );
      expect(new Set(links)).toEqual(
        new Set([
          'bounce-row:https://outlook.live.com/mail/0/options/mail/forwarding:undeliverable',
          'bounce-storm:https://outlook.live.com/mail/0/options/mail/forwarding:undeliverable',
        ]),
      );
      await page.close();
    });

    it('unfolds the matching FAQ answer from the keyboard (drawn when first opened)', async () => {
      const cases = [
        {
          file: 'inbox-storm.ja.html',
          url: 'https://outlook.office.com/mail/inbox',
          id: 'bounce-storm',
          says: '転送の設定に誤りがある可能性が高いです',
        },
        {
          file: 'inbox-item.en.html',
          url: 'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA001%3D',
          id: 'bounce-open',
          says: 'gives errors like these',
        },
      ];
      for (const c of cases) {
        const page = await openPage(session, c.url, fixture(c.file));
        await page.bringToFront();
        await page.waitForSelector(`[data-oumail-help="${c.id}"]`);
        expect(await panelText(page, c.id)).not.toContain(c.says);
        await evaluateInPanels(
          page,
          (id: string) =>
            (document.querySelector(`[data-oumail-help="${id}"]`)!.testRoot!.querySelector('details.faq summary') as HTMLElement).focus(),
          c.id,
        );
        await page.keyboard.press('Enter');
        await waitForPanelText(page, c.id, c.says);
        await page.close();
      }
    });

    it('opens a marker by mouse and keyboard without Outlook seeing the click or the key', async () => {
      const page = await openPage(session, 'https://outlook.office.com/mail/inbox', fixture('inbox-item.en.html'));
      await waitForPanels(page, { 'bounce-row': 2, 'bounce-open': 1 });
      await page.evaluate(() => {
        const w = window as unknown as { seen: string[] };
        w.seen = [];
        for (const type of ['click', 'keydown', 'mousedown']) document.addEventListener(type, (e) => w.seen.push(e.type));
      });
      const isOpen = () =>
        evaluateInPanels(
          page,
          () => !!document.querySelector('[data-oumail-help="bounce-row"]')!.testRoot!.querySelector(':popover-open'),
          undefined,
        );
      await clickInPanel(page, 'bounce-row', 'button.marker'); // a real mouse click
      await waitInPanels(
        page,
        () => !!document.querySelector('[data-oumail-help="bounce-row"]')!.testRoot!.querySelector(':popover-open'),
        undefined,
      );
      expect(await panelText(page, 'bounce-row')).toContain('This is a delivery failure report');
      await page.keyboard.press('Escape');
      await waitInPanels(
        page,
        () => !document.querySelector('[data-oumail-help="bounce-row"]')!.testRoot!.querySelector(':popover-open'),
        undefined,
      );
      // Focus went back to the marker; Enter opens it again.
      await evaluateInPanels(
        page,
        () => (document.querySelector('[data-oumail-help="bounce-row"]')!.testRoot!.querySelector('button.marker') as HTMLElement).focus(),
        undefined,
      );
      await page.keyboard.press('Enter');
      await waitInPanels(
        page,
        () => !!document.querySelector('[data-oumail-help="bounce-row"]')!.testRoot!.querySelector(':popover-open'),
        undefined,
      );
      expect(await isOpen()).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
      await page.close();
    });

    it('marks a cut-off subject whose title (the whole subject) holds an address', async () => {
      const subject = 'Undeliverable: Re: mail to koan@example.osaka-u.ac.jp about the seminar';
      const html = fixture('inbox-item.en.html').replace(
        '<span title="">Course registration opens</span>',
        `<span title="${subject}">${subject}</span>`,
      );
      expect(html).toContain(subject);
      const page = await openPage(session, 'https://outlook.office.com/mail/inbox', html);
      // (3 bounces of the 11 rows: the "every message bounces" notice comes too.)
      await waitForPanels(page, { 'bounce-row': 3, 'bounce-open': 1, 'bounce-storm': 1 });
      expect(await markerCount(page, 1)).toBe(1);
      await page.close();
    });

    it("keeps the list one tab stop: only the focused row's marker is reached with Tab", async () => {
      const page = await openPage(session, 'https://outlook.office.com/mail/inbox', fixture('inbox-item.en.html'));
      await page.bringToFront(); // focus is only tracked in the window's active tab
      await waitForPanels(page, { 'bounce-row': 2, 'bounce-open': 1 });
      const focusRow = (row: number) =>
        page.evaluate((row: number) => (document.querySelectorAll('[role="option"]')[row] as HTMLElement).focus(), row);
      /** Where focus is: "row <n>", "<panel id> <row> <class inside>" in one of ours, or the element's tag. */
      const focused = () =>
        evaluateInPanels(
          page,
          () => {
            const el = document.activeElement;
            const rows = Array.from(document.querySelectorAll('[role="option"]'));
            if (el?.hasAttribute('data-oumail-help')) {
              const inside = el.testRoot?.activeElement?.className;
              return `${el.getAttribute('data-oumail-help')} ${rows.findIndex((r) => r.contains(el))} ${inside}`;
            }
            const row = rows.indexOf(el as Element);
            return row >= 0 ? `row ${row}` : (el?.localName ?? 'none');
          },
          undefined,
        );
      // Row 1 is no bounce: Tab leaves it without stopping at the next bounce row's marker.
      await focusRow(1);
      expect(await focused()).toBe('row 1');
      await page.keyboard.press('Tab');
      expect(await focused()).not.toMatch(/^bounce-row/);
      // Row 0 is a bounce: Tab goes to its marker, and Enter opens the help.
      await focusRow(0);
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('bounce-row 0 marker');
      await page.keyboard.press('Enter');
      await waitInPanels(
        page,
        () => !!document.querySelector('[data-oumail-help="bounce-row"]')!.testRoot!.querySelector(':popover-open'),
        undefined,
      );
      await page.keyboard.press('Escape');
      // The popover gives focus back to its marker a task after it closes.
      await waitInPanels(
        page,
        () => document.querySelector('[data-oumail-help="bounce-row"]')!.testRoot!.activeElement?.classList.contains('marker'),
        undefined,
      );
      // Back on row 1, the marker of row 0 leaves the tab order again.
      await focusRow(1);
      const tabIndexes = await evaluateInPanels(
        page,
        () =>
          Array.from(document.querySelectorAll('[data-oumail-help="bounce-row"]')).map(
            (h) => (h.testRoot!.querySelector('button.marker') as HTMLElement).tabIndex,
          ),
        undefined,
      );
      expect(tabIndexes).toEqual([-1, -1]);
      await page.close();
    });

    it('follows recycled rows: the marker goes with the subject, never duplicates', async () => {
      const page = await openPage(session, 'https://outlook.office.com/mail/inbox', fixture('inbox-item.en.html'));
      await waitForPanels(page, { 'bounce-row': 2, 'bounce-open': 1 });
      // Row 0 (a bounce) is recycled for an ordinary message, row 1 for a bounce.
      await setSubject(page, 0, 'Lunch on Thursday?');
      await setSubject(page, 1, 'Undeliverable: Course registration opens');
      await page.waitForFunction(() => document.querySelectorAll('[role="option"]')[1].querySelectorAll('[data-oumail-help]').length === 1);
      await waitForPanels(page, { 'bounce-row': 2, 'bounce-open': 1 });
      expect(await markerCount(page, 0)).toBe(0);
      // The same row changes again and again: still one marker, right after the subject.
      for (const s of ['配信不能：A', 'Undeliverable: B', '配信不能: C']) await setSubject(page, 1, s);
      // Outlook re-renders the subject span itself.
      await page.evaluate(() => {
        const old = document.querySelectorAll('[role="option"]')[1].querySelector('span[title=""]')!;
        const fresh = document.createElement('span');
        fresh.setAttribute('title', '');
        fresh.textContent = 'Undeliverable: D';
        old.replaceWith(fresh);
      });
      await page.waitForFunction(() => {
        const span = document.querySelectorAll('[role="option"]')[1].querySelector('span[title=""]')!;
        return span.nextElementSibling?.getAttribute('data-oumail-help') === 'bounce-row';
      });
      expect(await markerCount(page, 1)).toBe(1);
      await waitForPanels(page, { 'bounce-row': 2, 'bounce-open': 1 });
      // Rows scrolled out of view are removed: their markers go with them.
      await page.evaluate(() => document.querySelectorAll('[role="option"]')[1].remove());
      await waitForPanels(page, { 'bounce-row': 1, 'bounce-open': 1 });
      expect(await contentErrors(page)).toBe(0);
      await page.close();
    });

    it('describes the message on screen when the route changes before the pane', async () => {
      const page = await openPage(
        session,
        'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA004%3D',
        fixture('inbox-normal.en.html'),
      );
      await waitForPanels(page, {});
      // Outlook pushes the new URL first; the old message stays on screen for a moment.
      await page.evaluate(() => history.pushState({}, '', '/mail/inbox/id/AAMkAGI2TG93AAA001%3D'));
      await waitForPanels(page, {}); // (settled: the content script has seen the new route)
      // Then it re-renders the pane, re-using the heading and body nodes.
      await page.evaluate(() => {
        const heading = document.querySelector('#ReadingPaneContainerId [role="heading"] span[title]')!;
        heading.setAttribute('title', 'Undeliverable: Re: Seminar on Friday');
        heading.textContent = 'Undeliverable: Re: Seminar on Friday';
        const body = document.querySelector('[id^="UniqueMessageBody"]')!;
        body.textContent = '';
        for (const line of [
          'Delivery has failed to these recipients or groups:',
          'taro.yamada@docomo.ne.jp',
          'Diagnostic information for administrators:',
          "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
        ]) {
          const p = document.createElement('p');
          p.textContent = line;
          body.append(p);
        }
      });
      await waitForPanels(page, { 'bounce-open': 1 });
      expect(await panelText(page, 'bounce-open')).toContain('5.1.10');
      // A normal message opens again: the panel goes.
      await page.evaluate(() => {
        history.pushState({}, '', '/mail/inbox/id/AAMkAGI2TG93AAA002%3D');
        const heading = document.querySelector('#ReadingPaneContainerId [role="heading"] span[title]')!;
        heading.setAttribute('title', 'Course registration opens');
        heading.textContent = 'Course registration opens';
        document.querySelector('[id^="UniqueMessageBody"]')!.textContent = 'Dear students';
      });
      await waitForPanels(page, {});
      // The whole pane is closed and opened again with a bounce (a new subtree).
      await page.evaluate(() => {
        const main = document.querySelector('[role="main"]')!;
        const saved = main.innerHTML;
        main.textContent = '';
        (window as unknown as { reopen: () => void }).reopen = () => {
          main.innerHTML = saved
            .replaceAll('Course registration opens', 'Undeliverable: Lab')
            .replace(
              'Dear students',
              "Delivery has failed to these recipients or groups: jiro@example.ac.jp Remote Server returned '452 4.2.2 The email account that you tried to reach is over quota'",
            );
        };
      });
      await waitForPanels(page, {});
      await page.evaluate(() => (window as unknown as { reopen: () => void }).reopen());
      await waitForPanels(page, { 'bounce-open': 1 });
      expect(await panelText(page, 'bounce-open')).toContain('jiro@example.ac.jp');
      expect(await contentErrors(page)).toBe(0);
      await page.close();
    });

    it('says "every message bounces" once, keeps it while bounces are left, and takes it back when they go', async () => {
      const page = await openPage(session, 'https://outlook.office.com/mail/inbox', fixture('inbox-storm.ja.html'));
      await waitForPanels(page, { 'bounce-row': 6, 'bounce-storm': 1 });
      // Fewer bounces than would start the notice (2 of 11 rows): it stays, with the new count.
      for (const row of [0, 1, 2, 4]) await setSubject(page, row, '普通のメール');
      await waitForPanels(page, { 'bounce-row': 2, 'bounce-storm': 1 });
      await waitForPanelText(page, 'bounce-storm', '2件');
      // None left: it goes.
      for (const row of [5, 6]) await setSubject(page, row, '普通のメール');
      await waitForPanels(page, {});
      // One new bounce is not a storm; three are.
      await setSubject(page, 0, '配信不能: また');
      await waitForPanels(page, { 'bounce-row': 1 });
      await setSubject(page, 1, '配信不能: また');
      await setSubject(page, 2, 'Undeliverable: again');
      await waitForPanels(page, { 'bounce-row': 3, 'bounce-storm': 1 });
      await page.close();
    });

    // After the storm tests: it hides a storm row's tips for the rest of this session.
    it('keeps keyboard focus in Outlook when a panel closes itself', async () => {
      const page = await openPage(session, 'https://outlook.office.com/mail/inbox', fixture('inbox-storm.ja.html'));
      await page.bringToFront(); // focus is only tracked in the window's active tab
      await waitForPanels(page, { 'bounce-row': 6, 'bounce-storm': 1 });
      await evaluateInPanels(
        page,
        () => (document.querySelector('[data-oumail-help="bounce-storm"]')!.testRoot!.querySelector('button.close') as HTMLElement).focus(),
        undefined,
      );
      await page.keyboard.press('Enter');
      await waitForPanels(page, { 'bounce-row': 6 });
      expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 40))).toContain('role="option"');
      // The marker's help: "hide for this message" from the keyboard (row 7: its ids appear in no
      // other fixture, so hiding it changes no other test).
      const host = '[role="option"]:nth-child(7) [data-oumail-help="bounce-row"]';
      await evaluateInPanels(
        page,
        (host: string) => (document.querySelector(host)!.testRoot!.querySelector('button.marker') as HTMLElement).focus(),
        host,
      );
      await page.keyboard.press('Enter');
      // (Wait for the help to take focus, or it would take it back from the button focused next.)
      await waitForMarkerHelp(page, host);
      await evaluateInPanels(
        page,
        (host: string) => {
          const root = document.querySelector(host)!.testRoot!;
          (
            Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'このメッセージでは表示しない') as HTMLElement
          ).focus();
        },
        host,
      );
      await page.keyboard.press('Enter');
      await waitForPanels(page, { 'bounce-row': 5 });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('option');
      await page.close();
    });

    it('remembers "hide for this message" and "don\'t show these tips" across reloads', async () => {
      const url = 'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA001%3D';
      const page = await openPage(session, url, fixture('inbox-item.en.html'));
      await waitForPanels(page, { 'bounce-row': 2, 'bounce-open': 1 });
      const clickIn = (id: string, text: string) => clickInPanel(page, id, 'button', text);
      // Hidden for the open message: its diagnosis and its row's marker go; the other bounce stays.
      await clickIn('bounce-open', 'Hide for this message');
      await waitForPanels(page, { 'bounce-row': 1 });
      expect(await page.evaluate(() => document.querySelectorAll('[role="option"]')[4].querySelectorAll('[data-oumail-help]').length)).toBe(
        1,
      );
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('[data-oumail-help="bounce-row"]');
      await waitForPanels(page, { 'bounce-row': 1 });
      await openMarkerHelp(page); // (its actions are drawn when it first opens)
      await clickIn('bounce-row', "Don't show these tips");
      await waitForPanels(page, {});
      await page.reload({ waitUntil: 'load' });
      await waitForPanels(page, {});
      await page.close();
      // Only the list markers were turned off: the notice above the list still comes.
      const other = await openPage(session, 'https://outlook.office.com/mail/inbox', fixture('inbox-storm.ja.html'));
      await waitForPanels(other, { 'bounce-storm': 1 });
      await other.close();
    });
  });
}
