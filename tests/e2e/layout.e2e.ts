import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers';
import { evaluateInPanels, fixture, openMarkerHelp, openPage, startSession, waitForPanels, type Session } from './harness';

/**
 * Panels sit in Outlook's layout without covering its controls, at narrow and wide windows, and
 * keep to the system's colours in high-contrast (forced colours) mode.
 */
const PAGES = [
  {
    url: 'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA001%3D',
    file: 'inbox-item.en.html',
    panels: { 'bounce-row': 2, 'bounce-open': 1 },
  },
  { url: 'https://outlook.office.com/mail/inbox', file: 'inbox-storm.ja.html', panels: { 'bounce-row': 6, 'bounce-storm': 1 } },
  {
    url: 'https://outlook.office.com/mail/options/mail/forwarding',
    file: 'settings-forwarding.en.html',
    panels: { 'forwarding-without-copy': 1, 'forwarding-address': 1 },
  },
  { url: 'https://outlook.office.com/mail/options/mail/rules', file: 'settings-rules.ja.html', panels: { 'rules-forward': 2 } },
];

/** Outlook controls that a panel's box overlaps (ignoring the panel's own ancestors), and panels wider than the window. */
async function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const controls = Array.from(
      document.querySelectorAll('button, input, a, select, [role="switch"], [role="checkbox"], [role="heading"], [role="tab"]'),
    ).filter((c) => !c.closest('[data-oumail-help]'));
    for (const host of document.querySelectorAll('[data-oumail-help]')) {
      const box = host.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > innerWidth + 1) problems.push(`${host.getAttribute('data-oumail-help')} is wider than the window`);
      for (const control of controls) {
        if (control.contains(host)) continue;
        const r = control.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const overlapX = Math.min(box.right, r.right) - Math.max(box.left, r.left);
        const overlapY = Math.min(box.bottom, r.bottom) - Math.max(box.top, r.top);
        if (overlapX > 1 && overlapY > 1)
          problems.push(`${host.getAttribute('data-oumail-help')} covers ${control.outerHTML.slice(0, 60)}`);
      }
    }
    return problems;
  });
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`layout in ${name}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(name);
    });
    afterAll(() => session?.close());

    for (const width of [720, 1600]) {
      it(`covers none of Outlook's controls at ${width}px`, async () => {
        for (const p of PAGES) {
          const page = await openPage(session, p.url, fixture(p.file));
          await page.setViewport({ width, height: 900 });
          await waitForPanels(page, p.panels);
          await new Promise((r) => setTimeout(r, 200));
          expect(await overlaps(page), p.file).toEqual([]);
          await page.close();
        }
      });
    }

    it("keeps the marker's help inside a narrow window", async () => {
      const page = await openPage(session, PAGES[0].url, fixture(PAGES[0].file));
      await page.setViewport({ width: 420, height: 700 });
      await waitForPanels(page, PAGES[0].panels);
      await openMarkerHelp(page);
      const box = await evaluateInPanels(
        page,
        async () => {
          const root = document.querySelector('[data-oumail-help="bounce-row"]')!.testRoot!;
          const r = root.querySelector('.popover')!.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: innerWidth, height: innerHeight };
        },
        undefined,
      );
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(box.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(box.height);
      await page.close();
    });

    if (name === 'chromium') {
      it('uses the system colours in forced-colours (high contrast) mode', async () => {
        const page = await openPage(session, PAGES[0].url, fixture(PAGES[0].file));
        // Puppeteer's helper does not know forced-colors; the DevTools protocol does.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
        await waitForPanels(page, PAGES[0].panels);
        const colours = await evaluateInPanels(
          page,
          () => {
            const probe = document.createElement('div');
            probe.style.color = 'CanvasText';
            document.body.append(probe);
            const canvasText = getComputedStyle(probe).color;
            probe.remove();
            const card = document.querySelector('[data-oumail-help="bounce-open"]')!.testRoot!.querySelector('.card')!;
            return { canvasText, border: getComputedStyle(card).borderTopColor, forced: matchMedia('(forced-colors: active)').matches };
          },
          undefined,
        );
        expect(colours.forced).toBe(true);
        expect(colours.border).toBe(colours.canvasText);
        await page.close();
      });
    }
  });
}
