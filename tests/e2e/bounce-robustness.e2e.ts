import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers';
import { contentErrors, fixture, openPage, settle, startSession, type Session } from './harness';

/**
 * Thousands of random changes of the kind Outlook makes (rows inserted, removed and recycled,
 * subjects re-rendered, routes changing, the reading pane re-used, closed and re-opened), applied
 * with a seeded generator. At the end every panel must match the page exactly: one marker on each
 * bounce row and nowhere else, the notice only when the rule says so, the diagnosis only on a bounce.
 */
const OPERATIONS = 3000;

interface Outcome {
  rows: number;
  bounceRows: number;
  wrongRows: string[];
  listHosts: number;
  stormHosts: number;
  expectedStorm: number[];
  readingHosts: number;
  expectedReading: number;
  misplaced: number;
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`robustness in ${name}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(name);
    });
    afterAll(() => session?.close());

    for (const seed of [1, 2]) {
      it(`keeps every panel true to the page through ${OPERATIONS} random changes (seed ${seed})`, async () => {
        const page = await openPage(
          session,
          'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA001%3D',
          fixture('inbox-item.en.html'),
        );
        const pageErrors: string[] = [];
        page.on('pageerror', (e) => pageErrors.push(String(e)));
        await page.waitForSelector('[data-oumail-help="bounce-open"]');

        await page.evaluate(
          async (seed: number, operations: number) => {
            let state = seed * 2654435761;
            const random = () => {
              state = (state + 0x6d2b79f5) | 0;
              let t = Math.imul(state ^ (state >>> 15), 1 | state);
              t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
              return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
            };
            const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
            const listbox = document.querySelector('[role="listbox"]')!;
            const template = listbox.querySelector('[role="option"]')!.cloneNode(true) as Element;
            const main = document.querySelector('[role="main"]')!;
            const paneTemplate = main.innerHTML;
            const subjects = [
              'Undeliverable: Report',
              '配信不能: 課題',
              '配信不能：ゼミ',
              'Undelivered Mail Returned to Sender',
              'Lunch?',
              'Re: Undeliverable: question',
              'FW: 配信不能: とは',
              'Course registration',
              '研究室',
              '',
              // Even seeds are mostly ordinary mail, so the run also ends below the notice's threshold.
              ...(seed % 2 === 0
                ? [
                    'Seminar',
                    'ゼミ',
                    'Library',
                    'お知らせ',
                    'Re: Lunch',
                    'Schedule',
                    '課題',
                    'Notes',
                    'Hello',
                    '質問',
                    'Re: 質問',
                    'Minutes',
                  ]
                : []),
            ];
            const isBounce = (s: string) => /^(Undeliverable|配信不能)\s*[:：]|^Undelivered Mail/.test(s);
            const rows = () => Array.from(listbox.querySelectorAll('[role="option"]'));
            const setSubject = (row: Element, subject: string) => {
              const span = row.querySelector('span[title=""]');
              if (span) span.textContent = subject;
              row.setAttribute('data-test-bounce', String(isBounce(subject)));
            };
            for (const row of rows()) setSubject(row, row.querySelector('span[title=""]')!.textContent ?? '');
            const w = window as unknown as { paneBounce: boolean };
            w.paneBounce = true;
            let id = 1000;

            const ops: Array<() => void> = [
              () => {
                const row = template.cloneNode(true) as Element;
                row.id = `AAMk${id++}=`;
                row.setAttribute('data-convid', `AAQk${id}`);
                setSubject(row, pick(subjects));
                const all = rows();
                listbox.insertBefore(row, all.length ? pick(all) : null);
              },
              () => rows().length > 2 && pick(rows()).remove(),
              () => rows().length && setSubject(pick(rows()), pick(subjects)),
              () => {
                const row = rows().length ? pick(rows()) : null;
                if (!row) return;
                const old = row.querySelector('span[title=""]')!;
                const fresh = document.createElement('span');
                fresh.setAttribute('title', '');
                old.replaceWith(fresh);
                setSubject(row, pick(subjects));
              },
              () => {
                const row = rows().length ? pick(rows()) : null;
                const preview = row?.querySelectorAll('span:not([title])');
                if (preview?.length) pick(Array.from(preview)).textContent = pick(subjects);
              },
              () => history.pushState({}, '', `/mail/inbox/id/AAMk${Math.floor(random() * 50)}%3D`),
              () => {
                const heading = main.querySelector('[role="heading"] span[title]');
                const subject = pick(subjects);
                if (!heading) return;
                heading.setAttribute('title', subject);
                heading.textContent = subject;
                w.paneBounce = isBounce(subject);
              },
              () => {
                if (main.firstElementChild) {
                  main.textContent = '';
                  w.paneBounce = false;
                } else {
                  main.innerHTML = paneTemplate;
                  w.paneBounce = true;
                }
              },
              () => {
                const body = main.querySelector('[id^="UniqueMessageBody"]');
                if (body) body.append(document.createTextNode(` ${pick(subjects)} `));
              },
            ];
            for (let done = 0; done < operations; ) {
              const batch = 1 + Math.floor(random() * 20);
              for (let i = 0; i < batch && done < operations; i++, done++) pick(ops)();
              // Let the observer run between batches, as it does between Outlook's renders.
              await new Promise((r) => setTimeout(r, random() < 0.5 ? 0 : 5));
            }
          },
          seed,
          OPERATIONS,
        );
        await settle(page);

        const outcome: Outcome = await page.evaluate(() => {
          const rows = Array.from(document.querySelectorAll('[role="option"]'));
          const bounceRows = rows.filter((r) => r.getAttribute('data-test-bounce') === 'true');
          const wrongRows = rows
            .filter((r) => r.querySelectorAll('[data-oumail-help]').length !== (r.getAttribute('data-test-bounce') === 'true' ? 1 : 0))
            .map((r) => `${r.id}: ${r.querySelector('span[title=""]')?.textContent}`);
          const listHosts = document.querySelectorAll('[data-oumail-help="bounce-row"]');
          const misplaced = Array.from(listHosts).filter((h) => h.previousElementSibling?.getAttribute('title') !== '').length;
          const b = bounceRows.length;
          const paneOpen = !!document.querySelector('#ReadingPaneContainerId');
          return {
            rows: rows.length,
            bounceRows: b,
            wrongRows,
            listHosts: listHosts.length,
            stormHosts: document.querySelectorAll('[data-oumail-help="bounce-storm"]').length,
            // The notice comes at ≥3 bounces and ≥¼ of the rows and then stays while any bounce is
            // left, so in between, whether it is up depends on the way here: either is right.
            expectedStorm: b >= 3 && b * 4 >= rows.length ? [1] : b === 0 ? [0] : [0, 1],
            readingHosts: document.querySelectorAll('[data-oumail-help="bounce-open"]').length,
            expectedReading: paneOpen && (window as unknown as { paneBounce: boolean }).paneBounce ? 1 : 0,
            misplaced,
          };
        });
        console.log(`${name} seed ${seed}:`, JSON.stringify({ ...outcome, wrongRows: outcome.wrongRows.length }));
        expect(outcome.wrongRows).toEqual([]);
        expect(outcome.listHosts).toBe(outcome.bounceRows);
        expect(outcome.misplaced).toBe(0);
        expect(outcome.expectedStorm).toContain(outcome.stormHosts);
        expect(outcome.readingHosts).toBe(outcome.expectedReading);
        expect(pageErrors).toEqual([]);
        expect(await contentErrors(page)).toBe(0);
        await page.close();
      });
    }
  });
}
