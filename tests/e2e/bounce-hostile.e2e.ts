import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers';
import {
  contentErrors,
  evaluateInPanels,
  fixture,
  openMarkerHelp,
  openPage,
  panelText,
  startSession,
  waitForPanels,
  type Session,
} from './harness';

/**
 * Subjects and bounce bodies are written by strangers. Whatever they hold is shown as text: no
 * markup from them ever reaches our panels, and nothing in them runs. Panels also follow
 * Outlook's light and dark themes.
 */
const URL = 'https://outlook.office.com/mail/inbox/id/AAMkAGI2TG93AAA001%3D';

const HOSTILE = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=2</script>',
  '<svg onload="window.pwned=3"></svg>',
  '" onmouseover="window.pwned=4" x="',
  '\u202Egnp.exe', // right-to-left override
  '{{constructor.constructor("window.pwned=5")()}}',
].join(' ');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The item-view fixture with hostile text where Outlook would show a stranger's words (as text). */
function hostilePage(): string {
  const long = 'A'.repeat(200_000);
  return fixture('inbox-item.en.html')
    .replaceAll('Undeliverable: Re: Seminar on Friday', escapeHtml(`Undeliverable: ${HOSTILE} ${long.slice(0, 5000)}`))
    .replace(
      'Generating server:',
      `${escapeHtml(HOSTILE)} evil\u202Etxt.exe@docomo.ne.jp "&lt;img src=x onerror=window.pwned=6&gt;"@example.com ${long}<br>Generating server:`,
    );
}

async function shadowMarkup(page: import('puppeteer-core').Page): Promise<string[]> {
  return evaluateInPanels(
    page,
    () =>
      Array.from(document.querySelectorAll('[data-oumail-help]')).flatMap((host) =>
        Array.from(host.testRoot!.querySelectorAll('img, script, svg, iframe, object, embed, [onerror], [onload], [onmouseover]')).map(
          (el) => el.outerHTML,
        ),
      ),
    undefined,
  );
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`hostile mail and themes in ${name}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(name);
    });
    afterAll(() => session?.close());

    it('shows hostile subjects and bodies as text and runs nothing', async () => {
      const page = await openPage(session, URL, hostilePage());
      await waitForPanels(page, { 'bounce-row': 2, 'bounce-open': 1 });
      // A marker and a popover opened on the hostile row.
      await openMarkerHelp(page);
      // Rows recycled into hostile subjects, while the extension watches.
      await page.evaluate((hostile: string) => {
        for (const span of document.querySelectorAll('[role="option"] span[title=""]')) span.textContent = `配信不能: ${hostile}`;
      }, HOSTILE);
      await waitForPanels(page, { 'bounce-row': 8, 'bounce-open': 1, 'bounce-storm': 1 });
      const text = await panelText(page, 'bounce-open');
      expect(text).toContain('taro.yamada@docomo.ne.jp');
      expect(await shadowMarkup(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await contentErrors(page)).toBe(0);
      await page.close();
    });

    it('takes a 1 MB report in its stride', async () => {
      const huge = fixture('deeplink-read.en.html').replace('Generating server:', `${'x@y '.repeat(250_000)}<br>Generating server:`);
      const page = await openPage(session, 'https://outlook.office.com/mail/deeplink/read/AAMkHuge', huge);
      await waitForPanels(page, { 'bounce-open': 1 }, { timeout: 10_000 });
      expect(await panelText(page, 'bounce-open')).toContain('hanako.osaka@gmail.com');
      expect(await contentErrors(page)).toBe(0);
      await page.close();
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`follows Outlook's ${theme} theme`, async () => {
        const themed = await startSession(name, 'en', theme);
        const colours =
          theme === 'dark'
            ? { bg: '#292929', fg: '#ffffff', rgbBg: 'rgb(41, 41, 41)', rgbFg: 'rgb(255, 255, 255)' }
            : { bg: '#ffffff', fg: '#242424', rgbBg: 'rgb(255, 255, 255)', rgbFg: 'rgb(36, 36, 36)' };
        const html = fixture('inbox-item.en.html').replace(
          /--colorNeutralBackground1: #ffffff; --colorNeutralForeground1: #242424;/,
          `--colorNeutralBackground1: ${colours.bg}; --colorNeutralForeground1: ${colours.fg};`,
        );
        const page = await openPage(themed, URL, html);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
        await waitForPanels(page, { 'bounce-row': 2, 'bounce-open': 1 });
        const style = await evaluateInPanels(
          page,
          () => {
            const card = document.querySelector('[data-oumail-help="bounce-open"]')!.testRoot!.querySelector('.card')!;
            const s = getComputedStyle(card);
            return { bg: s.backgroundColor, fg: s.color };
          },
          undefined,
        );
        expect(style).toEqual({ bg: colours.rgbBg, fg: colours.rgbFg });
        await themed.close();
      });
    }

    it('uses its own dark palette where Outlook gives no colours', async () => {
      const html = fixture('inbox-item.en.html').replace(/:root \{[^}]*\}/, '');
      const dark = await startSession(name, 'en', 'dark');
      const page = await openPage(dark, URL, html);
      await waitForPanels(page, { 'bounce-row': 2, 'bounce-open': 1 });
      const bg = await evaluateInPanels(
        page,
        () =>
          getComputedStyle(document.querySelector('[data-oumail-help="bounce-open"]')!.testRoot!.querySelector('.card')!).backgroundColor,
        undefined,
      );
      expect(bg).toBe('rgb(41, 41, 41)');
      await dark.close();
    });
  });
}
